// Dekkingsgraad (docs/regels.md#regel-6): which schools have a functie in a schooljaar, as a share of schools
// and of pupils, per sector and per wijk, and which schools have a complete ondersteuningsteam.
import { isGeteld, isInVoorbereiding, ONBEKENDE_WIJK } from './kosten';
import { OT_ROLLEN_LIJST, type AfspraakBasis, type FunctieCode, type OtRol, type SchoolBasis, type Sector, type SchooljaarStart } from './types';

/** DUO publishes small counts as `<5`: known to be small, but not a number we can add. */
export type Leerlingaantal = number | '<5' | null;

export interface SchoolMetLeerlingen extends SchoolBasis {
  leerlingen: Leerlingaantal;
}

export interface Graad {
  scholen: number;
  scholenGedekt: number;
  /** 0-1; null when there are no schools. */
  aandeelScholen: number | null;
  /** Sum over schools with a known count; unknown and `<5` are left out. */
  leerlingen: number;
  leerlingenGedekt: number;
  /** 0-1 over the schools with a known count; null when none has one. */
  aandeelLeerlingen: number | null;
  /** Schools whose count is unknown or `<5` and therefore not in the pupil figures. */
  scholenLeerlingenOnbekend: number;
}

export interface SchoolRegel {
  schoolId: number;
  vestigingscode: string;
  naam: string;
  sector: Sector;
  wijkId: number | null;
  wijk: string;
  leerlingen: Leerlingaantal;
}

export interface Dekkingsgraad extends Graad {
  schooljaar: SchooljaarStart;
  functie: FunctieCode;
  sector: Sector | null;
  perSector: Record<string, Graad>;
  /** Keyed by wijk name; `Zonder wijk` for schools without one. */
  perWijk: Record<string, Graad>;
  nietGedekt: SchoolRegel[];
  /** Not covered, but with an afspraak in voorbereiding (concept / in overleg). */
  nietGedektMaarInVoorbereiding: SchoolRegel[];
  /** Dutch note for the user when pupil figures leave schools out; null when complete. */
  leerlingenToelichting: string | null;
}

export interface DekkingsgraadInvoer {
  afspraken: readonly AfspraakBasis[];
  scholen: readonly SchoolMetLeerlingen[];
  schooljaar: SchooljaarStart;
  functie: FunctieCode;
  sector?: Sector | null;
  wijkNamen?: ReadonlyMap<number, string>;
}

/** An afspraak (or a line of its aanvullende inzet, regel-18) that provides the functie: hours > 0 or a fixed amount > 0. */
export function heeftInzet(a: AfspraakBasis): boolean {
  return a.basisurenPerWeek + a.extraUrenPerWeek > 0 || (a.vastBedragCents ?? 0) > 0 || (a.periodeBedragCents ?? 0) > 0;
}

export function dekkingsgraad(invoer: DekkingsgraadInvoer): Dekkingsgraad {
  const { schooljaar, functie } = invoer;
  const sector = invoer.sector ?? null;
  const gedekt = new Set<number>();
  const inVoorbereiding = new Set<number>();
  for (const a of invoer.afspraken) {
    if (a.schooljaar !== schooljaar || a.functie !== functie || !heeftInzet(a)) continue;
    if (isGeteld(a.status)) gedekt.add(a.schoolId);
    else if (isInVoorbereiding(a.status)) inVoorbereiding.add(a.schoolId);
  }

  const totaal = legeGraad();
  const perSector = new Map<string, Graad>();
  const perWijk = new Map<string, Graad>();
  const nietGedekt: SchoolRegel[] = [];
  const nietGedektMaarInVoorbereiding: SchoolRegel[] = [];
  for (const s of invoer.scholen) {
    if (sector !== null && s.sector !== sector) continue;
    const wijk = wijkNaam(s.wijkId, invoer.wijkNamen);
    const isGedekt = gedekt.has(s.id);
    for (const g of [totaal, graadVan(perSector, s.sector), graadVan(perWijk, wijk)]) tel(g, s.leerlingen, isGedekt);
    if (!isGedekt) {
      const regel = schoolRegel(s, wijk);
      nietGedekt.push(regel);
      if (inVoorbereiding.has(s.id)) nietGedektMaarInVoorbereiding.push(regel);
    }
  }
  const sorteer = (a: SchoolRegel, b: SchoolRegel) => a.wijk.localeCompare(b.wijk, 'nl') || a.naam.localeCompare(b.naam, 'nl');
  nietGedekt.sort(sorteer);
  nietGedektMaarInVoorbereiding.sort(sorteer);

  const onbekend = totaal.scholenLeerlingenOnbekend;
  return {
    schooljaar,
    functie,
    sector,
    ...rond(totaal),
    perSector: naarRecord(perSector),
    perWijk: naarRecord(perWijk),
    nietGedekt,
    nietGedektMaarInVoorbereiding,
    leerlingenToelichting:
      onbekend === 0
        ? null
        : `${onbekend} ${onbekend === 1 ? 'school heeft' : 'scholen hebben'} geen bekend leerlingaantal (onbekend of minder dan 5) en ${onbekend === 1 ? 'telt' : 'tellen'} niet mee in het aandeel leerlingen.`,
  };
}

// ---- ondersteuningsteam ------------------------------------------------------------------

/** Per sector, which functies fill each OT role: a setting of the gemeente (table ot_samenstelling). */
export type OtSamenstelling = Record<Sector, Record<OtRol, FunctieCode[]>>;

/**
 * The composition a file starts with (migration 005 writes these rows). PO and VO follow the Zwolle 2017 definition
 * exactly (PO: IB + ORTHO + JGW; VO: ZC + ORTHO + SMW). For the other sectors we accept what is
 * actually deployed there: SBO is primary education (IB) where MEE brings SMW; SO/VSO schools
 * have either an IB or a ZC and get SMW (MEE) or a jeugdprofessional (Hoogeveen); PRO is
 * secondary (ZC) with SMW; MBO has a zorgcoördinator with SMW or JMW.
 */
export const STANDAARD_OT: OtSamenstelling = {
  PO: { zorg: ['IB'], ortho: ['ORTHO'], sociaal: ['JGW'] },
  SBO: { zorg: ['IB'], ortho: ['ORTHO'], sociaal: ['JGW', 'SMW'] },
  SO: { zorg: ['IB', 'ZC'], ortho: ['ORTHO'], sociaal: ['JGW', 'SMW', 'JP'] },
  VSO: { zorg: ['ZC', 'IB'], ortho: ['ORTHO'], sociaal: ['SMW', 'JGW', 'JP'] },
  VO: { zorg: ['ZC'], ortho: ['ORTHO'], sociaal: ['SMW'] },
  PRO: { zorg: ['ZC'], ortho: ['ORTHO'], sociaal: ['SMW', 'JGW'] },
  MBO: { zorg: ['ZC'], ortho: ['ORTHO'], sociaal: ['SMW', 'JMW'] },
};

export interface OtSchool extends SchoolRegel {
  /** Functies with a counted afspraak with inzet this schooljaar. */
  aanwezig: FunctieCode[];
  ontbrekend: OtRol[];
  volledig: boolean;
}

export interface OtVolledigheid {
  schooljaar: SchooljaarStart;
  scholen: OtSchool[];
  aantalScholen: number;
  aantalVolledig: number;
  perSector: Record<string, { scholen: number; volledig: number }>;
  perWijk: Record<string, { scholen: number; volledig: number }>;
}

export function otVolledigheid(invoer: {
  afspraken: readonly AfspraakBasis[];
  scholen: readonly SchoolMetLeerlingen[];
  schooljaar: SchooljaarStart;
  sector?: Sector | null;
  wijkNamen?: ReadonlyMap<number, string>;
  /** The gemeente's setting; default STANDAARD_OT. */
  samenstelling?: OtSamenstelling;
}): OtVolledigheid {
  const samenstelling = invoer.samenstelling ?? STANDAARD_OT;
  const perSchool = new Map<number, Set<FunctieCode>>();
  for (const a of invoer.afspraken) {
    if (a.schooljaar !== invoer.schooljaar || !isGeteld(a.status) || !heeftInzet(a)) continue;
    let set = perSchool.get(a.schoolId);
    if (!set) perSchool.set(a.schoolId, (set = new Set()));
    set.add(a.functie);
  }
  const scholen: OtSchool[] = [];
  const perSector: Record<string, { scholen: number; volledig: number }> = {};
  const perWijk: Record<string, { scholen: number; volledig: number }> = {};
  let aantalVolledig = 0;
  for (const s of invoer.scholen) {
    if (invoer.sector && s.sector !== invoer.sector) continue;
    const aanwezig = perSchool.get(s.id) ?? new Set<FunctieCode>();
    const rollen = samenstelling[s.sector];
    const ontbrekend = OT_ROLLEN_LIJST.filter((rol) => !(rollen?.[rol] ?? []).some((f) => aanwezig.has(f)));
    const volledig = ontbrekend.length === 0;
    const wijk = wijkNaam(s.wijkId, invoer.wijkNamen);
    scholen.push({ ...schoolRegel(s, wijk), aanwezig: [...aanwezig].sort(), ontbrekend, volledig });
    if (volledig) aantalVolledig++;
    for (const [rec, key] of [
      [perSector, s.sector],
      [perWijk, wijk],
    ] as const) {
      rec[key] ??= { scholen: 0, volledig: 0 };
      rec[key].scholen++;
      if (volledig) rec[key].volledig++;
    }
  }
  return { schooljaar: invoer.schooljaar, scholen, aantalScholen: scholen.length, aantalVolledig, perSector, perWijk };
}

// ---- helpers -----------------------------------------------------------------------------

function wijkNaam(wijkId: number | null, namen?: ReadonlyMap<number, string>): string {
  return wijkId === null ? ONBEKENDE_WIJK : (namen?.get(wijkId) ?? `Wijk ${wijkId}`);
}

function schoolRegel(s: SchoolMetLeerlingen, wijk: string): SchoolRegel {
  return {
    schoolId: s.id,
    vestigingscode: s.vestigingscode,
    naam: s.naam,
    sector: s.sector,
    wijkId: s.wijkId,
    wijk,
    leerlingen: s.leerlingen,
  };
}

function legeGraad(): Graad {
  return {
    scholen: 0,
    scholenGedekt: 0,
    aandeelScholen: null,
    leerlingen: 0,
    leerlingenGedekt: 0,
    aandeelLeerlingen: null,
    scholenLeerlingenOnbekend: 0,
  };
}

function graadVan(m: Map<string, Graad>, k: string): Graad {
  let g = m.get(k);
  if (!g) m.set(k, (g = legeGraad()));
  return g;
}

function tel(g: Graad, leerlingen: Leerlingaantal, gedekt: boolean): void {
  g.scholen++;
  if (gedekt) g.scholenGedekt++;
  if (typeof leerlingen === 'number') {
    g.leerlingen += leerlingen;
    if (gedekt) g.leerlingenGedekt += leerlingen;
  } else {
    g.scholenLeerlingenOnbekend++;
  }
}

function rond(g: Graad): Graad {
  return {
    ...g,
    aandeelScholen: g.scholen === 0 ? null : g.scholenGedekt / g.scholen,
    aandeelLeerlingen: g.leerlingen === 0 ? null : g.leerlingenGedekt / g.leerlingen,
  };
}

function naarRecord(m: Map<string, Graad>): Record<string, Graad> {
  const uit: Record<string, Graad> = {};
  for (const [k, g] of [...m].sort(([a], [b]) => a.localeCompare(b, 'nl'))) uit[k] = rond(g);
  return uit;
}
