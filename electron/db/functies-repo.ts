// SQL of the eight fixed functies: name, who normally pays, default hourly rate.
import type { FunctieCode } from '../domain/types';
import type { Db } from './open';
import type { Functie } from '../api/typen/registratie';

const KOLOMMEN = 'code, naam, betaler, standaard_uurtarief_cents AS standaardUurtariefCents';
// The order people know them in (domain.md), not alphabetical.
const VOLGORDE = `CASE code WHEN 'SMW' THEN 1 WHEN 'JGW' THEN 2 WHEN 'JMW' THEN 3 WHEN 'JW' THEN 4 WHEN 'JP' THEN 5 WHEN 'IB' THEN 6 WHEN 'ZC' THEN 7 ELSE 8 END`;

export function lijstFuncties(db: Db): Functie[] {
  return db.prepare(`SELECT ${KOLOMMEN} FROM functies ORDER BY ${VOLGORDE}`).all() as Functie[];
}

export function leesFunctie(db: Db, code: FunctieCode): Functie | null {
  return (db.prepare(`SELECT ${KOLOMMEN} FROM functies WHERE code = ?`).get(code) as Functie | undefined) ?? null;
}

export function wijzigFunctie(db: Db, f: Functie): void {
  db.prepare('UPDATE functies SET naam = ?, betaler = ?, standaard_uurtarief_cents = ? WHERE code = ?').run(f.naam, f.betaler, f.standaardUurtariefCents, f.code);
}
