import { describe, expect, it } from 'vitest';
import {
  bedragInBegrotingsjaar,
  bedragInSchooljaar,
  heeftTarief,
  jaarkosten,
  kostenoverzicht,
  totalenPerBegrotingsjaar,
  verdeel,
} from '../../electron/domain/kosten';
import { afspraak, CTX, DE_KERN, lookups, MEE, TRIAS, zwolleAfspraken } from './helpers/domein';

const aandelen = (g: number, o: number, ov = 0) => ({ aandeelGemeente: g, aandeelOnderwijs: o, aandeelOverig: ov });

describe('jaarkosten (rule 1)', () => {
  it('multiplies hours × weeks × the default rate of the functie', () => {
    expect(jaarkosten(afspraak({ basisurenPerWeek: 4 }), CTX)).toBe(800_000); // 4 × 40 × € 50
  });

  it('uses the afspraak’s own rate and weeks, and adds extra hours', () => {
    // (4 + 1,5) × 38 × € 75,50 = € 15.779,50
    const a = afspraak({ basisurenPerWeek: 4, extraUrenPerWeek: 1.5, wekenPerJaar: 38, uurtariefCents: 7_550 });
    expect(jaarkosten(a, CTX)).toBe(1_577_950);
  });

  it('rounds exactly half a cent up (not to even)', () => {
    // 2,5 × 37 × € 66,65 = 616.512,5 cent → 616.513
    const a = afspraak({ basisurenPerWeek: 2.5, wekenPerJaar: 37, uurtariefCents: 6_665 });
    expect(jaarkosten(a, CTX)).toBe(616_513);
  });

  it('uses a fixed yearly amount instead of hours', () => {
    expect(jaarkosten(afspraak({ basisurenPerWeek: 10, vastBedragCents: 1_234_567 }), CTX)).toBe(1_234_567);
  });

  it('costs nothing, and says so, when no rate is known', () => {
    const a = afspraak({ functie: 'JMW', basisurenPerWeek: 4 });
    expect(jaarkosten(a, CTX)).toBe(0);
    expect(heeftTarief(a, CTX)).toBe(false);
    expect(heeftTarief(afspraak({ functie: 'JMW', basisurenPerWeek: 0 }), CTX)).toBe(true);
  });
});

describe('verdeel (rule 2)', () => {
  it('splits 50/50', () => {
    expect(verdeel(68_600_000, aandelen(50, 50))).toEqual({
      totaal: 68_600_000,
      gemeente: 34_300_000,
      onderwijs: 34_300_000,
      overig: 0,
    });
  });

  it('keeps a three-way split that does not divide evenly whole', () => {
    expect(verdeel(100, aandelen(33.33, 33.33, 33.34))).toEqual({ totaal: 100, gemeente: 33, onderwijs: 33, overig: 34 });
    // € 10.000,01 × 33,33% = 333.300,33 cent → 333.300 each; overig takes the rest.
    const v = verdeel(1_000_001, aandelen(33.33, 33.33, 33.34));
    expect(v).toEqual({ totaal: 1_000_001, gemeente: 333_300, onderwijs: 333_300, overig: 333_401 });
    expect(v.gemeente + v.onderwijs + v.overig).toBe(v.totaal);
  });

  it('rounds the gemeente half cent up and never makes overig negative', () => {
    // 50/50 of 1 cent: both halves are .5; gemeente gets it, onderwijs 0, overig 0 (not −1).
    expect(verdeel(1, aandelen(50, 50))).toEqual({ totaal: 1, gemeente: 1, onderwijs: 0, overig: 0 });
    expect(verdeel(266_667, aandelen(50, 50))).toEqual({ totaal: 266_667, gemeente: 133_334, onderwijs: 133_333, overig: 0 });
  });

  it('gives everything to the gemeente at 100 %', () => {
    expect(verdeel(12_345, aandelen(100, 0))).toEqual({ totaal: 12_345, gemeente: 12_345, onderwijs: 0, overig: 0 });
  });
});

describe('amounts per begrotingsjaar and schooljaar (rule 3)', () => {
  it('gives 4/12 to the first and 8/12 to the second calendar year', () => {
    const a = afspraak({ aandeelGemeente: 100, aandeelOnderwijs: 0 }); // € 8.000 a year
    expect(bedragInBegrotingsjaar(a, 2017, CTX).totaal).toBe(266_667); // 266.666,67 → 266.667
    expect(bedragInBegrotingsjaar(a, 2018, CTX).totaal).toBe(533_333);
    expect(bedragInBegrotingsjaar(a, 2016, CTX).totaal).toBe(0);
    expect(bedragInSchooljaar(a, CTX).totaal).toBe(800_000);
  });

  it('counts a mid-year start and end by month', () => {
    // 15 nov 2017 – 10 mrt 2018: 2 months in 2017, 3 in 2018, 5 in the schooljaar.
    const a = afspraak({ startdatum: '2017-11-15', einddatum: '2018-03-10' });
    expect(bedragInBegrotingsjaar(a, 2017, CTX)).toEqual({ totaal: 133_333, gemeente: 66_667, onderwijs: 66_666, overig: 0 });
    expect(bedragInBegrotingsjaar(a, 2018, CTX).totaal).toBe(200_000);
    expect(bedragInSchooljaar(a, CTX).totaal).toBe(333_333);
  });

  it('follows a schooljaar that starts in August: 5/12 in the first year', () => {
    const ctx = { ...CTX, schooljaarStartMaand: 8 };
    const a = afspraak();
    expect(bedragInBegrotingsjaar(a, 2017, ctx).totaal).toBe(333_333);
    expect(bedragInBegrotingsjaar(a, 2018, ctx).totaal).toBe(466_667);
  });
});

describe('kostenoverzicht', () => {
  const lk = lookups();

  it('reproduces the seed: € 686.000 a year, the schools paying € 343.000', () => {
    const o = kostenoverzicht(zwolleAfspraken(2016, 50), { schooljaar: 2016 }, CTX, lk);
    expect(o.totaal).toBe(68_600_000);
    expect(o.onderwijs).toBe(34_300_000);
    expect(o.gemeente).toBe(34_300_000);
    expect(o.perFunctie.JGW.totaal).toBe(32_000_000);
    expect(o.perFunctie.SMW.totaal).toBe(36_600_000);
    expect(o.perAanbieder['Trias Jeugdhulp'].totaal).toBe(32_000_000);
    expect(o.perAanbieder['De Kern'].onderwijs).toBe(18_300_000);
    expect(o.perSector.PO.totaal).toBe(32_000_000);
    expect(o.aantalAfspraken).toBe(52);
    // 8 PO schools (€ 8.000) and 4 VO schools (€ 30.500) in wijk 1.
    expect(o.perWijk.Stadshagen.totaal).toBe(8 * 800_000 + 4 * 3_050_000);
  });

  it('gemeente 2017 = 8/12 × € 343.000 + 4/12 × € 686.000 ≈ € 457.333', () => {
    const afspraken = [...zwolleAfspraken(2016, 50), ...zwolleAfspraken(2017, 100)];
    const o = kostenoverzicht(afspraken, { begrotingsjaar: 2017 }, CTX, lk);
    expect(Math.abs(o.gemeente - 45_733_333)).toBeLessThanOrEqual(100);
    expect(o.totaal).toBe(o.gemeente + o.onderwijs + o.overig);
    // Every total is the sum of its per-afspraak amounts.
    const som = afspraken.reduce((s, a) => s + bedragInBegrotingsjaar(a, 2017, CTX).gemeente, 0);
    expect(o.gemeente).toBe(som);
  });

  it('keeps concept and in overleg apart from the totals', () => {
    const getekend = afspraak({ schoolId: 1, aanbiederId: TRIAS });
    const concept = afspraak({ schoolId: 2, aanbiederId: TRIAS, status: 'concept' });
    const inOverleg = afspraak({ schoolId: 3, aanbiederId: MEE, status: 'in_overleg', vastBedragCents: 120_000 });
    const o = kostenoverzicht([getekend, concept, inOverleg], { schooljaar: 2017 }, CTX, lk);
    expect(o.totaal).toBe(800_000);
    expect(o.aantalAfspraken).toBe(1);
    expect(o.inVoorbereiding.totaal).toBe(920_000);
    expect(o.aantalInVoorbereiding).toBe(2);
    expect(o.perAanbieder['MEE IJsseloevers']).toBeUndefined();
    expect(o.perAanbieder['Trias Jeugdhulp'].totaal).toBe(800_000);
    // A concept on a VO school adds no (zero) VO row.
    const vo = kostenoverzicht([getekend, afspraak({ schoolId: 101, status: 'concept' })], { schooljaar: 2017 }, CTX, lk);
    expect(Object.keys(vo.perSector)).toEqual(['PO']);
  });

  it('counts a beëindigd afspraak for the months it ran', () => {
    const a = afspraak({ status: 'beeindigd', einddatum: '2017-12-31', aandeelGemeente: 100, aandeelOnderwijs: 0 });
    expect(kostenoverzicht([a], { begrotingsjaar: 2017 }, CTX, lk).totaal).toBe(266_667);
    expect(kostenoverzicht([a], { begrotingsjaar: 2018 }, CTX, lk).totaal).toBe(0);
    expect(kostenoverzicht([a], { schooljaar: 2017 }, CTX, lk).totaal).toBe(266_667);
  });

  it('names the overige financier and lists afspraken without a rate', () => {
    const a = afspraak({ aandeelGemeente: 40, aandeelOnderwijs: 40, aandeelOverig: 20, overigeFinancier: 'SWV IJssel-Vecht' });
    const zonder = afspraak({ functie: 'JP', basisurenPerWeek: 2 });
    const o = kostenoverzicht([a, zonder], { schooljaar: 2017 }, CTX, lk);
    expect(o.perOverigeFinancier).toEqual({ 'SWV IJssel-Vecht': 160_000 });
    expect(o.overig).toBe(160_000);
    expect(o.zonderTarief).toEqual([zonder.id]);
  });

  it('filters on functie and sector', () => {
    const o = kostenoverzicht(zwolleAfspraken(2017, 100), { schooljaar: 2017 }, CTX, lk, { sectoren: ['VO'] });
    expect(o.totaal).toBe(36_600_000);
    expect(Object.keys(o.perFunctie)).toEqual(['SMW']);
    const j = kostenoverzicht(zwolleAfspraken(2017, 100), { schooljaar: 2017 }, CTX, lk, { functies: ['JGW'] });
    expect(j.totaal).toBe(32_000_000);
  });

  it('files every functie under its own code', () => {
    const codes = ['SMW', 'JGW', 'JMW', 'JW', 'JP', 'IB', 'ZC', 'ORTHO'] as const;
    const lijst = codes.map((functie, i) => afspraak({ functie, vastBedragCents: (i + 1) * 100 }));
    const o = kostenoverzicht(lijst, { schooljaar: 2017 }, CTX, lk);
    codes.forEach((f, i) => expect(o.perFunctie[f].totaal).toBe((i + 1) * 100));
  });

  it('gives a trend per begrotingsjaar', () => {
    const [t2016, , t2018, t2019] = totalenPerBegrotingsjaar([...zwolleAfspraken(2016, 50), ...zwolleAfspraken(2017, 100)], 2016, 2019, CTX);
    expect(Math.abs(t2016.geteld.totaal - 22_866_667)).toBeLessThanOrEqual(100); // 4/12 × 686.000
    expect(Math.abs(t2018.geteld.gemeente - 45_733_333)).toBeLessThanOrEqual(100); // 8/12 × 686.000
    expect(t2019.geteld.totaal).toBe(0);
  });

  it('aggregates 260.000 afspraken correctly (sanity, not timed)', () => {
    const veel = Array.from({ length: 260_000 }, (_, i) =>
      afspraak({ schoolId: (i % 52) + (i % 52 < 40 ? 1 : 61), aanbiederId: i % 2 ? DE_KERN : TRIAS, schooljaar: 2017 }),
    );
    const o = kostenoverzicht(veel, { schooljaar: 2017 }, CTX, lk);
    expect(o.totaal).toBe(260_000 * 800_000);
    expect(o.perAanbieder['De Kern'].totaal + o.perAanbieder['Trias Jeugdhulp'].totaal).toBe(o.totaal);
    const sectorSom = Object.values(o.perSector).reduce((s, v) => s + v.totaal, 0);
    expect(sectorSom).toBe(o.totaal);
  });
});
