import type { ImportMelding } from '../api/typen/importeren';
// The one error type of every import. An import is all-or-nothing, so it reports every problem at
// once: each melding names the row and column where it can, in Dutch, for the user.

export class ImportFout extends Error {
  readonly meldingen: ImportMelding[];

  constructor(meldingen: ImportMelding[] | string) {
    const lijst = typeof meldingen === 'string' ? [{ melding: meldingen }] : meldingen;
    super(lijst.map(formatMelding).join('\n'));
    this.name = 'ImportFout';
    this.meldingen = lijst;
  }
}

export function formatMelding(m: ImportMelding): string {
  const plaats = [m.rij !== undefined ? `rij ${m.rij}` : '', m.kolom ? `kolom "${m.kolom}"` : ''].filter(Boolean).join(', ');
  return plaats ? `${plaats}: ${m.melding}` : m.melding;
}
