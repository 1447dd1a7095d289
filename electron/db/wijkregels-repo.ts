// SQL of the postcode rules and of filling empty wijken by them (domain/wijkregels.ts).
import type { Postcoderegel } from '../domain/wijkregels';
import { wijkVoorPostcode } from '../domain/wijkregels';
import type { Db } from './open';
import type { PostcoderegelRij, WijkInvulling } from '../api/typen/registratie';
import { vrijId } from './repo-hulp';

export type { PostcoderegelRij, WijkInvulling } from '../api/typen/registratie';

export function lijstPostcoderegels(db: Db): PostcoderegelRij[] {
  const regels = db
    .prepare('SELECT r.id, r.van, r.tot, r.wijk_id AS wijkId, w.naam AS wijk FROM postcoderegels r JOIN wijken w ON w.id = r.wijk_id ORDER BY r.van, r.tot')
    .all() as Omit<PostcoderegelRij, 'aantalScholen'>[];
  const postcodes = db.prepare("SELECT substr(trim(postcode), 1, 4) FROM scholen WHERE postcode IS NOT NULL AND postcode <> ''").pluck().all() as string[];
  return regels.map((r) => ({ ...r, aantalScholen: postcodes.filter((p) => r.van <= p && p <= r.tot).length }));
}

export function leesPostcoderegel(db: Db, id: number): Postcoderegel | null {
  return (db.prepare('SELECT id, van, tot, wijk_id AS wijkId FROM postcoderegels WHERE id = ?').get(id) as Postcoderegel | undefined) ?? null;
}

export function allePostcoderegels(db: Db): Postcoderegel[] {
  return db.prepare('SELECT id, van, tot, wijk_id AS wijkId FROM postcoderegels ORDER BY van').all() as Postcoderegel[];
}

export function voegPostcoderegelToe(db: Db, r: Omit<Postcoderegel, 'id'>, id?: number): number {
  return Number(
    db.prepare('INSERT INTO postcoderegels (id, van, tot, wijk_id) VALUES (?, ?, ?, ?)').run(vrijId(db, 'postcoderegels', id) ?? null, r.van, r.tot, r.wijkId)
      .lastInsertRowid,
  );
}

export function wijzigPostcoderegel(db: Db, id: number, r: Omit<Postcoderegel, 'id'>): void {
  db.prepare('UPDATE postcoderegels SET van = ?, tot = ?, wijk_id = ? WHERE id = ?').run(r.van, r.tot, r.wijkId, id);
}

export function verwijderPostcoderegel(db: Db, id: number): void {
  db.prepare('DELETE FROM postcoderegels WHERE id = ?').run(id);
}

/** Schools WITHOUT a wijk that a rule gives one; a wijk a user set is never in this list. */
export function wijkInvullingen(db: Db): WijkInvulling[] {
  const regels = allePostcoderegels(db);
  if (regels.length === 0) return [];
  const wijkNaam = new Map((db.prepare('SELECT id, naam FROM wijken').all() as { id: number; naam: string }[]).map((w) => [w.id, w.naam]));
  const leeg = db
    .prepare("SELECT id, naam, postcode FROM scholen WHERE wijk_id IS NULL AND postcode IS NOT NULL AND postcode <> '' ORDER BY naam COLLATE NOCASE")
    .all() as { id: number; naam: string; postcode: string }[];
  const uit: WijkInvulling[] = [];
  for (const s of leeg) {
    const wijkId = wijkVoorPostcode(regels, s.postcode);
    if (wijkId !== null) uit.push({ schoolId: s.id, school: s.naam, postcode: s.postcode, wijkId, wijk: wijkNaam.get(wijkId) ?? '' });
  }
  return uit;
}

/** Writes the invullingen (only where the wijk is still empty); the caller logs and owns the transaction. */
export function vulWijken(db: Db, invullingen: readonly WijkInvulling[]): WijkInvulling[] {
  const zet = db.prepare('UPDATE scholen SET wijk_id = ? WHERE id = ? AND wijk_id IS NULL');
  return invullingen.filter((i) => zet.run(i.wijkId, i.schoolId).changes === 1);
}
