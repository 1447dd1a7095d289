// Output helpers for the CLI: Dutch tables for people, JSON for scripts.
import type { IngekorteCellen } from '../api/typen/rapportages';
export interface CliUitvoer {
  out(text: string): void;
  err(text: string): void;
}

export const consoleUitvoer: CliUitvoer = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

/** A plain text table with right-aligned numbers. */
export function tabel(koppen: string[], rijen: (string | number)[][], rechts: number[] = []): string {
  const cellen = [koppen, ...rijen.map((r) => r.map(String))];
  const breedtes = koppen.map((_, i) => Math.max(...cellen.map((r) => (r[i] ?? '').length)));
  const regel = (r: string[]) =>
    r
      .map((c, i) => (rechts.includes(i) ? c.padStart(breedtes[i]) : c.padEnd(breedtes[i])))
      .join('  ')
      .trimEnd();
  return [regel(cellen[0]), breedtes.map((b) => '-'.repeat(b)).join('  '), ...cellen.slice(1).map(regel)].join('\n');
}

/**
 * What an export wrote: for people a line with the file and, when cells had to be cut at Excel's
 * limit, the message that says how many and where; with --json the same as one object.
 */
export function meldExport(uitvoer: CliUitvoer, json: unknown, regel: string, bestand: string, ingekort: IngekorteCellen | null): void {
  if (json) {
    uitvoer.out(JSON.stringify({ bestand, ingekort }, null, 2));
    return;
  }
  uitvoer.out(regel);
  if (ingekort) uitvoer.out(ingekort.melding);
}
