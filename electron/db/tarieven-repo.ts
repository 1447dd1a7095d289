// SQL of the tarieven per schooljaar (migration 004): one row per functie and vanaf-schooljaar.
import type { Tarief } from '../domain/tarieven';
import type { Db } from './open';

const KOLOMMEN = 'functie, vanaf_schooljaar AS vanafSchooljaar, uurtarief_cents AS uurtariefCents, weken_per_jaar AS wekenPerJaar';

export function lijstTarieven(db: Db): Tarief[] {
  return db.prepare(`SELECT ${KOLOMMEN} FROM tarieven ORDER BY functie, vanaf_schooljaar`).all() as Tarief[];
}

/** Adds the row, or replaces the one of the same functie and vanaf-schooljaar. */
export function schrijfTarief(db: Db, t: Tarief): void {
  db.prepare(
    `INSERT INTO tarieven (functie, vanaf_schooljaar, uurtarief_cents, weken_per_jaar) VALUES (?, ?, ?, ?)
     ON CONFLICT (functie, vanaf_schooljaar) DO UPDATE SET uurtarief_cents = excluded.uurtarief_cents, weken_per_jaar = excluded.weken_per_jaar`,
  ).run(t.functie, t.vanafSchooljaar, t.uurtariefCents, t.wekenPerJaar);
}

/** The schooljaren that have afspraken, first and last (null when there are none). */
export function schooljaarBereik(db: Db): { van: number; tot: number } | null {
  const r = db.prepare('SELECT min(schooljaar) AS van, max(schooljaar) AS tot FROM afspraken').get() as { van: number | null; tot: number | null };
  return r.van === null || r.tot === null ? null : { van: r.van, tot: r.tot };
}
