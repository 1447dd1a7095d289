// SQL of the proeftuinen: a pilot of some years with a (shrinking) budget per year, schools
// and/or a wijk, and indicators with a value per year to monitor what works.
import type { z } from 'zod';
import type { proeftuinInvoer } from '../domain/registratie';
import { budgetGroei, budgetWaarschuwingen, type BudgetJaar } from '../domain/proeftuin-budget';
import type { Db } from './open';
import type { Indicator, Proeftuin, ProeftuinRij } from '../api/typen/registratie';

type Velden = z.output<typeof proeftuinInvoer>;

export function lijstProeftuinen(db: Db): ProeftuinRij[] {
  const rijen = db
    .prepare(
      `SELECT p.id, p.naam, p.startjaar, p.eindjaar, p.wijk_id AS wijkId, w.naam AS wijkNaam,
         (SELECT count(*) FROM proeftuin_scholen ps WHERE ps.proeftuin_id = p.id) AS aantalScholen,
         (SELECT coalesce(sum(bedrag_cents), 0) FROM proeftuin_budget b WHERE b.proeftuin_id = p.id) AS budgetTotaalCents
       FROM proeftuinen p LEFT JOIN wijken w ON w.id = p.wijk_id ORDER BY p.startjaar, p.naam COLLATE NOCASE`,
    )
    .all() as Omit<ProeftuinRij, 'budgetKrimpt' | 'budgetWaarschuwingen'>[];
  const budget = db.prepare('SELECT jaar, bedrag_cents AS bedragCents, reden_hoger AS redenHoger FROM proeftuin_budget WHERE proeftuin_id = ? ORDER BY jaar');
  return rijen.map((r) => {
    const jaren = budget.all(r.id) as BudgetJaar[];
    return { ...r, budgetKrimpt: budgetGroei(jaren).length === 0, budgetWaarschuwingen: budgetWaarschuwingen(jaren) };
  });
}

export function leesProeftuin(db: Db, id: number): Proeftuin | null {
  const p = db.prepare('SELECT id, naam, startjaar, eindjaar, wijk_id AS wijkId, omschrijving FROM proeftuinen WHERE id = ?').get(id) as
    Omit<Proeftuin, 'budget' | 'schoolIds' | 'indicatoren'> | undefined;
  if (!p) return null;
  const budget = db
    .prepare('SELECT jaar, bedrag_cents AS bedragCents, reden_hoger AS redenHoger FROM proeftuin_budget WHERE proeftuin_id = ? ORDER BY jaar')
    .all(id) as Proeftuin['budget'];
  const schoolIds = db.prepare('SELECT school_id FROM proeftuin_scholen WHERE proeftuin_id = ? ORDER BY school_id').pluck().all(id) as number[];
  const waarden = db.prepare('SELECT jaar, waarde FROM proeftuin_indicator_waarden WHERE indicator_id = ? ORDER BY jaar');
  const indicatoren = (
    db.prepare('SELECT id, naam, eenheid FROM proeftuin_indicatoren WHERE proeftuin_id = ? ORDER BY id').all(id) as Omit<Indicator, 'waarden'>[]
  ).map((i) => ({ ...i, waarden: waarden.all(i.id) as Indicator['waarden'] }));
  return { ...p, budget, schoolIds, indicatoren };
}

export function proeftuinMetNaam(db: Db, naam: string, behalve?: number): { id: number; naam: string } | null {
  return (
    (db.prepare('SELECT id, naam FROM proeftuinen WHERE naam = ? COLLATE NOCASE AND id IS NOT ?').get(naam, behalve ?? null) as
      { id: number; naam: string } | undefined) ?? null
  );
}

/** Indicator ids that belong to another proeftuin (an input may only reuse its own). */
export function vreemdeIndicatorIds(db: Db, ids: number[], proeftuinId: number | null): number[] {
  const q = db.prepare('SELECT proeftuin_id FROM proeftuin_indicatoren WHERE id = ?').pluck();
  return ids.filter((id) => {
    const eigenaar = q.get(id) as number | undefined;
    return eigenaar !== undefined && eigenaar !== proeftuinId;
  });
}

export function voegProeftuinToe(db: Db, p: Velden, id?: number): number {
  const vrij = id !== undefined && !db.prepare('SELECT 1 FROM proeftuinen WHERE id = ?').get(id) ? id : null;
  const r = db
    .prepare('INSERT INTO proeftuinen (id, naam, startjaar, eindjaar, wijk_id, omschrijving) VALUES (?, ?, ?, ?, ?, ?)')
    .run(vrij, p.naam, p.startjaar, p.eindjaar, p.wijkId, p.omschrijving);
  const nieuwId = Number(r.lastInsertRowid);
  schrijfKinderen(db, nieuwId, p);
  return nieuwId;
}

export function wijzigProeftuin(db: Db, id: number, p: Velden): void {
  db.prepare('UPDATE proeftuinen SET naam = ?, startjaar = ?, eindjaar = ?, wijk_id = ?, omschrijving = ? WHERE id = ?').run(
    p.naam,
    p.startjaar,
    p.eindjaar,
    p.wijkId,
    p.omschrijving,
    id,
  );
  schrijfKinderen(db, id, p);
}

/** Replaces budget, schools and indicators; an indicator keeps its id when the input carries it. */
function schrijfKinderen(db: Db, id: number, p: Velden): void {
  verwijderKinderen(db, id);
  const budget = db.prepare('INSERT INTO proeftuin_budget (proeftuin_id, jaar, bedrag_cents, reden_hoger) VALUES (?, ?, ?, ?)');
  for (const b of p.budget) budget.run(id, b.jaar, b.bedragCents, b.redenHoger);
  const school = db.prepare('INSERT INTO proeftuin_scholen (proeftuin_id, school_id) VALUES (?, ?)');
  for (const s of p.schoolIds) school.run(id, s);
  const indicator = db.prepare('INSERT INTO proeftuin_indicatoren (id, proeftuin_id, naam, eenheid) VALUES (?, ?, ?, ?)');
  const waarde = db.prepare('INSERT INTO proeftuin_indicator_waarden (indicator_id, jaar, waarde) VALUES (?, ?, ?)');
  const bezet = db.prepare('SELECT 1 FROM proeftuin_indicatoren WHERE id = ?');
  for (const i of p.indicatoren) {
    const eigenId = i.id !== undefined && !bezet.get(i.id) ? i.id : null;
    const indicatorId = Number(indicator.run(eigenId, id, i.naam, i.eenheid).lastInsertRowid);
    for (const w of i.waarden) waarde.run(indicatorId, w.jaar, w.waarde);
  }
}

function verwijderKinderen(db: Db, id: number): void {
  db.prepare('DELETE FROM proeftuin_indicator_waarden WHERE indicator_id IN (SELECT id FROM proeftuin_indicatoren WHERE proeftuin_id = ?)').run(id);
  db.prepare('DELETE FROM proeftuin_indicatoren WHERE proeftuin_id = ?').run(id);
  db.prepare('DELETE FROM proeftuin_scholen WHERE proeftuin_id = ?').run(id);
  db.prepare('DELETE FROM proeftuin_budget WHERE proeftuin_id = ?').run(id);
}

export function verwijderProeftuin(db: Db, id: number): void {
  verwijderKinderen(db, id);
  db.prepare('DELETE FROM proeftuinen WHERE id = ?').run(id);
}
