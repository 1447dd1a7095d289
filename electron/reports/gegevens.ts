// The read layer of the reports and charts: loads what they need from SQL into plain objects
// that the engines (kosten, dekking, dekkingsgraad) take. Reports never compute money
// themselves; they only lay out what the engines return.
import path from 'node:path';
import type { Db } from '../db/open';
import { leesInstellingen } from '../db/instellingen-repo';
import { isGeteld, type KostenLookups } from '../domain/kosten';
import { dekkingsgraad, type Dekkingsgraad, type Leerlingaantal, type SchoolMetLeerlingen } from '../domain/dekkingsgraad';
import { FUNCTIE_CODES, type Afspraak, type BegrotingspostBedrag, type FunctieCode, type Instellingen, type Sector, type Status } from '../domain/types';

/** An afspraak with the names a report prints next to it. */
export interface AfspraakRegel extends Afspraak {
  vestigingscode: string;
  schoolNaam: string;
  sector: Sector;
  wijk: string | null;
  bestuur: string | null;
  aanbieder: string;
}

export interface RapportGegevens {
  instellingen: Instellingen;
  /** The database file the figures come from (for the "Over dit rapport" sheet). */
  dbPad: string;
  dbNaam: string;
  afspraken: AfspraakRegel[];
  scholen: SchoolMetNamen[];
  wijkNamen: Map<number, string>;
  aanbiederNamen: Map<number, string>;
  functieNamen: Map<FunctieCode, string>;
  posten: BegrotingspostBedrag[];
  lookups: KostenLookups;
}

interface AfspraakRij {
  id: number;
  schooljaar: number;
  school_id: number;
  aanbieder_id: number;
  functie: FunctieCode;
  basisuren: number;
  extra_uren: number;
  weken_per_jaar: number | null;
  uurtarief_cents: number | null;
  vast_bedrag_cents: number | null;
  aandeel_gemeente: number;
  aandeel_onderwijs: number;
  aandeel_overig: number;
  overige_financier: string | null;
  startdatum: string | null;
  einddatum: string | null;
  status: Status;
  toelichting_extra_uren: string | null;
  themas: string;
  werkplan_school: string | null;
  werkplan_wijkteam: string | null;
  bloz_advies: string | null;
  regeling_id: number | null;
  opmerking: string | null;
  vestigingscode: string;
  school_naam: string;
  sector: Sector;
  wijk: string | null;
  bestuur: string | null;
  aanbieder: string;
}

export interface GegevensFilter {
  /** Only afspraken of these schooljaren (start years); all when absent. */
  schooljaren?: readonly number[];
  /** The pupil count year for coverage figures (the schooljaar's start year); latest known when absent. */
  leerlingenJaar?: number;
}

export function laadGegevens(db: Db, dbPad: string, filter: GegevensFilter = {}): RapportGegevens {
  const instellingen = leesInstellingen(db);
  const afspraken = laadAfspraken(db, filter.schooljaren);
  const wijkNamen = new Map((db.prepare('SELECT id, naam FROM wijken').all() as { id: number; naam: string }[]).map((r) => [r.id, r.naam]));
  const aanbiederNamen = new Map((db.prepare('SELECT id, naam FROM aanbieders').all() as { id: number; naam: string }[]).map((r) => [r.id, r.naam]));
  const functieNamen = new Map((db.prepare('SELECT code, naam FROM functies').all() as { code: FunctieCode; naam: string }[]).map((r) => [r.code, r.naam]));
  const scholen = laadScholen(db, filter.leerlingenJaar);
  const lookups: KostenLookups = {
    scholen: new Map(scholen.map((s) => [s.id, { sector: s.sector, wijkId: s.wijkId }])),
    aanbiederNamen,
    wijkNamen,
  };
  return {
    instellingen,
    dbPad,
    dbNaam: path.basename(dbPad),
    afspraken,
    scholen,
    wijkNamen,
    aanbiederNamen,
    functieNamen,
    posten: laadPosten(db),
    lookups,
  };
}

export function laadAfspraken(db: Db, schooljaren?: readonly number[]): AfspraakRegel[] {
  const waar = schooljaren && schooljaren.length > 0 ? `WHERE a.schooljaar IN (${schooljaren.map(() => '?').join(',')})` : '';
  const rijen = db
    .prepare(
      `SELECT a.*, s.vestigingscode, s.naam AS school_naam, s.sector, w.naam AS wijk, b.naam AS bestuur, ab.naam AS aanbieder
       FROM afspraken a
       JOIN scholen s ON s.id = a.school_id
       JOIN aanbieders ab ON ab.id = a.aanbieder_id
       LEFT JOIN wijken w ON w.id = s.wijk_id
       LEFT JOIN besturen b ON b.id = s.bestuur_id
       ${waar}
       ORDER BY a.schooljaar, w.naam COLLATE NOCASE, s.naam COLLATE NOCASE, a.functie, ab.naam COLLATE NOCASE`,
    )
    .all(...(schooljaren ?? [])) as AfspraakRij[];
  return rijen.map(naarAfspraak);
}

function naarAfspraak(r: AfspraakRij): AfspraakRegel {
  return {
    id: r.id,
    schooljaar: r.schooljaar,
    schoolId: r.school_id,
    aanbiederId: r.aanbieder_id,
    functie: r.functie,
    basisurenPerWeek: r.basisuren,
    extraUrenPerWeek: r.extra_uren,
    wekenPerJaar: r.weken_per_jaar,
    uurtariefCents: r.uurtarief_cents,
    vastBedragCents: r.vast_bedrag_cents,
    aandeelGemeente: r.aandeel_gemeente,
    aandeelOnderwijs: r.aandeel_onderwijs,
    aandeelOverig: r.aandeel_overig,
    overigeFinancier: r.overige_financier,
    startdatum: r.startdatum,
    einddatum: r.einddatum,
    status: r.status,
    toelichtingExtraUren: r.toelichting_extra_uren,
    themas: leesThemas(r.themas),
    werkplanGoedgekeurdSchool: r.werkplan_school,
    werkplanGoedgekeurdWijkteam: r.werkplan_wijkteam,
    blozAdvies: r.bloz_advies,
    regelingId: r.regeling_id,
    opmerking: r.opmerking,
    vestigingscode: r.vestigingscode,
    schoolNaam: r.school_naam,
    sector: r.sector,
    wijk: r.wijk,
    bestuur: r.bestuur,
    aanbieder: r.aanbieder,
  };
}

function leesThemas(json: string): string[] {
  try {
    const waarde = JSON.parse(json) as unknown;
    return Array.isArray(waarde) ? waarde.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

export interface SchoolMetNamen extends SchoolMetLeerlingen {
  wijk: string | null;
  bestuur: string | null;
}

/**
 * Schools with the pupil count of `leerlingenJaar` (DUO counts on 1 October, so the count of a
 * schooljaar's start year), else the latest earlier count, else the earliest later one.
 */
export function laadScholen(db: Db, leerlingenJaar?: number): SchoolMetNamen[] {
  const scholen = db
    .prepare(
      `SELECT s.id, s.vestigingscode, s.naam, s.sector, s.wijk_id AS wijkId, s.bestuur_id AS bestuurId, w.naam AS wijk, b.naam AS bestuur
       FROM scholen s LEFT JOIN wijken w ON w.id = s.wijk_id LEFT JOIN besturen b ON b.id = s.bestuur_id
       ORDER BY s.naam COLLATE NOCASE`,
    )
    .all() as Omit<SchoolMetNamen, 'leerlingen'>[];
  const tellingen = db.prepare('SELECT school_id AS schoolId, jaar, aantal, onder5 FROM leerlingen ORDER BY school_id, jaar').all() as {
    schoolId: number;
    jaar: number;
    aantal: number | null;
    onder5: number;
  }[];
  const perSchool = new Map<number, typeof tellingen>();
  for (const t of tellingen) {
    let lijst = perSchool.get(t.schoolId);
    if (!lijst) perSchool.set(t.schoolId, (lijst = []));
    lijst.push(t);
  }
  return scholen.map((s) => {
    const lijst = perSchool.get(s.id) ?? [];
    let keuze = lijst[lijst.length - 1];
    if (leerlingenJaar !== undefined && lijst.length > 0) {
      const eerder = lijst.filter((t) => t.jaar <= leerlingenJaar);
      keuze = eerder.length > 0 ? eerder[eerder.length - 1] : lijst[0];
    }
    const leerlingen: Leerlingaantal = !keuze ? null : keuze.onder5 ? '<5' : keuze.aantal;
    return { ...s, leerlingen };
  });
}

export function laadPosten(db: Db): BegrotingspostBedrag[] {
  return db
    .prepare(
      `SELECT p.id AS begrotingspostId, p.naam, p.soort, b.jaar, b.bedrag_cents AS bedragCents
       FROM begrotingspost_bedragen b JOIN begrotingsposten p ON p.id = b.begrotingspost_id
       ORDER BY b.jaar, p.soort DESC, p.id`,
    )
    .all() as BegrotingspostBedrag[];
}

/** The schooljaren and begrotingsjaren that have data, for charts over the years. */
export function bekendeJaren(db: Db): { schooljaren: number[]; begrotingsjaren: number[] } {
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
export function sectorenVanFunctie(afspraken: readonly AfspraakRegel[], schooljaar: number, functie: FunctieCode): Sector[] {
  const uit = new Set<Sector>();
  for (const a of afspraken) if (a.schooljaar === schooljaar && a.functie === functie) uit.add(a.sector);
  return [...uit].sort();
}

/** The functies that have afspraken in a schooljaar, in the fixed order of FUNCTIE_CODES. */
export function functiesVanSchooljaar(afspraken: readonly AfspraakRegel[], schooljaar: number): FunctieCode[] {
  const uit = new Set<FunctieCode>();
  for (const a of afspraken) if (a.schooljaar === schooljaar) uit.add(a.functie);
  return FUNCTIE_CODES.filter((f) => uit.has(f));
}

/**
 * The functie a coverage chart opens with: JGW when the schooljaar has it (the school social work
 * the gemeente steers on), otherwise the functie with the most counted afspraken.
 */
export function standaardFunctie(afspraken: readonly AfspraakRegel[], schooljaar: number): FunctieCode | null {
  const aantal = new Map<FunctieCode, number>();
  for (const a of afspraken) if (a.schooljaar === schooljaar && isGeteld(a.status)) aantal.set(a.functie, (aantal.get(a.functie) ?? 0) + 1);
  if (aantal.has('JGW')) return 'JGW';
  let beste: FunctieCode | null = null;
  for (const f of FUNCTIE_CODES) if ((aantal.get(f) ?? 0) > (beste ? aantal.get(beste)! : 0)) beste = f;
  return beste ?? functiesVanSchooljaar(afspraken, schooljaar)[0] ?? null;
}

/** Coverage (rule 6) of a functie over the schools of its sectors (or the given ones). */
export function dekkingsgraadVoor(g: RapportGegevens, schooljaar: number, functie: FunctieCode, sectoren?: readonly Sector[]): Dekkingsgraad {
  const binnen = new Set(sectoren && sectoren.length > 0 ? sectoren : sectorenVanFunctie(g.afspraken, schooljaar, functie));
  return dekkingsgraad({
    afspraken: g.afspraken,
    scholen: g.scholen.filter((s) => binnen.has(s.sector)),
    schooljaar,
    functie,
    wijkNamen: g.wijkNamen,
  });
}
