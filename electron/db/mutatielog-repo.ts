import type { Db } from './open';
import type { Mutatie } from '../api/typen/registratie';

type Entry = [entiteit: string | null, entiteitId: string | null, oud: unknown, nieuw: unknown];

/** Records the changes of one API call; runs inside that call's transaction. */
export function logMutatie(db: Db, gebruiker: string, methode: string, entries: Entry[]): void {
  const insert = db.prepare('INSERT INTO mutatielog (tijd, gebruiker, methode, entiteit, entiteit_id, oud, nieuw) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const tijd = new Date().toISOString();
  for (const [entiteit, id, oud, nieuw] of entries) {
    insert.run(tijd, gebruiker, methode, entiteit, id, json(oud), json(nieuw));
  }
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function leesMutaties(db: Db, filter: { entiteit?: string; entiteitId?: string; limiet?: number } = {}): Mutatie[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.entiteit) {
    where.push('entiteit = ?');
    params.push(filter.entiteit);
  }
  if (filter.entiteitId) {
    where.push('entiteit_id = ?');
    params.push(filter.entiteitId);
  }
  const rows = db
    .prepare(
      `SELECT id, tijd, gebruiker, methode, entiteit, entiteit_id AS entiteitId, oud, nieuw FROM mutatielog
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
    )
    .all(...params, filter.limiet ?? 500) as (Omit<Mutatie, 'oud' | 'nieuw'> & { oud: string | null; nieuw: string | null })[];
  return rows.map((r) => ({ ...r, oud: r.oud ? JSON.parse(r.oud) : null, nieuw: r.nieuw ? JSON.parse(r.nieuw) : null }));
}
