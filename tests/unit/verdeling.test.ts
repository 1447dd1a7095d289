// The division of a pool (docs/regels.md#regel-10, #regel-17) against an independent calculation
// written here from the words, in exact fractions of the pool's units (not in steps), on
// seeded random cases: sums exact, bounds respected, ties as specified.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/data';
import { gewichtEenheden, verdeelPot, VerdeelFout, type PotInvoer, type PotSchool } from '../../electron/domain/verdeling';

/** A non-negative fraction t / n in lowest terms. */
class Breuk {
  readonly t: bigint;
  readonly n: bigint;
  constructor(t: bigint, n: bigint = 1n) {
    const g = ggd(t < 0n ? -t : t, n);
    this.t = t / g;
    this.n = n / g;
  }
  plus(o: Breuk): Breuk {
    return new Breuk(this.t * o.n + o.t * this.n, this.n * o.n);
  }
  min(o: Breuk): Breuk {
    return new Breuk(this.t * o.n - o.t * this.n, this.n * o.n);
  }
  maal(o: Breuk): Breuk {
    return new Breuk(this.t * o.t, this.n * o.n);
  }
  gedeeld(o: Breuk): Breuk {
    return new Breuk(this.t * o.n, this.n * o.t);
  }
  vergelijk(o: Breuk): number {
    const a = this.t * o.n;
    const b = o.t * this.n;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  vloer(): bigint {
    const q = this.t / this.n;
    return this.t < 0n && q * this.n !== this.t ? q - 1n : q;
  }
}

function ggd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

const B = (x: number | bigint) => new Breuk(BigInt(x));

/**
 * The rule, read literally: q_i = voet + (P − k·voet) × w_i / Σw in units; floor(q_i / s)
 * steps, the remaining steps to the largest q_i / s − floor (ties: larger weight, lower code);
 * schools whose quota passes a bound are fixed there (maxima first, then minima) and the rest is
 * divided again over the others until nothing moves.
 */
function referentie(invoer: PotInvoer): number[] {
  const s = B(invoer.stap);
  const voet = B(invoer.voet ?? 0);
  const uit: (Breuk | null)[] = invoer.scholen.map(() => null);
  let vrij = invoer.scholen.map((_, i) => i);
  let pot = B(invoer.totaal);
  for (;;) {
    if (vrij.length === 0) break;
    const somW = vrij.reduce((a, i) => a.plus(B(invoer.scholen[i].gewicht)), B(0));
    const rest = pot.min(voet.maal(B(vrij.length)));
    const quotum = (i: number) => voet.plus(somW.t === 0n ? B(0) : rest.maal(B(invoer.scholen[i].gewicht)).gedeeld(somW));
    const boven = vrij.filter((i) => invoer.scholen[i].max != null && quotum(i).vergelijk(B(invoer.scholen[i].max as number)) > 0);
    const onder = boven.length ? [] : vrij.filter((i) => invoer.scholen[i].min != null && quotum(i).vergelijk(B(invoer.scholen[i].min as number)) < 0);
    if (boven.length === 0 && onder.length === 0) {
      const stappen = vrij.map((i) => ({ i, q: quotum(i).gedeeld(s) }));
      let verdeeld = B(0);
      for (const { i, q } of stappen) {
        uit[i] = B(q.vloer()).maal(s);
        verdeeld = verdeeld.plus(uit[i] as Breuk);
      }
      let nog = Number(pot.min(verdeeld).gedeeld(s).vloer());
      const volgorde = [...stappen].sort((a, b) => {
        const ra = a.q.min(B(a.q.vloer()));
        const rb = b.q.min(B(b.q.vloer()));
        if (ra.vergelijk(rb) !== 0) return -ra.vergelijk(rb);
        const wa = invoer.scholen[a.i].gewicht;
        const wb = invoer.scholen[b.i].gewicht;
        if (wa !== wb) return wb - wa;
        return invoer.scholen[a.i].vestigingscode < invoer.scholen[b.i].vestigingscode ? -1 : 1;
      });
      for (const { i } of volgorde) {
        if (nog === 0) break;
        uit[i] = (uit[i] as Breuk).plus(s);
        nog--;
      }
      break;
    }
    for (const i of boven.length ? boven : onder) {
      uit[i] = B((boven.length ? invoer.scholen[i].max : invoer.scholen[i].min) as number);
      pot = pot.min(uit[i] as Breuk);
    }
    vrij = vrij.filter((i) => uit[i] === null);
  }
  return uit.map((b) => Number((b as Breuk).t));
}

function willekeurigGeval(seed: number): PotInvoer {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const stap = [50, 25, 100, 1, 500][int(0, 4)];
  const aantal = int(1, 30);
  const metVoet = r() < 0.25;
  const voet = metVoet ? stap * int(0, 4) : 0;
  const scholen: PotSchool[] = [];
  // Codes may repeat weights on purpose, so ties happen often.
  for (let i = 0; i < aantal; i++) {
    const gewicht = r() < 0.15 ? 0 : r() < 0.3 ? int(1, 3) : int(1, 1500);
    const s: PotSchool = { vestigingscode: `${String.fromCharCode(65 + int(0, 25))}${int(10, 99)}X${String(i).padStart(2, '0')}`, gewicht };
    if (r() < 0.25) s.min = stap * int(0, 6);
    if (r() < 0.25) s.max = (s.min ?? 0) + stap * int(0, 12);
    scholen.push(s);
  }
  const stappen = int(aantal * (voet / stap), aantal * (voet / stap) + aantal * 20);
  return { totaal: stappen * stap, stap, voet, scholen };
}

describe('verdeelPot (regel 10 en 17)', () => {
  it('agrees with the independent calculation on 2.000 seeded random cases, or refuses in Dutch', () => {
    let vergeleken = 0;
    let metGrens = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const invoer = willekeurigGeval(seed);
      let uitkomst: ReturnType<typeof verdeelPot> | null = null;
      try {
        uitkomst = verdeelPot(invoer);
      } catch (e) {
        expect(e, `seed ${seed}`).toBeInstanceOf(VerdeelFout);
        expect((e as Error).message).toMatch(/pot|minim|maxim|gewicht|voet/);
        continue;
      }
      vergeleken++;
      const toegekend = uitkomst.map((t) => t.toegekend);
      // Sum exact, whole steps, bounds respected.
      expect(
        toegekend.reduce((a, b) => a + b, 0),
        `seed ${seed}`,
      ).toBe(invoer.totaal);
      invoer.scholen.forEach((s, i) => {
        expect(toegekend[i] % invoer.stap).toBe(0);
        if (s.min != null) expect(toegekend[i]).toBeGreaterThanOrEqual(s.min);
        if (s.max != null) expect(toegekend[i]).toBeLessThanOrEqual(s.max);
        if (s.gewicht === 0 && !invoer.voet && s.min == null) expect(toegekend[i]).toBe(0);
      });
      if (uitkomst.some((t) => t.begrensd)) metGrens++;
      expect(toegekend, `seed ${seed}`).toEqual(referentie(invoer));
    }
    // The cases exercise what they claim to.
    expect(vergeleken).toBeGreaterThan(1200);
    expect(metGrens).toBeGreaterThan(200);
  });

  it('gives the leftover step to the largest remainder, then the larger weight, then the lower vestigingscode', () => {
    // 3 steps over weights 1, 1, 1: one each. 2 steps over 1, 1, 1: equal remainders, equal weights → lowest codes.
    const gelijk = verdeelPot({ totaal: 100, stap: 50, scholen: ['20CF01', '10AB01', '30ZZ01'].map((c) => ({ vestigingscode: c, gewicht: 1 })) });
    expect(gelijk.map((t) => t.toegekend)).toEqual([50, 50, 0]);
    // Weights 2 and 1 over 1 step with a remainder tie impossible; 3 and 3 and 2 over 1 step:
    // quotas 3/8, 3/8, 2/8 → the larger remainders (equal) go by code.
    const r = verdeelPot({
      totaal: 1,
      stap: 1,
      scholen: [
        { vestigingscode: 'B', gewicht: 3 },
        { vestigingscode: 'A', gewicht: 3 },
        { vestigingscode: 'C', gewicht: 2 },
      ],
    });
    expect(r.map((t) => t.toegekend)).toEqual([0, 1, 0]);
    // Equal remainders, different weights: 1 step over weights 1 and 3 with 4 steps... quotas
    // 5 × 1/4 = 1,25 and 5 × 3/4 = 3,75: floors 1 and 3, one left to the 0,75.
    const w = verdeelPot({
      totaal: 5,
      stap: 1,
      scholen: [
        { vestigingscode: 'A', gewicht: 1 },
        { vestigingscode: 'B', gewicht: 3 },
      ],
    });
    expect(w.map((t) => t.toegekend)).toEqual([1, 4]);
    // Same remainder (1/2) with weights 1 and 3 (over 2 × 1/4 = 0,5 and 2 × 3/4 = 1,5): the larger weight wins.
    const t = verdeelPot({
      totaal: 2,
      stap: 1,
      scholen: [
        { vestigingscode: 'A', gewicht: 1 },
        { vestigingscode: 'B', gewicht: 3 },
      ],
    });
    expect(t.map((x) => x.toegekend)).toEqual([0, 2]);
  });

  it('lists a school without pupils with weight 0 and gives it nothing, unless it has a voet or a minimum', () => {
    const r = verdeelPot({
      totaal: 1000,
      stap: 50,
      scholen: [
        { vestigingscode: 'A', gewicht: 300 },
        { vestigingscode: 'B', gewicht: 0 },
        { vestigingscode: 'C', gewicht: 100, max: 200 },
      ],
    });
    expect(r.map((x) => [x.toegekend, x.begrensd])).toEqual([
      [800, null],
      [0, null],
      [200, 'max'],
    ]);
    expect(r[0].quotum).toBe(750);
    const v = verdeelPot({ totaal: 1000, stap: 50, voet: 200, scholen: r.map((x, i) => ({ vestigingscode: x.vestigingscode, gewicht: [300, 0, 100][i] })) });
    expect(v.map((x) => x.toegekend)).toEqual([500, 200, 300]);
  });

  it('refuses in Dutch what cannot be divided', () => {
    const scholen = [{ vestigingscode: 'A', gewicht: 1 }];
    expect(() => verdeelPot({ totaal: 125, stap: 50, scholen })).toThrow('geen geheel aantal stappen');
    expect(() => verdeelPot({ totaal: 100, stap: 50, scholen: [{ vestigingscode: 'A', gewicht: 0 }] })).toThrow('Geen enkele school heeft een gewicht');
    expect(() => verdeelPot({ totaal: 100, stap: 50, scholen: [{ vestigingscode: 'A', gewicht: 1, max: 50 }] })).toThrow('maxima samen zijn minder');
    expect(() => verdeelPot({ totaal: 100, stap: 50, scholen: [{ vestigingscode: 'A', gewicht: 1, min: 150 }] })).toThrow('minima samen zijn meer');
    expect(() => verdeelPot({ totaal: 100, stap: 50, voet: 150, scholen })).toThrow('voet past niet');
    expect(() => verdeelPot({ totaal: 100, stap: 50, scholen: [] })).toThrow('geen scholen');
    expect(verdeelPot({ totaal: 0, stap: 50, scholen: [] })).toEqual([]);
  });

  it('reads typed weights with at most four decimals as exact integers', () => {
    expect(gewichtEenheden(1.25)).toBe(12500);
    expect(gewichtEenheden(0.0001)).toBe(1);
    expect(gewichtEenheden(0.00001)).toBeNull();
    expect(gewichtEenheden(-1)).toBeNull();
  });

  it('divides a national pool over 6.122 schools by pupils, exactly', () => {
    const r = mulberry32(7);
    const scholen = Array.from({ length: 6122 }, (_, i) => ({ vestigingscode: `${String(i).padStart(4, '0')}01`, gewicht: Math.floor(r() * 900) }));
    const uit = verdeelPot({ totaal: 12_345_678_900, stap: 100, scholen });
    expect(uit.reduce((a, t) => a + t.toegekend, 0)).toBe(12_345_678_900);
  });
});
