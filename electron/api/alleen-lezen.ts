// One refusal for every write on a read-only file, with the reason when the user did not choose
// read-only (no right to write in the file or its folder), so the message says what to do.
import { GebruikersFout } from './fout';
import type { Omgeving } from './registry';

/** Throws 'conflict' when the open file is read-only; `gevolg` says what cannot happen now. */
export function weigerAlsAlleenLezen(omgeving: Omgeving, gevolg: string): void {
  if (!omgeving.alleenLezen()) return;
  const reden = omgeving.alleenLezenReden?.();
  throw new GebruikersFout(reden ? `${reden} Daarom: ${gevolg}` : `Dit bestand is alleen-lezen geopend; ${gevolg}`, 'conflict');
}
