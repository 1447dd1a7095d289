// Small helpers of the benchmark: the clock, medians, the machine, and a table for the terminal.
import os from 'node:os';

export interface Meting {
  /** Median of the measured runs (ms). */
  mediaan: number;
  /** Every measured run (ms), in order; a warm-up call is not in it. */
  runs: number[];
}

export function mediaan(waarden: readonly number[]): number {
  const s = [...waarden].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `n` times (after `opwarmen` calls that do not count) and returns the median. */
export async function meet(
  n: number,
  fn: (run: number) => Promise<unknown> | unknown,
  opties: { opwarmen?: number; voor?: (run: number) => Promise<void> | void; na?: (run: number) => Promise<void> | void } = {},
): Promise<Meting> {
  const runs: number[] = [];
  const opwarmen = opties.opwarmen ?? 0;
  for (let i = 0; i < opwarmen + n; i++) {
    await opties.voor?.(i);
    const t = performance.now();
    await fn(i);
    const ms = performance.now() - t;
    await opties.na?.(i);
    if (i >= opwarmen) runs.push(ms);
  }
  return { mediaan: mediaan(runs), runs };
}

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  geheugenGb: number;
  platform: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'onbekend',
    node: process.version,
    geheugenGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export const nl = (x: number, decimalen = 0) => x.toLocaleString('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen });

/** A plain text table with the first column left and the rest right aligned. */
export function tabel(koppen: string[], rijen: string[][]): string {
  const breedtes = koppen.map((k, i) => Math.max(k.length, ...rijen.map((r) => (r[i] ?? '').length)));
  const regel = (r: string[]) => r.map((c, i) => (i === 0 ? (c ?? '').padEnd(breedtes[i]) : (c ?? '').padStart(breedtes[i]))).join('  ');
  return [regel(koppen), breedtes.map((b) => '-'.repeat(b)).join('  '), ...rijen.map(regel)].join('\n');
}
