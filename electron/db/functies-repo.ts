// SQL of the functies (the gemeente's own list since migration 005): name, who normally pays,
// default hourly rate, the OT role it can fill, and the composition of the ondersteuningsteam.
import type { OtSamenstelling } from '../domain/dekkingsgraad';
import { SECTOREN, type FunctieCode, type OtRol } from '../domain/types';
import type { Db } from './open';
import type { Functie } from '../api/typen/registratie';

const KOLOMMEN = 'code, naam, betaler, standaard_uurtarief_cents AS standaardUurtariefCents, ot_rol AS otRol';

// The order people know them in (domain.md), then the gemeente's own in the order they were added.
export function lijstFuncties(db: Db): Functie[] {
  return db.prepare(`SELECT ${KOLOMMEN} FROM functies ORDER BY volgorde, rowid`).all() as Functie[];
}

export function leesFunctie(db: Db, code: FunctieCode): Functie | null {
  return (db.prepare(`SELECT ${KOLOMMEN} FROM functies WHERE code = ? COLLATE NOCASE`).get(code) as Functie | undefined) ?? null;
}

export function voegFunctieToe(db: Db, f: Functie): void {
  db.prepare(
    `INSERT INTO functies (code, naam, betaler, standaard_uurtarief_cents, ot_rol, volgorde)
     VALUES (?, ?, ?, ?, ?, (SELECT max(100, coalesce(max(volgorde), 0) + 1) FROM functies))`,
  ).run(f.code, f.naam, f.betaler, f.standaardUurtariefCents, f.otRol);
}

export function wijzigFunctie(db: Db, f: Functie): void {
  db.prepare('UPDATE functies SET naam = ?, betaler = ?, standaard_uurtarief_cents = ?, ot_rol = ? WHERE code = ?').run(
    f.naam,
    f.betaler,
    f.standaardUurtariefCents,
    f.otRol,
    f.code,
  );
}

export function verwijderFunctie(db: Db, code: FunctieCode): void {
  db.prepare('DELETE FROM ot_samenstelling WHERE functie = ?').run(code);
  db.prepare('DELETE FROM functies WHERE code = ?').run(code);
}

/** Where a functie is still used: afspraken, regelingen (basisinzet). */
export function functieGebruik(db: Db, code: FunctieCode): { afspraken: number; regelingen: number } {
  return {
    afspraken: db.prepare('SELECT count(*) FROM afspraken WHERE functie = ?').pluck().get(code) as number,
    regelingen: db.prepare('SELECT count(DISTINCT regeling_id) FROM regeling_basisinzet WHERE functie = ?').pluck().get(code) as number,
  };
}

/** The composition of the ondersteuningsteam per sector: every sector and role, empty lists included. */
export function leesOtSamenstelling(db: Db): OtSamenstelling {
  const uit = Object.fromEntries(SECTOREN.map((s) => [s, { zorg: [], ortho: [], sociaal: [] }])) as unknown as Record<string, Record<OtRol, string[]>>;
  const rijen = db
    .prepare('SELECT o.sector, o.rol, o.functie FROM ot_samenstelling o JOIN functies f ON f.code = o.functie ORDER BY f.volgorde, f.rowid')
    .all() as { sector: string; rol: OtRol; functie: string }[];
  for (const r of rijen) uit[r.sector]?.[r.rol].push(r.functie);
  return uit as unknown as OtSamenstelling;
}

export function schrijfOtSamenstelling(db: Db, samenstelling: OtSamenstelling): void {
  db.prepare('DELETE FROM ot_samenstelling').run();
  const rij = db.prepare('INSERT INTO ot_samenstelling (sector, rol, functie) VALUES (?, ?, ?)');
  for (const [sector, rollen] of Object.entries(samenstelling)) {
    for (const [rol, functies] of Object.entries(rollen)) for (const f of new Set(functies)) rij.run(sector, rol, f);
  }
}
