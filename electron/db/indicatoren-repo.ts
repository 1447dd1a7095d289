// SQL of the indicatoren (migration 011, rule 16): one row per indicator, one per indicator × year
// with its streefwaarde and realisatie. A proeftuin's indicators are edited here and on the
// proeftuin form (db/proeftuinen-repo.ts, name/unit/realisatie only).
import type { z } from 'zod';
import type { indicatorHerstel } from '../api/invoer/indicatoren';
import type { IndicatorRecord, IndicatorRij } from '../api/typen/indicatoren';
import { indicatorStatus, type Niveau, type Richting } from '../domain/indicatoren';
import type { Db } from './open';
import { opsomming } from './repo-hulp';
import { telwoord } from '../domain/telwoord';

/** maak and wijzig require a direction; herstel may bring back one without (migrated). */
type Velden = Omit<z.output<typeof indicatorHerstel>, 'id'>;

interface Ruw {
  id: number;
  naam: string;
  eenheid: string | null;
  richting: Richting | null;
  bron: string | null;
  niveau: Niveau;
  scopeId: number | null;
  nulmetingJaar: number | null;
  nulmetingWaarde: number | null;
}

const KOLOMMEN = `id, naam, eenheid, richting, bron, niveau, scope_id AS scopeId, nulmeting_jaar AS nulmetingJaar, nulmeting_waarde AS nulmetingWaarde`;

/** The table that holds each level's scope, for existence checks and names. */
export const SCOPE_TABEL: Record<Exclude<Niveau, 'gemeente'>, string> = {
  wijk: 'wijken',
  school: 'scholen',
  proeftuin: 'proeftuinen',
  aanbieder: 'aanbieders',
};

function metJaren(db: Db, r: Ruw): IndicatorRecord {
  const jaren = db
    .prepare('SELECT jaar, streefwaarde, realisatie FROM indicator_jaren WHERE indicator_id = ? ORDER BY jaar')
    .all(r.id) as IndicatorRecord['jaren'];
  const { nulmetingJaar, nulmetingWaarde, ...rest } = r;
  const nulmeting = nulmetingJaar !== null && nulmetingWaarde !== null ? { jaar: nulmetingJaar, waarde: nulmetingWaarde } : null;
  return { ...rest, nulmeting, jaren };
}

export function leesIndicator(db: Db, id: number): IndicatorRecord | null {
  const r = db.prepare(`SELECT ${KOLOMMEN} FROM indicatoren WHERE id = ?`).get(id) as Ruw | undefined;
  return r ? metJaren(db, r) : null;
}

function scopeNaam(db: Db, niveau: Niveau, scopeId: number | null): string | null {
  if (niveau === 'gemeente' || scopeId === null) return null;
  return (db.prepare(`SELECT naam FROM ${SCOPE_TABEL[niveau]} WHERE id = ?`).pluck().get(scopeId) as string | undefined) ?? null;
}

export function lijstIndicatoren(db: Db): IndicatorRij[] {
  const rijen = db.prepare(`SELECT ${KOLOMMEN} FROM indicatoren ORDER BY naam COLLATE NOCASE, id`).all() as Ruw[];
  return rijen.map((r) => {
    const rec = metJaren(db, r);
    return {
      ...rec,
      scopeNaam: scopeNaam(db, rec.niveau, rec.scopeId),
      jaren: rec.jaren.map((j) => ({ ...j, status: indicatorStatus(rec.richting, j.streefwaarde, j.realisatie) })),
    };
  });
}

/**
 * "2 indicatoren (Bereik ouders en Thuiszitters)" for the indicatoren about this wijk, school or
 * aanbieder, or '' for none: a delete of their scope is refused (like monitorcijfers, they are the
 * evidence for the council), naming them so the user can move or delete them on the Monitor page.
 */
export function indicatorenVanScope(db: Db, niveau: 'wijk' | 'school' | 'aanbieder', scopeId: number): string {
  const namen = db
    .prepare('SELECT naam FROM indicatoren WHERE niveau = ? AND scope_id = ? ORDER BY naam COLLATE NOCASE, id')
    .pluck()
    .all(niveau, scopeId) as string[];
  return namen.length ? `${telwoord(namen.length, 'indicator', 'indicatoren')} (${opsomming(namen)})` : '';
}

export function scopeBestaat(db: Db, niveau: Niveau, scopeId: number | null): boolean {
  if (niveau === 'gemeente') return scopeId === null;
  return scopeId !== null && db.prepare(`SELECT 1 FROM ${SCOPE_TABEL[niveau]} WHERE id = ?`).get(scopeId) !== undefined;
}

/** Another indicator with the same name on the same scope (names are unique per scope). */
export function indicatorMetNaam(db: Db, v: Velden, behalve?: number): { id: number; naam: string } | null {
  return (
    (db
      .prepare('SELECT id, naam FROM indicatoren WHERE naam = ? COLLATE NOCASE AND niveau = ? AND scope_id IS ? AND id IS NOT ?')
      .get(v.naam, v.niveau, v.scopeId, behalve ?? null) as { id: number; naam: string } | undefined) ?? null
  );
}

function schrijfJaren(db: Db, id: number, v: Velden): void {
  db.prepare('DELETE FROM indicator_jaren WHERE indicator_id = ?').run(id);
  const jaar = db.prepare('INSERT INTO indicator_jaren (indicator_id, jaar, streefwaarde, realisatie) VALUES (?, ?, ?, ?)');
  for (const j of v.jaren) if (j.streefwaarde !== null || j.realisatie !== null) jaar.run(id, j.jaar, j.streefwaarde, j.realisatie);
}

export function voegIndicatorToe(db: Db, v: Velden, id?: number): number {
  const vrij = id !== undefined && !db.prepare('SELECT 1 FROM indicatoren WHERE id = ?').get(id) ? id : null;
  const r = db
    .prepare(
      `INSERT INTO indicatoren (id, naam, eenheid, richting, bron, niveau, scope_id, nulmeting_jaar, nulmeting_waarde)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(vrij, v.naam, v.eenheid, v.richting, v.bron, v.niveau, v.scopeId, v.nulmeting?.jaar ?? null, v.nulmeting?.waarde ?? null);
  const nieuw = Number(r.lastInsertRowid);
  schrijfJaren(db, nieuw, v);
  return nieuw;
}

export function wijzigIndicator(db: Db, id: number, v: Velden): void {
  db.prepare(
    `UPDATE indicatoren SET naam = ?, eenheid = ?, richting = ?, bron = ?, niveau = ?, scope_id = ?, nulmeting_jaar = ?, nulmeting_waarde = ?
     WHERE id = ?`,
  ).run(v.naam, v.eenheid, v.richting, v.bron, v.niveau, v.scopeId, v.nulmeting?.jaar ?? null, v.nulmeting?.waarde ?? null, id);
  schrijfJaren(db, id, v);
}

export function verwijderIndicator(db: Db, id: number): void {
  db.prepare('DELETE FROM indicator_jaren WHERE indicator_id = ?').run(id);
  db.prepare('DELETE FROM indicatoren WHERE id = ?').run(id);
}
