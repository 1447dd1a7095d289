// Rules 2, 3 and 5 (docs/regels.md#regel-2, #regel-3, #regel-5) through the registry on real SQLite:
// seeded random afspraken entered the ordinary way; every total the API gives (kosten.begrotingsjaar,
// kosten.schooljaar with its groups, kosten.perJaar, grafiek.kostenPerJaar, the totals of afspraken.lijst) equals, to the
// cent, the sum of the reference amounts bedragInBegrotingsjaar / bedragInSchooljaar of its rows, each
// row with the cost lines of its aanvullende inzet (docs/regels.md#regel-18: records with the
// afspraak's months and split count with its basisuren, others are lines of their own).
// afspraken.lijst sorts by amount in SQL (its own month rule, only for the order): that order
// must agree with the engine's amounts, so the SQL cannot drift from rule 3 unnoticed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/data';
import { bedragInBegrotingsjaar, bedragInSchooljaar, isGeteld, legeVerdeling, telOp, type KostenContext } from '../../electron/domain/kosten';
import { kostenregels } from '../../electron/domain/aanvullende-inzet';
import { inzetKostenPerAfspraak } from '../../electron/db/aanvullende-inzet-repo';
import { aantalMaanden, maandenInJaar, schooljaarPeriode } from '../../electron/domain/schooljaar';
import { leesInstellingen } from '../../electron/db/instellingen-repo';
import type { AfspraakRij } from '../../electron/api/typen/registratie';
import type { Afspraak, AfspraakBasis, FunctieCode, Status, Verdeling } from '../../electron/domain/types';
import { testOmgeving } from '../helpers/db';
import { afspraakInvoer, basis, ok, type Env } from '../helpers/registratie';

const SCHOOLJAREN = [2016, 2017, 2018];
const FUNCTIES: FunctieCode[] = ['JGW', 'SMW', 'IB', 'ORTHO'];
const STATUSSEN: Status[] = ['concept', 'in_overleg', 'afgesproken', 'getekend', 'beeindigd'];
const AANDELEN = [
  { aandeelGemeente: 50, aandeelOnderwijs: 50 },
  { aandeelGemeente: 100, aandeelOnderwijs: 0 },
  { aandeelGemeente: 0, aandeelOnderwijs: 100 },
  { aandeelGemeente: 33.33, aandeelOnderwijs: 33.33, aandeelOverig: 33.34, overigeFinancier: 'SWV IJssel | Vecht' },
  { aandeelGemeente: 25, aandeelOnderwijs: 25, aandeelOverig: 50, overigeFinancier: 'Gemeente Dalfsen' },
];

let env: Env;

beforeAll(async () => {
  env = await testOmgeving();
  const d = await basis(env);
  env.db
    .prepare(
      "UPDATE functies SET standaard_uurtarief_cents = CASE code WHEN 'JGW' THEN 6665 WHEN 'SMW' THEN 7333 WHEN 'IB' THEN 5001 END WHERE code IN ('JGW', 'SMW', 'IB')",
    )
    .run();
  const scholen = [d.mozaiek.id, d.regenboog.id, d.carolus.id];
  for (let i = 0; i < 4; i++) {
    const s = await ok(env, 'scholen.maak', {
      vestigingscode: `3${i}XY00`,
      naam: `School ${i}`,
      sector: i % 2 ? 'VO' : 'SBO',
      wijkId: i === 3 ? null : d.zuid.id,
    });
    scholen.push(s.id);
  }
  const r = mulberry32(20_171_201);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  for (const schooljaar of SCHOOLJAREN) {
    for (const schoolId of scholen) {
      for (const aanbiederId of [d.kern, d.trias, d.mee]) {
        for (const functie of FUNCTIES) {
          if (r() < 0.5) continue;
          const status = kies(STATUSSEN);
          const extra = r() < 0.25 ? Math.round(r() * 300) / 100 : 0;
          const vast = r() < 0.15;
          const laat = r() < 0.3 ? `${schooljaar + (r() < 0.5 ? 0 : 1)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15` : null;
          const eind = status === 'beeindigd' || r() < 0.2 ? `${schooljaar + 1}-0${1 + Math.floor(r() * 8)}-28` : null;
          const afspraak = await ok(
            env,
            'afspraken.maak',
            afspraakInvoer({
              schooljaar,
              schoolId,
              aanbiederId,
              functie,
              status,
              basisurenPerWeek: Math.round(r() * 1000) / 100,
              wekenPerJaar: r() < 0.2 ? 38.5 : null,
              uurtariefCents: !vast && r() < 0.4 ? 5_000 + Math.floor(r() * 4_000) : null,
              // Odd cents, so the 50/50 split has half cents to round.
              vastBedragCents: vast ? 200_001 + 2 * Math.floor(r() * 300_000) : null,
              startdatum: laat && eind && laat >= eind ? null : laat,
              einddatum: eind,
              ...kies(AANDELEN),
            }),
          );
          if (extra > 0) await maakInzet(afspraak, extra, r);
        }
      }
    }
  }
});
afterAll(() => env.sessie.close());

/**
 * Aanvullende inzet on an afspraak: half of the time over the afspraak's own period with its split
 * (it counts with the basisuren), else with other months, another split or a fixed amount, and
 * sometimes a second record of its own.
 */
async function maakInzet(a: Afspraak, uren: number, r: () => number): Promise<void> {
  const { start, eind } = schooljaarPeriode(a.schooljaar, (await ok(env, 'instellingen.lezen', {})).schooljaarStartMaand);
  const van = a.startdatum && a.startdatum > start ? a.startdatum : start;
  const tot = a.einddatum && a.einddatum < eind ? a.einddatum : eind;
  const eigen = {
    aandeelGemeente: a.aandeelGemeente,
    aandeelOnderwijs: a.aandeelOnderwijs,
    aandeelOverig: a.aandeelOverig,
    overigeFinancier: a.overigeFinancier,
  };
  const basis = { afspraakId: a.id, reden: 'Veel zorgleerlingen.', ...eigen };
  // (An afspraak whose dates leave its schooljaar gets a record of its own.)
  if (van <= tot && r() < 0.5) await ok(env, 'aanvullendeInzet.maak', { ...basis, urenPerWeek: uren, startdatum: van, einddatum: tot });
  else {
    const maand = 1 + Math.floor(r() * 6);
    await ok(env, 'aanvullendeInzet.maak', {
      ...basis,
      ...(r() < 0.5 ? { aandeelGemeente: 70, aandeelOnderwijs: 0, aandeelOverig: 30, overigeFinancier: 'SWV IJssel | Vecht' } : {}),
      ...(r() < 0.3 ? { bedragCents: 100_001 + Math.floor(r() * 500_000) } : { urenPerWeek: uren }),
      startdatum: `${a.schooljaar + 1}-0${maand}-10`,
      einddatum: `${a.schooljaar + 1}-0${maand + 1 + Math.floor(r() * 2)}-20`,
    });
  }
  if (r() < 0.3)
    await ok(env, 'aanvullendeInzet.maak', { ...basis, urenPerWeek: 1.33, startdatum: `${a.schooljaar}-12-01`, einddatum: `${a.schooljaar + 1}-01-31` });
}

/** A row's cost lines (regel-18) from the stored records. */
function lijnen(x: AfspraakRij): AfspraakBasis[] {
  const records = inzetKostenPerAfspraak(env.db, { ids: [x.id] }).get(x.id) ?? [];
  return kostenregels({ ...x, extraUrenPerWeek: 0 }, records, leesInstellingen(env.db).schooljaarStartMaand);
}
const inSchooljaar = (x: AfspraakRij, ctx: KostenContext) => som(lijnen(x), (l) => bedragInSchooljaar(l, ctx));
const inJaar = (x: AfspraakRij, jaar: number, ctx: KostenContext) => som(lijnen(x), (l) => bedragInBegrotingsjaar(l, jaar, ctx));
const maandenIn = (x: AfspraakRij, jaar: number | null, startMaand: number) =>
  Math.max(...lijnen(x).map((l) => (jaar === null ? aantalMaanden(l, startMaand) : maandenInJaar(l, jaar, startMaand))));

async function rijen(schooljaar: number): Promise<AfspraakRij[]> {
  return (await ok(env, 'afspraken.lijst', { schooljaar })).rijen;
}

const som = <T>(xs: readonly T[], f: (x: T) => Verdeling) => xs.reduce((s, x) => telOp(s, f(x)), legeVerdeling());
const verdeling = (v: Verdeling): Verdeling => ({ totaal: v.totaal, gemeente: v.gemeente, onderwijs: v.onderwijs, overig: v.overig });
function perGroep(xs: readonly AfspraakRij[], sleutel: (r: AfspraakRij) => string, f: (r: AfspraakRij) => Verdeling): Record<string, Verdeling> {
  const uit: Record<string, Verdeling> = {};
  for (const x of xs) telOp((uit[sleutel(x)] ??= legeVerdeling()), f(x));
  return uit;
}

describe.each([9, 8])('totals from real SQLite equal the sum of the reference amounts (schooljaar from month %i)', (startMaand) => {
  beforeAll(async () => {
    const instellingen = await ok(env, 'instellingen.lezen', {});
    await ok(env, 'instellingen.opslaan', { ...instellingen, schooljaarStartMaand: startMaand });
  });

  it('kosten.schooljaar, its groups and the totals of afspraken.lijst', async () => {
    const ctx = leesInstellingen(env.db);
    expect(ctx.schooljaarStartMaand).toBe(startMaand);
    for (const sj of SCHOOLJAREN) {
      const alle = await rijen(sj);
      const geteld = alle.filter((x) => isGeteld(x.status));
      const voorbereiding = alle.filter((x) => !isGeteld(x.status));
      expect(geteld.length).toBeGreaterThan(5);
      expect(voorbereiding.length).toBeGreaterThan(2);
      const bedrag = (x: AfspraakRij) => inSchooljaar(x, ctx);
      for (const x of alle) expect(x.kosten.schooljaar).toEqual(bedrag(x));

      const k = await ok(env, 'kosten.schooljaar', { schooljaar: sj });
      expect(verdeling(k)).toEqual(som(geteld, bedrag));
      expect(k.inVoorbereiding).toEqual(som(voorbereiding, bedrag));
      // A group exists for every counted afspraak with months in the period, even at € 0 (no rate).
      const inPeriode = geteld.filter((x) => maandenIn(x, null, startMaand) > 0);
      expect(k.perFunctie).toEqual(perGroep(inPeriode, (x) => x.functie, bedrag));
      expect(k.perAanbieder).toEqual(perGroep(inPeriode, (x) => x.aanbiederNaam, bedrag));
      expect(k.perSector).toEqual(perGroep(inPeriode, (x) => x.sector, bedrag));
      expect(k.perWijk).toEqual(perGroep(inPeriode, (x) => x.wijkNaam ?? 'Zonder wijk', bedrag));
      expect(k.aantalAfspraken).toBe(geteld.filter((x) => aantalMaanden(x, startMaand) > 0).length);

      const lijst = await ok(env, 'afspraken.lijst', { schooljaar: sj, limiet: 3 });
      expect(lijst.totalen.geteld).toMatchObject({ aantal: geteld.length, ...som(geteld, bedrag) });
      expect(lijst.totalen.inVoorbereiding).toMatchObject({ aantal: voorbereiding.length, ...som(voorbereiding, bedrag) });
      const jgw = await ok(env, 'afspraken.lijst', { schooljaar: sj, functie: 'JGW', limiet: 1 });
      expect(jgw.totalen.geteld).toMatchObject(
        som(
          geteld.filter((x) => x.functie === 'JGW'),
          bedrag,
        ),
      );
    }
  });

  it('kosten.begrotingsjaar and kosten.perJaar', async () => {
    const ctx = leesInstellingen(env.db);
    const alle = (await Promise.all([2015, ...SCHOOLJAREN].map(rijen))).flat();
    const trend = await ok(env, 'kosten.perJaar', { van: 2016, tot: 2019 });
    const grafiek = await ok(env, 'grafiek.kostenPerJaar', { vanJaar: 2016, totJaar: 2019 });
    expect(grafiek.map((p) => p.jaar)).toEqual([2016, 2017, 2018, 2019]);
    for (const jaar of [2016, 2017, 2018, 2019]) {
      const bedrag = (x: AfspraakRij) => inJaar(x, jaar, ctx);
      const geteld = som(
        alle.filter((x) => isGeteld(x.status)),
        bedrag,
      );
      const voorbereiding = som(
        alle.filter((x) => !isGeteld(x.status)),
        bedrag,
      );
      const k = await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: jaar });
      expect(verdeling(k)).toEqual(geteld);
      expect(k.inVoorbereiding).toEqual(voorbereiding);
      expect(k.perFunctie).toEqual(
        perGroep(
          alle.filter((x) => isGeteld(x.status) && maandenIn(x, jaar, startMaand) > 0),
          (x) => x.functie,
          bedrag,
        ),
      );
      const t = trend.jaren.find((j) => j.jaar === jaar)!;
      expect(verdeling(t)).toEqual(geteld);
      expect(t.inVoorbereiding).toEqual(voorbereiding);
      // The dashboard's chart shows the same figures.
      expect(grafiek.find((p) => p.jaar === jaar)).toEqual({ jaar, ...geteld, inVoorbereiding: voorbereiding.totaal, onvolledig: expect.any(Array) });
    }
    expect(trend.jaren.filter((j) => j.totaal > 0 && j.overig > 0).length).toBeGreaterThanOrEqual(3);
  });

  it("sorting by amount in SQL follows the engine's amounts (within a cent of rounding)", async () => {
    for (const sj of SCHOOLJAREN) {
      for (const [sorteer, deel] of [
        ['kosten', 'totaal'],
        ['gemeente', 'gemeente'],
        ['onderwijs', 'onderwijs'],
      ] as const) {
        const { rijen: r } = await ok(env, 'afspraken.lijst', { schooljaar: sj, sorteer });
        const bedragen = r.map((x) => x.kosten.schooljaar[deel]);
        for (let i = 1; i < bedragen.length; i++) expect(bedragen[i], `${sorteer} rij ${i}`).toBeGreaterThanOrEqual(bedragen[i - 1] - 1);
        expect(new Set(bedragen).size).toBeGreaterThan(5);
      }
    }
  });
});
