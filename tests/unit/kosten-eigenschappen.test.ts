// Property test of rules 2, 3 and 5 (docs/regels.md#regel-2, #regel-3, #regel-5): on seeded random
// afspraken, every total of the aggregating engines (kostenoverzicht per begrotingsjaar and per
// schooljaar with all its groups, totalenPerBegrotingsjaar for the trend) equals, to the cent, the
// sum of the per-afspraak amounts of the reference functions bedragInBegrotingsjaar and
// bedragInSchooljaar, counted and in voorbereiding kept apart.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/data';
import {
  bedragInBegrotingsjaar,
  bedragInSchooljaar,
  heeftTarief,
  isGeteld,
  isInVoorbereiding,
  kostenoverzicht,
  legeVerdeling,
  telOp,
  totalenPerBegrotingsjaar,
  type KostenContext,
  type KostenFilter,
  type KostenLookups,
  type KostenPeriode,
  type Kostenoverzicht,
} from '../../electron/domain/kosten';
import { aantalMaanden, maandenInJaar } from '../../electron/domain/schooljaar';
import { FUNCTIE_CODES, SECTOREN, STATUSSEN, type AfspraakBasis, type Verdeling } from '../../electron/domain/types';

const JAREN = [2015, 2016, 2017, 2018, 2019, 2020];

/** Shares as users enter them: 50/50, all to one side, three ways, quarters. */
const AANDELEN: [number, number, number, string | null][] = [
  [50, 50, 0, null],
  [100, 0, 0, null],
  [0, 100, 0, null],
  [33.33, 33.33, 33.34, 'SWV IJssel | Vecht'],
  [25, 25, 50, 'Gemeente Dalfsen'],
  [12.5, 50, 37.5, 'SWV IJssel | Vecht'],
  [0, 0, 100, null],
  [66.67, 33.33, 0, null],
];

function willekeurig(seed: number, n: number): { afspraken: AfspraakBasis[]; lookups: KostenLookups } {
  const r = mulberry32(seed);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const twee = (x: number) => String(x).padStart(2, '0');
  const afspraken: AfspraakBasis[] = [];
  for (let id = 1; id <= n; id++) {
    const schooljaar = kies(JAREN.slice(0, -1));
    const [g, o, ov, financier] = kies(AANDELEN);
    // Dates anywhere from a few months before to a few months after the schooljaar (clamped by rule 3).
    const datum = (dag: number) => {
      const maand = Math.floor(r() * 18) + 6;
      return `${schooljaar + Math.floor((maand - 1) / 12)}-${twee(((maand - 1) % 12) + 1)}-${twee(dag)}`;
    };
    const start = r() < 0.3 ? datum(1 + Math.floor(r() * 28)) : null;
    const eind = r() < 0.3 ? datum(28) : null;
    afspraken.push({
      id,
      schooljaar,
      // Schools 1-30 exist; 31 is unknown to the lookups (sector Onbekend, wijk Zonder wijk).
      schoolId: 1 + Math.floor(r() * 31),
      aanbiederId: 1 + Math.floor(r() * 4),
      functie: kies(FUNCTIE_CODES),
      basisurenPerWeek: Math.round(r() * 1200) / 100,
      extraUrenPerWeek: r() < 0.25 ? Math.round(r() * 400) / 100 : 0,
      wekenPerJaar: r() < 0.2 ? kies([37.5, 38, 39.25]) : null,
      uurtariefCents: r() < 0.4 ? 5_000 + Math.floor(r() * 5_000) : null,
      // Odd cents, so halves round.
      vastBedragCents: r() < 0.15 ? 100_001 + 2 * Math.floor(r() * 500_000) : null,
      aandeelGemeente: g,
      aandeelOnderwijs: o,
      aandeelOverig: ov,
      overigeFinancier: ov > 0 ? financier : null,
      startdatum: start,
      einddatum: eind && start && eind < start ? null : eind,
      status: kies(STATUSSEN),
    });
  }
  const scholen = new Map(Array.from({ length: 30 }, (_, i) => [i + 1, { sector: SECTOREN[i % SECTOREN.length], wijkId: i % 4 === 3 ? null : (i % 4) + 1 }]));
  return {
    afspraken,
    lookups: {
      scholen,
      // Aanbieder 4 has no name: it is shown as "Aanbieder 4".
      aanbiederNamen: new Map([
        [1, 'De Kern'],
        [2, 'Trias Jeugdhulp'],
        [3, 'Stichting Welzijnswerk'],
      ]),
      wijkNamen: new Map([
        [1, 'Stadshagen'],
        [2, 'Centrum'],
        [3, 'Noord'],
      ]),
    },
  };
}

/** kostenoverzicht as the plain sum of the reference amounts, afspraak by afspraak. */
function verwacht(
  afspraken: readonly AfspraakBasis[],
  periode: KostenPeriode,
  ctx: KostenContext,
  lookups: KostenLookups,
  filter: KostenFilter = {},
): Kostenoverzicht {
  const uit: Kostenoverzicht = {
    periode,
    ...legeVerdeling(),
    inVoorbereiding: legeVerdeling(),
    aantalAfspraken: 0,
    aantalInVoorbereiding: 0,
    perFunctie: {},
    perAanbieder: {},
    perSector: {},
    perWijk: {},
    perOverigeFinancier: {},
    zonderTarief: [],
  };
  const groep = (g: Record<string, Verdeling>, k: string, d: Verdeling) => telOp((g[k] ??= legeVerdeling()), d);
  for (const a of afspraken) {
    const school = lookups.scholen.get(a.schoolId);
    const sector = school?.sector ?? 'Onbekend';
    if (filter.functies && !filter.functies.includes(a.functie)) continue;
    if (filter.sectoren && !filter.sectoren.includes(sector as never)) continue;
    const inJaar = 'begrotingsjaar' in periode;
    if (!inJaar && a.schooljaar !== periode.schooljaar) continue;
    const maanden = inJaar ? maandenInJaar(a, periode.begrotingsjaar, ctx.schooljaarStartMaand) : aantalMaanden(a, ctx.schooljaarStartMaand);
    if (maanden === 0) continue;
    const d = inJaar ? bedragInBegrotingsjaar(a, periode.begrotingsjaar, ctx) : bedragInSchooljaar(a, ctx);
    if (isInVoorbereiding(a.status)) {
      uit.aantalInVoorbereiding++;
      telOp(uit.inVoorbereiding, d);
      continue;
    }
    expect(isGeteld(a.status)).toBe(true);
    uit.aantalAfspraken++;
    telOp(uit, d);
    groep(uit.perFunctie, a.functie, d);
    groep(uit.perAanbieder, lookups.aanbiederNamen.get(a.aanbiederId) ?? `Aanbieder ${a.aanbiederId}`, d);
    groep(uit.perSector, sector, d);
    const wijk = school?.wijkId ?? null;
    groep(uit.perWijk, wijk === null ? 'Zonder wijk' : (lookups.wijkNamen?.get(wijk) ?? `Wijk ${wijk}`), d);
    if (d.overig !== 0) {
      const naam = a.overigeFinancier ?? 'Overig';
      uit.perOverigeFinancier[naam] = (uit.perOverigeFinancier[naam] ?? 0) + d.overig;
    }
    if (!heeftTarief(a, ctx)) uit.zonderTarief.push(a.id);
  }
  return uit;
}

const CONTEXTEN: KostenContext[] = [
  { schooljaarStartMaand: 9, wekenPerSchooljaar: 40, standaardTarieven: { JGW: 5_000, SMW: 6_133, IB: 7_777, ORTHO: 8_501 } },
  { schooljaarStartMaand: 8, wekenPerSchooljaar: 38.5, standaardTarieven: { JGW: 6_665, SMW: 6_100, JMW: 5_999, ZC: 7_001 } },
  { schooljaarStartMaand: 1, wekenPerSchooljaar: 40, standaardTarieven: { JGW: 5_000, JW: 4_321 } },
  { schooljaarStartMaand: 10, wekenPerSchooljaar: 39, standaardTarieven: {} },
];

describe('every total is the sum of the per-afspraak amounts (rules 2, 3, 5)', () => {
  const { afspraken, lookups } = willekeurig(20_171_201, 2_500);

  it.each(CONTEXTEN.map((ctx) => [ctx.schooljaarStartMaand, ctx] as const))('kostenoverzicht per begrotingsjaar and schooljaar, start month %i', (_, ctx) => {
    let metGeld = 0;
    for (const jaar of [2014, ...JAREN, 2021]) {
      const periode = { begrotingsjaar: jaar };
      const k = kostenoverzicht(afspraken, periode, ctx, lookups);
      expect(k).toEqual(verwacht(afspraken, periode, ctx, lookups));
      if (k.totaal > 0 && k.inVoorbereiding.totaal > 0 && k.overig > 0) metGeld++;
    }
    for (const schooljaar of JAREN) {
      const periode = { schooljaar };
      expect(kostenoverzicht(afspraken, periode, ctx, lookups)).toEqual(verwacht(afspraken, periode, ctx, lookups));
    }
    // With filters, as the dashboard and the scenarios ask.
    const filter: KostenFilter = { functies: ['JGW', 'SMW', 'ORTHO'], sectoren: ['PO', 'VO'] };
    expect(kostenoverzicht(afspraken, { begrotingsjaar: 2017 }, ctx, lookups, filter)).toEqual(
      verwacht(afspraken, { begrotingsjaar: 2017 }, ctx, lookups, filter),
    );
    // Not a vacuous comparison: the years carry counted money, money in voorbereiding and overig.
    expect(metGeld).toBeGreaterThanOrEqual(4);
  });

  it.each(CONTEXTEN.map((ctx) => [ctx.schooljaarStartMaand, ctx] as const))('totalenPerBegrotingsjaar (the trend), start month %i', (_, ctx) => {
    const trend = totalenPerBegrotingsjaar(afspraken, 2014, 2021, ctx);
    expect(trend.map((t) => t.jaar)).toEqual([2014, ...JAREN, 2021]);
    for (const t of trend) {
      const geteld = legeVerdeling();
      const voorbereiding = legeVerdeling();
      for (const a of afspraken) {
        if (isGeteld(a.status)) telOp(geteld, bedragInBegrotingsjaar(a, t.jaar, ctx));
        else if (isInVoorbereiding(a.status)) telOp(voorbereiding, bedragInBegrotingsjaar(a, t.jaar, ctx));
      }
      expect(t.geteld).toEqual(geteld);
      expect(t.inVoorbereiding).toEqual(voorbereiding);
    }
    expect(trend.filter((t) => t.geteld.totaal > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('each amount splits into parts that add up and are never negative; 50/50 of an odd cent goes to the gemeente', () => {
    let oneven = 0;
    for (const ctx of CONTEXTEN) {
      for (const a of afspraken) {
        for (const d of [bedragInSchooljaar(a, ctx), ...JAREN.map((j) => bedragInBegrotingsjaar(a, j, ctx))]) {
          expect(d.gemeente + d.onderwijs + d.overig).toBe(d.totaal);
          expect(Math.min(d.gemeente, d.onderwijs, d.overig)).toBeGreaterThanOrEqual(0);
          if (a.aandeelOverig === 0) expect(d.overig).toBe(0);
          if (a.aandeelGemeente === 50 && a.aandeelOnderwijs === 50 && d.totaal % 2 === 1) {
            oneven++;
            expect(d.gemeente - d.onderwijs).toBe(1);
          }
        }
      }
    }
    expect(oneven).toBeGreaterThan(50);
  });
});
