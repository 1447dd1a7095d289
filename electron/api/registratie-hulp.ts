// Dutch errors shared by the registry handlers (wijken, scholen, afspraken, ...).
import { schooljaarLabel } from '../domain/schooljaar';
import { opsomming } from '../db/repo-hulp';
import { GebruikersFout } from './fout';
import type { VeldMelding } from './typen/fout';

export function nietGevonden(wat: string): never {
  throw new GebruikersFout(`${wat} bestaat niet (meer). Misschien heeft iemand anders het net verwijderd; ververs het overzicht.`, 'niet-gevonden');
}

/** Collects field problems and throws them all at once, so a form can show every one. */
export class Controle {
  private readonly velden: VeldMelding[] = [];
  private code: 'ongeldige-invoer' | 'conflict' = 'ongeldige-invoer';

  fout(veld: string, melding: string): void {
    this.velden.push({ veld, melding });
  }

  bestaatAl(veld: string, melding: string): void {
    this.code = this.velden.length ? this.code : 'conflict';
    this.velden.push({ veld, melding });
  }

  klaar(): void {
    if (!this.velden.length) return;
    const melding = this.velden.length === 1 ? this.velden[0].melding : `De invoer bevat ${this.velden.length} fouten. Eerste: ${this.velden[0].melding}`;
    throw new GebruikersFout(melding, this.code, this.velden);
  }
}

export function inGebruik(melding: string): never {
  throw new GebruikersFout(melding, 'in-gebruik');
}

export { telwoord } from '../domain/telwoord';

/** `verdeling Maatwerk PO` or `de verdelingen A en B`, for a refused delete. */
export function verdelingTekst(namen: readonly string[]): string {
  return namen.length === 1 ? `verdeling ${namen[0]}` : `de verdelingen ${opsomming(namen)}`;
}

export function schooljarenTekst(jaren: readonly number[]): string {
  return jaren.map(schooljaarLabel).join(', ');
}
