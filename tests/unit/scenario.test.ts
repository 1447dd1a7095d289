import { describe, expect, it } from 'vitest';
import { aandelenScenario, basisinzetScenario } from '../../electron/domain/scenario';
import { afspraak, CTX, school, zwolleAfspraken, zwolleScholen } from './helpers/domein';

describe('aandelenScenario', () => {
  it('answers Zwolle 2017: the gemeente taking over the schools’ 50 % costs 4/12 × € 343.000 ≈ € 114.333 extra in 2017', () => {
    const r = aandelenScenario(
      zwolleAfspraken(2017, 50),
      zwolleScholen(),
      {
        schooljaar: 2017,
        functies: ['JGW', 'SMW'],
        aandeelGemeente: 100,
        aandeelOnderwijs: 0,
      },
      CTX,
    );
    expect(r.aantalAfspraken).toBe(52);
    expect(r.jaarbedrag.huidig.onderwijs).toBe(34_300_000);
    expect(r.jaarbedrag.verschil.gemeente).toBe(34_300_000);
    const [j2017, j2018] = r.perBegrotingsjaar;
    expect(j2017.jaar).toBe(2017);
    expect(j2017.maanden).toBe(4);
    expect(Math.abs(j2017.verschil.gemeente - 11_433_333)).toBeLessThanOrEqual(100);
    expect(j2017.verschil.gemeente).toBe(-j2017.verschil.onderwijs);
    expect(j2017.verschil.totaal).toBe(0);
    expect(j2017.toelichting).toBe('sep-dec 2017: 4/12 × € 343.000 = € 114.333');
    expect(j2018.maanden).toBe(8);
    expect(Math.abs(j2018.verschil.gemeente - 22_866_667)).toBeLessThanOrEqual(100);
    expect(r.schooljaarTotaal.verschil.gemeente).toBe(34_300_000);
  });

  it('leaves other schooljaren, functies, sectors and concept afspraken alone', () => {
    const afspraken = [
      ...zwolleAfspraken(2017, 50),
      ...zwolleAfspraken(2016, 50),
      afspraak({ schoolId: 1, functie: 'IB', basisurenPerWeek: 8, uurtariefCents: 6_000 }),
      afspraak({ schoolId: 2, status: 'concept' }),
    ];
    const r = aandelenScenario(
      afspraken,
      zwolleScholen(),
      { schooljaar: 2017, functies: ['JGW'], sectoren: ['PO'], aandeelGemeente: 100, aandeelOnderwijs: 0 },
      CTX,
    );
    expect(r.aantalAfspraken).toBe(40);
    expect(r.jaarbedrag.verschil.gemeente).toBe(16_000_000);
  });
});

describe('basisinzetScenario', () => {
  const scholen = [school(1, 'PO', 1, 'A'), school(2, 'PO', 1, 'B'), school(3, 'PO', 2, 'C'), school(4, 'VO', 2, 'D')];
  const afspraken = [
    afspraak({ schoolId: 1, basisurenPerWeek: 4, extraUrenPerWeek: 2 }), // already at 4 basisuren
    afspraak({ schoolId: 2, basisurenPerWeek: 1.5 }), // raised by 2,5
    afspraak({ schoolId: 3, basisurenPerWeek: 4, status: 'concept' }), // concept: counts as none
    afspraak({ schoolId: 4, functie: 'SMW', basisurenPerWeek: 10 }),
  ];

  it('finds the schools that get new or raised hours and what it costs extra', () => {
    const r = basisinzetScenario(
      afspraken,
      scholen,
      {
        schooljaar: 2017,
        sector: 'PO',
        functie: 'JGW',
        urenPerWeek: 4,
        aandeelGemeente: 100,
        aandeelOnderwijs: 0,
      },
      CTX,
    );
    expect(r.aantalOngewijzigd).toBe(1);
    expect(r.scholen.map((s) => [s.naam, s.soort, s.huidigeUren, s.extraUren, s.extraJaarkostenCents])).toEqual([
      ['B', 'verhoogd', 1.5, 2.5, 500_000], // 2,5 × 40 × € 50
      ['C', 'nieuw', 0, 4, 800_000],
    ]);
    expect(r.jaarbedragExtra).toEqual({ totaal: 1_300_000, gemeente: 1_300_000, onderwijs: 0, overig: 0 });
    const [j2017, j2018] = r.perBegrotingsjaar;
    // Extra: 4/12 of 5.000 (166.666,67 → 166.667) + 4/12 of 8.000 (266.667) = 433.334 cent.
    expect(j2017.extra.totaal).toBe(433_334);
    expect(j2018.extra.totaal).toBe(1_300_000 - 433_334);
    // Current JGW on PO this schooljaar: A (6 uur, € 12.000) + B (1,5 uur, € 3.000) = € 15.000 a year.
    expect(j2017.huidig.totaal).toBe(400_000 + 100_000);
    expect(j2017.nieuw.totaal).toBe(j2017.huidig.totaal + j2017.extra.totaal);
    expect(r.schooljaarTotaal.huidig.totaal).toBe(1_500_000);
    expect(r.schooljaarTotaal.extra.totaal).toBe(1_300_000);
    expect(r.schooljaarTotaal.nieuw.totaal).toBe(2_800_000);
    expect(j2017.toelichting).toBe('sep-dec 2017: 4/12 × € 13.000 = € 4.333');
  });

  it('uses the scenario’s rate, weeks and shares', () => {
    const r = basisinzetScenario(
      [],
      scholen,
      {
        schooljaar: 2017,
        sector: 'PO',
        functie: 'JGW',
        urenPerWeek: 4,
        uurtariefCents: 7_000,
        wekenPerJaar: 38,
        aandeelGemeente: 50,
        aandeelOnderwijs: 50,
      },
      CTX,
    );
    expect(r.aantalNieuw).toBe(3);
    // 3 × 4 × 38 × € 70 = € 31.920, half each.
    expect(r.jaarbedragExtra).toEqual({ totaal: 3_192_000, gemeente: 1_596_000, onderwijs: 1_596_000, overig: 0 });
  });

  it('gives roughly the € 1 mln of the 2017 voorstel for all basisscholen at 4 uur', () => {
    // 40 PO schools with no JGW yet, 4 uur × 40 weken at € 50 = € 320.000; at 125 schools ≈ € 1 mln.
    const veel = Array.from({ length: 125 }, (_, i) => school(i + 1, 'PO'));
    const r = basisinzetScenario([], veel, { schooljaar: 2018, sector: 'PO', functie: 'JGW', urenPerWeek: 4, aandeelGemeente: 100, aandeelOnderwijs: 0 }, CTX);
    expect(r.jaarbedragExtra.gemeente).toBe(100_000_000);
  });
});
