// Issue 18 part 3: indicatoren (rule 16) through the registry on real SQLite, and migration 011
// that moves every old proeftuin indicator and value into them.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';
import { hoogeveenMonitor } from '../helpers/hoogeveen-monitor';
import { fout, ok } from '../helpers/registratie';

describe('migration 011: proeftuin indicators become indicatoren', () => {
  it('keeps every indicator and value, with its id, as level proeftuin and realisatie', async () => {
    const file = tmpDbPad();
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec('CREATE TABLE schema_migrations (volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.id < '011')) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(m.id, 'vroeger');
    }
    raw.exec(`INSERT INTO proeftuinen (id, naam, startjaar, eindjaar) VALUES (1, 'Proeftuin Krakeel', 2019, 2023), (2, 'Proeftuin Wolfsbos', 2020, 2024);
      INSERT INTO proeftuin_indicatoren (id, proeftuin_id, naam, eenheid) VALUES (7, 1, 'Verwijzingen jeugdhulp', 'aantal'), (9, 2, 'Thuiszitters', NULL), (12, 1, 'Bereik ouders', '%');
      INSERT INTO proeftuin_indicator_waarden (indicator_id, jaar, waarde) VALUES (7, 2019, 41), (7, 2020, 37.5), (9, 2021, 0), (12, 2022, -2.25);`);
    const oudeIndicatoren = raw.prepare('SELECT id, proeftuin_id, naam, eenheid FROM proeftuin_indicatoren ORDER BY id').all();
    const oudeWaarden = raw.prepare('SELECT indicator_id, jaar, waarde FROM proeftuin_indicator_waarden ORDER BY indicator_id, jaar').all();
    raw.close();
    const { db } = await openDatabase(file);
    expect(db.prepare(`SELECT id, scope_id AS proeftuin_id, naam, eenheid FROM indicatoren WHERE niveau = 'proeftuin' ORDER BY id`).all()).toEqual(
      oudeIndicatoren,
    );
    expect(db.prepare('SELECT indicator_id, jaar, realisatie AS waarde FROM indicator_jaren ORDER BY indicator_id, jaar').all()).toEqual(oudeWaarden);
    expect(db.prepare('SELECT count(*) FROM indicatoren WHERE richting IS NOT NULL OR bron IS NOT NULL OR nulmeting_jaar IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM indicator_jaren WHERE streefwaarde IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name LIKE 'proeftuin_indicator%'`).pluck().get()).toBe(0);
    db.close();
  });
});

const gemeente = {
  naam: 'Ondersteuningsvragen binnen school',
  eenheid: '%',
  richting: 'hoger' as const,
  bron: 'Monitor SWW',
  niveau: 'gemeente' as const,
  nulmeting: { jaar: 2019, waarde: 52 },
  jaren: [
    { jaar: 2020, streefwaarde: 60, realisatie: 61.5 },
    { jaar: 2021, streefwaarde: 65, realisatie: 58 },
    { jaar: 2022, streefwaarde: 70 },
  ],
};

describe('indicatoren (Hoogeveen)', () => {
  it('stores nulmeting, streefwaarde and realisatie per year and lists the status in words', async () => {
    const env = await testOmgeving();
    const h = await hoogeveenMonitor(env);
    const g = await ok(env, 'indicatoren.maak', gemeente);
    expect(g).toMatchObject({ richting: 'hoger', niveau: 'gemeente', scopeId: null, nulmeting: { jaar: 2019, waarde: 52 } });
    await ok(env, 'indicatoren.maak', {
      naam: 'Verwijzingen naar jeugdhulp',
      eenheid: 'aantal',
      richting: 'lager',
      bron: 'CBS Jeugdmonitor',
      niveau: 'wijk',
      scopeId: h.krakeel.id,
      jaren: [{ jaar: 2021, streefwaarde: 30, realisatie: 28 }],
    });
    const lijst = await ok(env, 'indicatoren.lijst', {});
    expect(lijst.map((i) => [i.naam, i.scopeNaam, i.jaren.map((j) => j.status)])).toEqual([
      ['Ondersteuningsvragen binnen school', null, ['op koers', 'achter', 'geen meting']],
      ['Verwijzingen naar jeugdhulp', 'Krakeel', ['op koers']],
    ]);
    const gewijzigd = await ok(env, 'indicatoren.wijzig', { ...gemeente, id: g.id, jaren: [{ jaar: 2021, streefwaarde: 65, realisatie: 66 }] });
    expect(gewijzigd.jaren).toEqual([{ jaar: 2021, streefwaarde: 65, realisatie: 66 }]);
    const weg = await ok(env, 'indicatoren.verwijder', { id: g.id });
    expect(await ok(env, 'indicatoren.lijst', {})).toHaveLength(1);
    const terug = await ok(env, 'indicatoren.herstel', weg);
    expect(terug).toEqual(weg);
    env.sessie.close();
  });

  it('refuses bad input in Dutch, naming the field, and changes nothing', async () => {
    const env = await testOmgeving();
    const h = await hoogeveenMonitor(env);
    await ok(env, 'indicatoren.maak', gemeente);
    const voor = dump(env.db);
    const zonderRichting = await fout(env, 'indicatoren.maak', { ...gemeente, naam: 'Bereik', richting: undefined });
    expect(zonderRichting.velden).toEqual([{ veld: 'richting', melding: 'Richting is verplicht: kies "hoger is beter" of "lager is beter".' }]);
    const zonderScope = await fout(env, 'indicatoren.maak', { ...gemeente, naam: 'Bereik', niveau: 'school' });
    expect(zonderScope.velden).toEqual([{ veld: 'scopeId', melding: 'Scope is verplicht: kies de school waar de indicator over gaat.' }]);
    const onbekend = await fout(env, 'indicatoren.maak', { ...gemeente, naam: 'Bereik', niveau: 'aanbieder', scopeId: h.sww + 999 });
    expect(onbekend.velden.map((v) => v.veld)).toEqual(['scopeId']);
    expect(onbekend.melding).toContain('aanbieder bestaat niet');
    const dubbelJaar = await fout(env, 'indicatoren.maak', {
      ...gemeente,
      naam: 'Bereik',
      jaren: [
        { jaar: 2020, realisatie: 1 },
        { jaar: 2020, realisatie: 2 },
      ],
    });
    expect(dubbelJaar.velden).toEqual([{ veld: 'jaren.1.jaar', melding: 'Jaren: het jaar 2020 staat er meer dan eens in.' }]);
    const geenGetal = await fout(env, 'indicatoren.maak', { ...gemeente, naam: 'Bereik', jaren: [{ jaar: 2020, streefwaarde: 'veel' }] });
    expect(geenGetal.velden).toEqual([{ veld: 'jaren.0.streefwaarde', melding: 'Streefwaarde moet een getal zijn.' }]);
    const dubbel = await fout(env, 'indicatoren.maak', gemeente);
    expect(dubbel.velden.map((v) => v.veld)).toEqual(['naam']);
    expect(dump(env.db)).toEqual(voor);
    env.sessie.close();
  });

  it('a proeftuin form edit keeps the direction, source, nulmeting and streefwaarden set on the Monitor page', async () => {
    const env = await testOmgeving();
    const basis = { naam: 'Proeftuin Hoogeveen-Oost', startjaar: 2020, eindjaar: 2024, omschrijving: null, wijkId: null, schoolIds: [] };
    const p = await ok(env, 'proeftuinen.maak', { ...basis, indicatoren: [{ naam: 'Thuiszitters', eenheid: 'aantal', waarden: [{ jaar: 2020, waarde: 9 }] }] });
    const id = p.indicatoren[0].id;
    const ind = await ok(env, 'indicatoren.lees', { id });
    expect(ind).toMatchObject({ niveau: 'proeftuin', scopeId: p.id, richting: null, jaren: [{ jaar: 2020, streefwaarde: null, realisatie: 9 }] });
    await ok(env, 'indicatoren.wijzig', {
      ...ind,
      richting: 'lager',
      bron: 'Leerplicht',
      nulmeting: { jaar: 2019, waarde: 11 },
      jaren: [
        { jaar: 2020, streefwaarde: 8, realisatie: 9 },
        { jaar: 2021, streefwaarde: 6, realisatie: null },
      ],
    });
    await ok(env, 'proeftuinen.wijzig', {
      ...basis,
      id: p.id,
      indicatoren: [{ id, naam: 'Thuiszitters', eenheid: 'aantal', waarden: [{ jaar: 2021, waarde: 5 }] }],
    });
    expect(await ok(env, 'indicatoren.lees', { id })).toMatchObject({
      richting: 'lager',
      bron: 'Leerplicht',
      nulmeting: { jaar: 2019, waarde: 11 },
      jaren: [
        { jaar: 2020, streefwaarde: 8, realisatie: null },
        { jaar: 2021, streefwaarde: 6, realisatie: 5 },
      ],
    });
    const rij = (await ok(env, 'indicatoren.lijst', {}))[0];
    expect(rij.scopeNaam).toBe('Proeftuin Hoogeveen-Oost');
    expect(rij.jaren.map((j) => j.status)).toEqual(['geen meting', 'op koers']);
    // A proeftuin's indicator cannot be claimed by another proeftuin's form.
    const ander = await fout(env, 'proeftuinen.maak', { ...basis, naam: 'Proeftuin Krakeel', indicatoren: [{ id, naam: 'Thuiszitters', waarden: [] }] });
    expect(ander.velden.map((v) => v.veld)).toEqual(['indicatoren.0.id']);
    // A migrated indicator without direction can be deleted and restored as it was.
    const oud = await ok(env, 'proeftuinen.maak', {
      ...basis,
      naam: 'Proeftuin Krakeel',
      indicatoren: [{ naam: 'Bereik', waarden: [{ jaar: 2021, waarde: 3 }] }],
    });
    const zonder = await ok(env, 'indicatoren.verwijder', { id: oud.indicatoren[0].id });
    expect(zonder.richting).toBeNull();
    expect(await ok(env, 'indicatoren.herstel', zonder)).toEqual(zonder);
    await ok(env, 'proeftuinen.verwijder', { id: oud.id });
    await ok(env, 'proeftuinen.verwijder', { id: p.id });
    expect(await ok(env, 'indicatoren.lijst', {})).toEqual([]);
    env.sessie.close();
  });

  it('undoing a proeftuin delete brings back its indicators with direction, source, unit, nulmeting, streefwaarden and realisatie', async () => {
    const env = await testOmgeving();
    const wijk = await ok(env, 'wijken.maak', { naam: 'Krakeel', omschrijving: null });
    const p = await ok(env, 'proeftuinen.maak', {
      naam: 'Proeftuin Krakeel',
      startjaar: 2021,
      eindjaar: 2025,
      wijkId: wijk.id,
      budget: [{ jaar: 2021, bedragCents: 5_000_000, onderwijsCents: 1_000_000 }],
      indicatoren: [
        { naam: 'Verwijzingen jeugdhulp', eenheid: 'aantal', waarden: [{ jaar: 2021, waarde: 41 }] },
        { naam: 'Bereik ouders', eenheid: '%', waarden: [] },
      ],
    });
    const [eerste, tweede] = p.indicatoren.map((i) => i.id);
    const ind = await ok(env, 'indicatoren.lees', { id: eerste });
    await ok(env, 'indicatoren.wijzig', {
      ...ind,
      richting: 'lager',
      bron: 'CBS Jeugdmonitor',
      nulmeting: { jaar: 2020, waarde: 45.5 },
      jaren: [
        { jaar: 2021, streefwaarde: 40, realisatie: 41 },
        { jaar: 2022, streefwaarde: 36, realisatie: null },
      ],
    });
    const voorIndicatoren = [await ok(env, 'indicatoren.lees', { id: eerste }), await ok(env, 'indicatoren.lees', { id: tweede })];
    const voorLijst = await ok(env, 'indicatoren.lijst', {});
    const volledig = await ok(env, 'proeftuinen.lees', { id: p.id });
    expect(volledig.indicatoren[0]).toEqual({
      id: eerste,
      naam: 'Verwijzingen jeugdhulp',
      eenheid: 'aantal',
      richting: 'lager',
      bron: 'CBS Jeugdmonitor',
      nulmeting: { jaar: 2020, waarde: 45.5 },
      waarden: [{ jaar: 2021, waarde: 41 }],
      streefwaarden: [
        { jaar: 2021, waarde: 40 },
        { jaar: 2022, waarde: 36 },
      ],
    });

    // What the "Ongedaan maken" of the delete button does: herstel with the record the delete returned.
    const oud = await ok(env, 'proeftuinen.verwijder', { id: p.id });
    expect(await ok(env, 'indicatoren.lijst', {})).toEqual([]);
    expect(await ok(env, 'proeftuinen.herstel', oud)).toEqual(volledig);
    expect([await ok(env, 'indicatoren.lees', { id: eerste }), await ok(env, 'indicatoren.lees', { id: tweede })]).toEqual(voorIndicatoren);
    expect(await ok(env, 'indicatoren.lijst', {})).toEqual(voorLijst);
    expect((await ok(env, 'indicatoren.lijst', {})).find((i) => i.id === eerste)?.jaren.map((j) => j.status)).toEqual(['achter', 'geen meting']);

    // The history shows the delete and the undo with the whole indicator.
    const log = await ok(env, 'mutatielog.lijst', { entiteit: 'proeftuin', entiteitId: p.id });
    expect(JSON.stringify(log)).toContain('CBS Jeugdmonitor');

    // The form (no direction, source, nulmeting or streefwaarden in its input) still keeps them.
    await ok(env, 'proeftuinen.wijzig', {
      ...oud,
      indicatoren: oud.indicatoren.map(({ id, naam, eenheid, waarden }) => ({ id, naam, eenheid, waarden })),
    });
    expect(await ok(env, 'indicatoren.lees', { id: eerste })).toEqual(voorIndicatoren[0]);
    // Twice the same streefwaarde year is refused, naming the field, and changes nothing.
    const voor = dump(env.db);
    const f = await fout(env, 'proeftuinen.wijzig', {
      ...oud,
      indicatoren: [
        {
          ...oud.indicatoren[0],
          streefwaarden: [
            { jaar: 2022, waarde: 1 },
            { jaar: 2022, waarde: 2 },
          ],
        },
      ],
    });
    expect(f.velden).toEqual([
      { veld: 'indicatoren.0.streefwaarden.1', melding: 'Indicator Verwijzingen jeugdhulp: de streefwaarde voor 2022 staat er meer dan eens in.' },
    ]);
    expect(dump(env.db)).toEqual(voor);
    env.sessie.close();
  });

  it('deleting a wijk, school or aanbieder with indicatoren is refused in Dutch, naming how many; nothing changes (Hoogeveen)', async () => {
    const env = await testOmgeving();
    const h = await hoogeveenMonitor(env);
    const oost = await ok(env, 'wijken.maak', { naam: 'Hoogeveen-Oost', omschrijving: null });
    const indicator = (naam: string, niveau: 'wijk' | 'school' | 'aanbieder', scopeId: number) =>
      ok(env, 'indicatoren.maak', { naam, niveau, scopeId, richting: 'hoger', eenheid: '%', jaren: [{ jaar: 2023, streefwaarde: 60, realisatie: 58 }] });
    const bereik = await indicator('Bereik ouders', 'wijk', oost.id);
    await indicator('Vragen binnen school', 'wijk', oost.id);
    const school = await indicator('Thuiszitters', 'school', h.kei.id);
    const aanbieder = await indicator('Realisatie werkplan', 'aanbieder', h.sww);
    const geweigerd = async (method: 'wijken.verwijder' | 'scholen.verwijder' | 'aanbieders.verwijder', id: number, melding: string) => {
      const voor = dump(env.db);
      const f = await fout(env, method, { id });
      expect([f.code, f.melding]).toEqual(['in-gebruik', melding]);
      expect(dump(env.db)).toEqual(voor);
    };
    await geweigerd(
      'wijken.verwijder',
      oost.id,
      'De wijk Hoogeveen-Oost heeft nog 2 indicatoren (Bereik ouders en Vragen binnen school). Kies daar eerst een andere wijk.',
    );
    await geweigerd('scholen.verwijder', h.kei.id, 'De school De Kei heeft nog 1 indicator (Thuiszitters). Verwijder of verplaats die eerst.');
    await geweigerd(
      'aanbieders.verwijder',
      h.sww,
      'De aanbieder Stichting Welzijnswerk heeft nog 1 indicator (Realisatie werkplan). Verwijder die eerst of zet ze op een ander niveau (pagina Monitor).',
    );
    // Moved to the gemeente level or deleted, the scope can go (and comes back with Ongedaan maken).
    await ok(env, 'indicatoren.wijzig', { ...(await ok(env, 'indicatoren.lees', { id: bereik.id })), richting: 'hoger', niveau: 'gemeente', scopeId: null });
    await geweigerd('wijken.verwijder', oost.id, 'De wijk Hoogeveen-Oost heeft nog 1 indicator (Vragen binnen school). Kies daar eerst een andere wijk.');
    await ok(env, 'indicatoren.verwijder', { id: school.id });
    await ok(env, 'indicatoren.verwijder', { id: aanbieder.id });
    const kei = await ok(env, 'scholen.verwijder', { id: h.kei.id });
    await ok(env, 'scholen.herstel', kei);
    await ok(env, 'aanbieders.verwijder', { id: h.sww });
    // An empty file: nothing refers to a new wijk, it goes at once.
    const leeg = await testOmgeving();
    const w = await ok(leeg, 'wijken.maak', { naam: 'Nieuw', omschrijving: null });
    await ok(leeg, 'wijken.verwijder', { id: w.id });
    leeg.sessie.close();
    env.sessie.close();
  });
});
