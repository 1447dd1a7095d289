// Field maps: one declaration per table of which record field lives in which column and how its
// value is stored. The SELECT lists, INSERT and UPDATE statements and the value conversions
// (JSON lists, booleans) are generated from it, so a column is added in one place.
//
//   const WIJK_VELDEN = { id: { kolom: 'id', soort: 'id' }, naam: { kolom: 'naam', soort: 'tekst' }, ... }
//     satisfies VeldMap<Wijk>;          // a missing or extra field of Wijk is a compile error
//   const wijken = tabel('wijken', WIJK_VELDEN);
//   wijken.lees(db, 3); wijken.voegToe(db, invoer, herstelId); wijken.wijzig(db, 3, invoer);
//
// tests/integration/veldkaart.test.ts checks every map against PRAGMA table_info of a freshly
// migrated database, so a column that is in the table but not in its map (or the other way
// round) fails a test.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import { vrijId } from './repo-hulp';

/**
 * How a value is stored. Only 'json' and 'bool' are converted (JSON text, 0/1); the others are
 * stored as they are and say what the value means (the template and the import use that).
 */
export type VeldSoort =
  | 'id' // the primary key
  | 'verwijzing' // the id of a row in another table
  | 'schooljaar' // start year of a schooljaar (2017 = 2017-2018)
  | 'tekst'
  | 'keuze' // one of a fixed set of codes (status, functie, sector)
  | 'getal' // REAL: hours, weeks, percentages
  | 'cents' // INTEGER money in euro cents
  | 'datum' // TEXT jjjj-mm-dd
  | 'bool' // INTEGER 0/1
  | 'json'; // TEXT with a JSON value (a list of themes)

export interface Veld {
  /** The column in the table. */
  kolom: string;
  soort: VeldSoort;
}

/** A map of every field of record T (the type rejects a missing or an unknown field). */
export type VeldMap<T> = { [K in keyof T]-?: Veld };

/** Statements per connection, prepared once: generated SQL is the same string every time. */
const statements = new WeakMap<Db, Map<string, Statement>>();

export function voorbereid(db: Db, sql: string): Statement {
  let perDb = statements.get(db);
  if (!perDb) statements.set(db, (perDb = new Map()));
  let s = perDb.get(sql);
  if (!s) perDb.set(sql, (s = db.prepare(sql)));
  return s;
}

const namen = <M extends Record<string, Veld>>(map: M, velden?: readonly (keyof M & string)[]) => velden ?? (Object.keys(map) as (keyof M & string)[]);

/** `a.kolom AS veld, …` for a SELECT (alias: the table's alias in the query, or none). */
export function selectLijst<M extends Record<string, Veld>>(map: M, alias?: string, velden?: readonly (keyof M & string)[]): string {
  const pre = alias ? `${alias}.` : '';
  return namen(map, velden)
    .map((v) => (map[v].kolom === v ? `${pre}${v}` : `${pre}${map[v].kolom} AS ${v}`))
    .join(', ');
}

/** A row as read with selectLijst → the record (JSON parsed, 0/1 → boolean). Changes the row in place. */
export function uitRij<T>(map: Record<string, Veld>, rij: Record<string, unknown>): T {
  for (const v in map) {
    if (!(v in rij)) continue;
    const soort = map[v].soort;
    if (soort === 'json') rij[v] = typeof rij[v] === 'string' ? JSON.parse(rij[v]) : rij[v];
    else if (soort === 'bool') rij[v] = rij[v] === 1 || rij[v] === true;
  }
  return rij as T;
}

/** The named parameters of a record (every field but the id) for the generated INSERT/UPDATE (@veld), values as stored. */
export function naarParams<M extends Record<string, Veld>>(
  map: M,
  record: { [K in keyof M as K extends 'id' ? never : K]: unknown },
  velden: readonly (keyof M & string)[] = schrijfVelden(map),
): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  const waarden = record as Record<string, unknown>;
  for (const v of velden) {
    const waarde = waarden[v] ?? null;
    const soort = map[v].soort;
    uit[v] = soort === 'json' ? JSON.stringify(waarde) : soort === 'bool' ? (waarde ? 1 : 0) : waarde;
  }
  return uit;
}

/** Every field but the key: what INSERT and UPDATE write. */
export function schrijfVelden<M extends Record<string, Veld>>(map: M): (keyof M & string)[] {
  return namen(map).filter((v) => map[v].soort !== 'id');
}

export function insertSql<M extends Record<string, Veld>>(tabel: string, map: M, velden: readonly (keyof M & string)[] = schrijfVelden(map)): string {
  return `INSERT INTO ${tabel} (id, ${velden.map((v) => map[v].kolom).join(', ')}) VALUES (@id, ${velden.map((v) => `@${v}`).join(', ')})`;
}

export function updateSql<M extends Record<string, Veld>>(tabel: string, map: M, velden: readonly (keyof M & string)[] = schrijfVelden(map)): string {
  return `UPDATE ${tabel} SET ${velden.map((v) => `${map[v].kolom} = @${v}`).join(', ')} WHERE id = @id`;
}

/** The plain reads and writes of a table with an integer id, generated from its map. */
export interface Tabel<T extends { id: number }> {
  readonly naam: string;
  /** The SELECT list (no alias). */
  readonly kolommen: string;
  lees(db: Db, id: number): T | null;
  /** Inserts; with `id` (herstel) it keeps that id when still free, else SQLite picks a new one. */
  voegToe(db: Db, waarden: Omit<T, 'id'>, id?: number): number;
  wijzig(db: Db, id: number, waarden: Omit<T, 'id'>): void;
  verwijder(db: Db, id: number): void;
}

export function tabel<T extends { id: number }>(naam: string, map: VeldMap<T>): Tabel<T> {
  const m = map as unknown as Record<string, Veld>;
  const kolommen = selectLijst(m);
  const velden = schrijfVelden(m);
  const insert = insertSql(naam, m, velden);
  const update = updateSql(naam, m, velden);
  const select = `SELECT ${kolommen} FROM ${naam} WHERE id = ?`;
  return {
    naam,
    kolommen,
    lees: (db, id) => {
      const rij = voorbereid(db, select).get(id) as Record<string, unknown> | undefined;
      return rij ? uitRij<T>(m, rij) : null;
    },
    voegToe: (db, waarden, id) => Number(voorbereid(db, insert).run({ ...naarParams(m, waarden, velden), id: vrijId(db, naam, id) ?? null }).lastInsertRowid),
    wijzig: (db, id, waarden) => {
      voorbereid(db, update).run({ ...naarParams(m, waarden, velden), id });
    },
    verwijder: (db, id) => {
      voorbereid(db, `DELETE FROM ${naam} WHERE id = ?`).run(id);
    },
  };
}
