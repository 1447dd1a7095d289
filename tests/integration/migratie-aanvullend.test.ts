// Migration 012 (aanvullende inzet as records) keeps every figure to the cent. "Before" is what the
// previous version computed (commit before 012, tests/helpers/alle-totalen.ts run on these files
// and stored in tests/fixtures/aanvullend/totalen-011.json.gz): kosten per schooljaar and
// begrotingsjaar per functie/aanbieder/sector/wijk/financier, the trend, dekking, dekkingsgraad, cost
// per leerling, wijkteam hours, the charts, the afspraken list and every number in the financiële
// paragraaf, BLOZ-overzicht and aanbieders report. The files are the demo and a Hoogeveen file with
// extra uren in every shape the old schema allowed (shares with overig, own dates, concept,
// beëindigd, fixed amounts, a toelichting without hours, rates that give half cents), both made by
// the previous version. "After" is the same helper on the migrated files, and on a new demo.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { testOmgeving, tmpDbPad, type Call } from '../helpers/db';
import { ok } from '../helpers/registratie';
import { alleTotalen } from '../helpers/alle-totalen';
import type { AanvullendeInzet } from '../../electron/domain/types';

const MAP = path.resolve(import.meta.dirname, '..', 'fixtures', 'aanvullend');
const VOOR = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(MAP, 'totalen-011.json.gz'))).toString('utf8')) as Record<string, Record<string, unknown>>;

/** A copy of a file the previous version made, opened (and so migrated) by this version. */
async function oudBestand(naam: string) {
  const pad = tmpDbPad(`${naam}.db`);
  fs.writeFileSync(pad, zlib.gunzipSync(fs.readFileSync(path.join(MAP, `${naam}-011.db.gz`))));
  return testOmgeving(pad);
}

/**
 * Issue 15: costs per aanbieder show the schools' own staff as one row of eigen inzet onderwijs, not
 * under the demo's pseudo-aanbieder "Eigen inzet school" (which holds exactly IB, ZC and ORTHO there).
 * Only the name changes: the figures under it are compared to the cent.
 */
function eigenInzetAlsEenRegel(waarde: unknown): unknown {
  const OUD = 'Eigen inzet school';
  const NIEUW = 'Eigen inzet onderwijs (geen aanbieder)';
  if (!waarde || typeof waarde !== 'object' || !('perAanbieder' in waarde)) return waarde;
  const per = (waarde as { perAanbieder: unknown }).perAanbieder;
  const hernoemd = Array.isArray(per)
    ? per.map((p: { naam: string }) => (p.naam === OUD ? { ...p, naam: NIEUW } : p))
    : Object.fromEntries(Object.entries(per as Record<string, unknown>).map(([k, v]) => [k === OUD ? NIEUW : k, v]));
  return { ...waarde, perAanbieder: hernoemd };
}

/**
 * Every figure the previous version computed is there after, unchanged: the API answers as
 * objects (new fields allowed), and every number of every report workbook.
 */
function vergelijk(na: Record<string, unknown>, voor: Record<string, unknown>): void {
  expect(Object.keys(na).sort()).toEqual(Object.keys(voor).sort());
  for (const [sleutel, waarde] of Object.entries(voor)) {
    if (!sleutel.startsWith('rapport ')) {
      expect(na[sleutel], sleutel).toMatchObject(eigenInzetAlsEenRegel(waarde) as object);
      continue;
    }
    // Layout-free: every number of the old workbook is still in the new one, as often as before.
    // Issue 15 since reshaped the reports (columns per begrotingsjaar, the schools' own staff on a
    // sheet of its own, sorting by school name), and issue 16 adds lines; the API figures above
    // are compared exactly. "Per functie" splits each functie's aanvullende inzet onto a line of
    // its own: its totals row stays.
    const oud = waarde as Record<string, number[][]>;
    const nieuw = na[sleutel] as Record<string, number[][]>;
    if (oud['Per functie']) expect(nieuw['Per functie']?.at(-1), `${sleutel} Per functie, totaal`).toEqual(oud['Per functie'].at(-1));
    const getallen = (w: Record<string, number[][]>) =>
      Object.entries(w)
        // The financiële paragraaf's Samenvatting now splits the onderwijs into its share and its own
        // staff (issue 15); the same kosten are compared exactly through the API above.
        .filter(([blad]) => blad !== 'Per functie' && !(sleutel.startsWith('rapport financieel') && blad === 'Samenvatting'))
        .flatMap(([, rijen]) => rijen.flat());
    const over = new Map<number, number>();
    for (const g of getallen(nieuw)) over.set(g, (over.get(g) ?? 0) + 1);
    for (const g of getallen(oud)) {
      const n = over.get(g) ?? 0;
      expect(n > 0, `${sleutel}: het getal ${g} ontbreekt`).toBe(true);
      over.set(g, n - 1);
    }
  }
}

const geopend: { sessie: { close(): void } }[] = [];
afterAll(() => geopend.forEach((e) => e.sessie.close()));

function records(env: { db: { prepare(sql: string): { all(): unknown[] } } }): AanvullendeInzet[] {
  return env.db
    .prepare(
      `SELECT afspraak_id AS afspraakId, uren_per_week AS urenPerWeek, bedrag_cents AS bedragCents, startdatum, einddatum, reden,
         aandeel_gemeente AS aandeelGemeente, aandeel_overig AS aandeelOverig, overige_financier AS overigeFinancier, bron FROM aanvullende_inzet ORDER BY id`,
    )
    .all() as AanvullendeInzet[];
}

describe('migration 012 keeps every figure to the cent', () => {
  it('a Hoogeveen file with extra uren in every shape', async () => {
    const env = await oudBestand('hoogeveen');
    geopend.push(env);
    vergelijk(await alleTotalen(env), VOOR.hoogeveen);
    // Six afspraken per schooljaar had extra uren or a toelichting: one record each.
    const r = records(env);
    expect(r).toHaveLength(12);
    expect(r.every((x) => x.bron === 'blad')).toBe(true);
    const sbo = r.find((x) => x.reden === 'Extra groep')!;
    expect(sbo).toMatchObject({ urenPerWeek: 0.67, startdatum: '2019-11-15', einddatum: '2020-03-10', aandeelGemeente: 33.33, aandeelOverig: 33.34 });
    expect(sbo.overigeFinancier).toBe('Samenwerkingsverband Hoogeveen');
    // No dates on the afspraak: the whole schooljaar. A toelichting without hours: 0 hours.
    expect(r.find((x) => x.reden === 'Zorgen over veiligheid in groep 8')).toMatchObject({ startdatum: '2019-09-01', einddatum: '2020-08-31' });
    expect(r.find((x) => x.reden === 'Alleen een toelichting')).toMatchObject({ urenPerWeek: 0, einddatum: '2020-01-31' });
    const kolommen = env.db.prepare("SELECT name FROM pragma_table_info('afspraken')").pluck().all();
    expect(kolommen).not.toContain('extra_uren');
    expect(kolommen).not.toContain('toelichting_extra_uren');
  }, 120_000);

  it('the demo made by the previous version', async () => {
    const env = await oudBestand('demo');
    geopend.push(env);
    vergelijk(await alleTotalen(env), VOOR.demo);
    expect(records(env).length).toBeGreaterThan(0);
  }, 120_000);

  it('a demo loaded by this version gives the same figures (its maatwerk uren are records now)', async () => {
    const env = await testOmgeving(tmpDbPad('demo-nieuw.db'));
    geopend.push(env);
    await ok(env, 'demo.laden', {});
    // The demo itself changed since in one way that moves figures: Landstede is MBO now (issue 15).
    // Put it back as the previous version loaded it; everything else must be as before.
    const landstede = (await ok(env, 'scholen.lijst', { zoek: '01AA00' })).rijen[0];
    await ok(env, 'scholen.wijzig', { ...(await ok(env, 'scholen.lees', { id: landstede.id })), sector: 'VO' });
    vergelijk(await alleTotalen(env), VOOR.demo);
    const r = records(env);
    expect(r.length).toBe(records(geopend[1] as never).length);
    expect(r.every((x) => x.bron === 'getypt' && x.startdatum === '2018-09-01' && x.einddatum === '2019-08-31')).toBe(true);
  }, 120_000);

  it('an empty file has the table and no records', async () => {
    const env = await testOmgeving();
    geopend.push(env);
    expect(records(env)).toEqual([]);
    expect(await alleTotalen(env)).toEqual({});
    const call: Call = env.call;
    expect((await call('kosten.schooljaar', { schooljaar: 2020 })).ok).toBe(true);
  });
});
