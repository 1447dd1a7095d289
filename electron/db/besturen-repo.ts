// SQL of the besturen (bevoegd gezag, school boards).
import type { z } from 'zod';
import type { bestuurInvoer } from '../domain/registratie';
import type { Db } from './open';
import { vrijId } from './repo-hulp';
import type { Bestuur, BestuurRij } from '../api/typen/registratie';

type Velden = z.output<typeof bestuurInvoer>;

export function lijstBesturen(db: Db): BestuurRij[] {
  return db
    .prepare(
      `SELECT b.id, b.nummer, b.naam, (SELECT count(*) FROM scholen s WHERE s.bestuur_id = b.id) AS aantalScholen
       FROM besturen b ORDER BY b.naam COLLATE NOCASE`,
    )
    .all() as BestuurRij[];
}

export function leesBestuur(db: Db, id: number): Bestuur | null {
  return (db.prepare('SELECT id, nummer, naam FROM besturen WHERE id = ?').get(id) as Bestuur | undefined) ?? null;
}

export function bestuurMetNummer(db: Db, nummer: string, behalve?: number): Bestuur | null {
  return (db.prepare('SELECT id, nummer, naam FROM besturen WHERE nummer = ? AND id IS NOT ?').get(nummer, behalve ?? null) as Bestuur | undefined) ?? null;
}

export function voegBestuurToe(db: Db, b: Velden, id?: number): number {
  const r = db.prepare('INSERT INTO besturen (id, nummer, naam) VALUES (?, ?, ?)').run(vrijId(db, 'besturen', id) ?? null, b.nummer, b.naam);
  return Number(r.lastInsertRowid);
}

export function wijzigBestuur(db: Db, id: number, b: Velden): void {
  db.prepare('UPDATE besturen SET nummer = ?, naam = ? WHERE id = ?').run(b.nummer, b.naam, id);
}

export function verwijderBestuur(db: Db, id: number): void {
  db.prepare('DELETE FROM besturen WHERE id = ?').run(id);
}

export function bestuurScholen(db: Db, id: number): string[] {
  return db.prepare('SELECT naam FROM scholen WHERE bestuur_id = ? ORDER BY naam COLLATE NOCASE').pluck().all(id) as string[];
}
