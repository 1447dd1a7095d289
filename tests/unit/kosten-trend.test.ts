import { describe, expect, it } from 'vitest';
import { kostenoverzicht, totalenPerBegrotingsjaar } from '../../electron/domain/kosten';
import type { AfspraakBasis, FunctieCode, Status } from '../../electron/domain/types';
import { afspraak, CTX, lookups } from './helpers/domein';

/** mulberry32: the same afspraken every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function willekeurigeAfspraken(n: number): AfspraakBasis[] {
  const r = prng(8);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const statussen: Status[] = ['concept', 'in_overleg', 'afgesproken', 'getekend', 'beeindigd'];
  const functies: FunctieCode[] = ['JGW', 'SMW', 'JMW'];
  return Array.from({ length: n }, () => {
    const schooljaar = 2014 + Math.floor(r() * 8);
    const gemeente = kies([0, 50, 100, 33.33]);
    const onderwijs = gemeente === 33.33 ? 33.33 : 100 - gemeente;
    return afspraak({
      schooljaar,
      functie: kies(functies),
      status: kies(statussen),
      basisurenPerWeek: Math.round(r() * 800) / 100,
      extraUrenPerWeek: r() < 0.2 ? 1.5 : 0,
      wekenPerJaar: r() < 0.2 ? 37.5 : null,
      uurtariefCents: r() < 0.3 ? 6_665 : null,
      vastBedragCents: r() < 0.1 ? 1_234_567 : null,
      aandeelGemeente: gemeente,
      aandeelOnderwijs: onderwijs,
      aandeelOverig: Math.round((100 - gemeente - onderwijs) * 100) / 100,
      overigeFinancier: gemeente === 33.33 ? 'SWV' : null,
      startdatum: r() < 0.2 ? `${schooljaar}-${kies(['10', '12'])}-15` : null,
      einddatum: r() < 0.2 ? `${schooljaar + 1}-0${kies(['2', '5'])}-01` : null,
    });
  });
}

describe('totalenPerBegrotingsjaar (kosten.perJaar in one pass)', () => {
  it('gives, year by year and to the cent, the totals of kostenoverzicht, counted and in voorbereiding', () => {
    const afspraken = willekeurigeAfspraken(3_000);
    for (const ctx of [CTX, { ...CTX, schooljaarStartMaand: 1 }, { ...CTX, schooljaarStartMaand: 8 }]) {
      const totalen = totalenPerBegrotingsjaar(afspraken, 2015, 2022, ctx);
      expect(totalen.map((t) => t.jaar)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
      for (const t of totalen) {
        const k = kostenoverzicht(afspraken, { begrotingsjaar: t.jaar }, ctx, lookups());
        expect(t.geteld).toEqual({ totaal: k.totaal, gemeente: k.gemeente, onderwijs: k.onderwijs, overig: k.overig });
        expect(t.inVoorbereiding).toEqual(k.inVoorbereiding);
      }
      // Not a vacuous comparison: the years carry money.
      expect(totalen.filter((t) => t.geteld.totaal > 0 && t.inVoorbereiding.totaal > 0).length).toBeGreaterThan(5);
    }
  });
});
