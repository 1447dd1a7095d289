// Files picked for an import wait here, in main-process memory, between the preview and the
// confirmation. The renderer only ever holds the short-lived id, never a path or the contents.
// Executing plans again from the kept bytes against the database as it is then (a DUO import and an
// afsprakenblad reuse their preview's plan only when the database has not changed since:
// api/importeren.ts), so a change made between preview and confirmation can never be overwritten
// by a stale plan.
import crypto from 'node:crypto';
import { GebruikersFout } from '../api/fout';

export interface GekozenBestand {
  naam: string;
  inhoud: Buffer;
}

interface Bewaard<T> {
  soort: string;
  dbPad: string;
  gegevens: T;
  tot: number;
}

const GELDIG_MS = 60 * 60 * 1000;
const MAX_BEWAARD = 8;
const bewaard = new Map<string, Bewaard<unknown>>();

export function bewaarImport<T>(soort: string, dbPad: string, gegevens: T): string {
  ruimOp();
  const id = crypto.randomUUID();
  bewaard.set(id, { soort, dbPad, gegevens, tot: Date.now() + GELDIG_MS });
  // Oldest first out: a user who previews many files keeps only the recent ones in memory.
  while (bewaard.size > MAX_BEWAARD) bewaard.delete(bewaard.keys().next().value as string);
  return id;
}

/** The kept import, once: a confirmed import cannot be run twice by a double click. */
export function neemImport<T>(id: string, soort: string, dbPad: string): T {
  ruimOp();
  const b = bewaard.get(id);
  if (!b || b.soort !== soort) {
    throw new GebruikersFout('Dit voorbeeld is verlopen of al uitgevoerd. Kies het bestand opnieuw.', 'niet-gevonden');
  }
  if (b.dbPad !== dbPad) {
    throw new GebruikersFout('Sinds het voorbeeld is een ander databasebestand geopend. Kies het bestand opnieuw.', 'conflict');
  }
  bewaard.delete(id);
  return b.gegevens as T;
}

/** Puts a taken import back, so that a failed attempt (e.g. a busy file) can be retried. */
export function zetTerug<T>(id: string, soort: string, dbPad: string, gegevens: T): void {
  bewaard.set(id, { soort, dbPad, gegevens, tot: Date.now() + GELDIG_MS });
}

/** A dropped file: its bytes arrive as base64 (checked by the contract), its name is only a label. */
export function bestandUitInhoud(naam: string, inhoudBase64: string): GekozenBestand {
  return { naam, inhoud: Buffer.from(inhoudBase64, 'base64') };
}

function ruimOp(): void {
  const nu = Date.now();
  for (const [id, b] of bewaard) if (b.tot < nu) bewaard.delete(id);
}
