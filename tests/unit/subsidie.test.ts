import { describe, expect, it } from 'vitest';
import {
  betaaldTotaal,
  driftTekst,
  plafondOverschrijdingen,
  plafondTekst,
  saldo,
  saldoTekst,
  standaardVaststelling,
  standaardVerantwoordingDatum,
  subsidieStatus,
  verdeelInTermijnen,
  voorschotSchema,
} from '../../electron/domain/subsidie';

describe('voorschotten (rule 11)', () => {
  it('n terms of floor(V / n) cents, the remainder on the last, adding up to V', () => {
    expect(verdeelInTermijnen(100_000_01, 12)).toEqual([...Array(11).fill(8_333_33), 8_333_38]);
    expect(verdeelInTermijnen(7, 4)).toEqual([1, 1, 1, 4]);
    expect(verdeelInTermijnen(0, 12)).toEqual(Array(12).fill(0));
    for (const v of [1, 11, 398_000_00, 412_299_99, 123_456_789]) {
      for (const n of [1, 4, 12]) {
        const t = verdeelInTermijnen(v, n);
        expect(t.reduce((a, b) => a + b, 0)).toBe(v);
        expect(new Set(t.slice(0, -1)).size).toBeLessThanOrEqual(1);
        expect(t[n - 1]).toBeGreaterThanOrEqual(t[0]);
      }
    }
  });
  it('refuses fractions of cents, negative amounts and zero terms', () => {
    expect(() => verdeelInTermijnen(1.5, 2)).toThrow(RangeError);
    expect(() => verdeelInTermijnen(-1, 2)).toThrow(RangeError);
    expect(() => verdeelInTermijnen(100, 0)).toThrow(RangeError);
  });
  it('monthly, quarterly and once: due dates in the begrotingsjaar', () => {
    const m = voorschotSchema(12_000_05, 'maand', 2018);
    expect(m.map((t) => t.vervaldatum)).toEqual([
      '2018-01-01',
      '2018-02-01',
      '2018-03-01',
      '2018-04-01',
      '2018-05-01',
      '2018-06-01',
      '2018-07-01',
      '2018-08-01',
      '2018-09-01',
      '2018-10-01',
      '2018-11-01',
      '2018-12-01',
    ]);
    expect(m.map((t) => t.termijn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(m[11].bedragCents).toBe(1_000_05);
    const k = voorschotSchema(10, 'kwartaal', 2019);
    expect(k.map((t) => [t.vervaldatum, t.bedragCents])).toEqual([
      ['2019-01-01', 2],
      ['2019-04-01', 2],
      ['2019-07-01', 2],
      ['2019-10-01', 4],
    ]);
    expect(voorschotSchema(10, 'eenmalig', 2019)).toEqual([{ termijn: 1, bedragCents: 10, vervaldatum: '2019-01-01', betaaldOp: null }]);
  });
});

describe('status, saldo, drift', () => {
  const stappen = {
    aanvraagDatum: null,
    verleningDatum: null,
    verantwoordingDatum: null,
    vaststellingDatum: null,
    voorschotten: [] as { betaaldOp: string | null }[],
  };
  it('status is the furthest step taken', () => {
    expect(subsidieStatus(null)).toBe('geen');
    expect(subsidieStatus({ ...stappen, aanvraagDatum: '2017-10-01' })).toBe('aangevraagd');
    expect(subsidieStatus({ ...stappen, verleningDatum: '2017-12-01', voorschotten: [{ betaaldOp: null }] })).toBe('verleend');
    expect(subsidieStatus({ ...stappen, verleningDatum: '2017-12-01', voorschotten: [{ betaaldOp: '2018-01-02' }] })).toBe('bevoorschot');
    expect(subsidieStatus({ ...stappen, verleningDatum: '2017-12-01', verantwoordingDatum: '2019-03-01' })).toBe('verantwoord');
    expect(subsidieStatus({ ...stappen, verleningDatum: '2017-12-01', verantwoordingDatum: '2019-03-01', vaststellingDatum: '2019-06-01' })).toBe(
      'vastgesteld',
    );
  });
  it('saldo = vastgesteld − betaald; default vaststelling min(verleend, realised)', () => {
    expect(
      betaaldTotaal([
        { bedragCents: 5, betaaldOp: '2018-01-01' },
        { bedragCents: 7, betaaldOp: null },
      ]),
    ).toBe(5);
    expect(standaardVaststelling(100, 90)).toBe(90);
    expect(standaardVaststelling(100, 120)).toBe(100);
    expect(saldo(100, 90)).toBe(10);
    expect(saldo(90, 100)).toBe(-10);
    expect(saldoTekst(1_000)).toBe('nabetaling € 10,00');
    expect(saldoTekst(-1_000)).toBe('terugvordering € 10,00');
  });
  it('drift names the difference between afspraken and verlening', () => {
    expect(driftTekst(412_300_00, 398_000_00)).toBe('afspraken € 412.300, verleend € 398.000: € 14.300 niet beschikt');
    expect(driftTekst(398_000_00, 398_000_00)).toBeNull();
    expect(driftTekst(390_000_00, 398_000_00)).toBe('afspraken € 390.000, verleend € 398.000: € 8.000 meer beschikt dan de afspraken kosten');
    expect(standaardVerantwoordingDatum(2018)).toBe('2019-04-01');
  });
});

describe('plafond (rule 13)', () => {
  const posten = new Map([
    [1, { id: 1, naam: 'Opgroei- en opvoedondersteuning', bedragCents: 450_000_00 }],
    [2, { id: 2, naam: 'PPN investering', bedragCents: 550_000_00 }],
    [3, { id: 3, naam: 'Zonder bedrag', bedragCents: null }],
  ]);
  it('checks posts linked through one subsidie together, each subsidie once', () => {
    expect(
      plafondOverschrijdingen(
        [
          { verleendCents: 400_000_00, postIds: [1, 2] },
          { verleendCents: 500_000_00, postIds: [1, 2] },
        ],
        posten,
      ),
    ).toEqual([]);
    expect(
      plafondOverschrijdingen(
        [
          { verleendCents: 400_000_00, postIds: [1] },
          { verleendCents: 100_000_00, postIds: [1] },
        ],
        posten,
      ),
    ).toEqual([{ posten: ['Opgroei- en opvoedondersteuning'], plafondCents: 450_000_00, verleendCents: 500_000_00 }]);
    const o = plafondOverschrijdingen(
      [
        { verleendCents: 900_000_00, postIds: [1] },
        { verleendCents: 200_000_00, postIds: [1, 2] },
      ],
      posten,
    );
    expect(o).toEqual([{ posten: ['Opgroei- en opvoedondersteuning', 'PPN investering'], plafondCents: 1_000_000_00, verleendCents: 1_100_000_00 }]);
    expect(plafondTekst(o[0], 2018)).toBe(
      'Let op: op de begrotingsposten Opgroei- en opvoedondersteuning en PPN investering is in 2018 € 1.100.000 verleend, meer dan het plafond van € 1.000.000 (€ 100.000 te veel).',
    );
    expect(plafondOverschrijdingen([{ verleendCents: 1, postIds: [3] }], posten)).toEqual([{ posten: ['Zonder bedrag'], plafondCents: 0, verleendCents: 1 }]);
    expect(
      plafondOverschrijdingen(
        [
          { verleendCents: 0, postIds: [3] },
          { verleendCents: 5, postIds: [] },
        ],
        posten,
      ),
    ).toEqual([]);
  });
});
