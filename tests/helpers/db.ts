import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSessie } from '../../electron/db/sessie';
import { maakOmgeving } from '../../electron/omgeving';
import { invoke, type Omgeving } from '../../electron/api/registry';
import type { ApiResult, MethodName } from '../../electron/api/contract';
import type { Db } from '../../electron/db/open';

export function tmpDbPad(naam = 'test.db'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-')), naam);
}

/** A real database (in memory unless a path is given) with the Omgeving the handlers get. */
/** Calls a method through the real registry; input is unknown on purpose (tests send garbage too). */
export type Call = <K extends MethodName>(method: K, input: unknown) => Promise<ApiResult<K>>;

export async function testOmgeving(pad = ':memory:'): Promise<{ sessie: DatabaseSessie; omgeving: Omgeving; db: Db; call: Call }> {
  const sessie = await DatabaseSessie.open(pad);
  const omgeving = maakOmgeving(sessie, { gebruiker: 'tester' });
  return { sessie, omgeving, db: sessie.db(), call: ((method: string, input: unknown) => invoke(method, input, omgeving)) as Call };
}

/** Every row of every table, to prove that a rejected call changed nothing. */
export function dump(db: Db): Record<string, unknown[]> {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

/**
 * The providers that files made before migration 006 started with. A new file has none; tests
 * built around them (and the Hoogeveen provider SWW) add them, with ids 1..5 as before.
 */
export const VOORBEELD_AANBIEDERS = [
  ['De Kern', 'Kern'],
  ['MEE IJsseloevers', 'MEE'],
  ['Trias Jeugdhulp', 'Trias'],
  ['SWT Zwolle', 'SWT'],
  ['Stichting Welzijnswerk', 'SWW'],
] as const;

export function voegVoorbeeldAanbiedersToe(db: Db): void {
  const zet = db.prepare('INSERT OR IGNORE INTO aanbieders (naam, korte_naam) VALUES (?, ?)');
  db.transaction(() => VOORBEELD_AANBIEDERS.forEach(([naam, kort]) => zet.run(naam, kort)))();
}

/** testOmgeving with VOORBEELD_AANBIEDERS added (nothing happens to a file that has them). */
export async function testOmgevingMetAanbieders(pad = ':memory:'): ReturnType<typeof testOmgeving> {
  const env = await testOmgeving(pad);
  voegVoorbeeldAanbiedersToe(env.db);
  return env;
}
