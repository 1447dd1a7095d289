// Reservekopieën: made through SQLite's online backup API (never a file copy of a live database),
// kept in the folder next to the database, rotated, and restorable (a restore is itself undoable).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase, defaultBackupDir, openDatabase, DatabaseFout, type Db } from './open';
import { bestandsReden } from './bestandsreden';
import type { BackupReden, BackupInfo, HerstelResultaat } from '../api/typen/app';

const REDENEN: readonly BackupReden[] = ['dagelijks', 'voor-bijwerken', 'voor-import', 'voor-herstel', 'voor-wijziging', 'handmatig'];

export interface BackupOpties {
  /** Backup folder; default: `Schoolinzet-reservekopieen` beside the database. */
  map?: string;
  /** The clock, for tests. */
  nu?: Date;
}

/** Matches the names backupDatabase writes: `<db>-2026-11-23T14-05-00-000Z-<reden>.db`. */
const NAAM = /^(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.db$/;

export function backupMap(dbPad: string, opties: BackupOpties = {}): string {
  return opties.map ?? defaultBackupDir(dbPad);
}

/** The backups of this database (other databases may share the folder), newest first. */
export function lijstBackups(dbPad: string, opties: BackupOpties = {}): BackupInfo[] {
  const map = backupMap(dbPad, opties);
  if (!fs.existsSync(map)) return [];
  const basis = path.basename(dbPad, path.extname(dbPad));
  const lijst: BackupInfo[] = [];
  for (const naam of fs.readdirSync(map)) {
    const m = naam.match(NAAM);
    if (!m || m[1] !== basis || !REDENEN.includes(m[7] as BackupReden)) continue;
    const stat = fs.statSync(path.join(map, naam));
    if (!stat.isFile()) continue;
    lijst.push({ naam, datum: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`, reden: m[7] as BackupReden, grootte: stat.size });
  }
  return lijst.sort((a, b) => b.datum.localeCompare(a.datum) || b.naam.localeCompare(a.naam));
}

/**
 * Makes a backup of the open database and then rotates the folder. Imports call this before they
 * write: `await maakBackup(db, omgeving.dbPad(), 'voor-import')`.
 */
export async function maakBackup(db: Db, dbPad: string, reden: BackupReden, opties: BackupOpties = {}): Promise<BackupInfo> {
  if (dbPad === ':memory:') throw new DatabaseFout('Van een database in het geheugen kan geen reservekopie worden gemaakt.', 'niet-te-openen');
  const map = backupMap(dbPad, opties);
  let nu = opties.nu ?? new Date();
  // Two backups in the same millisecond would share a name; never overwrite one.
  while (lijstBackups(dbPad, { map }).some((b) => b.datum === nu.toISOString())) nu = new Date(nu.getTime() + 1);
  let doel: string;
  try {
    doel = await backupDatabase(db, dbPad, map, reden, nu);
  } catch (error) {
    throw new DatabaseFout(`De reservekopie kon niet worden gemaakt in ${map}: ${bestandsReden(error)}.`, 'niet-te-openen');
  }
  roteerBackups(dbPad, { map, nu });
  const naam = path.basename(doel);
  return { naam, datum: nu.toISOString(), reden, grootte: fs.statSync(doel).size };
}

/** At start-up: one 'dagelijks' backup per calendar day. Returns null when today's exists already. */
export async function dagelijkseBackup(db: Db, dbPad: string, opties: BackupOpties = {}): Promise<BackupInfo | null> {
  if (dbPad === ':memory:' || db.readonly) return null;
  const nu = opties.nu ?? new Date();
  const vandaag = dagSleutel(nu);
  const al = lijstBackups(dbPad, opties).some((b) => b.reden === 'dagelijks' && dagSleutel(new Date(b.datum)) === vandaag);
  return al ? null : maakBackup(db, dbPad, 'dagelijks', { ...opties, nu });
}

/**
 * Rotation (local calendar):
 * - the 7 most recent days on which a backup was made: every backup of those days is kept, so each
 *   step of the last 7 working days (an import, a restore) can be undone;
 * - the 4 most recent weeks (Monday to Sunday) with a backup: the newest backup of each week is kept;
 * - every other backup of this database is deleted.
 * Counting days and weeks *with* backups (not calendar days) means a long holiday never empties the
 * folder. Files that are not our backups, and backups of other databases, are never touched.
 */
export function teVerwijderen(backups: readonly Pick<BackupInfo, 'naam' | 'datum'>[]): string[] {
  const nieuwsteEerst = [...backups].sort((a, b) => b.datum.localeCompare(a.datum));
  const dagen = [...new Set(nieuwsteEerst.map((b) => dagSleutel(new Date(b.datum))))].slice(0, 7);
  const bewaren = new Set(nieuwsteEerst.filter((b) => dagen.includes(dagSleutel(new Date(b.datum)))).map((b) => b.naam));
  const wekenGezien = new Set<string>();
  for (const b of nieuwsteEerst) {
    const week = weekSleutel(new Date(b.datum));
    if (wekenGezien.has(week)) continue;
    if (wekenGezien.size >= 4) break;
    wekenGezien.add(week);
    bewaren.add(b.naam); // the newest of this week
  }
  return nieuwsteEerst.filter((b) => !bewaren.has(b.naam)).map((b) => b.naam);
}

export function roteerBackups(dbPad: string, opties: BackupOpties = {}): string[] {
  const map = backupMap(dbPad, opties);
  const weg = teVerwijderen(lijstBackups(dbPad, { map }));
  for (const naam of weg) fs.rmSync(path.join(map, naam), { force: true });
  return weg;
}

/**
 * Restores backup `naam` (a name from lijstBackups, never a path) into the open database `db`.
 * 1. the chosen file is checked (a Schoolinzet database, undamaged, not from a newer version) on a
 *    temporary copy, which is also brought up to the current schema;
 * 2. the current state is saved as a 'voor-herstel' backup;
 * 3. the copy is written into the live file with SQLite's backup API, in one write transaction, so
 *    the live connection stays valid and a crash leaves either the old or the restored content.
 */
export async function herstelBackup(db: Db, dbPad: string, naam: string, opties: BackupOpties = {}): Promise<HerstelResultaat> {
  const map = backupMap(dbPad, opties);
  const gekozen = lijstBackups(dbPad, { map }).find((b) => b.naam === naam);
  if (!gekozen) throw new DatabaseFout(`De reservekopie "${naam.slice(0, 120)}" bestaat niet (meer) in ${map}.`, 'niet-te-openen');
  let werkMap: string | null = null;
  const tijdelijk = herstelKopiePad(dbPad, process.pid);
  try {
    const bron = await openDatabase(path.join(map, naam), { readonly: true }).catch((error) => {
      // An older backup (from before an update) cannot be opened read-only; that is checked below.
      if (error instanceof DatabaseFout && /oudere versie/.test(error.message)) return null;
      throw error;
    });
    const lezer = bron?.db ?? new Database(path.join(map, naam), { readonly: true, fileMustExist: true });
    try {
      await lezer.backup(tijdelijk);
    } finally {
      lezer.close();
    }
    // Bringing an older backup up to date makes its own pre-update backup; that one is not needed.
    const kopie = await openDatabase(tijdelijk, {
      rollbackJournal: true,
      backupDir: (werkMap = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-herstel-'))),
    });
    try {
      const backupVooraf = await maakBackup(db, dbPad, 'voor-herstel', { map, nu: opties.nu });
      await kopie.db.backup(dbPad);
      return { hersteld: gekozen, backupVooraf };
    } finally {
      kopie.db.close();
    }
  } catch (error) {
    if (error instanceof DatabaseFout) {
      throw new DatabaseFout(`Reservekopie ${naam} kan niet worden hersteld: ${error.message}`, error.code);
    }
    throw error;
  } finally {
    for (const f of [tijdelijk, `${tijdelijk}-journal`, `${tijdelijk}-wal`, `${tijdelijk}-shm`]) fs.rmSync(f, { force: true });
    if (werkMap) fs.rmSync(werkMap, { recursive: true, force: true });
  }
}

/** The temporary copy a restore makes beside the file (removed when it ends; see ruimHerstelRestenOp). */
function herstelKopiePad(dbPad: string, pid: number | string): string {
  return path.join(path.dirname(path.resolve(dbPad)), `.${path.basename(dbPad)}.herstel-${pid}.tmp`);
}

/**
 * Removes what a restore that crashed (kill, power cut) left beside the file: its temporary copy,
 * as big as the backup, with SQLite's journal files. Called when the file is opened for writing,
 * after the lock note is ours: then no other program can be restoring this file, so every such
 * copy of another process is a leftover. Returns the names removed.
 */
export function ruimHerstelRestenOp(dbPad: string): string[] {
  const map = path.dirname(path.resolve(dbPad));
  const patroon = new RegExp(`^\\.${escapeRegExp(path.basename(dbPad))}\\.herstel-(\\d+)\\.tmp(-journal|-wal|-shm)?$`);
  const weg: string[] = [];
  // Tidying up: a folder that cannot be listed, or a leftover that cannot be removed now, never
  // stops the file from opening; the next start tries again.
  let namen: string[];
  try {
    namen = fs.readdirSync(map);
  } catch {
    return weg;
  }
  for (const naam of namen) {
    const m = patroon.exec(naam);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      fs.rmSync(path.join(map, naam), { force: true });
      weg.push(naam);
    } catch {
      // see above
    }
  }
  return weg;
}

function escapeRegExp(tekst: string): string {
  return tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function dagSleutel(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** Monday of the week, local calendar. */
function weekSleutel(d: Date): string {
  const maandag = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dagSleutel(maandag);
}
