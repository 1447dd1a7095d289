// The read layer of the computed side (kosten, dekking, dekkingsgraad, wijkteam, scenario):
// loads exactly what the pure engines in domain/ take, straight from SQL (the column aliases make
// better-sqlite3 return AfspraakBasis objects as they are, so there is no mapping step per row).
// Readers go through db/lees-cache.ts, which keeps these rows per database until the data changes.
import type { Leerlingaantal, SchoolMetLeerlingen } from '../domain/dekkingsgraad';
import type { KostenLookups } from '../domain/kosten';
import { kostenregels } from '../domain/aanvullende-inzet';
import { inzetKostenPerAfspraak } from './aanvullende-inzet-repo';
import type { AfspraakBasis, BegrotingspostBedrag, Instellingen } from '../domain/types';
import { AFSPRAAK_VELDEN, BASIS_VELDEN } from './afspraken-velden';
import { leesInstellingen } from './instellingen-repo';
import type { Db } from './open';

/**
 * Weeks and rate (rule 9, precedence afspraak > regeling > tarief per schooljaar): the afspraak's
 * own value, else its regeling's (weken_per_jaar of the regeling, uurtarief of the regeling's
 * basisinzet for the school's sector and the afspraak's functie), else the functie's tarief valid
 * in the afspraak's schooljaar (table tarieven, migration 004), else null so the engines take the
 * setting (only for schooljaren before a functie's first tarief). Every read of costs (this layer,
 * the afspraken list) uses these fragments, so a row in a table and a dashboard total never
 * disagree. They expect the afspraak as `a` and the joins of regelingJoinSql (aliases `r`, `rb`, `t`).
 */
export const GELDENDE_WEKEN_SQL = 'COALESCE(a.weken_per_jaar, r.weken_per_jaar, t.weken_per_jaar)';
export const GELDEND_TARIEF_SQL = 'COALESCE(a.uurtarief_cents, rb.uurtarief_cents, t.uurtarief_cents)';
/** The same without the tarief per schooljaar: what an afspraak states itself or through its regeling. */
const EIGEN_WEKEN_SQL = 'COALESCE(a.weken_per_jaar, r.weken_per_jaar)';
const EIGEN_TARIEF_SQL = 'COALESCE(a.uurtarief_cents, rb.uurtarief_cents)';

/**
 * The joins behind GELDENDE_WEKEN_SQL and GELDEND_TARIEF_SQL; `sector` is an SQL expression for the
 * school's sector. `t` is the functie's tarief row with the latest vanaf_schooljaar up to the
 * afspraak's schooljaar (one primary-key lookup per afspraak).
 */
export function regelingJoinSql(sector: string): string {
  return `LEFT JOIN regelingen r ON r.id = a.regeling_id
  LEFT JOIN regeling_basisinzet rb ON a.regeling_id IS NOT NULL AND rb.regeling_id = a.regeling_id AND rb.functie = a.functie
    AND rb.sector = ${sector}
  LEFT JOIN tarieven t ON t.functie = a.functie AND t.vanaf_schooljaar =
    (SELECT max(t2.vanaf_schooljaar) FROM tarieven t2 WHERE t2.functie = a.functie AND t2.vanaf_schooljaar <= a.schooljaar)`;
}

/** The AfspraakBasis fields of the field map, with the weeks and rate given as SQL (as they apply, or only the afspraak's own/regeling's). */
const afspraakKolommen = (weken: string, tarief: string) => {
  const geldend: Partial<Record<(typeof BASIS_VELDEN)[number], string>> = { wekenPerJaar: weken, uurtariefCents: tarief };
  return [...BASIS_VELDEN.map((v) => `${geldend[v] ?? `a.${AFSPRAAK_VELDEN[v].kolom}`} AS ${v}`), '0 AS extraUrenPerWeek'].join(',\n  ');
};

const AFSPRAAK_BRON = `
  FROM afspraken a
  ${regelingJoinSql('(SELECT s.sector FROM scholen s WHERE s.id = a.school_id)')}`;

const AFSPRAAK_KOLOMMEN = afspraakKolommen(GELDENDE_WEKEN_SQL, GELDEND_TARIEF_SQL);

/**
 * The afspraken with their aanvullende inzet as cost lines (docs/regels.md#regel-18,
 * domain/aanvullende-inzet.ts kostenregels): the records that count with the basisuren are in
 * extraUrenPerWeek, every other record follows its afspraak as a line of its own (aanvullendeInzetId).
 */
function metAanvullendeInzet(db: Db, afspraken: AfspraakBasis[], waar: Parameters<typeof inzetKostenPerAfspraak>[1]): AfspraakBasis[] {
  const inzet = inzetKostenPerAfspraak(db, waar);
  if (inzet.size === 0) return afspraken;
  const startMaand = leesInstellingen(db).schooljaarStartMaand;
  const uit: AfspraakBasis[] = [];
  for (const a of afspraken) {
    const records = inzet.get(a.id);
    if (records === undefined) uit.push(a);
    else for (const regel of kostenregels(a, records, startMaand)) uit.push(regel);
  }
  return uit;
}

/** Counted afspraken and those in voorbereiding of schooljaren van..tot (start years, inclusive), with their aanvullende inzet. */
export function laadAfspraken(db: Db, van: number, tot: number): AfspraakBasis[] {
  const afspraken = db
    .prepare(`SELECT ${AFSPRAAK_KOLOMMEN} ${AFSPRAAK_BRON} WHERE a.schooljaar BETWEEN ? AND ? ORDER BY a.id`)
    .all(van, tot) as AfspraakBasis[];
  return metAanvullendeInzet(db, afspraken, { van, tot });
}

/** The afspraken with these ids as cost lines (as laadAfspraken): the afspraken list costs its rows with aanvullende inzet this way. */
export function laadKostenregels(db: Db, ids: readonly number[]): AfspraakBasis[] {
  if (ids.length === 0) return [];
  const afspraken = db
    .prepare(`SELECT ${AFSPRAAK_KOLOMMEN} ${AFSPRAAK_BRON} WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`)
    .all(JSON.stringify(ids)) as AfspraakBasis[];
  return metAanvullendeInzet(db, afspraken, { ids });
}

/**
 * The same afspraken with only the weeks and rate they state themselves or through their regeling
 * (null where the tarief per schooljaar applies): for an indexation preview, which fills in the
 * planned tarieven with domain/tarieven.ts metTarieven.
 */
export function laadAfsprakenZonderTarief(db: Db, van: number, tot: number): AfspraakBasis[] {
  const afspraken = db
    .prepare(`SELECT ${afspraakKolommen(EIGEN_WEKEN_SQL, EIGEN_TARIEF_SQL)} ${AFSPRAAK_BRON} WHERE a.schooljaar BETWEEN ? AND ? ORDER BY a.id`)
    .all(van, tot) as AfspraakBasis[];
  return metAanvullendeInzet(db, afspraken, { van, tot });
}

/**
 * Which DUO count belongs to a schooljaar: DUO counts pupils on 1 October, so schooljaar
 * 2017-2018 takes the count of 2017. A school without that count takes its latest earlier one,
 * and a school with only later counts (a VO file of 2025 for an old schooljaar) its earliest:
 * a rough figure is better than none for a share of pupils. The same rule as the reports
 * (reports/gegevens.ts), so a dashboard and an Excel report never disagree.
 */
export function leerlingenJaarVanSchooljaar(schooljaar: number): number {
  return schooljaar;
}

export interface SchoolMetTeljaar extends SchoolMetLeerlingen {
  /** The count year the pupil figure comes from; null when the school has no count at all. */
  leerlingenJaar: number | null;
}

interface SchoolRij {
  id: number;
  vestigingscode: string;
  naam: string;
  sector: SchoolMetLeerlingen['sector'];
  wijkId: number | null;
  bestuurId: number | null;
  aantal: number | null;
  onder5: number | null;
  leerlingenJaar: number | null;
}

/** Every school with the pupil count that belongs to `schooljaar` (see leerlingenJaarVanSchooljaar). */
export function laadScholen(db: Db, schooljaar: number): SchoolMetTeljaar[] {
  const rijen = db
    .prepare(
      `SELECT s.id, s.vestigingscode, s.naam, s.sector, s.wijk_id AS wijkId, s.bestuur_id AS bestuurId,
              l.aantal, l.onder5, l.jaar AS leerlingenJaar
       FROM scholen s
       LEFT JOIN leerlingen l ON l.school_id = s.id AND l.jaar = COALESCE(
         (SELECT max(jaar) FROM leerlingen WHERE school_id = s.id AND jaar <= ?),
         (SELECT min(jaar) FROM leerlingen WHERE school_id = s.id))
       ORDER BY s.naam COLLATE NOCASE, s.vestigingscode`,
    )
    .all(leerlingenJaarVanSchooljaar(schooljaar)) as SchoolRij[];
  return rijen.map((r) => {
    const leerlingen: Leerlingaantal = r.leerlingenJaar === null ? null : r.onder5 ? '<5' : r.aantal;
    return {
      id: r.id,
      vestigingscode: r.vestigingscode,
      naam: r.naam,
      sector: r.sector,
      wijkId: r.wijkId,
      bestuurId: r.bestuurId,
      leerlingen,
      leerlingenJaar: r.leerlingenJaar,
    };
  });
}

export function laadWijkNamen(db: Db): Map<number, string> {
  const rijen = db.prepare('SELECT id, naam FROM wijken').raw().all() as [number, string][];
  return new Map(rijen);
}

export function laadAanbiederNamen(db: Db): Map<number, string> {
  const rijen = db.prepare('SELECT id, naam FROM aanbieders').raw().all() as [number, string][];
  return new Map(rijen);
}

/** Sector and wijk per school id: all the cost engine needs of a school. */
export function laadSchoolLookup(db: Db): Map<number, { sector: SchoolMetLeerlingen['sector']; wijkId: number | null }> {
  const rijen = db.prepare('SELECT id, sector, wijk_id FROM scholen').raw().all() as [number, SchoolMetLeerlingen['sector'], number | null][];
  const uit = new Map<number, { sector: SchoolMetLeerlingen['sector']; wijkId: number | null }>();
  for (const [id, sector, wijkId] of rijen) uit.set(id, { sector, wijkId });
  return uit;
}

export function laadLookups(db: Db): KostenLookups {
  return { scholen: laadSchoolLookup(db), aanbiederNamen: laadAanbiederNamen(db), wijkNamen: laadWijkNamen(db) };
}

/** The amounts of the begrotingsposten for `jaar`, in the order the user entered the posten. */
export function laadPosten(db: Db, jaar?: number): BegrotingspostBedrag[] {
  const waar = jaar === undefined ? '' : 'WHERE bb.jaar = ?';
  const rijen = db
    .prepare(
      `SELECT p.id AS begrotingspostId, p.naam, p.soort, bb.jaar, bb.bedrag_cents AS bedragCents,
         (SELECT json_group_array(naam) FROM (SELECT r.naam FROM regeling_begrotingsposten rp JOIN regelingen r ON r.id = rp.regeling_id
           WHERE rp.begrotingspost_id = p.id ORDER BY r.startdatum, r.naam COLLATE NOCASE)) AS regelingen
       FROM begrotingspost_bedragen bb JOIN begrotingsposten p ON p.id = bb.begrotingspost_id
       ${waar} ORDER BY p.id, bb.jaar`,
    )
    .all(...(jaar === undefined ? [] : [jaar])) as (Omit<BegrotingspostBedrag, 'regelingen'> & { regelingen: string })[];
  // Which regelingen each post pays for: the dekking page and the financiële paragraaf name them.
  return rijen.map((r) => ({ ...r, regelingen: JSON.parse(r.regelingen) as string[] }));
}

export function laadInstellingen(db: Db): Instellingen {
  return leesInstellingen(db);
}
