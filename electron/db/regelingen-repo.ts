// SQL of the regelingen: period, weeks, financing shares, basisinzet per sector × functie and
// the begrotingsposten that pay for them.
import type { z } from 'zod';
import type { regelingInvoer } from '../domain/registratie';
import type { Db } from './open';
import { vrijId } from './repo-hulp';
import type { Basisinzet, Regeling } from '../api/typen/registratie';

type Velden = z.output<typeof regelingInvoer>;

const KOLOMMEN = `id, naam, startdatum, einddatum, weken_per_jaar AS wekenPerJaar, aandeel_gemeente AS aandeelGemeente,
  aandeel_onderwijs AS aandeelOnderwijs, aandeel_overig AS aandeelOverig, overige_financier AS overigeFinancier, omschrijving`;

function metKinderen(db: Db, r: Omit<Regeling, 'basisinzet' | 'begrotingspostIds'>): Regeling {
  const basisinzet = db
    .prepare(
      'SELECT sector, functie, uren_per_week AS urenPerWeek, uurtarief_cents AS uurtariefCents FROM regeling_basisinzet WHERE regeling_id = ? ORDER BY sector, functie',
    )
    .all(r.id) as Basisinzet[];
  const begrotingspostIds = db
    .prepare('SELECT begrotingspost_id FROM regeling_begrotingsposten WHERE regeling_id = ? ORDER BY begrotingspost_id')
    .pluck()
    .all(r.id) as number[];
  return { ...r, basisinzet, begrotingspostIds };
}

export function lijstRegelingen(db: Db): Regeling[] {
  const rijen = db.prepare(`SELECT ${KOLOMMEN} FROM regelingen ORDER BY startdatum NULLS LAST, naam COLLATE NOCASE`).all() as Omit<
    Regeling,
    'basisinzet' | 'begrotingspostIds'
  >[];
  return rijen.map((r) => metKinderen(db, r));
}

export function leesRegeling(db: Db, id: number): Regeling | null {
  const r = db.prepare(`SELECT ${KOLOMMEN} FROM regelingen WHERE id = ?`).get(id) as Omit<Regeling, 'basisinzet' | 'begrotingspostIds'> | undefined;
  return r ? metKinderen(db, r) : null;
}

export function regelingMetNaam(db: Db, naam: string, behalve?: number): { id: number; naam: string } | null {
  return (
    (db.prepare('SELECT id, naam FROM regelingen WHERE naam = ? COLLATE NOCASE AND id IS NOT ?').get(naam, behalve ?? null) as
      { id: number; naam: string } | undefined) ?? null
  );
}

function velden(r: Velden): unknown[] {
  return [r.naam, r.startdatum, r.einddatum, r.wekenPerJaar, r.aandeelGemeente, r.aandeelOnderwijs, r.aandeelOverig, r.overigeFinancier, r.omschrijving];
}

export function voegRegelingToe(db: Db, r: Velden, id?: number): number {
  const res = db
    .prepare(
      `INSERT INTO regelingen (id, naam, startdatum, einddatum, weken_per_jaar, aandeel_gemeente, aandeel_onderwijs, aandeel_overig,
         overige_financier, omschrijving) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(vrijId(db, 'regelingen', id) ?? null, ...velden(r));
  const nieuwId = Number(res.lastInsertRowid);
  schrijfKinderen(db, nieuwId, r);
  return nieuwId;
}

export function wijzigRegeling(db: Db, id: number, r: Velden): void {
  db.prepare(
    `UPDATE regelingen SET naam = ?, startdatum = ?, einddatum = ?, weken_per_jaar = ?, aandeel_gemeente = ?, aandeel_onderwijs = ?,
       aandeel_overig = ?, overige_financier = ?, omschrijving = ? WHERE id = ?`,
  ).run(...velden(r), id);
  schrijfKinderen(db, id, r);
}

function schrijfKinderen(db: Db, id: number, r: Velden): void {
  db.prepare('DELETE FROM regeling_basisinzet WHERE regeling_id = ?').run(id);
  db.prepare('DELETE FROM regeling_begrotingsposten WHERE regeling_id = ?').run(id);
  const basis = db.prepare('INSERT INTO regeling_basisinzet (regeling_id, sector, functie, uren_per_week, uurtarief_cents) VALUES (?, ?, ?, ?, ?)');
  for (const b of r.basisinzet) basis.run(id, b.sector, b.functie, b.urenPerWeek, b.uurtariefCents);
  const post = db.prepare('INSERT INTO regeling_begrotingsposten (regeling_id, begrotingspost_id) VALUES (?, ?)');
  for (const p of r.begrotingspostIds) post.run(id, p);
}

export function verwijderRegeling(db: Db, id: number): void {
  db.prepare('DELETE FROM regeling_basisinzet WHERE regeling_id = ?').run(id);
  db.prepare('DELETE FROM regeling_begrotingsposten WHERE regeling_id = ?').run(id);
  db.prepare('DELETE FROM regelingen WHERE id = ?').run(id);
}
