// SQL of the tarieven per schooljaar (migration 004): one row per functie and vanaf-schooljaar.
import type { Tarief } from '../domain/tarieven';
import { GELDEND_TARIEF_SQL, GELDENDE_WEKEN_SQL, regelingJoinSql } from './kosten-repo';
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

export interface BasisGebruik {
  /** The functie (for the rate), or null (for the weeks setting: all functies). */
  functie: string | null;
  aantal: number;
  van: number;
  tot: number;
}

const BRON = `FROM afspraken a ${regelingJoinSql('(SELECT s.sector FROM scholen s WHERE s.id = a.school_id)')}`;

/**
 * The afspraken that take the functie's standaard uurtarief (no own rate, none from a regeling, no
 * tarief per schooljaar yet), per functie: changing that rate would change their schooljaren.
 */
export function standaardTariefGebruik(db: Db): BasisGebruik[] {
  return db
    .prepare(
      `SELECT a.functie AS functie, count(*) AS aantal, min(a.schooljaar) AS van, max(a.schooljaar) AS tot ${BRON} WHERE ${GELDEND_TARIEF_SQL} IS NULL AND a.vast_bedrag_cents IS NULL GROUP BY a.functie`,
    )
    .all() as BasisGebruik[];
}

/** The afspraken that take the weeks setting (no own weeks, none from a regeling or a tarief per schooljaar). */
export function wekenInstellingGebruik(db: Db): BasisGebruik | null {
  const r = db
    .prepare(
      `SELECT count(*) AS aantal, min(a.schooljaar) AS van, max(a.schooljaar) AS tot ${BRON} WHERE ${GELDENDE_WEKEN_SQL} IS NULL AND a.vast_bedrag_cents IS NULL`,
    )
    .get() as BasisGebruik;
  return r.aantal > 0 ? { ...r, functie: null } : null;
}
