// SQL of the wijken (areas of the sociale wijkteams).
import type { Db } from './open';
import { tabel, type VeldMap } from './velden';
import type { Wijk, WijkRij } from '../api/typen/registratie';

export function lijstWijken(db: Db): WijkRij[] {
  return db
    .prepare(
      `SELECT w.id, w.naam, w.omschrijving, (SELECT count(*) FROM scholen s WHERE s.wijk_id = w.id) AS aantalScholen
       FROM wijken w ORDER BY w.naam COLLATE NOCASE`,
    )
    .all() as WijkRij[];
}

/** The columns of `wijken` (db/velden.ts); lees, voegToe, wijzig and verwijder come from it. */
export const WIJK_VELDEN = {
  id: { kolom: 'id', soort: 'id' },
  naam: { kolom: 'naam', soort: 'tekst' },
  omschrijving: { kolom: 'omschrijving', soort: 'tekst' },
} as const satisfies VeldMap<Wijk>;

export const wijkenTabel = tabel<Wijk>('wijken', WIJK_VELDEN);

export function wijkMetNaam(db: Db, naam: string, behalve?: number): Wijk | null {
  return (
    (db.prepare(`SELECT ${wijkenTabel.kolommen} FROM wijken WHERE naam = ? COLLATE NOCASE AND id IS NOT ?`).get(naam, behalve ?? null) as Wijk | undefined) ??
    null
  );
}

/** What still refers to a wijk (schools, proeftuinen, postcode rules), by name. */
export function wijkVerwijzingen(db: Db, id: number): { scholen: string[]; proeftuinen: string[]; postcoderegels: string[] } {
  const scholen = db.prepare('SELECT naam FROM scholen WHERE wijk_id = ? ORDER BY naam COLLATE NOCASE').pluck().all(id) as string[];
  const proeftuinen = db.prepare('SELECT naam FROM proeftuinen WHERE wijk_id = ? ORDER BY naam COLLATE NOCASE').pluck().all(id) as string[];
  const regels = db.prepare('SELECT van, tot FROM postcoderegels WHERE wijk_id = ? ORDER BY van').all(id) as { van: string; tot: string }[];
  return { scholen, proeftuinen, postcoderegels: regels.map((r) => (r.van === r.tot ? r.van : `${r.van}-${r.tot}`)) };
}
