import type { z } from 'zod';

/** One problem with an input, for one field (or row and column of an imported file). */
export interface VeldMelding {
  veld: string;
  melding: string;
  rij?: number;
}

export type FoutCode = 'ongeldige-invoer' | 'niet-gevonden' | 'in-gebruik' | 'conflict' | 'bestand' | 'geannuleerd' | 'intern';

/** What the renderer, the CLI and the harness get back when a call fails. */
export interface ApiFoutData {
  code: FoutCode;
  melding: string;
  velden: VeldMelding[];
}

/** An error the user can act on: its message is Dutch and says what is wrong. */
export class GebruikersFout extends Error {
  constructor(
    message: string,
    readonly code: FoutCode = 'ongeldige-invoer',
    readonly velden: VeldMelding[] = [],
  ) {
    super(message);
    this.name = 'GebruikersFout';
  }
}

export function veldNaam(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(invoer)';
}

/** Turns zod issues (whose messages are Dutch) into field messages. */
export function zodFout(error: z.ZodError): GebruikersFout {
  const velden = error.issues.map((issue) => ({ veld: veldNaam(issue.path), melding: issue.message }));
  const eerste = velden[0];
  const melding =
    velden.length === 1
      ? `Ongeldige invoer bij ${eerste.veld}: ${eerste.melding}`
      : `De invoer bevat ${velden.length} fouten. Eerste: ${eerste.veld}: ${eerste.melding}`;
  return new GebruikersFout(melding, 'ongeldige-invoer', velden);
}
