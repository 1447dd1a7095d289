// What a failed call returns (api/fout.ts makes it). Types only, shared with the renderer.

export type FoutCode = 'ongeldige-invoer' | 'niet-gevonden' | 'in-gebruik' | 'conflict' | 'bestand' | 'geannuleerd' | 'intern';

/** What the renderer, the CLI and the harness get back when a call fails. */
export interface ApiFoutData {
  code: FoutCode;
  melding: string;
  velden: VeldMelding[];
}

/** One problem with an input, for one field (or row and column of an imported file). */
export interface VeldMelding {
  veld: string;
  melding: string;
  rij?: number;
}
