// The read layer of the reports: the afspraken, schools and lookups of the per-database read
// cache (db/lees-cache.ts, the same loader as the dashboard, with the weeks and rate a regeling
// supplies), plus what only a report prints: names, themes, in the order a
// reader expects. Reports never compute money themselves; they only lay out what the engines
// return.
import type { Db } from '../db/open';
import { AFSPRAAK_VELDEN, DETAIL_VELDEN } from '../db/afspraken-velden';
import { selectLijst } from '../db/velden';
import { afsprakenVan, functieNamenVan, instellingenVan, lookupsVan, onthoud, postenVan, scholenVan } from '../db/lees-cache';
import { isGeteld, type KostenLookups } from '../domain/kosten';
import { dekkingsgraad, type Dekkingsgraad, type SchoolMetLeerlingen } from '../domain/dekkingsgraad';
import {
  FUNCTIE_CODES,
  opFunctieVolgorde,
  type Afspraak,
  type AfspraakBasis,
  type BegrotingspostBedrag,
  type FunctieCode,
  type Instellingen,
  type Sector,
  type Status,
} from '../domain/types';
import type { Betaler } from '../domain/eigen-inzet';
import { isVoorbeeld } from '../db/instellingen-repo';

/**
 * A cost line (an afspraak, or one of its aanvullende inzet records costed on its own:
 * docs/regels.md#regel-18) with the names a report prints next to it.
 */
export interface AfspraakRegel extends Afspraak, AfspraakBasis {
  /** The redenen of the aanvullende inzet in this line (its extraUrenPerWeek or its own record), joined; null: none. */
  aanvullendeReden: string | null;
  vestigingscode: string;
  schoolNaam: string;
  sector: Sector;
  wijk: string | null;
  bestuur: string | null;
  /** Bevoegd-gezagnummer of DUO: the reports print it beside the name. */
  bestuurNummer: string | null;
  aanbieder: string;
}

export interface RapportGegevens {
  instellingen: Instellingen;
  /** The database file the figures come from. */
  dbPad: string;
  /** The file holds the demo: the first sheet says "Voorbeeldgegevens". */
  voorbeeld: boolean;
  afspraken: AfspraakRegel[];
  scholen: readonly SchoolMetLeerlingen[];
  wijkNamen: ReadonlyMap<number, string>;
  aanbiederNamen: ReadonlyMap<number, string>;
  functieNamen: ReadonlyMap<string, string>;
  posten: readonly BegrotingspostBedrag[];
  lookups: KostenLookups;
}

/** The names a report prints next to an afspraak. */
interface NamenRij {
  id: number;
  vestigingscode: string;
  schoolNaam: string;
  sector: Sector;
  wijk: string | null;
  bestuur: string | null;
  /** Bevoegd-gezagnummer of DUO: the reports print it beside the name. */
  bestuurNummer: string | null;
  aanbieder: string;
}

/** The report-only fields of an afspraak (the field map's non-basis fields); the money fields come from the cache. */
const DETAIL_KOLOMMEN = selectLijst(AFSPRAAK_VELDEN, 'a', DETAIL_VELDEN);

export interface GegevensFilter {
  /** Only afspraken of these schooljaren (start years); all when absent. */
  schooljaren?: readonly number[];
  /** The pupil count year for coverage figures (the schooljaar's start year); latest known when absent. */
  leerlingenJaar?: number;
}

export function laadGegevens(db: Db, dbPad: string, filter: GegevensFilter = {}): RapportGegevens {
  const lookups = lookupsVan(db);
  return {
    instellingen: instellingenVan(db),
    dbPad,
    voorbeeld: isVoorbeeld(db),
    afspraken: laadAfspraakRegels(db, filter.schooljaren),
    // kosten-repo's count rule; without a year, the latest count of every school.
    scholen: scholenVan(db, filter.leerlingenJaar ?? 9999),
    wijkNamen: lookups.wijkNamen,
    aanbiederNamen: lookups.aanbiederNamen,
    functieNamen: functieNamenVan(db),
    posten: postenVan(db),
    lookups,
  };
}

/** The afspraken of the schooljaren with their report columns, ordered by schooljaar, wijk, school, functie, aanbieder. */
export function laadAfspraakRegels(db: Db, schooljaren?: readonly number[]): AfspraakRegel[] {
  let jaren = schooljaren ? [...new Set(schooljaren)] : null;
  if (!jaren) jaren = db.prepare('SELECT DISTINCT schooljaar FROM afspraken ORDER BY schooljaar').pluck().all() as number[];
  if (jaren.length === 0) return [];
  // The cost lines per afspraak id: the afspraak first, then its records of their own.
  const basis = new Map<number, AfspraakBasis[]>();
  for (const sj of jaren) {
    for (const a of afsprakenVan(db, sj, sj)) {
      const lijst = basis.get(a.id);
      if (lijst) lijst.push(a);
      else basis.set(a.id, [a]);
    }
  }
  const redenen = redenenPerAfspraak(db, jaren);
  const rijen = db
    .prepare(
      `SELECT a.id, ${DETAIL_KOLOMMEN}, s.vestigingscode, s.naam AS schoolNaam, s.sector, w.naam AS wijk, b.naam AS bestuur, b.nummer AS bestuurNummer, ab.naam AS aanbieder
       FROM afspraken a
       JOIN scholen s ON s.id = a.school_id
       JOIN aanbieders ab ON ab.id = a.aanbieder_id
       LEFT JOIN wijken w ON w.id = s.wijk_id
       LEFT JOIN besturen b ON b.id = s.bestuur_id
       WHERE a.schooljaar IN (${jaren.map(() => '?').join(',')})
       ORDER BY a.schooljaar, w.naam COLLATE NOCASE, s.naam COLLATE NOCASE, a.functie, ab.naam COLLATE NOCASE`,
    )
    .all(...jaren) as (NamenRij & Omit<Pick<Afspraak, (typeof DETAIL_VELDEN)[number]>, 'themas'> & { themas: string })[];
  const uit: AfspraakRegel[] = [];
  for (const r of rijen) {
    const lijnen = basis.get(r.id);
    // Written between the two reads (another connection): left out rather than shown without money.
    if (!lijnen) continue;
    const records = redenen.get(r.id) ?? [];
    const eigen = new Set(lijnen.map((l) => l.aanvullendeInzetId));
    for (const a of lijnen) {
      // The afspraak's line carries the records that count with it; a record's own line its own reden.
      const hier = a.aanvullendeInzetId === undefined ? records.filter((x) => !eigen.has(x.id)) : records.filter((x) => x.id === a.aanvullendeInzetId);
      uit.push({ ...a, ...r, themas: leesThemas(r.themas), aanvullendeReden: hier.length === 0 ? null : hier.map((x) => x.reden).join('; ') });
    }
  }
  return uit;
}

/** The reden of every aanvullende inzet record of the schooljaren, per afspraak id. */
function redenenPerAfspraak(db: Db, jaren: readonly number[]): Map<number, { id: number; reden: string }[]> {
  const rijen = db
    .prepare(
      `SELECT ai.afspraak_id AS afspraakId, ai.id, ai.reden FROM aanvullende_inzet ai JOIN afspraken a ON a.id = ai.afspraak_id
       WHERE a.schooljaar IN (${jaren.map(() => '?').join(',')}) ORDER BY ai.id`,
    )
    .all(...jaren) as { afspraakId: number; id: number; reden: string }[];
  const uit = new Map<number, { id: number; reden: string }[]>();
  for (const { afspraakId, ...r } of rijen) {
    const lijst = uit.get(afspraakId);
    if (lijst) lijst.push(r);
    else uit.set(afspraakId, [r]);
  }
  return uit;
}

function leesThemas(json: string): string[] {
  try {
    const waarde = JSON.parse(json) as unknown;
    return Array.isArray(waarde) ? waarde.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** The schooljaren and begrotingsjaren that have data, for charts over the years. */
export function bekendeJaren(db: Db): { schooljaren: number[]; begrotingsjaren: number[] } {
  return onthoud(db, 'bekendeJaren', () => leesBekendeJaren(db));
}

function leesBekendeJaren(db: Db): { schooljaren: number[]; begrotingsjaren: number[] } {
  const schooljaren = (db.prepare('SELECT DISTINCT schooljaar AS j FROM afspraken ORDER BY j').all() as { j: number }[]).map((r) => r.j);
  const postJaren = (db.prepare('SELECT DISTINCT jaar AS j FROM begrotingspost_bedragen').all() as { j: number }[]).map((r) => r.j);
  const jaren = new Set<number>(postJaren);
  for (const s of schooljaren) {
    jaren.add(s);
    jaren.add(s + 1);
  }
  return { schooljaren, begrotingsjaren: [...jaren].sort((a, b) => a - b) };
}

/**
 * The sectors a functie is meant for in a schooljaar: those where it has at least one afspraak
 * (any status). JGW coverage is measured over the PO schools, SMW over VO, and so on, without
 * hard-coding the policy of one gemeente.
 */
export function sectorenVanFunctie(afspraken: readonly AfspraakBasis[], lookups: KostenLookups, schooljaar: number, functie: FunctieCode): Sector[] {
  const uit = new Set<Sector>();
  for (const a of afspraken) {
    if (a.schooljaar !== schooljaar || a.functie !== functie) continue;
    const school = lookups.scholen.get(a.schoolId);
    if (school) uit.add(school.sector);
  }
  return [...uit].sort();
}

/** The functies that have afspraken in a schooljaar: the standard ones in the order of FUNCTIE_CODES, then the gemeente's own. */
export function functiesVanSchooljaar(afspraken: readonly AfspraakBasis[], schooljaar: number): FunctieCode[] {
  const uit = new Set<FunctieCode>();
  for (const a of afspraken) if (a.schooljaar === schooljaar) uit.add(a.functie);
  const standaard: readonly string[] = FUNCTIE_CODES;
  return [...standaard.filter((f) => uit.has(f)), ...[...uit].filter((f) => !standaard.includes(f)).sort()];
}

/**
 * The functie a coverage chart opens with: JGW when the schooljaar has it (the school social work
 * the gemeente steers on), otherwise the functie with the most counted afspraken.
 */
export function standaardFunctie(afspraken: readonly AfspraakBasis[], schooljaar: number): FunctieCode | null {
  const aantal = new Map<FunctieCode, number>();
  for (const a of afspraken) if (a.schooljaar === schooljaar && isGeteld(a.status)) aantal.set(a.functie, (aantal.get(a.functie) ?? 0) + 1);
  if (aantal.has('JGW')) return 'JGW';
  let beste: FunctieCode | null = null;
  for (const f of functiesVanSchooljaar(afspraken, schooljaar)) if ((aantal.get(f) ?? 0) > (beste ? aantal.get(beste)! : 0)) beste = f;
  return beste ?? functiesVanSchooljaar(afspraken, schooljaar)[0] ?? null;
}

/** What coverage needs: RapportGegevens, or the cached rows a chart takes. */
export interface DekkingsBron {
  afspraken: readonly AfspraakBasis[];
  scholen: readonly SchoolMetLeerlingen[];
  wijkNamen: ReadonlyMap<number, string>;
  lookups: KostenLookups;
}

/** Coverage (docs/regels.md#regel-6) of a functie over the schools of its sectors (or the given ones). */
export function dekkingsgraadVoor(g: DekkingsBron, schooljaar: number, functie: FunctieCode, sectoren?: readonly Sector[]): Dekkingsgraad {
  const binnen = new Set(sectoren && sectoren.length > 0 ? sectoren : sectorenVanFunctie(g.afspraken, g.lookups, schooljaar, functie));
  return dekkingsgraad({
    afspraken: g.afspraken,
    scholen: g.scholen.filter((s) => binnen.has(s.sector)),
    schooljaar,
    functie,
    wijkNamen: g.wijkNamen,
  });
}

/** Who normally pays each functie (Instellingen → Functies): separates eigen inzet onderwijs from the gemeente's inzet. */
export function functieBetalersVan(db: Db): ReadonlyMap<FunctieCode, Betaler> {
  return onthoud(db, 'functieBetalers', () => new Map(db.prepare('SELECT code, betaler FROM functies').raw().all() as [FunctieCode, Betaler][]));
}

/** Per functie the first schooljaar with a counted afspraak (docs/regels.md#regel-5), over the whole file. */
export function eersteSchooljarenVan(db: Db): ReadonlyMap<FunctieCode, number> {
  return onthoud(db, 'eersteSchooljaren', () => {
    const uit = new Map<FunctieCode, number>();
    const rijen = db.prepare('SELECT functie, status, MIN(schooljaar) AS jaar FROM afspraken GROUP BY functie, status').all() as {
      functie: FunctieCode;
      status: Status;
      jaar: number;
    }[];
    for (const r of rijen) if (isGeteld(r.status) && r.jaar < (uit.get(r.functie) ?? Infinity)) uit.set(r.functie, r.jaar);
    return uit;
  });
}

/**
 * The functies whose hours go to the sociale wijkteams (seed 001: JGW on PO schools; Hoogeveen: JMW):
 * functies in the OT role "sociaal worker" with counted afspraken on PO schools in the schooljaar,
 * each with the basisinzet per school of the regeling most of those afspraken follow (null: none set).
 */
export function wijkteamFunctiesVan(db: Db, schooljaar: number): { functie: FunctieCode; urenPerSchool: number | null }[] {
  const rijen = db
    .prepare(
      `SELECT a.functie, a.status, rb.uren_per_week AS uren, COUNT(*) AS n
       FROM afspraken a
       JOIN scholen s ON s.id = a.school_id AND s.sector = 'PO'
       JOIN functies f ON f.code = a.functie AND f.ot_rol = 'sociaal'
       LEFT JOIN regeling_basisinzet rb ON rb.regeling_id = a.regeling_id AND rb.functie = a.functie AND rb.sector = 'PO'
       WHERE a.schooljaar = ?
       GROUP BY a.functie, a.status, rb.uren_per_week`,
    )
    .all(schooljaar) as { functie: FunctieCode; status: Status; uren: number | null; n: number }[];
  const perFunctie = new Map<FunctieCode, Map<number | null, number>>();
  for (const r of rijen) {
    if (!isGeteld(r.status)) continue;
    const tel = perFunctie.get(r.functie) ?? new Map<number | null, number>();
    tel.set(r.uren, (tel.get(r.uren) ?? 0) + r.n);
    perFunctie.set(r.functie, tel);
  }
  return [...perFunctie]
    .sort(([a], [b]) => opFunctieVolgorde(a, b))
    .map(([functie, tel]) => {
      const meest = [...tel].filter(([u]) => u !== null).sort((a, b) => b[1] - a[1])[0];
      return { functie, urenPerSchool: meest ? meest[0] : null };
    });
}
