// SQL of the besturen (bevoegd gezag, school boards).
import type { Db } from './open';
import { tabel, type VeldMap } from './velden';
import type { Bestuur, BestuurRij } from '../api/typen/registratie';

export function lijstBesturen(db: Db): BestuurRij[] {
  return db
    .prepare(
      `SELECT b.id, b.nummer, b.naam, (SELECT count(*) FROM scholen s WHERE s.bestuur_id = b.id) AS aantalScholen
       FROM besturen b ORDER BY b.naam COLLATE NOCASE`,
    )
    .all() as BestuurRij[];
}

/** The columns of `besturen` (db/velden.ts); lees, voegToe, wijzig and verwijder come from it. */
export const BESTUUR_VELDEN = {
  id: { kolom: 'id', soort: 'id' },
  nummer: { kolom: 'nummer', soort: 'tekst' },
  naam: { kolom: 'naam', soort: 'tekst' },
} as const satisfies VeldMap<Bestuur>;

export const besturenTabel = tabel<Bestuur>('besturen', BESTUUR_VELDEN);

export function bestuurMetNummer(db: Db, nummer: string, behalve?: number): Bestuur | null {
  return (
    (db.prepare(`SELECT ${besturenTabel.kolommen} FROM besturen WHERE nummer = ? AND id IS NOT ?`).get(nummer, behalve ?? null) as Bestuur | undefined) ?? null
  );
}

export function bestuurScholen(db: Db, id: number): string[] {
  return db.prepare('SELECT naam FROM scholen WHERE bestuur_id = ? ORDER BY naam COLLATE NOCASE').pluck().all(id) as string[];
}
