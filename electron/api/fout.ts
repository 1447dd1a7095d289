import type { z } from 'zod';
import type { FoutCode, VeldMelding } from './typen/fout';

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
