// Meerkosten (domain/meerkosten.ts) on seed 001 in miniature: JGW € 320.000 and SMW € 366.000 a
// year, 50/50 until 2016-2017, gemeente 100 % from 2017-2018; the schools' own IB registered from
// 2017-2018 on. And the printed-figures rule of domain/geld.ts that reports and dashboard share.
import { describe, expect, it } from 'vitest';
import { meerkosten } from '../../electron/domain/meerkosten';
import { heleEuros, heleEurosKloppen, saldoInCenten } from '../../electron/domain/geld';
import type { AfspraakBasis } from '../../electron/domain/types';
import type { Betaler } from '../../electron/domain/eigen-inzet';

let id = 0;
function afspraak(over: Partial<AfspraakBasis> & Pick<AfspraakBasis, 'schooljaar' | 'functie' | 'vastBedragCents'>): AfspraakBasis {
  return {
    id: ++id,
    schoolId: 1,
    aanbiederId: 1,
    basisurenPerWeek: 0,
    extraUrenPerWeek: 0,
    wekenPerJaar: null,
    uurtariefCents: null,
    aandeelGemeente: 100,
    aandeelOnderwijs: 0,
    aandeelOverig: 0,
    overigeFinancier: null,
    startdatum: null,
    einddatum: null,
    status: 'getekend',
    ...over,
  };
}

const CTX = { schooljaarStartMaand: 9, wekenPerSchooljaar: 40, standaardTarieven: {} };
const BETALERS = new Map<string, Betaler>([
  ['JGW', 'gemeente'],
  ['SMW', 'gemeente'],
  ['IB', 'onderwijs'],
]);

function seed(): AfspraakBasis[] {
  const uit: AfspraakBasis[] = [];
  for (const sj of [2015, 2016, 2017]) {
    const [gemeente, onderwijs] = sj < 2017 ? [50, 50] : [100, 0];
    uit.push(afspraak({ schooljaar: sj, functie: 'JGW', vastBedragCents: 320_000_00, aandeelGemeente: gemeente, aandeelOnderwijs: onderwijs }));
    uit.push(afspraak({ schooljaar: sj, functie: 'SMW', vastBedragCents: 366_000_00, aandeelGemeente: gemeente, aandeelOnderwijs: onderwijs }));
  }
  uit.push(afspraak({ schooljaar: 2017, functie: 'IB', vastBedragCents: 96_000_00, aandeelGemeente: 0, aandeelOnderwijs: 100 }));
  return uit;
}

describe('meerkosten against a referentiejaar', () => {
  it('2017 against 2016: sep-dec 2017: 4/12 × € 343.000 = € 114.333 incidenteel, € 343.000 a year structureel, the schools save as much', () => {
    const m = meerkosten({
      afspraken: seed(),
      jaar: 2017,
      referentiejaar: 2016,
      ctx: CTX,
      betalers: BETALERS,
      eersteSchooljaar: new Map([
        ['JGW', 2015],
        ['SMW', 2015],
        ['IB', 2017],
      ]),
    });
    const g = m.secties.gemeente;
    expect(g.functies).toEqual(['SMW', 'JGW']);
    expect(g.regels.filter((r) => r.financier === 'gemeente')).toEqual([
      {
        financier: 'gemeente',
        tekst: 'sep-dec 2017: 4/12 × € 343.000 = € 114.333',
        maanden: 4,
        jaarverschilCents: 343_000_00,
        bedragCents: 11_433_333,
        soort: 'incidenteel',
      },
    ]);
    expect(g.meerkosten.gemeente).toBe(11_433_333);
    expect(g.meerkosten.onderwijs).toBe(-11_433_333);
    expect(g.meerkosten.totaal).toBe(0);
    expect(g.doorwerking.map((r) => [r.financier, r.tekst, r.soort])).toEqual([
      ['gemeente', 'vanaf 2018: € 343.000 per jaar', 'structureel'],
      ['onderwijs', 'vanaf 2018: -€ 343.000 per jaar', 'structureel'],
    ]);
    // Per financier the written lines add up to the engine's meerkosten to the cent.
    for (const f of ['gemeente', 'onderwijs', 'overig'] as const)
      expect(g.regels.filter((r) => r.financier === f).reduce((s, r) => s + r.bedragCents!, 0)).toBe(g.meerkosten[f]);
    // The schools' own IB is nieuw geregistreerd: named, not an increase.
    const o = m.secties.onderwijs;
    expect(o.nieuw).toEqual([{ functie: 'IB', eersteSchooljaar: 2017, kosten: { totaal: 32_000_00, gemeente: 0, onderwijs: 32_000_00, overig: 0 } }]);
    expect(o.meerkosten.totaal).toBe(0);
    expect(o.regels).toEqual([]);
  });

  it('2018 against 2017: IB is no longer new; its jan-aug months are meerkosten of the onderwijs', () => {
    const afspraken = [...seed(), afspraak({ schooljaar: 2018, functie: 'IB', vastBedragCents: 96_000_00, aandeelGemeente: 0, aandeelOnderwijs: 100 })];
    const m = meerkosten({ afspraken, jaar: 2018, referentiejaar: 2017, ctx: CTX, betalers: BETALERS, eersteSchooljaar: new Map([['IB', 2017]]) });
    expect(m.secties.onderwijs.nieuw).toEqual([]);
    expect(m.secties.onderwijs.regels.map((r) => [r.tekst, r.soort])).toEqual([['jan-aug 2018: 8/12 × € 96.000 = € 64.000', 'incidenteel']]);
  });

  it('a temporary inzet is incidenteel without doorwerking; a change over the whole year is structureel', () => {
    const tijdelijk = afspraak({ schooljaar: 2016, functie: 'JGW', vastBedragCents: 12_000_00, startdatum: '2017-03-01', einddatum: '2017-06-30' });
    const m = meerkosten({
      afspraken: [tijdelijk],
      jaar: 2017,
      referentiejaar: 2016,
      ctx: CTX,
      betalers: BETALERS,
      eersteSchooljaar: new Map([['JGW', 2010]]),
    });
    expect(m.secties.gemeente.regels.map((r) => [r.tekst, r.soort])).toEqual([['mrt-jun 2017: 4/12 × € 12.000 = € 4.000', 'incidenteel']]);
    expect(m.secties.gemeente.doorwerking).toEqual([]);

    // Schooljaar = kalenderjaar (start in January): € 50.000 more from 2017 on, all year.
    const kalender = { ...CTX, schooljaarStartMaand: 1 };
    const jaren = [
      afspraak({ schooljaar: 2016, functie: 'SMW', vastBedragCents: 100_000_00 }),
      afspraak({ schooljaar: 2017, functie: 'SMW', vastBedragCents: 150_000_00 }),
    ];
    const k = meerkosten({ afspraken: jaren, jaar: 2017, referentiejaar: 2016, ctx: kalender, betalers: BETALERS, eersteSchooljaar: new Map([['SMW', 2016]]) });
    expect(k.secties.gemeente.regels.map((r) => [r.tekst, r.soort])).toEqual([['jan-dec 2017: 12/12 × € 50.000 = € 50.000', 'structureel']]);
    expect(k.secties.gemeente.doorwerking).toEqual([]);
  });

  it('a file without afspraken has no meerkosten and no lines', () => {
    const m = meerkosten({ afspraken: [], jaar: 2017, referentiejaar: 2016, ctx: CTX, betalers: BETALERS, eersteSchooljaar: new Map() });
    for (const s of Object.values(m.secties)) {
      expect(s.functies).toEqual([]);
      expect(s.regels).toEqual([]);
      expect(s.meerkosten.totaal).toBe(0);
    }
  });
});

describe('printed figures add up (one rule for reports and dashboard)', () => {
  it('whole euros add up or the figures go to cents; a saldo a few cents below zero is never "-€ 0"', () => {
    expect(heleEuros(45_733_350)).toBe(457_334);
    expect(heleEuros(-25)).toBe(-0);
    // Seed 001 in 2017: € 457.334 + € 660.667 is not the printed € 1.118.000.
    expect(heleEurosKloppen([45_733_350, 66_066_650, 0], 111_800_000)).toBe(false);
    expect(heleEurosKloppen([32_000_000, 36_600_000], 68_600_000)).toBe(true);
    expect(heleEurosKloppen([10_000, -25], 9_975)).toBe(false);
    // 2016: budget € 343.000,00, kosten € 343.000,25: the saldo -€ 0,25 in cents.
    expect(saldoInCenten(34_300_000, 34_300_025)).toBe(true);
    expect(saldoInCenten(100_000_000, 68_600_000)).toBe(false);
  });
});
