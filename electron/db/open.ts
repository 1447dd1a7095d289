import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migratie } from './migrations';
import { bestandsReden, omgevingsFout } from './bestandsreden';

export type Db = Database.Database;

/** 'SCIN' as a 32-bit integer: marks a SQLite file as a Schoolinzet database. */
export const APPLICATION_ID = 0x5343494e;

/** A problem with the database file itself, with a message for the user. */
export class DatabaseFout extends Error {
  constructor(
    message: string,
    readonly code: 'nieuwere-versie' | 'geen-schoolinzet' | 'beschadigd' | 'niet-te-openen',
  ) {
    super(message);
    this.name = 'DatabaseFout';
  }
}

export interface OpenOptions {
  /** Open without writing anything (a colleague's file, or a file we refuse to change). */
  readonly?: boolean;
  /** Use the rollback journal instead of WAL (files on a network drive). */
  rollbackJournal?: boolean;
  /** Where the backup before a migration goes; default: a `backups` folder beside the file. */
  backupDir?: string;
}

export interface OpenResult {
  db: Db;
  /** Migrations applied by this open call. */
  applied: string[];
  /** Path of the backup made before migrating an existing file, if any. */
  backup: string | null;
}

/**
 * Opens (or creates) a Schoolinzet database and brings its schema up to date. A file that is not
 * ours, is damaged, or was made by a newer version is refused and never modified.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenResult> {
  const isMemory = file === ':memory:';
  // A folder or a device (/dev/null, a pipe) is no database file: say so before SQLite tries.
  if (!isMemory && fs.existsSync(file) && !fs.statSync(file).isFile()) {
    const wat = fs.statSync(file).isDirectory() ? 'een map' : 'geen gewoon bestand (maar bijvoorbeeld een apparaat)';
    throw new DatabaseFout(`${file} is ${wat}, geen Schoolinzet-bestand. Kies een Schoolinzet-bestand (.schoolinzet of .db).`, 'niet-te-openen');
  }
  const exists = !isMemory && fs.existsSync(file) && fs.statSync(file).size > 0;
  if (!isMemory && !exists && options.readonly) {
    throw new DatabaseFout(`Het bestand ${file} bestaat niet.`, 'niet-te-openen');
  }
  if (!isMemory && !exists) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  let db: Db;
  try {
    db = new Database(file, { readonly: Boolean(options.readonly), fileMustExist: Boolean(options.readonly) });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const mapFout = options.readonly && /^SQLITE_(CANTOPEN|READONLY)/.test(code) ? alleenLezenMapFout(file) : null;
    if (mapFout) throw mapFout;
    throw new DatabaseFout(`Het bestand ${file} kan niet worden geopend: ${bestandsReden(error)}.`, 'niet-te-openen');
  }
  try {
    checkIdentity(db, file, exists, Boolean(options.readonly));
    if (!options.readonly) {
      db.pragma(`journal_mode = ${options.rollbackJournal || isMemory ? 'DELETE' : 'WAL'}`);
      db.pragma('synchronous = ' + (options.rollbackJournal ? 'FULL' : 'NORMAL'));
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const pending = pendingMigrations(db, file);
    if (pending.length > 0 && options.readonly) {
      throw new DatabaseFout(
        'Dit bestand is gemaakt met een oudere versie van Schoolinzet en moet eerst worden bijgewerkt; dat kan niet als het alleen-lezen is geopend.',
        'niet-te-openen',
      );
    }
    let backup: string | null = null;
    if (pending.length > 0 && exists && appliedMigrations(db).length > 0) {
      backup = await backupDatabase(db, file, options.backupDir, 'voor-bijwerken');
    }
    for (const migration of pending) applyMigration(db, migration);
    return { db, applied: pending.map((m) => m.id), backup };
  } catch (error) {
    db.close();
    // A full disk or a read error while opening (journal mode, migration): Dutch, not a bug.
    const omgeving = error instanceof DatabaseFout ? null : omgevingsFout(error);
    if (omgeving) throw new DatabaseFout(`${path.basename(file)} kan niet worden geopend. ${omgeving.melding}`, 'niet-te-openen');
    throw error;
  }
}

/**
 * A database in WAL mode in a folder the user cannot write: SQLite reads it where it can (the file
 * itself is read-only too, or the -shm file lies beside the WAL file), but otherwise needs to make
 * a helper file there. That is no damage: say what it is.
 */
export class AlleenLezenMapFout extends DatabaseFout {}

function alleenLezenMapFout(file: string): DatabaseFout | null {
  const map = path.dirname(path.resolve(file));
  try {
    fs.accessSync(map, fs.constants.W_OK);
    return null;
  } catch {
    return new AlleenLezenMapFout(
      `${path.basename(file)} kan niet worden gelezen: de map ${map} is alleen-lezen, en SQLite moet daar een hulpbestand (${path.basename(file)}-shm) ` +
        'kunnen maken om dit bestand te lezen. Het bestand is niet beschadigd. Open het opnieuw als je in de map mag schrijven, of kopieer het bestand ' +
        `(met ${path.basename(file)}-wal als dat ernaast staat) naar een map waar je mag schrijven.`,
      'niet-te-openen',
    );
  }
}

function checkIdentity(db: Db, file: string, exists: boolean, readonly: boolean): void {
  if (!exists) return;
  let applicationId: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    const check = db.pragma('quick_check', { simple: true });
    // The details ("Tree 8 page 8: btreeInitPage() returns error code 11…") mean nothing to the user.
    if (check !== 'ok') throw new Error('de controle van SQLite vond fouten in het bestand');
  } catch (error) {
    const reason = (error as Error).message;
    const code = (error as { code?: string }).code ?? '';
    if (readonly && /^SQLITE_(CANTOPEN|READONLY)/.test(code)) {
      const fout = alleenLezenMapFout(file);
      if (fout) throw fout;
    }
    if (/not a database|file is not a database/i.test(reason)) {
      throw new DatabaseFout(
        `${path.basename(file)} is geen Schoolinzet-database (het is geen SQLite-bestand). Er is niets aan veranderd.`,
        'geen-schoolinzet',
      );
    }
    throw new DatabaseFout(
      `${path.basename(file)} is beschadigd en kan niet worden geopend (${reason}). Er is niets aan veranderd; herstel een reservekopie via Instellingen.`,
      'beschadigd',
    );
  }
  const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number };
  if (applicationId !== APPLICATION_ID && tables.n > 0) {
    throw new DatabaseFout(`${path.basename(file)} is geen Schoolinzet-database. Er is niets aan veranderd.`, 'geen-schoolinzet');
  }
}

export function appliedMigrations(db: Db): string[] {
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!hasTable) return [];
  return (db.prepare('SELECT id FROM schema_migrations ORDER BY volgorde').all() as { id: string }[]).map((r) => r.id);
}

/** The migrations still to apply; refuses a file whose history is not a prefix of ours. */
function pendingMigrations(db: Db, file: string) {
  const applied = appliedMigrations(db);
  const known = MIGRATIONS.map((m) => m.id);
  const isPrefix = applied.length <= known.length && applied.every((id, i) => id === known[i]);
  if (!isPrefix) {
    throw new DatabaseFout(
      `${path.basename(file)} is gemaakt met een nieuwere versie van Schoolinzet. Installeer de nieuwste versie om dit bestand te openen. Er is niets aan veranderd.`,
      'nieuwere-versie',
    );
  }
  return MIGRATIONS.slice(applied.length);
}

/**
 * A migration and its bookkeeping row commit together, or not at all. A migration that rebuilds
 * a referenced table (zonderFk) runs with foreign_keys OFF, as SQLite prescribes for such
 * rebuilds (PRAGMA foreign_keys is a no-op inside a transaction, so it is switched outside), and
 * is rolled back when foreign_key_check finds a dangling reference afterwards.
 */
function applyMigration(db: Db, migration: Migratie): void {
  if (migration.zonderFk) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.exec(migration.sql);
      if (migration.zonderFk) {
        const fouten = db.pragma('foreign_key_check') as unknown[];
        if (fouten.length) throw new Error(`Bijwerken (${migration.id}) laat ${fouten.length} verwijzingen zonder doel achter; er is niets veranderd.`);
      }
      db.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(migration.id, new Date().toISOString());
    })();
  } finally {
    if (migration.zonderFk) db.pragma('foreign_keys = ON');
  }
}

export function schemaVersion(db: Db): string | null {
  return appliedMigrations(db).at(-1) ?? null;
}

export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(path.resolve(file)), 'Schoolinzet-reservekopieen');
}

/** A consistent copy through SQLite's online backup API (never a file copy of a live database). */
export async function backupDatabase(db: Db, file: string, dir = defaultBackupDir(file), reden = 'handmatig', nu = new Date()): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  // The name carries the time and the reason; db/backups.ts reads them back (lijstBackups).
  const stamp = nu.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, path.extname(file))}-${stamp}-${reden}.db`);
  await db.backup(target);
  // A backup is one self-contained file: no -wal/-shm beside it when it is opened later.
  const kopie = new Database(target);
  kopie.pragma('journal_mode = DELETE');
  kopie.close();
  return target;
}
