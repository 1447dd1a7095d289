// The complete mutatielog as CSV for Excel (Dutch: `;` separated, UTF-8 with BOM, CRLF), oldest
// first, so a decision can be traced back to who changed what and when.
import type { Db } from './open';

export const MUTATIELOG_KOPPEN = ['Tijd', 'Tijd (UTC, ISO)', 'Gebruiker', 'Opdracht', 'Soort', 'Id', 'Oud', 'Nieuw'] as const;

/** One row of the mutatielog as both exports read it. */
export interface MutatielogRij {
  tijd: string;
  gebruiker: string;
  methode: string;
  entiteit: string | null;
  entiteit_id: string | null;
  oud: string | null;
  nieuw: string | null;
}

export interface MutatielogFilter {
  entiteit?: string;
  entiteitId?: string;
}

/** The WHERE clause ('' for the whole log) and its parameters for one entity (and id). */
export function mutatielogWaar(filter: MutatielogFilter): { waar: string; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.entiteit) {
    where.push('entiteit = ?');
    params.push(filter.entiteit);
  }
  if (filter.entiteitId) {
    where.push('entiteit_id = ?');
    params.push(filter.entiteitId);
  }
  return { waar: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Streams the log row by row (any size), optionally for one entity (and id). */
export function* mutatielogCsv(db: Db, filter: MutatielogFilter = {}): Generator<string> {
  const { waar, params } = mutatielogWaar(filter);
  const stmt = db.prepare(`SELECT tijd, gebruiker, methode, entiteit, entiteit_id, oud, nieuw FROM mutatielog ${waar} ORDER BY id`);
  yield '\uFEFF' + csvRegel([...MUTATIELOG_KOPPEN]);
  for (const r of stmt.iterate(...params) as IterableIterator<MutatielogRij>) {
    yield csvRegel([lokaleTijd(r.tijd), r.tijd, r.gebruiker, r.methode, r.entiteit ?? '', r.entiteit_id ?? '', r.oud ?? '', r.nieuw ?? '']);
  }
}

export function csvRegel(cellen: string[]): string {
  return cellen.map(csvCel).join(';') + '\r\n';
}

/**
 * Quotes where needed, and neutralises formula injection: a cell that starts with = + - @ (or a tab
 * or carriage return) gets a leading apostrophe, so Excel shows it as text and never runs it.
 */
export function csvCel(waarde: string): string {
  const veilig = /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
  return /[;"\r\n]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
}

/** 23-11-2026 14:05:03 in the computer's own time zone. */
function lokaleTijd(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const t = (n: number) => String(n).padStart(2, '0');
  return `${t(d.getDate())}-${t(d.getMonth() + 1)}-${d.getFullYear()} ${t(d.getHours())}:${t(d.getMinutes())}:${t(d.getSeconds())}`;
}
