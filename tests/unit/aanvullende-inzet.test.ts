// Regel-18 (docs/regels.md#regel-18) as pure functions: when a record counts with the basisuren,
// the cost lines of an afspraak, and a fixed amount over two begrotingsjaren (exact, half up),
// checked against an independent BigInt computation on seeded random cases.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/data';
import { kostenregels, periodeBedrag, telMetAfspraak, type InzetKosten } from '../../electron/domain/aanvullende-inzet';
import {
  AANVULLEND_ACHTERVOEGSEL,
  aanvullendPerFunctie,
  bedragInBegrotingsjaar,
  bedragInSchooljaar,
  kostenoverzicht,
  kostenPerRecord,
  legeVerdeling,
  metAanvullendApart,
  telOp,
  type KostenContext,
} from '../../electron/domain/kosten';
import type { AfspraakBasis } from '../../electron/domain/types';

const CTX: KostenContext = { schooljaarStartMaand: 9, wekenPerSchooljaar: 40, standaardTarieven: { JMW: 6_500 } };
const afspraak: AfspraakBasis = {
  id: 1,
  schooljaar: 2020,
  schoolId: 1,
  aanbiederId: 1,
  functie: 'JMW',
  basisurenPerWeek: 4,
  extraUrenPerWeek: 0,
  wekenPerJaar: null,
  uurtariefCents: null,
  vastBedragCents: null,
  aandeelGemeente: 100,
  aandeelOnderwijs: 0,
  aandeelOverig: 0,
  overigeFinancier: null,
  startdatum: null,
  einddatum: null,
  status: 'getekend',
};
const record = (over: Partial<InzetKosten> = {}): InzetKosten => ({
  id: 7,
  urenPerWeek: 2,
  bedragCents: null,
  startdatum: '2020-09-01',
  einddatum: '2021-08-31',
  aandeelGemeente: 100,
  aandeelOnderwijs: 0,
  aandeelOverig: 0,
  overigeFinancier: null,
  ...over,
});

describe('telMetAfspraak', () => {
  it('only a record in hours over exactly the afspraak months with its split', () => {
    expect(telMetAfspraak(afspraak, record(), 9)).toBe(true);
    // Days do not matter, months do.
    expect(telMetAfspraak(afspraak, record({ startdatum: '2020-09-15', einddatum: '2021-08-01' }), 9)).toBe(true);
    expect(telMetAfspraak(afspraak, record({ einddatum: '2021-07-31' }), 9)).toBe(false);
    expect(telMetAfspraak(afspraak, record({ aandeelGemeente: 50, aandeelOverig: 50, overigeFinancier: 'SWV' }), 9)).toBe(false);
    expect(
      telMetAfspraak(
        { ...afspraak, aandeelOverig: 10, aandeelGemeente: 90, overigeFinancier: 'SWV' },
        record({ aandeelGemeente: 90, aandeelOverig: 10, overigeFinancier: 'Ander' }),
        9,
      ),
    ).toBe(false);
    expect(telMetAfspraak(afspraak, record({ urenPerWeek: null, bedragCents: 100 }), 9)).toBe(false);
    // With an August start month the same record leaves August out.
    expect(telMetAfspraak(afspraak, record(), 8)).toBe(false);
  });
});

describe('kostenregels', () => {
  it('adds counting records to extraUrenPerWeek and makes a line of each other record', () => {
    const regels = kostenregels(
      afspraak,
      [record(), record({ id: 8, urenPerWeek: 1.25 }), record({ id: 9, startdatum: '2021-01-01', einddatum: '2021-03-31' })],
      9,
    );
    expect(regels).toHaveLength(2);
    expect(regels[0]).toMatchObject({ basisurenPerWeek: 4, extraUrenPerWeek: 3.25 });
    expect(regels[0].aanvullendeInzetId).toBeUndefined();
    expect(regels[1]).toMatchObject({
      id: 1,
      aanvullendeInzetId: 9,
      basisurenPerWeek: 0,
      extraUrenPerWeek: 2,
      startdatum: '2021-01-01',
      einddatum: '2021-03-31',
    });
  });
});

describe('periodeBedrag', () => {
  it('gives the whole amount to the schooljaar and splits it over two calendar years exactly, half up', () => {
    const r = mulberry32(180);
    for (let i = 0; i < 2_000; i++) {
      const bedrag = Math.floor(r() * 10_000_000);
      const start = 9 + Math.floor(r() * 12);
      const lengte = 1 + Math.floor(r() * (21 - start));
      const maand = (m: number) => (m <= 12 ? `2020-${String(m).padStart(2, '0')}` : `2021-${String(m - 12).padStart(2, '0')}`);
      const regel = { ...afspraak, startdatum: `${maand(start)}-01`, einddatum: `${maand(start + lengte - 1)}-28` };
      const in2020 = Math.max(0, Math.min(12, start + lengte - 1) - start + 1);
      // Independent: round(B × m / M) half up in BigInt.
      const verwacht = Number((2n * BigInt(bedrag) * BigInt(in2020) + BigInt(lengte)) / (2n * BigInt(lengte)));
      expect(periodeBedrag(regel, bedrag, null, 9)).toBe(bedrag);
      expect(periodeBedrag(regel, bedrag, 2020, 9)).toBe(verwacht);
      expect(periodeBedrag(regel, bedrag, 2020, 9) + periodeBedrag(regel, bedrag, 2021, 9)).toBe(bedrag);
      expect(periodeBedrag(regel, bedrag, 2022, 9)).toBe(0);
    }
  });
});

describe('kostenPerRecord', () => {
  it('the afspraak alone plus what each record costs is the total of its lines, to the cent, on random cases', () => {
    const r = mulberry32(18);
    for (let i = 0; i < 500; i++) {
      const a: AfspraakBasis = {
        ...afspraak,
        basisurenPerWeek: Math.round(r() * 1000) / 100,
        uurtariefCents: 4_000 + Math.floor(r() * 5_000),
        wekenPerJaar: r() < 0.5 ? 38.5 : null,
      };
      const records = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, k) =>
        r() < 0.5
          ? record({ id: k + 1, urenPerWeek: Math.round(r() * 300) / 100 })
          : record({
              id: k + 1,
              urenPerWeek: r() < 0.3 ? null : 1.11,
              bedragCents: null,
              startdatum: '2020-12-01',
              einddatum: '2021-02-15',
              aandeelGemeente: 33.33,
              aandeelOnderwijs: 33.33,
              aandeelOverig: 33.34,
              overigeFinancier: 'SWV',
            }),
      ).map((x) => (x.urenPerWeek === null ? { ...x, bedragCents: 12_345 } : x));
      const perRecord = kostenPerRecord(a, records, CTX);
      const som = telOp(telOp(legeVerdeling(), bedragInSchooljaar(a, CTX)), [...perRecord.values()].reduce(telOp, legeVerdeling()));
      const lijnen = kostenregels(a, records, 9).reduce((s, l) => telOp(s, bedragInSchooljaar(l, CTX)), legeVerdeling());
      expect(som).toEqual(lijnen);
      // A fixed amount's begrotingsjaren add up to its schooljaar (hours round per year, rule 3, as any afspraak).
      for (const l of kostenregels(a, records, 9).filter((x) => x.periodeBedragCents != null)) {
        expect(bedragInBegrotingsjaar(l, 2020, CTX).totaal + bedragInBegrotingsjaar(l, 2021, CTX).totaal).toBe(bedragInSchooljaar(l, CTX).totaal);
      }
    }
  });
});

describe('aanvullendPerFunctie and metAanvullendApart (the financiële paragraaf)', () => {
  it('split each functie into its own part and its aanvullende inzet, which add up to kostenoverzicht per functie', () => {
    const r = mulberry32(1810);
    const lijnen: AfspraakBasis[] = [];
    for (let id = 1; id <= 300; id++) {
      const a: AfspraakBasis = {
        ...afspraak,
        id,
        schooljaar: 2019 + Math.floor(r() * 2),
        functie: r() < 0.5 ? 'JMW' : 'JW',
        basisurenPerWeek: Math.round(r() * 800) / 100,
        uurtariefCents: 5_000 + Math.floor(r() * 3_000),
        startdatum: r() < 0.3 ? '2020-11-15' : null,
        status: r() < 0.8 ? 'getekend' : 'concept',
      };
      const records =
        r() < 0.5
          ? []
          : [
              record({ urenPerWeek: Math.round(r() * 300) / 100 }),
              record({ id: 2, urenPerWeek: null, bedragCents: 99_999, startdatum: '2020-12-01', einddatum: '2021-01-31' }),
            ];
      const schooljaarRecords = records.map((x) => ({
        ...x,
        startdatum: x.startdatum.replace('2020', String(a.schooljaar)).replace('2021', String(a.schooljaar + 1)),
        einddatum: x.einddatum.replace('2020', String(a.schooljaar)).replace('2021', String(a.schooljaar + 1)),
      }));
      lijnen.push(...kostenregels(a, schooljaarRecords, 9));
    }
    const lookups = { scholen: new Map([[1, { sector: 'PO' as const, wijkId: null }]]), aanbiederNamen: new Map([[1, 'SWW']]) };
    for (const jaar of [2020, 2021]) {
      const per = kostenoverzicht(lijnen, { begrotingsjaar: jaar }, CTX, lookups).perFunctie;
      const apart = metAanvullendApart(per, aanvullendPerFunctie(lijnen, jaar, CTX));
      for (const f of Object.keys(per)) {
        const extra = apart[`${f}${AANVULLEND_ACHTERVOEGSEL}`];
        expect(extra?.totaal ?? 0).toBeGreaterThan(0);
        expect(telOp({ ...apart[f] }, extra ?? legeVerdeling())).toEqual(per[f]);
      }
    }
  });
});
