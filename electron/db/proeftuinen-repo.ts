// SQL of the proeftuinen: a pilot of some years with a (shrinking) budget per year, schools
// and/or a wijk, and indicators with a value per year to monitor what works.
import type { z } from 'zod';
import type { proeftuinInvoer } from '../domain/registratie';
import type { ProeftuinGeld } from '../domain/dekking';
import { budgetGroei, budgetWaarschuwingen, type BudgetJaar } from '../domain/proeftuin-budget';
import { verwijderIndicator } from './indicatoren-repo';
import type { Db } from './open';
import type { Indicator, Proeftuin, ProeftuinRij } from '../api/typen/registratie';

type Velden = z.output<typeof proeftuinInvoer>;

export function lijstProeftuinen(db: Db): ProeftuinRij[] {
  const rijen = db
    .prepare(
      `SELECT p.id, p.naam, p.startjaar, p.eindjaar, p.wijk_id AS wijkId, w.naam AS wijkNaam,
         (SELECT count(*) FROM proeftuin_scholen ps WHERE ps.proeftuin_id = p.id) AS aantalScholen,
         (SELECT coalesce(sum(bedrag_cents + onderwijs_cents), 0) FROM proeftuin_budget b WHERE b.proeftuin_id = p.id) AS budgetTotaalCents,
         (SELECT coalesce(sum(bedrag_cents), 0) FROM proeftuin_budget b WHERE b.proeftuin_id = p.id) AS budgetGemeenteCents
       FROM proeftuinen p LEFT JOIN wijken w ON w.id = p.wijk_id ORDER BY p.startjaar, p.naam COLLATE NOCASE`,
    )
    .all() as Omit<ProeftuinRij, 'budgetKrimpt' | 'budgetWaarschuwingen'>[];
  // The warning is about the whole budget (gemeente + onderwijs): that is what shrinks (rule 13).
  const budget = db.prepare(
    'SELECT jaar, bedrag_cents + onderwijs_cents AS bedragCents, reden_hoger AS redenHoger FROM proeftuin_budget WHERE proeftuin_id = ? ORDER BY jaar',
  );
  return rijen.map((r) => {
    const jaren = budget.all(r.id) as BudgetJaar[];
    return { ...r, budgetKrimpt: budgetGroei(jaren).length === 0, budgetWaarschuwingen: budgetWaarschuwingen(jaren) };
  });
}

/** The gemeente part of every proeftuin's budget per year: its own line in the dekking (domain/dekking.ts). */
export function laadProeftuinGeld(db: Db): ProeftuinGeld[] {
  return db
    .prepare(
      `SELECT p.id AS proeftuinId, p.naam, b.jaar, b.bedrag_cents AS gemeenteCents FROM proeftuin_budget b
       JOIN proeftuinen p ON p.id = b.proeftuin_id ORDER BY b.jaar, p.naam COLLATE NOCASE, p.id`,
    )
    .all() as ProeftuinGeld[];
}

export function leesProeftuin(db: Db, id: number): Proeftuin | null {
  const p = db
    .prepare(
      `SELECT id, naam, startjaar, eindjaar, wijk_id AS wijkId, omschrijving, opbrengst_afgesproken AS opbrengstAfgesproken,
         opbrengst_afgesproken_cents AS opbrengstAfgesprokenCents, opbrengst_gerealiseerd AS opbrengstGerealiseerd,
         opbrengst_gerealiseerd_cents AS opbrengstGerealiseerdCents FROM proeftuinen WHERE id = ?`,
    )
    .get(id) as Omit<Proeftuin, 'budget' | 'schoolIds' | 'indicatoren'> | undefined;
  if (!p) return null;
  const budget = db
    .prepare(
      'SELECT jaar, bedrag_cents AS bedragCents, onderwijs_cents AS onderwijsCents, reden_hoger AS redenHoger FROM proeftuin_budget WHERE proeftuin_id = ? ORDER BY jaar',
    )
    .all(id) as Proeftuin['budget'];
  const schoolIds = db.prepare('SELECT school_id FROM proeftuin_scholen WHERE proeftuin_id = ? ORDER BY school_id').pluck().all(id) as number[];
  // The proeftuin's own indicatoren (db/indicatoren-repo.ts); the form shows their realisatie per year.
  // Direction, source, nulmeting and streefwaarden ride along so an undone delete restores them.
  const waarden = db.prepare('SELECT jaar, realisatie AS waarde FROM indicator_jaren WHERE indicator_id = ? AND realisatie IS NOT NULL ORDER BY jaar');
  const streef = db.prepare('SELECT jaar, streefwaarde AS waarde FROM indicator_jaren WHERE indicator_id = ? AND streefwaarde IS NOT NULL ORDER BY jaar');
  const indicatoren = (
    db
      .prepare(
        `SELECT id, naam, eenheid, richting, bron, nulmeting_jaar AS nulmetingJaar, nulmeting_waarde AS nulmetingWaarde
         FROM indicatoren WHERE niveau = 'proeftuin' AND scope_id = ? ORDER BY id`,
      )
      .all(id) as (Omit<Indicator, 'waarden' | 'nulmeting' | 'streefwaarden'> & { nulmetingJaar: number | null; nulmetingWaarde: number | null })[]
  ).map(({ nulmetingJaar, nulmetingWaarde, ...i }) => ({
    ...i,
    nulmeting: nulmetingJaar !== null && nulmetingWaarde !== null ? { jaar: nulmetingJaar, waarde: nulmetingWaarde } : null,
    waarden: waarden.all(i.id) as Indicator['waarden'],
    streefwaarden: streef.all(i.id) as Indicator['streefwaarden'],
  }));
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
  const q = db.prepare('SELECT niveau, scope_id AS scopeId FROM indicatoren WHERE id = ?');
  return ids.filter((id) => {
    const eigenaar = q.get(id) as { niveau: string; scopeId: number | null } | undefined;
    return eigenaar !== undefined && (eigenaar.niveau !== 'proeftuin' || eigenaar.scopeId !== proeftuinId);
  });
}

function opbrengst(p: Velden): [string | null, number | null, string | null, number | null] {
  return [p.opbrengstAfgesproken, p.opbrengstAfgesprokenCents, p.opbrengstGerealiseerd, p.opbrengstGerealiseerdCents];
}

export function voegProeftuinToe(db: Db, p: Velden, id?: number): number {
  const vrij = id !== undefined && !db.prepare('SELECT 1 FROM proeftuinen WHERE id = ?').get(id) ? id : null;
  const r = db
    .prepare(
      `INSERT INTO proeftuinen (id, naam, startjaar, eindjaar, wijk_id, omschrijving, opbrengst_afgesproken, opbrengst_afgesproken_cents,
         opbrengst_gerealiseerd, opbrengst_gerealiseerd_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(vrij, p.naam, p.startjaar, p.eindjaar, p.wijkId, p.omschrijving, ...opbrengst(p));
  const nieuwId = Number(r.lastInsertRowid);
  schrijfKinderen(db, nieuwId, p);
  return nieuwId;
}

export function wijzigProeftuin(db: Db, id: number, p: Velden): void {
  db.prepare(
    `UPDATE proeftuinen SET naam = ?, startjaar = ?, eindjaar = ?, wijk_id = ?, omschrijving = ?, opbrengst_afgesproken = ?,
       opbrengst_afgesproken_cents = ?, opbrengst_gerealiseerd = ?, opbrengst_gerealiseerd_cents = ? WHERE id = ?`,
  ).run(p.naam, p.startjaar, p.eindjaar, p.wijkId, p.omschrijving, ...opbrengst(p), id);
  schrijfKinderen(db, id, p);
}

/**
 * Replaces budget and schools. Indicatoren are matched by id and updated in place: the form edits
 * name, unit and realisatie per year, so direction, source, nulmeting and streefwaarden (set on
 * the Monitor page) stay unless the input carries them (herstel brings back the deleted record).
 * An indicator no longer in the input goes; a new one is added.
 */
function schrijfKinderen(db: Db, id: number, p: Velden): void {
  db.prepare('DELETE FROM proeftuin_scholen WHERE proeftuin_id = ?').run(id);
  db.prepare('DELETE FROM proeftuin_budget WHERE proeftuin_id = ?').run(id);
  const budget = db.prepare('INSERT INTO proeftuin_budget (proeftuin_id, jaar, bedrag_cents, onderwijs_cents, reden_hoger) VALUES (?, ?, ?, ?, ?)');
  for (const b of p.budget) budget.run(id, b.jaar, b.bedragCents, b.onderwijsCents, b.redenHoger);
  const school = db.prepare('INSERT INTO proeftuin_scholen (proeftuin_id, school_id) VALUES (?, ?)');
  for (const s of p.schoolIds) school.run(id, s);
  const eigen = new Set(db.prepare(`SELECT id FROM indicatoren WHERE niveau = 'proeftuin' AND scope_id = ?`).pluck().all(id) as number[]);
  const blijft = new Set(p.indicatoren.flatMap((i) => (i.id !== undefined && eigen.has(i.id) ? [i.id] : [])));
  for (const weg of eigen) if (!blijft.has(weg)) verwijderIndicator(db, weg);
  const bezet = db.prepare('SELECT 1 FROM indicatoren WHERE id = ?');
  const nieuw = db.prepare(`INSERT INTO indicatoren (id, naam, eenheid, niveau, scope_id) VALUES (?, ?, ?, 'proeftuin', ?)`);
  const wijzig = db.prepare('UPDATE indicatoren SET naam = ?, eenheid = ? WHERE id = ?');
  const leeg = db.prepare('UPDATE indicator_jaren SET realisatie = NULL WHERE indicator_id = ?');
  const realisatie = db.prepare(
    'INSERT INTO indicator_jaren (indicator_id, jaar, realisatie) VALUES (?, ?, ?) ON CONFLICT (indicator_id, jaar) DO UPDATE SET realisatie = excluded.realisatie',
  );
  const richting = db.prepare('UPDATE indicatoren SET richting = ? WHERE id = ?');
  const bron = db.prepare('UPDATE indicatoren SET bron = ? WHERE id = ?');
  const nulmeting = db.prepare('UPDATE indicatoren SET nulmeting_jaar = ?, nulmeting_waarde = ? WHERE id = ?');
  const geenStreef = db.prepare('UPDATE indicator_jaren SET streefwaarde = NULL WHERE indicator_id = ?');
  const streefwaarde = db.prepare(
    'INSERT INTO indicator_jaren (indicator_id, jaar, streefwaarde) VALUES (?, ?, ?) ON CONFLICT (indicator_id, jaar) DO UPDATE SET streefwaarde = excluded.streefwaarde',
  );
  for (const i of p.indicatoren) {
    let indicatorId: number;
    if (i.id !== undefined && blijft.has(i.id)) {
      indicatorId = i.id;
      wijzig.run(i.naam, i.eenheid, indicatorId);
      leeg.run(indicatorId);
    } else {
      const eigenId = i.id !== undefined && !bezet.get(i.id) ? i.id : null;
      indicatorId = Number(nieuw.run(eigenId, i.naam, i.eenheid, id).lastInsertRowid);
    }
    for (const w of i.waarden) realisatie.run(indicatorId, w.jaar, w.waarde);
    if (i.richting !== undefined) richting.run(i.richting, indicatorId);
    if (i.bron !== undefined) bron.run(i.bron, indicatorId);
    if (i.nulmeting !== undefined) nulmeting.run(i.nulmeting?.jaar ?? null, i.nulmeting?.waarde ?? null, indicatorId);
    if (i.streefwaarden !== undefined) {
      geenStreef.run(indicatorId);
      for (const w of i.streefwaarden) streefwaarde.run(indicatorId, w.jaar, w.waarde);
    }
  }
  db.prepare('DELETE FROM indicator_jaren WHERE streefwaarde IS NULL AND realisatie IS NULL').run();
}

export function verwijderProeftuin(db: Db, id: number): void {
  for (const i of db.prepare(`SELECT id FROM indicatoren WHERE niveau = 'proeftuin' AND scope_id = ?`).pluck().all(id) as number[]) {
    verwijderIndicator(db, i);
  }
  db.prepare('DELETE FROM proeftuin_scholen WHERE proeftuin_id = ?').run(id);
  db.prepare('DELETE FROM proeftuin_budget WHERE proeftuin_id = ?').run(id);
  db.prepare('DELETE FROM proeftuinen WHERE id = ?').run(id);
}
