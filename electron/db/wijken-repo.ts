// SQL of the wijken (areas of the sociale wijkteams).
import type { z } from 'zod';
import type { wijkInvoer } from '../domain/registratie';
import type { Db } from './open';
import { vrijId } from './repo-hulp';

type Velden = z.output<typeof wijkInvoer>;

/** One wijk as the form edits it; also what verwijderen returns and herstellen takes. */
export interface Wijk {
  id: number;
  naam: string;
  omschrijving: string | null;
}

export interface WijkRij extends Wijk {
  aantalScholen: number;
}

export function lijstWijken(db: Db): WijkRij[] {
  return db
    .prepare(
      `SELECT w.id, w.naam, w.omschrijving, (SELECT count(*) FROM scholen s WHERE s.wijk_id = w.id) AS aantalScholen
       FROM wijken w ORDER BY w.naam COLLATE NOCASE`,
    )
    .all() as WijkRij[];
}

export function leesWijk(db: Db, id: number): Wijk | null {
  return (db.prepare('SELECT id, naam, omschrijving FROM wijken WHERE id = ?').get(id) as Wijk | undefined) ?? null;
}

export function wijkMetNaam(db: Db, naam: string, behalve?: number): Wijk | null {
  return (db.prepare('SELECT id, naam, omschrijving FROM wijken WHERE naam = ? COLLATE NOCASE AND id IS NOT ?').get(naam, behalve ?? null) as Wijk | undefined) ?? null;
}

export function voegWijkToe(db: Db, w: Velden, id?: number): number {
  const r = db.prepare('INSERT INTO wijken (id, naam, omschrijving) VALUES (?, ?, ?)').run(vrijId(db, 'wijken', id) ?? null, w.naam, w.omschrijving);
  return Number(r.lastInsertRowid);
}

export function wijzigWijk(db: Db, id: number, w: Velden): void {
  db.prepare('UPDATE wijken SET naam = ?, omschrijving = ? WHERE id = ?').run(w.naam, w.omschrijving, id);
}

export function verwijderWijk(db: Db, id: number): void {
  db.prepare('DELETE FROM wijken WHERE id = ?').run(id);
}

/** What still refers to a wijk (schools, proeftuinen, postcode rules), by name. */
export function wijkVerwijzingen(db: Db, id: number): { scholen: string[]; proeftuinen: string[]; postcoderegels: string[] } {
  const scholen = db.prepare('SELECT naam FROM scholen WHERE wijk_id = ? ORDER BY naam COLLATE NOCASE').pluck().all(id) as string[];
  const proeftuinen = db.prepare('SELECT naam FROM proeftuinen WHERE wijk_id = ? ORDER BY naam COLLATE NOCASE').pluck().all(id) as string[];
  const regels = db.prepare('SELECT van, tot FROM postcoderegels WHERE wijk_id = ? ORDER BY van').all(id) as { van: string; tot: string }[];
  return { scholen, proeftuinen, postcoderegels: regels.map((r) => (r.van === r.tot ? r.van : `${r.van}-${r.tot}`)) };
}
