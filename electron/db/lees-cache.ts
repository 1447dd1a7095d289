// Per-database cache of what the read side loads (afspraken as AfspraakBasis with the weeks and
// rate that apply, schools with pupils, lookups, begrotingsposten, settings). Every dashboard
// aggregate, chart and report reads through here, so loading 50.000 afspraken happens once per
// change of the data instead of once per call, and every reader sees the same rows.
//
// A cached value is valid for one stamp of the data. The stamp changes when:
//  - the registry finished a non-`lezen` call on this Db (verhoogGeneratie, success or failure:
//    a failed call may have written before it threw and rolled back);
//  - this connection wrote anything (total_changes(), also writes outside the registry);
//  - another connection or process committed (PRAGMA data_version).
// Opening another file gives a new Db object, so a new cache (WeakMap keys).
// Cached values are frozen and shared between callers: engines only read them.
import type Database from 'better-sqlite3';
import type { KostenLookups } from '../domain/kosten';
import type { OtSamenstelling } from '../domain/dekkingsgraad';
import { leesOtSamenstelling } from './functies-repo';
import type { AfspraakBasis, BegrotingspostBedrag, Instellingen } from '../domain/types';
import { laadProeftuinGeld } from './proeftuinen-repo';
import type { ProeftuinGeld } from '../domain/dekking';
import { laadAfspraken, laadInstellingen, laadLookups, laadPosten, laadScholen, leerlingenJaarVanSchooljaar, type SchoolMetTeljaar } from './kosten-repo';
import type { Db } from './open';

interface Cache {
  stempel: string;
  waarden: Map<string, unknown>;
}

const generaties = new WeakMap<Db, number>();
const caches = new WeakMap<Db, Cache>();
const stempelVragen = new WeakMap<Db, { versie: Database.Statement; wijzigingen: Database.Statement }>();

/** Called by the registry after every non-`lezen` call on `db`, whether it succeeded or not. */
export function verhoogGeneratie(db: Db): void {
  generaties.set(db, (generaties.get(db) ?? 0) + 1);
  caches.delete(db);
}

/**
 * What the database holds, as far as this connection can tell without reading it: changes with
 * every write through this connection and every commit by another one. (An import uses it to
 * know whether its preview's plan is still current.)
 */
export function schrijfStempel(db: Db): string {
  let vragen = stempelVragen.get(db);
  if (!vragen) {
    vragen = { versie: db.prepare('PRAGMA data_version').pluck(), wijzigingen: db.prepare('SELECT total_changes()').pluck() };
    stempelVragen.set(db, vragen);
  }
  return `${vragen.versie.get() as number}/${vragen.wijzigingen.get() as number}`;
}

/** The stamp the cache is keyed on: the registry's generation plus schrijfStempel. */
export function dataStempel(db: Db): string {
  return `${generaties.get(db) ?? 0}/${schrijfStempel(db)}`;
}

/** The value under `sleutel` for the data as it is now; `maak` runs when there is none yet. */
export function onthoud<T>(db: Db, sleutel: string, maak: () => T): T {
  const stempel = dataStempel(db);
  // Inside a transaction the rows may still be rolled back: keep nothing. A value cached before it
  // is still right while the stamp is unchanged (this connection wrote nothing yet, and the write
  // lock keeps other connections from committing): vaststellen right after its preview uses it.
  if (db.inTransaction) {
    const c = caches.get(db);
    return c && c.stempel === stempel && c.waarden.has(sleutel) ? (c.waarden.get(sleutel) as T) : maak();
  }
  let cache = caches.get(db);
  if (!cache || cache.stempel !== stempel) {
    cache = { stempel, waarden: new Map() };
    caches.set(db, cache);
  }
  if (cache.waarden.has(sleutel)) return cache.waarden.get(sleutel) as T;
  const waarde = maak();
  cache.waarden.set(sleutel, waarde);
  return waarde;
}

function bevries<T extends object>(lijst: T[]): readonly T[] {
  for (const x of lijst) Object.freeze(x);
  return Object.freeze(lijst);
}

/** The afspraken of schooljaren van..tot (start years, inclusive), every status, ordered by schooljaar and id. */
export function afsprakenVan(db: Db, van: number, tot: number): readonly AfspraakBasis[] {
  if (tot < van) return [];
  const perJaar = (sj: number) => onthoud(db, `afspraken:${sj}`, () => bevries(laadAfspraken(db, sj, sj)));
  if (van === tot) return perJaar(van);
  return onthoud(db, `afspraken:${van}-${tot}`, () => {
    const uit: AfspraakBasis[] = [];
    for (let sj = van; sj <= tot; sj++) for (const a of perJaar(sj)) uit.push(a);
    return Object.freeze(uit);
  });
}

/** The afspraken that can touch begrotingsjaar `jaar`: those of schooljaren jaar−1 and jaar. */
export function afsprakenVoorBegrotingsjaar(db: Db, jaar: number): readonly AfspraakBasis[] {
  return afsprakenVan(db, jaar - 1, jaar);
}

/** Every school with the pupil count that belongs to `schooljaar` (kosten-repo's rule). */
export function scholenVan(db: Db, schooljaar: number): readonly SchoolMetTeljaar[] {
  return onthoud(db, `scholen:${leerlingenJaarVanSchooljaar(schooljaar)}`, () => bevries(laadScholen(db, schooljaar)));
}

export function lookupsVan(db: Db): KostenLookups & { wijkNamen: ReadonlyMap<number, string> } {
  return onthoud(db, 'lookups', () => {
    const l = laadLookups(db);
    return Object.freeze({ ...l, wijkNamen: l.wijkNamen ?? new Map<number, string>() });
  });
}

export function postenVan(db: Db, jaar?: number): readonly BegrotingspostBedrag[] {
  return onthoud(db, `posten:${jaar ?? 'alle'}`, () => bevries(laadPosten(db, jaar)));
}

/** The gemeente part of the proeftuinen's budgets, every year (their own lines in the dekking). */
export function proeftuinGeldVan(db: Db): readonly ProeftuinGeld[] {
  return onthoud(db, 'proeftuinGeld', () => bevries(laadProeftuinGeld(db)));
}

export function instellingenVan(db: Db): Instellingen {
  return onthoud(db, 'instellingen', () => {
    const i = laadInstellingen(db);
    Object.freeze(i.standaardTarieven);
    return Object.freeze(i);
  });
}

/** Code → name of every functie (reports print both). */
export function functieNamenVan(db: Db): ReadonlyMap<string, string> {
  return onthoud(db, 'functieNamen', () => new Map(db.prepare('SELECT code, naam FROM functies').raw().all() as [string, string][]));
}

/** The composition of the ondersteuningsteam per sector (a setting, table ot_samenstelling). */
export function otSamenstellingVan(db: Db): OtSamenstelling {
  return onthoud(db, 'otSamenstelling', () => Object.freeze(leesOtSamenstelling(db)));
}
