import { describe, expect, it } from 'vitest';
import {
  divRoundHalfUp,
  eurosToCents,
  formatEuro,
  formatUren,
  heleEurosKloppen,
  hundredths,
  mulDivRoundHalfUp,
  parseBedrag,
  parseGetal,
  saldoInCenten,
  verdelingenInCenten,
} from '../../electron/domain/geld';

describe('divRoundHalfUp', () => {
  it('rounds exactly .5 up and below .5 down', () => {
    expect(divRoundHalfUp(5, 10)).toBe(1); // 0.5 → 1
    expect(divRoundHalfUp(4, 10)).toBe(0);
    expect(divRoundHalfUp(15, 10)).toBe(2); // 1.5 → 2
    expect(divRoundHalfUp(25, 10)).toBe(3); // 2.5 → 3, not banker's 2
    expect(divRoundHalfUp(34_300_000 * 4, 12)).toBe(11_433_333); // 114.333,333… → 114.333,33
    expect(divRoundHalfUp(0, 7)).toBe(0);
  });

  it('stays exact beyond 2^53 and for products that overflow', () => {
    // (2^53 + 1) is not representable as a float; BigInt path must be used via mulDiv.
    expect(mulDivRoundHalfUp(2 ** 30, 2 ** 30, 10, 2 ** 31)).toBe(5 * 2 ** 30);
    // The exact quotient is above 2^53, so the result is its nearest float: compare with that, not a rounded literal.
    expect(mulDivRoundHalfUp(9_000_000_000, 9_000_000, 3, 7)).toBe(Number(34_714_285_714_285_714n));
    expect(divRoundHalfUp(Number.MAX_SAFE_INTEGER, 2)).toBe(4503599627370496); // …495,5 → …496
  });

  it('rejects a zero divisor', () => {
    expect(() => divRoundHalfUp(1, 0)).toThrow();
  });
});

describe('hundredths and eurosToCents', () => {
  it('turns two-decimal numbers into exact integers', () => {
    expect(hundredths(4.5)).toBe(450);
    expect(hundredths(33.33)).toBe(3333);
    expect(hundredths(0.1 + 0.2)).toBe(30);
    expect(eurosToCents(75.5)).toBe(7550);
    expect(eurosToCents(1234.56)).toBe(123456);
  });
});

describe('formatEuro', () => {
  it('writes whole euros with Dutch grouping', () => {
    expect(formatEuro(11_433_333)).toBe('€ 114.333');
    expect(formatEuro(34_300_000)).toBe('€ 343.000');
    expect(formatEuro(100_000_000)).toBe('€ 1.000.000');
    expect(formatEuro(50)).toBe('€ 1'); // € 0,50 rounds half up
    expect(formatEuro(0)).toBe('€ 0');
  });

  it('writes cents on request', () => {
    expect(formatEuro(123_456, { cents: true })).toBe('€ 1.234,56');
    expect(formatEuro(7_550, { cents: true })).toBe('€ 75,50');
    expect(formatEuro(5, { cents: true })).toBe('€ 0,05');
  });

  it('writes negatives (a tekort) with a minus', () => {
    expect(formatEuro(-123_456, { cents: true })).toBe('-€ 1.234,56');
    expect(formatEuro(-11_433_333)).toBe('-€ 114.333');
  });
});

describe('formatUren', () => {
  it('uses a decimal comma', () => {
    expect(formatUren(4.5)).toBe('4,5');
    expect(formatUren(4)).toBe('4');
    expect(formatUren(1234.5)).toBe('1.234,5');
  });
});

describe('parseBedrag', () => {
  it.each([
    ['75,50', 7550],
    ['€ 75,50', 7550],
    ['€75,5', 7550],
    ['1.234,56', 123456],
    ['75.5', 7550],
    ['75', 7500],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['75,-', 7500],
    ['  EUR 12 ', 1200],
    ['-5,25', -525],
    ['0,05', 5],
  ])('reads %s as %i cents', (tekst, cents) => {
    expect(parseBedrag(tekst)).toBe(cents);
  });

  it.each(['75,5o', '', 'abc', '1,2,3', '75,505', '1.23.4', '12.34,5', '€', ','])('refuses %s', (tekst) => {
    expect(parseBedrag(tekst)).toBeNull();
  });

  it('takes numbers from Excel cells', () => {
    expect(parseBedrag(75.5)).toBe(7550);
    expect(parseBedrag(75.555)).toBeNull();
    expect(parseBedrag(null)).toBeNull();
  });
});

describe('parseGetal', () => {
  it('reads Dutch and English decimals', () => {
    expect(parseGetal('4,5')).toBe(4.5);
    expect(parseGetal('4.5')).toBe(4.5);
    expect(parseGetal('1.234,5')).toBe(1234.5);
    expect(parseGetal(' 40 ')).toBe(40);
    expect(parseGetal('-2')).toBe(-2);
    expect(parseGetal(3)).toBe(3);
  });

  it('refuses what is not a number', () => {
    expect(parseGetal('4,5 uur')).toBeNull();
    expect(parseGetal('')).toBeNull();
    expect(parseGetal('4,5,6')).toBeNull();
  });
});

// docs/regels.md#regel-20: the printed figures add up.
describe('heleEurosKloppen, saldoInCenten and verdelingenInCenten', () => {
  const v = (totaal: number, gemeente: number, onderwijs: number, overig = 0) => ({ totaal, gemeente, onderwijs, overig });
  it('whole euros that add up stay whole euros; the seed 2017 thirds do not', () => {
    expect(heleEurosKloppen([24_400_000, 12_200_000], 36_600_000)).toBe(true);
    // € 457.334 + € 660.667 = € 1.118.001 against € 1.118.000.
    expect(heleEurosKloppen([45_733_350, 66_066_650], 111_800_000)).toBe(false);
    // A part a few cents below zero would read "-€ 0".
    expect(heleEurosKloppen([-25, 10_000], 9_975)).toBe(false);
  });

  it('a saldo in cents when the whole euros miss it or a non-zero saldo would read € 0', () => {
    expect(saldoInCenten(140, 60)).toBe(true); // € 1 − € 1 ≠ € 1 (€ 0,80)
    expect(saldoInCenten(100_000_00, 40_000_000)).toBe(false);
    expect(saldoInCenten(10_000, 10_025)).toBe(true);
  });

  it('a table of verdelingen switches to cents when a row or a column misses its total', () => {
    const smw = v(36_600_000, 24_400_000, 12_200_000);
    const jgw = v(32_000_000, 21_333_350, 10_666_650); // € 213.334 + € 106.667 against € 320.000
    const ib = v(11_840_000, 0, 11_840_000);
    const som = (rijen: ReturnType<typeof v>[]) =>
      rijen.reduce((a, b) => v(a.totaal + b.totaal, a.gemeente + b.gemeente, a.onderwijs + b.onderwijs, a.overig + b.overig), v(0, 0, 0));
    expect(verdelingenInCenten([smw, ib], som([smw, ib]))).toBe(false);
    expect(verdelingenInCenten([smw, jgw], som([smw, jgw]))).toBe(true);
    // Every row adds up, but a column does not: € 0,60 + € 0,60 shows as € 1 + € 1 against € 1.
    const a = v(60, 60, 0);
    expect(verdelingenInCenten([a, a], som([a, a]))).toBe(true);
    expect(verdelingenInCenten([], v(0, 0, 0))).toBe(false);
  });
});
