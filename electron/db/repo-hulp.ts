// Small SQL helpers shared by the registry repos.
import type { Db } from './open';

/** A LIKE pattern that matches `zoek` anywhere, with % and _ taken literally (use ESCAPE '\'). */
export function likePatroon(zoek: string): string {
  return `%${zoek.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/**
 * The id to insert with when restoring a deleted row: its own id when still free, otherwise
 * undefined (SQLite then picks a new one). Without AUTOINCREMENT SQLite may have reused it.
 */
export function vrijId(db: Db, tabel: string, id: number | undefined): number | undefined {
  if (id === undefined) return undefined;
  const bezet = db.prepare(`SELECT 1 FROM ${tabel} WHERE id = ?`).get(id);
  return bezet ? undefined : id;
}

export function bestaat(
  db: Db,
  tabel: 'scholen' | 'aanbieders' | 'wijken' | 'besturen' | 'regelingen' | 'begrotingsposten' | 'proeftuinen' | 'afspraken',
  id: number,
): boolean {
  return db.prepare(`SELECT 1 FROM ${tabel} WHERE id = ?`).get(id) !== undefined;
}

/** `A, B, C en 4 andere` for a Dutch message. */
export function opsomming(namen: readonly string[], max = 3): string {
  if (namen.length <= max) return namen.length > 1 ? `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]}` : (namen[0] ?? '');
  return `${namen.slice(0, max).join(', ')} en ${namen.length - max} andere`;
}

export const bool = (v: unknown): boolean => v === 1 || v === true;
