// The shrinking-budget warning through the API, the reason that marks growth as intended, and the
// migration keeping every proeftuin budget and indicator of a file made before it.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { fout, ok } from '../helpers/registratie';

describe('proeftuin budget that grows', () => {
  it('is warned about in the list until a reason marks it as intended; the reason is kept', async () => {
    const env = await testOmgeving();
    const basis = { naam: 'Proeftuin Hoogeveen-Oost', startjaar: 2020, eindjaar: 2024, omschrijving: null, wijkId: null, schoolIds: [], indicatoren: [] };
    const p = await ok(env, 'proeftuinen.maak', {
      ...basis,
      budget: [
        { jaar: 2020, bedragCents: 100_000_00 },
        { jaar: 2021, bedragCents: 120_000_00 },
      ],
    });
    const [rij] = await ok(env, 'proeftuinen.lijst', {});
    expect(rij.budgetKrimpt).toBe(false);
    expect(rij.budgetWaarschuwingen).toEqual([expect.stringContaining('Het budget van 2021 (€ 120.000) is hoger dan dat van 2020 (€ 100.000)')]);
    await ok(env, 'proeftuinen.wijzig', {
      ...basis,
      id: p.id,
      budget: [
        { jaar: 2020, bedragCents: 100_000_00 },
        { jaar: 2021, bedragCents: 120_000_00, redenHoger: 'Derde school doet mee' },
      ],
    });
    expect((await ok(env, 'proeftuinen.lijst', {}))[0].budgetWaarschuwingen).toEqual([]);
    expect((await ok(env, 'proeftuinen.lees', { id: p.id })).budget[1]).toEqual({
      jaar: 2021,
      bedragCents: 120_000_00,
      onderwijsCents: 0,
      redenHoger: 'Derde school doet mee',
    });
    const f = await fout(env, 'proeftuinen.wijzig', { ...basis, id: p.id, budget: [{ jaar: 2021, bedragCents: 1, redenHoger: 'x'.repeat(501) }] });
    expect(f.velden[0].veld).toBe('budget.0.redenHoger');
    env.sessie.close();
  });

  it('migration 009 keeps every budget amount and indicator value of an older file', async () => {
    const file = tmpDbPad();
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec('CREATE TABLE schema_migrations (volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.id < '009')) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(m.id, 'vroeger');
    }
    raw.exec(`INSERT INTO proeftuinen (id, naam, startjaar, eindjaar) VALUES (1, 'Proeftuin Krakeel', 2019, 2023);
      INSERT INTO proeftuin_budget (proeftuin_id, jaar, bedrag_cents) VALUES (1, 2019, 25000001), (1, 2020, 20000000), (1, 2021, 22000000);
      INSERT INTO proeftuin_indicatoren (id, proeftuin_id, naam, eenheid) VALUES (7, 1, 'Verwijzingen jeugdhulp', 'aantal');
      INSERT INTO proeftuin_indicator_waarden (indicator_id, jaar, waarde) VALUES (7, 2019, 41), (7, 2020, 37.5);`);
    raw.close();
    const { db } = await openDatabase(file);
    // Migration 011: every existing budget is the gemeente's part (bedrag_cents), onderwijs 0.
    expect(db.prepare('SELECT jaar, bedrag_cents, onderwijs_cents, reden_hoger FROM proeftuin_budget ORDER BY jaar').all()).toEqual([
      { jaar: 2019, bedrag_cents: 25000001, onderwijs_cents: 0, reden_hoger: null },
      { jaar: 2020, bedrag_cents: 20000000, onderwijs_cents: 0, reden_hoger: null },
      { jaar: 2021, bedrag_cents: 22000000, onderwijs_cents: 0, reden_hoger: null },
    ]);
    // Migration 011 moved the indicator values to indicator_jaren (tests/integration/indicatoren.test.ts).
    expect(db.prepare('SELECT indicator_id, jaar, realisatie AS waarde FROM indicator_jaren ORDER BY jaar').all()).toEqual([
      { indicator_id: 7, jaar: 2019, waarde: 41 },
      { indicator_id: 7, jaar: 2020, waarde: 37.5 },
    ]);
    expect(db.prepare('SELECT count(*) FROM ondersteuningsvragen').pluck().get()).toBe(0);
    db.close();
  });

  it('splits the budget into gemeente and onderwijs money, warns on the total, and keeps the opbrengst (Hoogeveen)', async () => {
    const env = await testOmgeving();
    const basis = { naam: 'Proeftuin Krakeel', startjaar: 2022, eindjaar: 2026, omschrijving: null, wijkId: null, schoolIds: [], indicatoren: [] };
    const p = await ok(env, 'proeftuinen.maak', {
      ...basis,
      budget: [
        { jaar: 2022, bedragCents: 150_000_00, onderwijsCents: 50_000_00 },
        // The gemeente's part shrinks, but with more onderwijs money the whole budget grows.
        { jaar: 2023, bedragCents: 140_000_00, onderwijsCents: 70_000_00 },
      ],
      opbrengstAfgesproken: 'Minder verwijzingen naar jeugdhulp in Krakeel',
      opbrengstAfgesprokenCents: 80_000_00,
      opbrengstGerealiseerd: 'Twaalf verwijzingen minder in 2023',
      opbrengstGerealiseerdCents: 61_250_55,
    });
    expect(p.budget).toEqual([
      { jaar: 2022, bedragCents: 150_000_00, onderwijsCents: 50_000_00, redenHoger: null },
      { jaar: 2023, bedragCents: 140_000_00, onderwijsCents: 70_000_00, redenHoger: null },
    ]);
    expect(p).toMatchObject({
      opbrengstAfgesproken: 'Minder verwijzingen naar jeugdhulp in Krakeel',
      opbrengstAfgesprokenCents: 80_000_00,
      opbrengstGerealiseerd: 'Twaalf verwijzingen minder in 2023',
      opbrengstGerealiseerdCents: 61_250_55,
    });
    const [rij] = await ok(env, 'proeftuinen.lijst', {});
    expect(rij).toMatchObject({ budgetTotaalCents: 410_000_00, budgetGemeenteCents: 290_000_00, budgetKrimpt: false });
    expect(rij.budgetWaarschuwingen).toEqual([expect.stringContaining('Het budget van 2023 (€ 210.000) is hoger dan dat van 2022 (€ 200.000)')]);
    const f = await fout(env, 'proeftuinen.wijzig', {
      ...basis,
      id: p.id,
      budget: [{ jaar: 2022, bedragCents: 1, onderwijsCents: -5 }],
      opbrengstAfgesprokenCents: 1.5,
    });
    expect(f.velden).toEqual([
      { veld: 'budget.0.onderwijsCents', melding: 'Budget onderwijs mag niet negatief zijn.' },
      { veld: 'opbrengstAfgesprokenCents', melding: 'Afgesproken opbrengst in geld moet een bedrag in hele centen zijn.' },
    ]);
    expect((await ok(env, 'proeftuinen.lees', { id: p.id })).budget).toHaveLength(2);
    const weg = await ok(env, 'proeftuinen.verwijder', { id: p.id });
    expect(await ok(env, 'proeftuinen.herstel', weg)).toEqual(weg);
    env.sessie.close();
  });
});
