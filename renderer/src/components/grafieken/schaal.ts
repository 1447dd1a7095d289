// Axis scales a reader can count along: steps of 1, 2, 2,5 or 5 × 10ⁿ (€ 100.000, € 250.000, 25 uur),
// never the € 95.000 a chart library gets by dividing the largest bar into four.

export interface AsSchaal {
  domain: [number, number];
  ticks: number[];
}

const FACTOREN = [1, 2, 2.5, 5, 10];

/**
 * Ticks from (at most) 0 down to `laag` and up to `hoog`, with at most `maxStappen` steps.
 * `minStap` keeps money axes on whole euros (100 cents): a tick label never rounds to its neighbour.
 */
export function mooieSchaal(hoog: number, laag = 0, { maxStappen = 6, minStap = 0 }: { maxStappen?: number; minStap?: number } = {}): AsSchaal {
  const boven = Math.max(0, Number.isFinite(hoog) ? hoog : 0);
  const onder = Math.min(0, Number.isFinite(laag) ? laag : 0);
  const bereik = boven - onder;
  let stap: number;
  if (bereik <= 0) {
    stap = Math.max(1, minStap);
  } else {
    const ruw = bereik / maxStappen;
    const macht = 10 ** Math.floor(Math.log10(ruw));
    stap = FACTOREN.map((f) => f * macht).find((s) => s >= ruw * (1 - 1e-12))!;
    stap = Math.max(stap, minStap);
  }
  const van = Math.floor(onder / stap + 1e-9);
  const tot = Math.max(van + 1, Math.ceil(boven / stap - 1e-9));
  // Multiples of the step, rounded, so 0,1 + 0,2 never shows up as 0,30000000000000004.
  const ticks = Array.from({ length: tot - van + 1 }, (_, i) => Number(((van + i) * stap).toPrecision(12)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}

/** The largest value a chart draws: per point the sum of each stack, or a lone bar. */
export function grootsteWaarde<T>(punten: T[], stapels: ((p: T) => number)[]): number {
  let max = 0;
  for (const p of punten) for (const stapel of stapels) max = Math.max(max, stapel(p));
  return max;
}

/**
 * Width of a vertical axis whose tick labels are `labels`, with room for the rotated axis title
 * beside them (so the title never runs over a label). About 7 px per character at 12 px.
 */
export function asBreedte(labels: string[], metTitel = true): number {
  const langste = Math.max(0, ...labels.map((l) => l.length));
  return Math.ceil(langste * 7 + 14 + (metTitel ? 24 : 0));
}
