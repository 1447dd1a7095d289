// Costs of afspraken: hours to money, who pays, schooljaar to begrotingsjaar and what counts
// (docs/regels.md#regel-1, #regel-2, #regel-3, #regel-5, #regel-18 for aanvullende inzet), and totals per functie, aanbieder,
// sector, wijk and financier. Every total is the sum of per-afspraak amounts that were rounded to
// whole cents, so a report that lists afspraken adds up to exactly the totals shown here. The
// rules live once, in the small functions below (jaarkosten, deelVoorMaanden, isGeteld); the
// aggregating loops call those same functions per afspraak.
import { kostenregels, periodeBedrag, type InzetKosten } from './aanvullende-inzet';
import { divRoundHalfUp, hundredths, mulDivRoundHalfUp } from './geld';
import { aantalMaanden, bedragVoorMaanden, maandenInJaar } from './schooljaar';
import { FUNCTIE_CODES } from './types';
import type { AfspraakBasis, Cents, FunctieCode, SchoolBasis, Sector, SchooljaarStart, Status, Verdeling } from './types';

/** The settings the cost engine needs; `Instellingen` satisfies it. */
export interface KostenContext {
  /** 1-12, default 9. */
  schooljaarStartMaand: number;
  /** Default 40. */
  wekenPerSchooljaar: number;
  standaardTarieven: Partial<Record<FunctieCode, Cents>>;
}

export type Aandelen = Pick<AfspraakBasis, 'aandeelGemeente' | 'aandeelOnderwijs' | 'aandeelOverig'>;

export const ONBEKENDE_WIJK = 'Zonder wijk';
export const ONBEKENDE_SECTOR = 'Onbekend';

/** Only these statuses count in costs and coverage (docs/regels.md#regel-5). */
export function isGeteld(status: Status): boolean {
  return status === 'afgesproken' || status === 'getekend' || status === 'beeindigd';
}

/** Concept and in overleg are shown apart as "in voorbereiding" (docs/regels.md#regel-5). */
export function isInVoorbereiding(status: Status): boolean {
  return status === 'concept' || status === 'in_overleg';
}

/** The hourly rate that applies, or null when neither the afspraak nor the settings give one. */
export function geldendTarief(afspraak: AfspraakBasis, ctx: KostenContext): Cents | null {
  return afspraak.uurtariefCents ?? ctx.standaardTarieven[afspraak.functie] ?? null;
}

/** False when the afspraak has hours but no rate at all (its cost would silently be 0). */
export function heeftTarief(afspraak: AfspraakBasis, ctx: KostenContext): boolean {
  if (afspraak.vastBedragCents !== null || afspraak.periodeBedragCents != null) return true;
  if (afspraak.basisurenPerWeek + afspraak.extraUrenPerWeek === 0) return true;
  return geldendTarief(afspraak, ctx) !== null;
}

/**
 * Yearly cost (docs/regels.md#regel-1) = (basisuren + extra uren) × weeks × rate, rounded half up
 * to whole cents, or the fixed yearly amount. Weeks from the afspraak, else the setting; no rate
 * at all costs 0 (heeftTarief says so).
 */
export function jaarkosten(afspraak: AfspraakBasis, ctx: KostenContext): Cents {
  if (afspraak.vastBedragCents !== null) return afspraak.vastBedragCents;
  // A record's fixed amount is for its period (regel-18); as "per year" it is that amount.
  if (afspraak.periodeBedragCents != null) return afspraak.periodeBedragCents;
  const tarief = geldendTarief(afspraak, ctx) ?? 0;
  const uren = hundredths(afspraak.basisurenPerWeek) + hundredths(afspraak.extraUrenPerWeek);
  const weken = hundredths(afspraak.wekenPerJaar ?? ctx.wekenPerSchooljaar);
  return mulDivRoundHalfUp(uren, weken, tarief, 10_000);
}

/**
 * Who pays (docs/regels.md#regel-2): gemeente and onderwijs rounded half up, overig takes the
 * rest, so parts add up. One refinement of the rule: when gemeente and onderwijs both round a
 * half cent up (50/50 of an odd amount), the plain rule would leave overig at −1 cent although no
 * overig share exists. Then onderwijs gives up that cent instead, so no part is ever negative.
 */
export function verdeel(bedrag: Cents, aandelen: Aandelen): Verdeling {
  return verdeelIn(legeVerdeling(), bedrag, aandelen);
}

/** verdeel, written into `uit` (the loops reuse one object instead of allocating per afspraak). */
export function verdeelIn(uit: Verdeling, bedrag: Cents, aandelen: Aandelen): Verdeling {
  const gemeente = gemeenteDeel(bedrag, aandelen);
  const onderwijs = onderwijsDeel(bedrag, gemeente, aandelen);
  uit.totaal = bedrag;
  uit.gemeente = gemeente;
  uit.onderwijs = onderwijs;
  uit.overig = bedrag - gemeente - onderwijs;
  return uit;
}

export function gemeenteDeel(bedrag: Cents, aandelen: Aandelen): Cents {
  return divRoundHalfUp(bedrag * hundredths(aandelen.aandeelGemeente), 10_000);
}

export function onderwijsDeel(bedrag: Cents, gemeente: Cents, aandelen: Aandelen): Cents {
  const onderwijs = divRoundHalfUp(bedrag * hundredths(aandelen.aandeelOnderwijs), 10_000);
  // Overig may be short of its exact share by rounding, but never below zero.
  if (bedrag >= 0 && bedrag - gemeente - onderwijs < 0) return bedrag - gemeente;
  return onderwijs;
}

/**
 * Rules 3 then 2 for one afspraak (docs/regels.md#regel-3): round(yearly × months / 12) half up,
 * then split over the financiers. Written into `uit` when given (the loops pass one reused object).
 */
export function deelVoorMaanden(jaarbedrag: Cents, maanden: number, aandelen: Aandelen, uit: Verdeling = legeVerdeling()): Verdeling {
  return verdeelIn(uit, bedragVoorMaanden(jaarbedrag, maanden), aandelen);
}

/**
 * The amount of one cost line in `maanden` of its months, split: rules 1, 3 and 2, or for a
 * record's fixed amount regel-18 (its share of the record's months in calendar year `jaar`, all of
 * it when `jaar` is null: the whole schooljaar). Every loop below calls this per line.
 */
export function deelVanRegel(a: AfspraakBasis, maanden: number, jaar: number | null, ctx: KostenContext, uit: Verdeling = legeVerdeling()): Verdeling {
  if (a.periodeBedragCents == null) return deelVoorMaanden(jaarkosten(a, ctx), maanden, a, uit);
  return verdeelIn(uit, periodeBedrag(a, a.periodeBedragCents, jaar, ctx.schooljaarStartMaand), a);
}

/** The afspraak's amount in calendar year `jaar`, split over the financiers. */
export function bedragInBegrotingsjaar(afspraak: AfspraakBasis, jaar: number, ctx: KostenContext): Verdeling {
  return deelVanRegel(afspraak, maandenInJaar(afspraak, jaar, ctx.schooljaarStartMaand), jaar, ctx);
}

/** The afspraak's amount over its whole schooljaar (the months it covers), split. */
export function bedragInSchooljaar(afspraak: AfspraakBasis, ctx: KostenContext): Verdeling {
  return deelVanRegel(afspraak, aantalMaanden(afspraak, ctx.schooljaarStartMaand), null, ctx);
}

export function legeVerdeling(): Verdeling {
  return { totaal: 0, gemeente: 0, onderwijs: 0, overig: 0 };
}

export function telOp(doel: Verdeling, bron: Verdeling): Verdeling {
  doel.totaal += bron.totaal;
  doel.gemeente += bron.gemeente;
  doel.onderwijs += bron.onderwijs;
  doel.overig += bron.overig;
  return doel;
}

export function verschil(a: Verdeling, b: Verdeling): Verdeling {
  return {
    totaal: a.totaal - b.totaal,
    gemeente: a.gemeente - b.gemeente,
    onderwijs: a.onderwijs - b.onderwijs,
    overig: a.overig - b.overig,
  };
}

// ---- aggregation -------------------------------------------------------------------------

export interface KostenLookups {
  scholen: ReadonlyMap<number, Pick<SchoolBasis, 'sector' | 'wijkId'>>;
  aanbiederNamen: ReadonlyMap<number, string>;
  /** Without it wijken are keyed `Wijk <id>`. */
  wijkNamen?: ReadonlyMap<number, string>;
}

export type KostenPeriode = { begrotingsjaar: number } | { schooljaar: SchooljaarStart };

export interface KostenFilter {
  functies?: readonly FunctieCode[];
  sectoren?: readonly Sector[];
}

export interface Kostenoverzicht extends Verdeling {
  periode: KostenPeriode;
  /** Concept and in overleg: shown apart, never in the totals above. */
  inVoorbereiding: Verdeling;
  aantalAfspraken: number;
  aantalInVoorbereiding: number;
  perFunctie: Record<string, Verdeling>;
  /** Keyed by aanbieder name. */
  perAanbieder: Record<string, Verdeling>;
  perSector: Record<string, Verdeling>;
  /** Keyed by wijk name; schools without a wijk under `Zonder wijk`. */
  perWijk: Record<string, Verdeling>;
  /** The overig part per named financier (samenwerkingsverband, regiogemeente). */
  perOverigeFinancier: Record<string, Cents>;
  /** Ids of counted afspraken with hours but no rate: their cost is 0 until one is set. */
  zonderTarief: number[];
}

/**
 * Totals over afspraken for one begrotingsjaar or one schooljaar. One pass, no allocation per
 * afspraak: the accumulators are created once per functie/aanbieder/sector/wijk.
 */
export function kostenoverzicht(
  afspraken: readonly AfspraakBasis[],
  periode: KostenPeriode,
  ctx: KostenContext,
  lookups: KostenLookups,
  filter: KostenFilter = {},
): Kostenoverzicht {
  const startMaand = ctx.schooljaarStartMaand;
  const jaar = 'begrotingsjaar' in periode ? periode.begrotingsjaar : null;
  const schooljaar = 'schooljaar' in periode ? periode.schooljaar : null;
  const functies = filter.functies && filter.functies.length > 0 ? new Set<string>(filter.functies) : null;
  const sectoren = filter.sectoren && filter.sectoren.length > 0 ? new Set<string>(filter.sectoren) : null;

  const totaal = legeVerdeling();
  const voorbereiding = legeVerdeling();
  const perFunctie = new Map<string, Verdeling>();
  const perAanbieder = new Map<number, Verdeling>();
  const perSector = new Map<string, Verdeling>();
  const perWijk = new Map<number | null, Verdeling>();
  const perOverige = new Map<string, Cents>();
  const zonderTarief: number[] = [];
  let aantal = 0;
  let aantalVoorbereiding = 0;

  // Per school, its sector and wijk accumulators are looked up once and cached: one Map.get
  // per afspraak instead of three.
  interface SchoolSlot {
    sector: string;
    wijkId: number | null;
    // Created on the first counted amount, so a sector or wijk with only concept afspraken
    // does not show up as a zero row.
    sectorAcc: Verdeling | null;
    wijkAcc: Verdeling | null;
  }
  const slots = new Map<number, SchoolSlot>();
  const slotVan = (schoolId: number): SchoolSlot => {
    const school = lookups.scholen.get(schoolId);
    const slot: SchoolSlot = {
      sector: school ? school.sector : ONBEKENDE_SECTOR,
      wijkId: school ? school.wijkId : null,
      sectorAcc: null,
      wijkAcc: null,
    };
    slots.set(schoolId, slot);
    return slot;
  };
  // Functie accumulators by index, so the loop does no string-keyed lookups.
  const functieAcc: Verdeling[] = FUNCTIE_CODES.map(() => legeVerdeling());
  const functieGebruikt: boolean[] = FUNCTIE_CODES.map(() => false);
  const deel = legeVerdeling();

  for (let i = 0; i < afspraken.length; i++) {
    const a = afspraken[i];
    // Only the afspraken of the period: a schooljaar touches no calendar year but the one it starts in and the next.
    if (jaar !== null) {
      if (a.schooljaar !== jaar && a.schooljaar !== jaar - 1) continue;
    } else if (a.schooljaar !== schooljaar) continue;
    const geteld = isGeteld(a.status);
    if (!geteld && !isInVoorbereiding(a.status)) continue;
    if (functies !== null && !functies.has(a.functie)) continue;
    const slot = slots.get(a.schoolId) ?? slotVan(a.schoolId);
    if (sectoren !== null && !sectoren.has(slot.sector)) continue;

    const maanden = jaar !== null ? maandenInJaar(a, jaar, startMaand) : aantalMaanden(a, startMaand);
    if (maanden === 0) continue;
    // A line of aanvullende inzet (regel-18) adds money, not an afspraak.
    const eigenRegel = a.aanvullendeInzetId !== undefined;
    if (geteld && !heeftTarief(a, ctx) && (!eigenRegel || !zonderTarief.includes(a.id))) zonderTarief.push(a.id);
    const d = deelVanRegel(a, maanden, jaar, ctx, deel);

    if (!geteld) {
      if (!eigenRegel) aantalVoorbereiding++;
      telOp(voorbereiding, d);
      continue;
    }
    if (!eigenRegel) aantal++;
    telOp(totaal, d);
    const fi = functieIndex(a.functie);
    functieAcc[fi] ??= legeVerdeling();
    functieGebruikt[fi] = true;
    telOp(functieAcc[fi], d);
    telOp(perAanbieder.get(a.aanbiederId) ?? acc(perAanbieder, a.aanbiederId), d);
    if (slot.sectorAcc === null || slot.wijkAcc === null) {
      slot.sectorAcc = acc(perSector, slot.sector);
      slot.wijkAcc = acc(perWijk, slot.wijkId);
    }
    telOp(slot.sectorAcc, d);
    telOp(slot.wijkAcc, d);
    if (d.overig !== 0) {
      const naam = a.overigeFinancier ?? 'Overig';
      perOverige.set(naam, (perOverige.get(naam) ?? 0) + d.overig);
    }
  }

  functieGebruikt.forEach((gebruikt, i) => {
    if (gebruikt) perFunctie.set(functieCode(i), functieAcc[i]);
  });

  const naarRecord = <K>(m: Map<K, Verdeling>, naam: (k: K) => string): Record<string, Verdeling> => {
    const uit: Record<string, Verdeling> = {};
    for (const [k, v] of m) {
      const n = naam(k);
      uit[n] = uit[n] ? telOp({ ...uit[n] }, v) : { ...v };
    }
    return uit;
  };

  return {
    periode,
    ...totaal,
    inVoorbereiding: voorbereiding,
    aantalAfspraken: aantal,
    aantalInVoorbereiding: aantalVoorbereiding,
    perFunctie: naarRecord(perFunctie, (k) => k),
    perAanbieder: naarRecord(perAanbieder, (id) => lookups.aanbiederNamen.get(id) ?? `Aanbieder ${id}`),
    perSector: naarRecord(perSector, (k) => k),
    perWijk: naarRecord(perWijk, (id) => (id === null ? ONBEKENDE_WIJK : (lookups.wijkNamen?.get(id) ?? `Wijk ${id}`))),
    perOverigeFinancier: Object.fromEntries(perOverige),
    zonderTarief,
  };
}

/** Position in FUNCTIE_CODES; a switch is much faster than a keyed lookup in the hot loop. */
function functieIndex(f: FunctieCode): number {
  switch (f) {
    case 'SMW':
      return 0;
    case 'JGW':
      return 1;
    case 'JMW':
      return 2;
    case 'JW':
      return 3;
    case 'JP':
      return 4;
    case 'IB':
      return 5;
    case 'ZC':
      return 6;
    case 'ORTHO':
      return 7;
    default:
      return eigenFunctieIndex(f);
  }
}

/**
 * A gemeente's own functies (Schoolcoach, JGZ) get slots after the eight standard ones, in the
 * order they are first met; the accumulator arrays grow with them (see kostenoverzicht).
 */
const eigenFuncties: string[] = [];
function eigenFunctieIndex(f: FunctieCode): number {
  let i = eigenFuncties.indexOf(f);
  if (i < 0) i = eigenFuncties.push(f) - 1;
  return FUNCTIE_CODES.length + i;
}

function functieCode(i: number): FunctieCode {
  return i < FUNCTIE_CODES.length ? FUNCTIE_CODES[i] : eigenFuncties[i - FUNCTIE_CODES.length];
}

function acc<K>(m: Map<K, Verdeling>, k: K): Verdeling {
  let v = m.get(k);
  if (v === undefined) {
    v = legeVerdeling();
    m.set(k, v);
  }
  return v;
}

export interface JaarTotalen {
  jaar: number;
  /** Counted afspraken (docs/regels.md#regel-5), as kostenoverzicht's totals for that begrotingsjaar. */
  geteld: Verdeling;
  /** Concept and in overleg, apart. */
  inVoorbereiding: Verdeling;
}

/**
 * The totals of kostenoverzicht for every begrotingsjaar van..tot in one pass over the
 * afspraken (a trend over ten years visits each afspraak once instead of ten times, and builds
 * no groups). Same arithmetic as kostenoverzicht, amount by amount.
 */
export function totalenPerBegrotingsjaar(afspraken: readonly AfspraakBasis[], van: number, tot: number, ctx: KostenContext): JaarTotalen[] {
  const uit: JaarTotalen[] = [];
  for (let jaar = van; jaar <= tot; jaar++) uit.push({ jaar, geteld: legeVerdeling(), inVoorbereiding: legeVerdeling() });
  const startMaand = ctx.schooljaarStartMaand;
  const deel = legeVerdeling();
  for (let i = 0; i < afspraken.length; i++) {
    const a = afspraken[i];
    // A schooljaar touches no calendar year but the one it starts in and the next.
    if (a.schooljaar < van - 1 || a.schooljaar > tot) continue;
    const geteld = isGeteld(a.status);
    if (!geteld && !isInVoorbereiding(a.status)) continue;
    const laatste = Math.min(tot, a.schooljaar + 1);
    for (let jaar = Math.max(van, a.schooljaar); jaar <= laatste; jaar++) {
      const maanden = maandenInJaar(a, jaar, startMaand);
      if (maanden === 0) continue;
      const r = uit[jaar - van];
      telOp(geteld ? r.geteld : r.inVoorbereiding, deelVanRegel(a, maanden, jaar, ctx, deel));
    }
  }
  return uit;
}

/**
 * What each aanvullende inzet record of one afspraak costs in its schooljaar (regel-18), by record
 * id. A record of its own: its line's amount. Records that count with the basisuren: what each
 * adds, in record order (the afspraak with the hours up to and including it, minus without it),
 * so the afspraak's amount and the records' amounts add up to its total to the cent.
 * `afspraak` has the weeks and rate that apply; its own extraUrenPerWeek is ignored.
 */
export function kostenPerRecord(afspraak: AfspraakBasis, records: readonly InzetKosten[], ctx: KostenContext): Map<number, Verdeling> {
  const uit = new Map<number, Verdeling>();
  let uren = 0;
  let vorige = bedragInSchooljaar({ ...afspraak, extraUrenPerWeek: 0 }, ctx);
  const regels = kostenregels(afspraak, records, ctx.schooljaarStartMaand);
  const eigen = new Map(regels.filter((r) => r.aanvullendeInzetId !== undefined).map((r) => [r.aanvullendeInzetId!, r]));
  for (const r of records) {
    const regel = eigen.get(r.id);
    if (regel) {
      uit.set(r.id, bedragInSchooljaar(regel, ctx));
      continue;
    }
    uren += hundredths(r.urenPerWeek ?? 0);
    const nu = bedragInSchooljaar({ ...afspraak, extraUrenPerWeek: uren / 100 }, ctx);
    uit.set(r.id, verschil(nu, vorige));
    vorige = nu;
  }
  return uit;
}

/**
 * The part of each functie's counted costs in begrotingsjaar `jaar` that is aanvullende inzet
 * (regel-18), for the financiële paragraaf's own line per functie: per afspraak the amount of all
 * its cost lines minus the amount of the afspraak without its aanvullende inzet. Together with
 * the rest it is exactly kostenoverzicht's perFunctie. `afspraken` as laadAfspraken gives them
 * (each afspraak followed by its own lines).
 */
export function aanvullendPerFunctie(afspraken: readonly AfspraakBasis[], jaar: number, ctx: KostenContext): Record<string, Verdeling> {
  const uit: Record<string, Verdeling> = {};
  for (const a of afspraken) {
    if (!isGeteld(a.status) || (a.schooljaar !== jaar && a.schooljaar !== jaar - 1)) continue;
    if (a.aanvullendeInzetId === undefined && a.extraUrenPerWeek === 0) continue;
    const doel = (uit[a.functie] ??= legeVerdeling());
    if (a.aanvullendeInzetId !== undefined) telOp(doel, bedragInBegrotingsjaar(a, jaar, ctx));
    else telOp(doel, verschil(bedragInBegrotingsjaar(a, jaar, ctx), bedragInBegrotingsjaar({ ...a, extraUrenPerWeek: 0 }, jaar, ctx)));
  }
  for (const [f, v] of Object.entries(uit)) if (v.totaal === 0 && v.gemeente === 0 && v.onderwijs === 0 && v.overig === 0) delete uit[f];
  return uit;
}

/** perFunctie with the aanvullende inzet of each functie on a line of its own, keyed `<functie> (aanvullende inzet)`. */
export function metAanvullendApart(perFunctie: Record<string, Verdeling>, aanvullend: Record<string, Verdeling>): Record<string, Verdeling> {
  const uit: Record<string, Verdeling> = {};
  for (const [f, v] of Object.entries(perFunctie)) {
    const extra = aanvullend[f];
    if (!extra) {
      uit[f] = v;
      continue;
    }
    uit[f] = verschil(v, extra);
    uit[`${f}${AANVULLEND_ACHTERVOEGSEL}`] = extra;
  }
  return uit;
}

export const AANVULLEND_ACHTERVOEGSEL = ' (aanvullende inzet)';
