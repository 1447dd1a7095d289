// afspraken.lijst (filters, whitelisted sorting, joined display fields, index use at 100.000 rows)
// and copying a schooljaar to the next one. Durations are measured by `npm run bench`, not here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { dump } from '../helpers/db';
import { plannenVan, queryPlannen, volledigeScans } from '../helpers/queryplan';
import { afspraakInvoer, fout, inzetInvoer, metBasis, ok, type Basis, type Env } from '../helpers/registratie';

let env: Env;
let d: Basis;
beforeEach(async () => ({ env, d } = await metBasis()));
afterEach(() => env.sessie.close());

describe('afspraken.lijst', () => {
  beforeEach(async () => {
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, basisurenPerWeek: 4, themas: ['pesten'] }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.trias, basisurenPerWeek: 6, status: 'concept' }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.carolus.id, aanbiederId: d.kern, functie: 'SMW', basisurenPerWeek: 8, status: 'getekend' }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, schooljaar: 2016, basisurenPerWeek: 2 }));
  });

  it('returns one schooljaar with the joined display fields', async () => {
    const { rijen, totaal } = await ok(env, 'afspraken.lijst', { schooljaar: 2017 });
    expect(totaal).toBe(3);
    expect(rijen.map((r) => r.schoolNaam)).toEqual(['Carolus Clusius College', 'De Regenboog', 'Het Mozaïek']);
    expect(rijen[2]).toMatchObject({
      schooljaar: 2017,
      schoolNaam: 'Het Mozaïek',
      vestigingscode: '20CF01',
      sector: 'PO',
      wijkNaam: 'Centrum',
      aanbiederNaam: 'De Kern',
      themas: ['pesten'],
    });
  });

  it('filters by school, aanbieder, functie, status and text', async () => {
    const namen = async (f: object) => (await ok(env, 'afspraken.lijst', { schooljaar: 2017, ...f })).rijen.map((r) => r.schoolNaam);
    expect(await namen({ schoolId: d.mozaiek.id })).toEqual(['Het Mozaïek']);
    expect(await namen({ aanbiederId: d.kern })).toEqual(['Carolus Clusius College', 'Het Mozaïek']);
    expect(await namen({ functie: 'SMW' })).toEqual(['Carolus Clusius College']);
    expect(await namen({ status: 'concept' })).toEqual(['De Regenboog']);
    expect(await namen({ zoek: 'trias' })).toEqual(['De Regenboog']);
    expect(await namen({ zoek: 'zuid' })).toEqual(['De Regenboog']);
    expect(await namen({ zoek: 'PESTEN' })).toEqual(['Het Mozaïek']);
    expect(await namen({ zoek: '20cf' })).toEqual(['Het Mozaïek']);
    expect(await namen({ zoek: '_' })).toEqual([]);
  });

  it('sorts by whitelisted columns in both directions, and pages', async () => {
    const uren = async (sorteer: string, richting: 'op' | 'af') =>
      (await ok(env, 'afspraken.lijst', { schooljaar: 2017, sorteer: sorteer as 'basisuren', richting })).rijen.map((r) => r.basisurenPerWeek);
    expect(await uren('basisuren', 'op')).toEqual([4, 6, 8]);
    expect(await uren('basisuren', 'af')).toEqual([8, 6, 4]);
    expect(await uren('status', 'op')).toEqual([6, 4, 8]); // concept, afgesproken, getekend
    expect(await uren('wijk', 'af')).toEqual([6, 8, 4]); // Zuid, then Centrum by school name
    expect(await uren('aanbieder', 'op')).toEqual([8, 4, 6]);
    const pagina = await ok(env, 'afspraken.lijst', { schooljaar: 2017, sorteer: 'basisuren', limiet: 1, offset: 2 });
    expect(pagina.totaal).toBe(3);
    expect(pagina.rijen.map((r) => r.basisurenPerWeek)).toEqual([8]);
  });
});

describe('afspraken.lijst at 100.000 afspraken', () => {
  it('filters and sorts one schooljaar through its indexes, never scanning all afspraken', async () => {
    // 2.000 schools × 10 schooljaren × 5 functies = 100.000 afspraken, inserted directly for speed.
    const db = env.db;
    db.transaction(() => {
      const school = db.prepare(`INSERT INTO scholen (vestigingscode, brin, naam, sector, wijk_id) VALUES (?, ?, ?, 'PO', ?)`);
      const afspraak = db.prepare(
        `INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, aandeel_gemeente, aandeel_onderwijs, status)
         VALUES (?, ?, ?, ?, ?, 100, 0, 'afgesproken')`,
      );
      const functies = ['SMW', 'JGW', 'IB', 'ZC', 'ORTHO'];
      for (let i = 0; i < 2_000; i++) {
        const code = `${(50_000 + i).toString(36).toUpperCase()}00`;
        const id = Number(school.run(code, code.slice(0, 4), `School ${i}`, i % 2 ? d.centrum.id : d.zuid.id).lastInsertRowid);
        for (let jaar = 2010; jaar < 2020; jaar++) {
          for (const [f, functie] of functies.entries()) afspraak.run(jaar, id, [d.kern, d.mee, d.trias][(i + f) % 3], functie, (i % 7) + f);
        }
      }
    })();
    expect(db.prepare('SELECT count(*) FROM afspraken').pluck().get()).toBe(100_000);
    const { resultaat: alles, plannen: plannenAlles } = await queryPlannen(db, () =>
      ok(env, 'afspraken.lijst', { schooljaar: 2017, sorteer: 'wijk', richting: 'af' }),
    );
    const { resultaat: gefilterd, plannen: plannenFilter } = await queryPlannen(db, () =>
      ok(env, 'afspraken.lijst', { schooljaar: 2017, aanbiederId: d.kern, functie: 'JGW', zoek: 'School 1', sorteer: 'basisuren' }),
    );
    // The table's first window (sorted by school): the schools in name order, per school its afspraken of the year.
    const { resultaat: venster, plannen: plannenVenster } = await queryPlannen(db, () => ok(env, 'afspraken.lijst', { schooljaar: 2017, limiet: 200 }));
    expect(alles.totaal).toBe(10_000);
    expect(alles.rijen).toHaveLength(10_000);
    expect(alles.rijen[0].wijkNaam).toBe('Zuid');
    expect(gefilterd.rijen.every((r) => r.aanbiederNaam === 'De Kern' && r.functie === 'JGW' && r.schoolNaam.startsWith('School 1'))).toBe(true);
    expect(gefilterd.totaal).toBeGreaterThan(0);
    expect(venster.totaal).toBe(10_000);
    expect(venster.rijen.map((r) => r.schoolNaam)).toEqual(
      [...alles.rijen.map((r) => r.schoolNaam)]
        .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
        .slice(0, 200),
    );
    // The query plans: afspraken are looked up by index (schooljaar, functie), never read in full.
    for (const plannen of [plannenAlles, plannenFilter, plannenVenster]) {
      expect(plannen.length).toBeGreaterThan(0);
      expect(volledigeScans(plannen, ['a', 'afspraken'])).toEqual([]);
    }
    const [ids] = plannenVan(plannenAlles, /^\s*SELECT a\.id FROM afspraken a/);
    expect(ids.plan).toContainEqual(expect.stringMatching(/^SEARCH a USING INDEX \w+ \(schooljaar=\?\)/));
    const [idsFilter] = plannenVan(plannenFilter, /^\s*SELECT a\.id FROM afspraken a/);
    expect(idsFilter.plan).toContainEqual(expect.stringMatching(/^SEARCH a USING INDEX afspraken_functie \(functie=\? AND schooljaar=\?\)/));
    // Migration 003: the first window walks scholen_naam and stops after its rows, no sort of the whole year.
    const [idsVenster] = plannenVan(plannenVenster, /INDEXED BY scholen_naam/);
    expect(idsVenster.plan).toContain('SCAN s USING INDEX scholen_naam');
    expect(idsVenster.plan).toContain('SEARCH a USING INDEX afspraken_school_jaar (school_id=? AND schooljaar=?)');
    expect(idsVenster.plan).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });
});

describe('afspraken.kopieerSchooljaar', () => {
  it('copies every afspraak as concept into the next schooljaar, leaving existing ones alone', async () => {
    const volledig = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({
        schoolId: d.mozaiek.id,
        aanbiederId: d.kern,
        startdatum: '2017-09-01',
        einddatum: '2018-02-28',
        status: 'getekend',
        themas: ['pesten'],
      }),
    );
    const inzet = await ok(
      env,
      'aanvullendeInzet.maak',
      inzetInvoer(volledig.id, { einddatum: '2018-02-28', besluitDatum: '2017-08-20', besluitDoor: 'Wethouder', verantwoordingUiterlijk: '2018-03-31' }),
    );
    await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.trias, startdatum: '2017-09-01', einddatum: '2018-03-31', status: 'beeindigd' }),
    );
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.carolus.id, aanbiederId: d.kern, functie: 'SMW' }));
    const bestaand = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schooljaar: 2018, schoolId: d.carolus.id, aanbiederId: d.kern, functie: 'SMW', basisurenPerWeek: 10 }),
    );

    const verwacht = {
      van: 2017,
      naar: 2018,
      aangemaakt: 2,
      alBestaand: 1,
      metAanvullendeInzet: 1,
      aanvullendeInzetGekopieerd: 1,
      geindexeerd: 0,
      indexProcent: null,
    };
    expect(await ok(env, 'afspraken.kopieerSchooljaarVoorbeeld', { van: 2017, aanvullendeInzet: true })).toEqual(verwacht);
    const voorbeeldDump = dump(env.db);
    expect(await ok(env, 'afspraken.kopieerSchooljaar', { van: 2017, aanvullendeInzet: true })).toEqual(verwacht);
    expect(dump(env.db)).not.toEqual(voorbeeldDump);

    const { rijen } = await ok(env, 'afspraken.lijst', { schooljaar: 2018 });
    expect(rijen).toHaveLength(3);
    const mozaiek = rijen.find((r) => r.schoolId === d.mozaiek.id)!;
    expect(mozaiek).toMatchObject({
      status: 'concept',
      startdatum: '2018-09-01',
      einddatum: '2019-02-28',
      aanvullendeUren: 2,
      themas: ['pesten'],
    });
    expect(mozaiek.id).not.toBe(volledig.id);
    // The record comes along with new dates and without besluit or verantwoording (issue 16 item 8).
    const [kopie] = await ok(env, 'aanvullendeInzet.lijst', { afspraakId: mozaiek.id });
    const { id: _id, afspraakId: _a, ...rest } = inzet;
    expect(kopie).toMatchObject({
      ...rest,
      startdatum: '2018-09-01',
      einddatum: '2019-02-28',
      besluitDatum: null,
      besluitDoor: null,
      verantwoordingUiterlijk: '2019-03-31',
      telMetAfspraak: true,
    });
    // An early end (beëindigd) is not carried into the new year.
    expect(rijen.find((r) => r.schoolId === d.regenboog.id)).toMatchObject({ status: 'concept', startdatum: '2018-09-01', einddatum: null });
    // The one that existed is untouched.
    expect(await ok(env, 'afspraken.lees', { id: bestaand.id })).toEqual(bestaand);
    // The source year is untouched.
    expect(await ok(env, 'afspraken.lees', { id: volledig.id })).toEqual(volledig);
    // Copying again creates nothing.
    expect(await ok(env, 'afspraken.kopieerSchooljaar', { van: 2017 })).toMatchObject({ aangemaakt: 0, alBestaand: 3 });
    const [log] = await ok(env, 'mutatielog.lijst', { entiteit: 'afspraak', limiet: 1 });
    expect(log).toMatchObject({ methode: 'afspraken.kopieerSchooljaar', nieuw: { van: 2017, naar: 2018, aangemaakt: 0, alBestaand: 3 } });
  });

  it('leaves aanvullende inzet out unless asked (rule 7) and indexes own rates and fixed amounts when asked (rule 9)', async () => {
    const metInzet = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, uurtariefCents: 7_550 }));
    await ok(env, 'aanvullendeInzet.maak', inzetInvoer(metInzet.id));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.kern, basisurenPerWeek: 0, vastBedragCents: 1_000_001 }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.carolus.id, aanbiederId: d.kern, functie: 'SMW' }));
    const voorbeeld = await ok(env, 'afspraken.kopieerSchooljaarVoorbeeld', { van: 2017, indexProcent: 2.5 });
    expect(voorbeeld).toEqual({
      van: 2017,
      naar: 2018,
      aangemaakt: 3,
      alBestaand: 0,
      metAanvullendeInzet: 1,
      aanvullendeInzetGekopieerd: 0,
      geindexeerd: 2,
      indexProcent: 2.5,
    });
    expect(await ok(env, 'afspraken.kopieerSchooljaar', { van: 2017, indexProcent: 2.5 })).toEqual(voorbeeld);
    const { rijen } = await ok(env, 'afspraken.lijst', { schooljaar: 2018 });
    expect(rijen.find((r) => r.schoolId === d.mozaiek.id)).toMatchObject({ aanvullendeUren: 0, aantalAanvullend: 0, uurtariefCents: 7_739 });
    // 1.025 × € 10.000,01 = € 10.250,01025 → € 10.250,01
    expect(rijen.find((r) => r.schoolId === d.regenboog.id)).toMatchObject({ vastBedragCents: 1_025_001 });
    expect(rijen.find((r) => r.schoolId === d.carolus.id)).toMatchObject({ uurtariefCents: null, vastBedragCents: null });
    expect((await fout(env, 'afspraken.kopieerSchooljaar', { van: 2018, indexProcent: 'veel' })).velden[0]).toMatchObject({ veld: 'indexProcent' });
  });

  it('is one transaction: a failure half-way leaves nothing behind', async () => {
    for (const s of [d.mozaiek, d.regenboog, d.carolus]) await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: s.id, aanbiederId: d.kern }));
    // A trigger that refuses the third copy stands in for any failure during the copy.
    env.db.exec(`CREATE TEMP TRIGGER stop BEFORE INSERT ON afspraken WHEN NEW.schooljaar = 2018 AND NEW.school_id = ${d.carolus.id}
                 BEGIN SELECT RAISE(ABORT, 'stop'); END`);
    const voor = dump(env.db);
    const r = await invoke('afspraken.kopieerSchooljaar', { van: 2017 }, env.omgeving);
    expect(r.ok).toBe(false);
    expect(dump(env.db)).toEqual(voor);
    expect(env.db.prepare('SELECT count(*) FROM afspraken WHERE schooljaar = 2018').pluck().get()).toBe(0);
  });

  it('an empty schooljaar copies nothing; a nonsense year is refused in Dutch', async () => {
    expect(await ok(env, 'afspraken.kopieerSchooljaar', { van: 2030 })).toMatchObject({ van: 2030, naar: 2031, aangemaakt: 0, alBestaand: 0 });
    const f = await fout(env, 'afspraken.kopieerSchooljaar', { van: 17 });
    expect(f.velden).toEqual([{ veld: 'van', melding: 'Van schooljaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2017 voor 2017-2018.' }]);
  });
});

describe('scholen.lijst at 10.000 schools', () => {
  it('searches, filters and sorts by pupil count, looking up pupil counts by key', async () => {
    const db = env.db;
    db.transaction(() => {
      const school = db.prepare(`INSERT INTO scholen (vestigingscode, brin, naam, sector, wijk_id) VALUES (?, ?, ?, ?, ?)`);
      const telling = db.prepare('INSERT INTO leerlingen (school_id, jaar, aantal) VALUES (?, ?, ?)');
      for (let i = 0; i < 10_000; i++) {
        const code = `${(50_000 + i).toString(36).toUpperCase()}00`;
        const id = Number(school.run(code, code.slice(0, 4), `School ${i}`, i % 3 ? 'PO' : 'VO', i % 2 ? d.centrum.id : d.zuid.id).lastInsertRowid);
        for (let jaar = 2015; jaar < 2020; jaar++) telling.run(id, jaar, (i % 500) + jaar - 2015);
      }
    })();
    const { resultaat: alle, plannen: plannenAlle } = await queryPlannen(db, () => ok(env, 'scholen.lijst', { sorteer: 'leerlingen', richting: 'af' }));
    const { resultaat: gefilterd, plannen: plannenFilter } = await queryPlannen(db, () =>
      ok(env, 'scholen.lijst', { zoek: 'school 99', sector: 'VO', wijkId: d.centrum.id, sorteer: 'naam' }),
    );
    expect(alle.totaal).toBe(10_003);
    expect(alle.rijen[0]).toMatchObject({ leerlingenJaar: 2019, leerlingen: 503 });
    expect(gefilterd.rijen.length).toBeGreaterThan(0);
    expect(gefilterd.rijen.every((r) => r.sector === 'VO' && r.wijk === 'Centrum' && r.naam.startsWith('School 99'))).toBe(true);
    // Each school's latest pupil count comes by primary key (school_id, jaar), never from a scan of the
    // 50.000 counts; the wijk filter uses scholen_wijk.
    for (const plannen of [plannenAlle, plannenFilter]) expect(volledigeScans(plannen, ['l', 'm', 'leerlingen'])).toEqual([]);
    const [lijst] = plannenVan(plannenAlle, /FROM scholen s\s+LEFT JOIN wijken/);
    expect(lijst.plan).toContain('SEARCH l USING PRIMARY KEY (school_id=? AND jaar=?) LEFT-JOIN');
    expect(lijst.plan).toContain('SEARCH m USING PRIMARY KEY (school_id=?)');
    const [filter] = plannenVan(plannenFilter, /FROM scholen s\s+LEFT JOIN wijken/);
    expect(filter.plan).toContain('SEARCH s USING INDEX scholen_wijk (wijk_id=?)');
  });
});
