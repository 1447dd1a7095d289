import { describe, expect, it } from 'vitest';
import { asBreedte, grootsteWaarde, mooieSchaal } from '../../renderer/src/components/grafieken/schaal';
import { euroAs } from '../../renderer/src/components/grafieken/kleuren';

const stappen = (t: number[]) => t.slice(1).map((v, i) => Number((v - t[i]!).toPrecision(12)));

describe('mooieSchaal', () => {
  it('gebruikt stappen van 1, 2, 2,5 of 5 × 10ⁿ in plaats van een kwart van het maximum', () => {
    // € 380.000 in cents: the old axis stepped € 95.000.
    expect(mooieSchaal(38_000_000, 0, { minStap: 100 }).ticks).toEqual([0, 10_000_000, 20_000_000, 30_000_000, 40_000_000]);
    expect(mooieSchaal(140).ticks).toEqual([0, 25, 50, 75, 100, 125, 150]);
    expect(mooieSchaal(100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(mooieSchaal(100_000_000, 0, { minStap: 100 }).ticks.map(euroAs)).toEqual(['€ 0', '€ 200.000', '€ 400.000', '€ 600.000', '€ 800.000', '€ 1 mln']);
    expect(mooieSchaal(0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]); // 0.6, not 0.6000000000000001
  });

  it('houdt elke stap gelijk en mooi, en het domein dekt het maximum', () => {
    for (const max of [1, 3, 7, 9.99, 12, 99, 101, 1234, 68_600_000, 114_333_00, 999_999_999]) {
      const { domain, ticks } = mooieSchaal(max);
      expect(domain).toEqual([0, ticks.at(-1)]);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      const s = stappen(ticks);
      expect(new Set(s).size, `${max}: ${ticks}`).toBe(1);
      expect(ticks.length - 1).toBeLessThanOrEqual(6);
      const mantisse = s[0]! / 10 ** Math.floor(Math.log10(s[0]!));
      expect([1, 2, 2.5, 5]).toContain(Number(mantisse.toPrecision(6)));
    }
  });

  it('geld in hele euro’s; leeg en negatief geven een bruikbare as', () => {
    expect(mooieSchaal(300, 0, { minStap: 100 }).ticks).toEqual([0, 100, 200, 300]);
    expect(mooieSchaal(0, 0, { minStap: 100 })).toEqual({ domain: [0, 100], ticks: [0, 100] });
    expect(mooieSchaal(Number.NaN)).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(mooieSchaal(50, -20).ticks).toEqual([-20, 0, 20, 40, 60]);
  });

  it('€ 1,25 mln blijft € 1,25 mln op de as', () => {
    expect(euroAs(125_000_000)).toBe('€ 1,25 mln');
  });
});

describe('grootsteWaarde en asBreedte', () => {
  it('neemt per punt de som van een stapel, of een losse staaf', () => {
    const punten = [
      { a: 5, b: 6, los: 10 },
      { a: 1, b: 1, los: 12 },
    ];
    expect(grootsteWaarde(punten, [(p) => p.a + p.b, (p) => p.los])).toBe(12);
    expect(grootsteWaarde(punten, [(p) => p.a + p.b])).toBe(11);
    expect(grootsteWaarde([], [() => 5])).toBe(0);
  });

  it('maakt de as breed genoeg voor het langste label en de gedraaide titel', () => {
    expect(asBreedte(['€ 0', '€ 800.000'])).toBeGreaterThan(asBreedte(['0%', '100%']));
    expect(asBreedte(['€ 800.000'], true) - asBreedte(['€ 800.000'], false)).toBe(24);
  });
});
