// SQL of the werkplannen: one per school per schooljaar (migration 007).
import { werkplanStatus, type Werkplan, type WerkplanVelden } from '../domain/werkplan';
import type { WerkplanGevalideerd } from '../domain/werkplan-invoer';
import type { Db } from './open';

const KOLOMMEN = `w.school_id AS schoolId, w.schooljaar, w.ingediend_op AS ingediendOp,
  w.goedgekeurd_school_op AS goedgekeurdSchoolOp, w.goedgekeurd_school_door AS goedgekeurdSchoolDoor,
  w.goedgekeurd_wijkteam_op AS goedgekeurdWijkteamOp, w.goedgekeurd_wijkteam_door AS goedgekeurdWijkteamDoor`;

const LEEG: WerkplanVelden = {
  ingediendOp: null,
  goedgekeurdSchoolOp: null,
  goedgekeurdSchoolDoor: null,
  goedgekeurdWijkteamOp: null,
  goedgekeurdWijkteamDoor: null,
};

const metStatus = (r: Omit<Werkplan, 'status'>): Werkplan => ({ ...r, status: werkplanStatus(r) });

/** The werkplan of a school in a schooljaar; an empty one ("nog niet ingediend") when none was recorded. */
export function leesWerkplan(db: Db, schoolId: number, schooljaar: number): Werkplan {
  const r = db.prepare(`SELECT ${KOLOMMEN} FROM werkplannen w WHERE w.school_id = ? AND w.schooljaar = ?`).get(schoolId, schooljaar) as
    Omit<Werkplan, 'status'> | undefined;
  return metStatus(r ?? { schoolId, schooljaar, ...LEEG });
}

/** The recorded werkplannen of a schooljaar and/or a school, by schooljaar and school id. */
export function lijstWerkplannen(db: Db, filter: { schooljaar?: number; schoolId?: number }): Werkplan[] {
  const where: string[] = [];
  const params: number[] = [];
  if (filter.schooljaar !== undefined) {
    where.push('w.schooljaar = ?');
    params.push(filter.schooljaar);
  }
  if (filter.schoolId !== undefined) {
    where.push('w.school_id = ?');
    params.push(filter.schoolId);
  }
  const rijen = db
    .prepare(`SELECT ${KOLOMMEN} FROM werkplannen w ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY w.schooljaar, w.school_id`)
    .all(...params) as Omit<Werkplan, 'status'>[];
  return rijen.map(metStatus);
}

/** Inserts or replaces the werkplan of (school, schooljaar); returns its row id. */
export function slaWerkplanOp(db: Db, w: WerkplanGevalideerd): number {
  db.prepare(
    `INSERT INTO werkplannen (school_id, schooljaar, ingediend_op, goedgekeurd_school_op, goedgekeurd_school_door, goedgekeurd_wijkteam_op, goedgekeurd_wijkteam_door)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (school_id, schooljaar) DO UPDATE SET ingediend_op = excluded.ingediend_op,
       goedgekeurd_school_op = excluded.goedgekeurd_school_op, goedgekeurd_school_door = excluded.goedgekeurd_school_door,
       goedgekeurd_wijkteam_op = excluded.goedgekeurd_wijkteam_op, goedgekeurd_wijkteam_door = excluded.goedgekeurd_wijkteam_door`,
  ).run(w.schoolId, w.schooljaar, w.ingediendOp, w.goedgekeurdSchoolOp, w.goedgekeurdSchoolDoor, w.goedgekeurdWijkteamOp, w.goedgekeurdWijkteamDoor);
  return werkplanId(db, w.schoolId, w.schooljaar) as number;
}

/** The row id (the mutatielog's entiteit_id) of a recorded werkplan. */
export function werkplanId(db: Db, schoolId: number, schooljaar: number): number | null {
  return (db.prepare('SELECT id FROM werkplannen WHERE school_id = ? AND schooljaar = ?').pluck().get(schoolId, schooljaar) as number | undefined) ?? null;
}

export function verwijderWerkplan(db: Db, schoolId: number, schooljaar: number): void {
  db.prepare('DELETE FROM werkplannen WHERE school_id = ? AND schooljaar = ?').run(schoolId, schooljaar);
}

/** The schooljaren in which a school has a recorded werkplan (a school with one cannot simply be deleted). */
export function werkplanJarenVanSchool(db: Db, schoolId: number): number[] {
  return db.prepare('SELECT schooljaar FROM werkplannen WHERE school_id = ? ORDER BY schooljaar').pluck().all(schoolId) as number[];
}
