// Every file the app writes goes to a temporary file beside the target and is renamed into place:
// a failed write leaves the old file (or nothing), never half a file under the chosen name.
import fs from 'node:fs';
import path from 'node:path';
import { bestandsReden } from '../db/bestandsreden';

/** Writes the whole file at the given (temporary) path. */
export type Schrijver = (tijdelijkPad: string) => unknown | Promise<unknown>;

/** The failed write, with a Dutch message that names the cause (full disk, open in Excel, …). */
export class SchrijfFout extends Error {
  constructor(
    readonly pad: string,
    readonly oorzaak: unknown,
  ) {
    super(schrijfMelding(pad, oorzaak));
    this.name = 'SchrijfFout';
  }
  get code(): string | undefined {
    return (this.oorzaak as NodeJS.ErrnoException | null)?.code;
  }
  /** The target is open in another program (Excel keeps its files locked on Windows). */
  get geopendElders(): boolean {
    return isGeopendElders(this.code);
  }
}

export function schrijfMelding(pad: string, error: unknown): string {
  const naam = path.basename(pad);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return `De schijf is vol: ${naam} is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.`;
  if (isGeopendElders(code)) {
    return `Het bestand ${naam} is geopend in een ander programma (Excel?). Sluit het en probeer het opnieuw.`;
  }
  return `${naam} kan niet worden opgeslagen: ${bestandsReden(error)}.`;
}

function isGeopendElders(code: string | undefined): boolean {
  return code === 'EBUSY' || (code === 'EPERM' && process.platform === 'win32');
}

/** Writes `inhoud` (bytes, text or a writer) to `pad` atomically; throws SchrijfFout. Returns what the writer returned. */
export async function schrijfAtomisch<T = void>(pad: string, inhoud: Buffer | Uint8Array | string | ((tijdelijkPad: string) => T | Promise<T>)): Promise<T> {
  const doel = path.resolve(pad);
  const tijdelijk = path.join(path.dirname(doel), `.${path.basename(doel)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    let uit: T;
    if (typeof inhoud === 'function') uit = await inhoud(tijdelijk);
    else {
      fs.writeFileSync(tijdelijk, inhoud, { flag: 'wx' });
      uit = undefined as T;
    }
    fs.renameSync(tijdelijk, doel);
    return uit;
  } catch (error) {
    try {
      fs.rmSync(tijdelijk, { force: true });
    } catch {
      // The folder itself is the problem (ENOTDIR, EACCES): there is no temporary file to remove.
    }
    if (error instanceof SchrijfFout) throw error;
    throw new SchrijfFout(doel, error);
  }
}
