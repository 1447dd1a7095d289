// The SQL of the verdelingen (migration 013). Amounts are stored as integers in the pool's unit
// (hundredths of an hour or cents) and weights in ten-thousandths; this repo converts them to the
// API's form (hours as numbers, euros as cents) at its edge.
import type { Sector } from '../domain/types';
import { gewichtEenheden, gewichtUitEenheden, naarEenheden, uitEenheden, verdelingStatus } from '../domain/verdeling';
import type { VerdelingRecord, VerdelingRij } from '../api/typen/verdeling';
import type { Db } from './open';

/** A verdelingen row as stored: the record's own fields, with its sectors as one text. */
type Rij = Omit<VerdelingRecord, 'sectoren' | 'wijkIds' | 'schoolIds' | 'status' | 'scholen'> & { sectoren: string };

const KOLOMMEN = `id, naam, schooljaar, soort, functie, sectoren, regel, totaal, voet, stap, min, max, aanbieder_id AS aanbiederId,
  voorgelegd_op AS voorgelegdOp, advies_datum AS adviesDatum, advies_tekst AS adviesTekst, vastgesteld_op AS vastgesteldOp`;

export type VerdelingOpslag = Omit<VerdelingRecord, 'id' | 'status' | 'vastgesteldOp'>;

export function leesVerdeling(db: Db, id: number): VerdelingRecord | null {
  const r = db.prepare(`SELECT ${KOLOMMEN} FROM verdelingen WHERE id = ?`).get(id) as Rij | undefined;
  if (!r) return null;
  const uit = (x: number | null) => (x === null ? null : uitEenheden(r.soort, x));
  const wijkIds = db.prepare('SELECT wijk_id FROM verdeling_wijken WHERE verdeling_id = ? ORDER BY wijk_id').pluck().all(id) as number[];
  const scholen = db
    .prepare(
      `SELECT school_id AS schoolId, gekozen, gewicht, min, max, toegekend, aanbieder_id AS aanbiederId
       FROM verdeling_scholen WHERE verdeling_id = ? ORDER BY school_id`,
    )
    .all(id) as {
    schoolId: number;
    gekozen: number;
    gewicht: number | null;
    min: number | null;
    max: number | null;
    toegekend: number | null;
    aanbiederId: number | null;
  }[];
  return {
    id: r.id,
    naam: r.naam,
    schooljaar: r.schooljaar,
    soort: r.soort,
    functie: r.functie,
    sectoren: r.sectoren.split(',') as Sector[],
    wijkIds,
    schoolIds: scholen.filter((s) => s.gekozen === 1).map((s) => s.schoolId),
    regel: r.regel,
    totaal: uitEenheden(r.soort, r.totaal),
    voet: uit(r.voet),
    stap: uit(r.stap),
    min: uit(r.min),
    max: uit(r.max),
    aanbiederId: r.aanbiederId,
    voorgelegdOp: r.voorgelegdOp,
    adviesDatum: r.adviesDatum,
    adviesTekst: r.adviesTekst,
    vastgesteldOp: r.vastgesteldOp,
    status: verdelingStatus(r),
    scholen: scholen
      .filter((s) => s.gewicht !== null || s.min !== null || s.max !== null || s.toegekend !== null || s.aanbiederId !== null)
      .map((s) => ({
        schoolId: s.schoolId,
        gewicht: s.gewicht === null ? null : gewichtUitEenheden(s.gewicht),
        min: uit(s.min),
        max: uit(s.max),
        toegekend: uit(s.toegekend),
        aanbiederId: s.aanbiederId,
      })),
  };
}

export function lijstVerdelingen(db: Db): VerdelingRij[] {
  const rijen = db.prepare(`SELECT ${KOLOMMEN} FROM verdelingen ORDER BY schooljaar DESC, naam COLLATE NOCASE`).all() as Rij[];
  return rijen.map((r) => {
    const status = verdelingStatus(r);
    return {
      id: r.id,
      naam: r.naam,
      schooljaar: r.schooljaar,
      soort: r.soort,
      functie: r.functie,
      regel: r.regel,
      totaal: uitEenheden(r.soort, r.totaal),
      status,
      statusDatum: status === 'vastgesteld' ? r.vastgesteldOp : status === 'advies' ? r.adviesDatum : status === 'voorgelegd' ? r.voorgelegdOp : null,
    };
  });
}

/** Inserts (id undefined or free) or replaces a verdeling with its wijken and school rows. */
export function slaVerdelingOp(db: Db, v: VerdelingOpslag, id?: number, vastgesteldOp: string | null = null): number {
  const e = (x: number | null) => (x === null ? null : naarEenheden(v.soort, x));
  const waarden = [
    v.naam,
    v.schooljaar,
    v.soort,
    v.functie,
    v.sectoren.join(','),
    v.regel,
    naarEenheden(v.soort, v.totaal),
    e(v.voet),
    e(v.stap),
    e(v.min),
    e(v.max),
    v.aanbiederId,
    v.voorgelegdOp,
    v.adviesDatum,
    v.adviesTekst,
    vastgesteldOp,
  ];
  let nieuwId: number;
  const bestaat = id !== undefined && db.prepare('SELECT 1 FROM verdelingen WHERE id = ?').get(id) !== undefined;
  if (bestaat) {
    db.prepare(
      `UPDATE verdelingen SET naam = ?, schooljaar = ?, soort = ?, functie = ?, sectoren = ?, regel = ?, totaal = ?, voet = ?, stap = ?, min = ?, max = ?,
         aanbieder_id = ?, voorgelegd_op = ?, advies_datum = ?, advies_tekst = ?, vastgesteld_op = ? WHERE id = ?`,
    ).run(...waarden, id);
    nieuwId = id as number;
    db.prepare('DELETE FROM verdeling_wijken WHERE verdeling_id = ?').run(nieuwId);
    db.prepare('DELETE FROM verdeling_scholen WHERE verdeling_id = ?').run(nieuwId);
  } else {
    nieuwId = Number(
      db
        .prepare(
          `INSERT INTO verdelingen (id, naam, schooljaar, soort, functie, sectoren, regel, totaal, voet, stap, min, max, aanbieder_id,
             voorgelegd_op, advies_datum, advies_tekst, vastgesteld_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id ?? null, ...waarden).lastInsertRowid,
    );
  }
  const wijk = db.prepare('INSERT INTO verdeling_wijken (verdeling_id, wijk_id) VALUES (?, ?)');
  for (const w of new Set(v.wijkIds)) wijk.run(nieuwId, w);
  const rijen = new Map<
    number,
    { gekozen: number; gewicht: number | null; min: number | null; max: number | null; toegekend: number | null; aanbiederId: number | null }
  >();
  for (const s of v.schoolIds) rijen.set(s, { gekozen: 1, gewicht: null, min: null, max: null, toegekend: null, aanbiederId: null });
  for (const s of v.scholen) {
    rijen.set(s.schoolId, {
      gekozen: rijen.has(s.schoolId) ? 1 : 0,
      gewicht: s.gewicht === null ? null : gewichtEenheden(s.gewicht),
      min: e(s.min),
      max: e(s.max),
      toegekend: e(s.toegekend),
      aanbiederId: s.aanbiederId,
    });
  }
  const school = db.prepare(
    'INSERT INTO verdeling_scholen (verdeling_id, school_id, gekozen, gewicht, min, max, toegekend, aanbieder_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const [schoolId, r] of rijen) school.run(nieuwId, schoolId, r.gekozen, r.gewicht, r.min, r.max, r.toegekend, r.aanbiederId);
  return nieuwId;
}

export function zetVastgesteld(db: Db, id: number, datum: string | null): void {
  db.prepare('UPDATE verdelingen SET vastgesteld_op = ? WHERE id = ?').run(datum, id);
}

export function verwijderVerdeling(db: Db, id: number): void {
  db.prepare('DELETE FROM verdelingen WHERE id = ?').run(id);
}

export function verdelingMetNaam(db: Db, naam: string): number | null {
  return (db.prepare('SELECT id FROM verdelingen WHERE naam = ? COLLATE NOCASE').pluck().get(naam) as number | undefined) ?? null;
}

/** The names of the verdelingen that refer to a school, aanbieder, wijk or functie (a delete is refused while there are any). */
export function verdelingenMet(db: Db, soort: 'school' | 'aanbieder' | 'wijk' | 'functie', sleutel: number | string): string[] {
  const waar = {
    school: 'id IN (SELECT verdeling_id FROM verdeling_scholen WHERE school_id = ?)',
    aanbieder: 'aanbieder_id = ? OR id IN (SELECT verdeling_id FROM verdeling_scholen WHERE aanbieder_id = ?)',
    wijk: 'id IN (SELECT verdeling_id FROM verdeling_wijken WHERE wijk_id = ?)',
    functie: 'functie = ? COLLATE NOCASE',
  }[soort];
  const n = soort === 'aanbieder' ? 2 : 1;
  return db
    .prepare(`SELECT naam FROM verdelingen WHERE ${waar} ORDER BY naam COLLATE NOCASE`)
    .pluck()
    .all(...Array<number | string>(n).fill(sleutel)) as string[];
}
