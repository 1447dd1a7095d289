// SQL of the aanbieders (providers that employ the workers).
import type { z } from 'zod';
import type { aanbiederInvoer } from '../domain/registratie';
import type { Db } from './open';
import { vrijId } from './repo-hulp';
import type { Aanbieder, AanbiederRij } from '../api/typen/registratie';

type Velden = z.output<typeof aanbiederInvoer>;

const KOLOMMEN = 'id, naam, korte_naam AS korteNaam, contactpersoon, email, opmerking';

export function lijstAanbieders(db: Db): AanbiederRij[] {
  return db
    .prepare(
      `SELECT ${KOLOMMEN}, (SELECT count(*) FROM afspraken a WHERE a.aanbieder_id = aanbieders.id) AS aantalAfspraken
       FROM aanbieders ORDER BY naam COLLATE NOCASE`,
    )
    .all() as AanbiederRij[];
}

export function leesAanbieder(db: Db, id: number): Aanbieder | null {
  return (db.prepare(`SELECT ${KOLOMMEN} FROM aanbieders WHERE id = ?`).get(id) as Aanbieder | undefined) ?? null;
}

/** An aanbieder whose name or short name equals `naam` (case-insensitive). */
export function aanbiederMetNaam(db: Db, naam: string, behalve?: number): Aanbieder | null {
  return (
    (db
      .prepare(`SELECT ${KOLOMMEN} FROM aanbieders WHERE (naam = @naam COLLATE NOCASE OR korte_naam = @naam COLLATE NOCASE) AND id IS NOT @behalve`)
      .get({ naam, behalve: behalve ?? null }) as Aanbieder | undefined) ?? null
  );
}

export function voegAanbiederToe(db: Db, a: Velden, id?: number): number {
  const r = db
    .prepare('INSERT INTO aanbieders (id, naam, korte_naam, contactpersoon, email, opmerking) VALUES (?, ?, ?, ?, ?, ?)')
    .run(vrijId(db, 'aanbieders', id) ?? null, a.naam, a.korteNaam, a.contactpersoon, a.email, a.opmerking);
  return Number(r.lastInsertRowid);
}

export function wijzigAanbieder(db: Db, id: number, a: Velden): void {
  db.prepare('UPDATE aanbieders SET naam = ?, korte_naam = ?, contactpersoon = ?, email = ?, opmerking = ? WHERE id = ?').run(
    a.naam,
    a.korteNaam,
    a.contactpersoon,
    a.email,
    a.opmerking,
    id,
  );
}

export function verwijderAanbieder(db: Db, id: number): void {
  db.prepare('DELETE FROM aanbieders WHERE id = ?').run(id);
}
