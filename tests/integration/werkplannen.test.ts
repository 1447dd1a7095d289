// The werkplan per school per schooljaar (issue 13 item 7): the API on a real database, and
// migration 007 moving the per-afspraak dates of an existing file to the school's werkplan.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { leesMutaties } from '../../electron/db/mutatielog-repo';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';
import { afspraakInvoer, basis, fout, ok, type Basis, type Env } from '../helpers/registratie';
import { invoke } from '../../electron/api/registry';
import { main } from '../../electron/cli/main';
import { leesWerkmap, rij } from '../helpers/werkmap';

describe('werkplannen API', () => {
  let env: Env;
  let d: Basis;
  beforeEach(async () => {
    env = await testOmgeving();
    d = await basis(env);
  });
  afterEach(() => env.sessie.close());

  it('a school without a werkplan reads as "nog niet ingediend"; opslaan records it, logs it and every afspraak of the school shares it', async () => {
    expect(await ok(env, 'werkplannen.lees', { schoolId: d.mozaiek.id, schooljaar: 2017 })).toMatchObject({ status: 'nog niet ingediend', ingediendOp: null });
    const w = await ok(env, 'werkplannen.opslaan', {
      schoolId: d.mozaiek.id,
      schooljaar: 2017,
      ingediendOp: '2017-09-15',
      goedgekeurdSchoolOp: '2017-10-01',
      goedgekeurdSchoolDoor: 'A. de Boer (directeur)',
    });
    expect(w).toEqual({
      schoolId: d.mozaiek.id,
      schooljaar: 2017,
      ingediendOp: '2017-09-15',
      goedgekeurdSchoolOp: '2017-10-01',
      goedgekeurdSchoolDoor: 'A. de Boer (directeur)',
      goedgekeurdWijkteamOp: null,
      goedgekeurdWijkteamDoor: null,
      status: 'goedgekeurd door school',
    });
    const { status: _status, ...velden } = w;
    const w2 = await ok(env, 'werkplannen.opslaan', { ...velden, goedgekeurdWijkteamOp: '2017-10-15', goedgekeurdWijkteamDoor: 'SWT Centrum' });
    expect(w2.status).toBe('goedgekeurd door school en wijkteam');
    expect(await ok(env, 'werkplannen.lijst', { schooljaar: 2017 })).toEqual([w2]);
    expect(await ok(env, 'werkplannen.lijst', { schooljaar: 2018 })).toEqual([]);
    expect(await ok(env, 'werkplannen.lijst', { schoolId: d.mozaiek.id })).toEqual([w2]);

    const log = leesMutaties(env.db, { entiteit: 'werkplan' });
    expect(log.map((m) => [m.methode, (m.oud as { status?: string } | null)?.status ?? null, (m.nieuw as { status: string }).status])).toEqual([
      ['werkplannen.opslaan', 'goedgekeurd door school', 'goedgekeurd door school en wijkteam'],
      ['werkplannen.opslaan', null, 'goedgekeurd door school'],
    ]);
  });

  it('refuses bad input in Dutch, naming the field, and changes nothing', async () => {
    const voor = dump(env.db);
    const f = await fout(env, 'werkplannen.opslaan', {
      schoolId: d.mozaiek.id,
      schooljaar: 2017,
      ingediendOp: '2017-10-20',
      goedgekeurdSchoolOp: '2017-10-01',
    });
    expect(f.velden).toEqual([{ veld: 'goedgekeurdSchoolOp', melding: expect.stringContaining('vóór de datum van indienen') }]);
    const g = await fout(env, 'werkplannen.opslaan', { schoolId: 9999, schooljaar: 2017, ingediendOp: '2017-09-15' });
    expect(g).toMatchObject({ code: 'niet-gevonden', melding: expect.stringContaining('De school met nummer 9999 bestaat niet') });
    const h = await fout(env, 'werkplannen.opslaan', { schoolId: d.mozaiek.id, schooljaar: 17, ingediendOp: '31-09-2017' });
    expect(h.velden.map((v) => v.veld).sort()).toEqual(['ingediendOp', 'schooljaar']);
    expect(dump(env.db)).toEqual(voor);
  });

  it('a school with a werkplan is not deleted silently; clearing every field removes the werkplan', async () => {
    await ok(env, 'werkplannen.opslaan', { schoolId: d.regenboog.id, schooljaar: 2018, ingediendOp: '2018-09-20' });
    const f = await fout(env, 'scholen.verwijder', { id: d.regenboog.id });
    expect(f.melding).toBe('De school De Regenboog heeft nog een werkplan in 2018-2019. Verwijder of verplaats die eerst.');
    expect(await ok(env, 'werkplannen.opslaan', { schoolId: d.regenboog.id, schooljaar: 2018, ingediendOp: '' })).toMatchObject({
      status: 'nog niet ingediend',
    });
    expect(env.db.prepare('SELECT count(*) FROM werkplannen').pluck().get()).toBe(0);
    expect(leesMutaties(env.db, { entiteit: 'werkplan' })[0]).toMatchObject({ oud: { status: 'ingediend' }, nieuw: null });
    await ok(env, 'scholen.verwijder', { id: d.regenboog.id });
  });

  it('the afspraak no longer carries werkplan dates', async () => {
    const f = await fout(env, 'afspraken.maak', {
      ...afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern }),
      werkplanGoedgekeurdSchool: '2017-10-01',
    });
    expect(f.melding).toContain('Onbekend veld: werkplanGoedgekeurdSchool');
    const a = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern }));
    expect(Object.keys(a).filter((k) => /werkplan/i.test(k))).toEqual([]);
  });
});

describe('migration 007_werkplannen', () => {
  /** A file made by the version before 007, with afspraken carrying werkplan dates. */
  function vorigeVersie(): string {
    const file = tmpDbPad();
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec('CREATE TABLE schema_migrations (volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)');
    for (const m of MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.id === '007_werkplannen'),
    )) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(m.id, 'vroeger');
    }
    const school = raw.prepare("INSERT INTO scholen (vestigingscode, brin, naam, sector) VALUES (?, ?, ?, 'PO')");
    const a = Number(school.run('20CF01', '20CF', 'Het Mozaïek').lastInsertRowid);
    const b = Number(school.run('21AB00', '21AB', 'De Regenboog').lastInsertRowid);
    const c = Number(school.run('22XY00', '22XY', 'De Zonnewijzer').lastInsertRowid);
    const aanbieder = Number(raw.prepare("INSERT INTO aanbieders (naam) VALUES ('Welzijn Test')").run().lastInsertRowid);
    const afspraak = raw.prepare(
      `INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, aandeel_gemeente, aandeel_onderwijs, status, werkplan_school, werkplan_wijkteam)
       VALUES (?, ?, ?, ?, 4, 100, 0, 'getekend', ?, ?)`,
    );
    // Het Mozaïek 2017: JGW and IB disagree; ORTHO has no dates (the "niet goedgekeurd" row of old).
    afspraak.run(2017, a, aanbieder, 'JGW', '2017-10-01', '2017-10-15');
    afspraak.run(2017, a, aanbieder, 'IB', '2017-10-05', '2017-10-03');
    afspraak.run(2017, a, aanbieder, 'ORTHO', null, null);
    // Het Mozaïek 2018: only the school approved.
    afspraak.run(2018, a, aanbieder, 'JGW', '2018-10-01', null);
    // De Regenboog 2017: only the wijkteam date on one row.
    afspraak.run(2017, b, aanbieder, 'JGW', null, '2017-11-01');
    // De Zonnewijzer: no dates at all, no werkplan.
    afspraak.run(2017, c, aanbieder, 'JGW', null, null);
    raw.close();
    return file;
  }

  it('moves the dates to one werkplan per school per schooljaar (latest wins), logs each, and drops the afspraken columns', async () => {
    const { db, applied } = await openDatabase(vorigeVersie());
    expect(applied).toContain('007_werkplannen');
    const werkplannen = db
      .prepare(
        `SELECT s.naam, w.schooljaar, w.ingediend_op, w.goedgekeurd_school_op, w.goedgekeurd_wijkteam_op
         FROM werkplannen w JOIN scholen s ON s.id = w.school_id ORDER BY w.schooljaar, s.naam`,
      )
      .raw()
      .all();
    expect(werkplannen).toEqual([
      ['De Regenboog', 2017, null, null, '2017-11-01'],
      ['Het Mozaïek', 2017, null, '2017-10-05', '2017-10-15'],
      ['Het Mozaïek', 2018, null, '2018-10-01', null],
    ]);
    const log = leesMutaties(db, { entiteit: 'werkplan' }).reverse();
    expect(log).toHaveLength(3);
    const ids = db.prepare('SELECT id FROM werkplannen ORDER BY id').pluck().all() as number[];
    expect(log.map((m) => m.entiteitId)).toEqual(ids.map(String));
    expect(log.every((m) => m.methode === 'migratie.werkplannen')).toBe(true);
    const mozaiek2017 = log.find((m) => (m.nieuw as { schooljaar: number; goedgekeurdSchoolOp: string | null }).goedgekeurdSchoolOp === '2017-10-05')!;
    expect(mozaiek2017.nieuw).toMatchObject({ schooljaar: 2017, goedgekeurdSchoolOp: '2017-10-05', goedgekeurdWijkteamOp: '2017-10-15' });
    expect(
      (mozaiek2017.oud as { afspraken: { functie: string; werkplanGoedgekeurdSchool: string }[] }).afspraken
        .map((a) => [a.functie, a.werkplanGoedgekeurdSchool])
        .sort(),
    ).toEqual([
      ['IB', '2017-10-05'],
      ['JGW', '2017-10-01'],
    ]);
    const kolommen = (db.prepare("SELECT name FROM pragma_table_info('afspraken')").pluck().all() as string[]).filter((k) => k.startsWith('werkplan'));
    expect(kolommen).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM afspraken').pluck().get()).toBe(6);
    db.close();
  });

  it('the moved werkplan reads through the API with its status in words', async () => {
    const file = vorigeVersie();
    (await openDatabase(file)).db.close();
    const env = await testOmgeving(file);
    try {
      const lijst = await ok(env, 'werkplannen.lijst', { schooljaar: 2017 });
      expect(lijst.map((w) => w.status).sort()).toEqual(['goedgekeurd door school en wijkteam', 'goedgekeurd door wijkteam']);
      const zonnewijzer = env.db.prepare("SELECT id FROM scholen WHERE naam = 'De Zonnewijzer'").pluck().get() as number;
      expect((await ok(env, 'werkplannen.lees', { schoolId: zonnewijzer, schooljaar: 2017 })).status).toBe('nog niet ingediend');
    } finally {
      env.sessie.close();
    }
  });
});

describe('werkplannen and cost per leerling beyond the demo', () => {
  it('an empty file: no werkplannen, no figure per leerling or per jeugdige, and a BLOZ-overzicht with an empty Werkplannen sheet', async () => {
    const env = await testOmgeving(tmpDbPad('leeg.db'));
    try {
      expect(await ok(env, 'werkplannen.lijst', { schooljaar: 2024 })).toEqual([]);
      const p = await ok(env, 'kosten.perLeerling', { schooljaar: 2024 });
      expect(p.totaal).toMatchObject({ kostenCents: 0, leerlingen: 0, perLeerlingCents: null });
      expect(p.jeugdigen).toBeNull();
      const pad = path.join(path.dirname(tmpDbPad()), 'bloz-leeg.xlsx');
      const r = await invoke('rapport.opslaan', { soort: 'bloz', schooljaar: 2024 }, { ...env.omgeving, kiesBestand: async () => pad });
      expect(r.ok).toBe(true);
      const wb = await leesWerkmap(pad);
      expect(wb.getWorksheet('Werkplannen')).toBeDefined();
      expect(rij(wb.getWorksheet('Werkplannen')!, 'Vestiging')[5]).toBe('Werkplan');
    } finally {
      env.sessie.close();
    }
  });

  it('Hoogeveen-like: SWW with JMW on two schools, one werkplan approved by school and wijkteam; no Zwolle anywhere', async () => {
    const env = await testOmgeving();
    try {
      const wijk = await ok(env, 'wijken.maak', { naam: 'Hoogeveen-Centrum' });
      const a = await ok(env, 'scholen.maak', {
        vestigingscode: '05FQ00',
        naam: 'Het Spectrum',
        sector: 'PO',
        wijkId: wijk.id,
        plaats: 'Hoogeveen',
        leerlingen: [{ jaar: 2024, aantal: 250 }],
      });
      const b = await ok(env, 'scholen.maak', {
        vestigingscode: '19HR00',
        naam: 'Roelof van Echten College',
        sector: 'VO',
        plaats: 'Hoogeveen',
        leerlingen: [{ jaar: 2024, aantal: 1500 }],
      });
      const sww =
        (await ok(env, 'aanbieders.lijst', {})).find((x) => x.korteNaam === 'SWW')?.id ??
        (await ok(env, 'aanbieders.maak', { naam: 'Stichting Welzijnswerk', korteNaam: 'SWW' })).id;
      await ok(env, 'instellingen.opslaan', { ...(await ok(env, 'instellingen.lezen', {})), gemeenteNaam: 'Hoogeveen', standaardTarieven: { JMW: 7000 } });
      for (const s of [a, b])
        await ok(env, 'afspraken.maak', afspraakInvoer({ schooljaar: 2024, schoolId: s.id, aanbiederId: sww, functie: 'JMW', basisurenPerWeek: 4 }));
      await ok(env, 'werkplannen.opslaan', {
        schoolId: a.id,
        schooljaar: 2024,
        ingediendOp: '2024-09-10',
        goedgekeurdSchoolOp: '2024-09-20',
        goedgekeurdSchoolDoor: 'Directeur Het Spectrum',
        goedgekeurdWijkteamOp: '2024-09-30',
        goedgekeurdWijkteamDoor: 'Team jeugd Hoogeveen',
      });
      const lijst = await ok(env, 'werkplannen.lijst', { schooljaar: 2024 });
      expect(lijst.map((w) => [w.schoolId, w.status])).toEqual([[a.id, 'goedgekeurd door school en wijkteam']]);
      expect((await ok(env, 'werkplannen.lees', { schoolId: b.id, schooljaar: 2024 })).status).toBe('nog niet ingediend');
      const p = await ok(env, 'kosten.perLeerling', { schooljaar: 2024 });
      // 4 uur × 40 weken × € 70 = € 11.200 per school.
      expect(p.perSector.map((s) => [s.naam, s.kostenCents, s.leerlingen, s.perLeerlingCents])).toEqual([
        ['PO', 11_200_00, 250, 44_80],
        ['VO', 11_200_00, 1500, 7_47],
      ]);
      expect(p.perWijk.map((w) => w.naam)).toEqual(['Hoogeveen-Centrum', 'Zonder wijk']);
      expect(JSON.stringify([lijst, p])).not.toMatch(/Zwolle/);
    } finally {
      env.sessie.close();
    }
  });
});

describe('schoolinzet werkplannen', () => {
  it('lists every school with an afspraak in the schooljaar with its werkplan status, as text and --json; a missing schooljaar is refused in Dutch', async () => {
    const pad = tmpDbPad('cli-werkplannen.db');
    const env = await testOmgeving(pad);
    const d = await basis(env);
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.carolus.id, aanbiederId: d.kern, functie: 'SMW' }));
    await ok(env, 'werkplannen.opslaan', { schoolId: d.mozaiek.id, schooljaar: 2017, ingediendOp: '2017-09-15' });
    env.sessie.close();
    const regels: string[] = [];
    const io = { out: (t: string) => regels.push(t), err: (t: string) => regels.push(t) };
    expect(await main(['werkplannen', '--schooljaar', '2017-2018', '--db', pad, '--json'], io)).toBe(0);
    expect(JSON.parse(regels.join('\n'))).toEqual({
      schooljaar: 2017,
      scholen: [
        expect.objectContaining({ vestigingscode: '02OT00', status: 'nog niet ingediend', ingediendOp: null }),
        expect.objectContaining({ vestigingscode: '20CF01', status: 'ingediend', ingediendOp: '2017-09-15' }),
      ],
    });
    regels.length = 0;
    expect(await main(['werkplannen', '--schooljaar', '2017-2018', '--db', pad], io)).toBe(0);
    expect(regels.join('\n')).toMatch(/20CF01\s+Het Mozaïek\s+ingediend\s+15-09-2017/);
    regels.length = 0;
    expect(await main(['werkplannen', '--db', pad], io)).toBe(1);
    expect(regels.join('\n')).toContain('Geef het schooljaar op');
  });
});
