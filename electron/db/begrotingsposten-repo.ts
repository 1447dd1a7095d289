// SQL of the begrotingsposten (municipal budget lines) and their amount per calendar year.
import type { z } from 'zod';
import type { begrotingspostInvoer } from '../domain/registratie';
import type { Db } from './open';
import { vrijId } from './repo-hulp';
import type { Begrotingspost } from '../api/typen/registratie';

type Velden = z.output<typeof begrotingspostInvoer>;

export function lijstBegrotingsposten(db: Db): Begrotingspost[] {
  const posten = db.prepare('SELECT id, naam, soort, omschrijving FROM begrotingsposten ORDER BY naam COLLATE NOCASE').all() as Omit<
    Begrotingspost,
    'bedragen'
  >[];
  const bedragen = db.prepare('SELECT begrotingspost_id AS id, jaar, bedrag_cents AS bedragCents FROM begrotingspost_bedragen ORDER BY jaar').all() as {
    id: number;
    jaar: number;
    bedragCents: number;
  }[];
  return posten.map((p) => ({ ...p, bedragen: bedragen.filter((b) => b.id === p.id).map(({ jaar, bedragCents }) => ({ jaar, bedragCents })) }));
}

export function leesBegrotingspost(db: Db, id: number): Begrotingspost | null {
  const p = db.prepare('SELECT id, naam, soort, omschrijving FROM begrotingsposten WHERE id = ?').get(id) as Omit<Begrotingspost, 'bedragen'> | undefined;
  if (!p) return null;
  const bedragen = db
    .prepare('SELECT jaar, bedrag_cents AS bedragCents FROM begrotingspost_bedragen WHERE begrotingspost_id = ? ORDER BY jaar')
    .all(id) as Begrotingspost['bedragen'];
  return { ...p, bedragen };
}

export function begrotingspostMetNaam(db: Db, naam: string, behalve?: number): { id: number; naam: string } | null {
  return (
    (db.prepare('SELECT id, naam FROM begrotingsposten WHERE naam = ? COLLATE NOCASE AND id IS NOT ?').get(naam, behalve ?? null) as
      { id: number; naam: string } | undefined) ?? null
  );
}

export function voegBegrotingspostToe(db: Db, b: Velden, id?: number): number {
  const r = db
    .prepare('INSERT INTO begrotingsposten (id, naam, soort, omschrijving) VALUES (?, ?, ?, ?)')
    .run(vrijId(db, 'begrotingsposten', id) ?? null, b.naam, b.soort, b.omschrijving);
  const nieuwId = Number(r.lastInsertRowid);
  schrijfBedragen(db, nieuwId, b.bedragen);
  return nieuwId;
}

export function wijzigBegrotingspost(db: Db, id: number, b: Velden): void {
  db.prepare('UPDATE begrotingsposten SET naam = ?, soort = ?, omschrijving = ? WHERE id = ?').run(b.naam, b.soort, b.omschrijving, id);
  schrijfBedragen(db, id, b.bedragen);
}

function schrijfBedragen(db: Db, id: number, bedragen: Velden['bedragen']): void {
  db.prepare('DELETE FROM begrotingspost_bedragen WHERE begrotingspost_id = ?').run(id);
  const insert = db.prepare('INSERT INTO begrotingspost_bedragen (begrotingspost_id, jaar, bedrag_cents) VALUES (?, ?, ?)');
  for (const b of bedragen) insert.run(id, b.jaar, b.bedragCents);
}

export function verwijderBegrotingspost(db: Db, id: number): void {
  db.prepare('DELETE FROM begrotingspost_bedragen WHERE begrotingspost_id = ?').run(id);
  db.prepare('DELETE FROM begrotingsposten WHERE id = ?').run(id);
}

/** Names of the regelingen linked to this begrotingspost. */
export function begrotingspostRegelingen(db: Db, id: number): string[] {
  return db
    .prepare('SELECT r.naam FROM regeling_begrotingsposten rb JOIN regelingen r ON r.id = rb.regeling_id WHERE rb.begrotingspost_id = ? ORDER BY r.naam')
    .pluck()
    .all(id) as string[];
}
