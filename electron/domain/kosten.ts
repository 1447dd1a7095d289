// Costs of afspraken (rules 1, 2, 3 and 5): hours to money, who pays, schooljaar to
// begrotingsjaar, and totals per functie, aanbieder, sector, wijk and financier.
// Every total is the sum of per-afspraak amounts that were rounded to whole cents, so a report
// that lists afspraken adds up to exactly the totals shown here.
import { divRoundHalfUp, hundredths, mulDivRoundHalfUp } from './geld';
import { maandenInJaar, aantalMaanden } from './schooljaar';
import { FUNCTIE_CODES } from './types';
import type {
  AfspraakBasis,
  Cents,
  FunctieCode,
  SchoolBasis,
  Sector,
  SchooljaarStart,
  Status,
  Verdeling,
} from './types';

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

/** Rule 5: only these statuses count in costs and coverage. */
export function isGeteld(status: Status): boolean {
  return status === 'afgesproken' || status === 'getekend' || status === 'beeindigd';
}

/** Rule 5: concept and in overleg are shown apart as "in voorbereiding". */
export function isInVoorbereiding(status: Status): boolean {
  return status === 'concept' || status === 'in_overleg';
}

/** The hourly rate that applies, or null when neither the afspraak nor the settings give one. */
export function geldendTarief(afspraak: AfspraakBasis, ctx: KostenContext): Cents | null {
  return afspraak.uurtariefCents ?? ctx.standaardTarieven[afspraak.functie] ?? null;
}

/** False when the afspraak has hours but no rate at all (its cost would silently be 0). */
export function heeftTarief(afspraak: AfspraakBasis, ctx: KostenContext): boolean {
  if (afspraak.vastBedragCents !== null) return true;
  if (afspraak.basisurenPerWeek + afspraak.extraUrenPerWeek === 0) return true;
  return geldendTarief(afspraak, ctx) !== null;
}

/**
 * Rule 1: yearly cost = (basisuren + extra uren) × weeks × rate, rounded half up to whole
 * cents, or the fixed yearly amount. Weeks from the afspraak, else the setting.
 */
export function jaarkosten(afspraak: AfspraakBasis, ctx: KostenContext): Cents {
  if (afspraak.vastBedragCents !== null) return afspraak.vastBedragCents;
  const tarief = afspraak.uurtariefCents ?? ctx.standaardTarieven[afspraak.functie] ?? 0;
  const uren = hundredths(afspraak.basisurenPerWeek) + hundredths(afspraak.extraUrenPerWeek);
  const weken = hundredths(afspraak.wekenPerJaar ?? ctx.wekenPerSchooljaar);
  return mulDivRoundHalfUp(uren, weken, tarief, 10_000);
}

/**
 * Rule 2: gemeente and onderwijs rounded half up, overig takes the rest, so parts add up.
 * One refinement of the rule: when gemeente and onderwijs both round a half cent up (50/50 of
 * an odd amount), the plain rule would leave overig at −1 cent although no overig share
 * exists. Then onderwijs gives up that cent instead, so no part is ever negative.
 */
export function verdeel(bedrag: Cents, aandelen: Aandelen): Verdeling {
  const gemeente = gemeenteDeel(bedrag, aandelen);
  const onderwijs = onderwijsDeel(bedrag, gemeente, aandelen);
  return { totaal: bedrag, gemeente, onderwijs, overig: bedrag - gemeente - onderwijs };
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

/** Rule 3: round(yearly × months / 12), half up. */
export function bedragVoorMaanden(jaarbedrag: Cents, maanden: number): Cents {
  return divRoundHalfUp(jaarbedrag * maanden, 12);
}

/** The afspraak's amount in calendar year `jaar`, split over the financiers. */
export function bedragInBegrotingsjaar(afspraak: AfspraakBasis, jaar: number, ctx: KostenContext): Verdeling {
  const maanden = maandenInJaar(afspraak, jaar, ctx.schooljaarStartMaand);
  return verdeel(bedragVoorMaanden(jaarkosten(afspraak, ctx), maanden), afspraak);
}

/** The afspraak's amount over its whole schooljaar (the months it covers), split. */
export function bedragInSchooljaar(afspraak: AfspraakBasis, ctx: KostenContext): Verdeling {
  const maanden = aantalMaanden(afspraak, ctx.schooljaarStartMaand);
  return verdeel(bedragVoorMaanden(jaarkosten(afspraak, ctx), maanden), afspraak);
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
  const weken = hundredths(ctx.wekenPerSchooljaar);
  // Functie accumulators and default rates by index, so the loop does no string-keyed lookups.
  const functieAcc: Verdeling[] = FUNCTIE_CODES.map(() => legeVerdeling());
  const functieGebruikt: boolean[] = FUNCTIE_CODES.map(() => false);
  const functieTarief: (Cents | undefined)[] = functieTarieven(ctx);

  for (let i = 0; i < afspraken.length; i++) {
    const a = afspraken[i];
    if (jaar !== null) {
      // A schooljaar can only touch the calendar year it starts in and the next one.
      if (a.schooljaar !== jaar && a.schooljaar !== jaar - 1) continue;
    } else if (a.schooljaar !== schooljaar) continue;
    const status = a.status;
    const geteld = isGeteld(status);
    if (!geteld && status !== 'concept' && status !== 'in_overleg') continue;
    if (functies !== null && !functies.has(a.functie)) continue;
    const slot = slots.get(a.schoolId) ?? slotVan(a.schoolId);
    if (sectoren !== null && !sectoren.has(slot.sector)) continue;

    const maanden = jaar !== null ? maandenInJaar(a, jaar, startMaand) : aantalMaanden(a, startMaand);
    if (maanden === 0) continue;

    // Rule 1 inline (same as jaarkosten) to keep the hot loop free of extra calls.
    let jaarbedrag: Cents;
    jaarbedrag = snelJaarbedrag(a, functieTarief, weken);
    if (jaarbedrag < 0) {
      jaarbedrag = 0;
      if (geteld && a.basisurenPerWeek + a.extraUrenPerWeek > 0) zonderTarief.push(a.id);
    }
    const bedrag = maanden === 12 ? jaarbedrag : snelDeel(jaarbedrag * maanden, 12);
    const gemeente = snelDeel(bedrag * hundredths(a.aandeelGemeente), 10_000);
    let onderwijs = snelDeel(bedrag * hundredths(a.aandeelOnderwijs), 10_000);
    if (bedrag >= 0 && bedrag - gemeente - onderwijs < 0) onderwijs = bedrag - gemeente; // see verdeel
    const overig = bedrag - gemeente - onderwijs;

    if (!geteld) {
      aantalVoorbereiding++;
      add(voorbereiding, bedrag, gemeente, onderwijs, overig);
      continue;
    }
    aantal++;
    add(totaal, bedrag, gemeente, onderwijs, overig);
    const fi = functieIndex(a.functie);
    functieAcc[fi] ??= legeVerdeling();
    functieGebruikt[fi] = true;
    add(functieAcc[fi], bedrag, gemeente, onderwijs, overig);
    add(perAanbieder.get(a.aanbiederId) ?? acc(perAanbieder, a.aanbiederId), bedrag, gemeente, onderwijs, overig);
    if (slot.sectorAcc === null || slot.wijkAcc === null) {
      slot.sectorAcc = acc(perSector, slot.sector);
      slot.wijkAcc = acc(perWijk, slot.wijkId);
    }
    add(slot.sectorAcc, bedrag, gemeente, onderwijs, overig);
    add(slot.wijkAcc, bedrag, gemeente, onderwijs, overig);
    if (overig !== 0) {
      const naam = a.overigeFinancier ?? 'Overig';
      perOverige.set(naam, (perOverige.get(naam) ?? 0) + overig);
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
    perWijk: naarRecord(perWijk, (id) =>
      id === null ? ONBEKENDE_WIJK : (lookups.wijkNamen?.get(id) ?? `Wijk ${id}`),
    ),
    perOverigeFinancier: Object.fromEntries(perOverige),
    zonderTarief,
  };
}

/** Counted cost per begrotingsjaar for a trend chart: { 2016: {...}, 2017: {...} }. */
export function kostenPerBegrotingsjaar(
  afspraken: readonly AfspraakBasis[],
  jaren: readonly number[],
  ctx: KostenContext,
): Record<number, Verdeling> {
  const uit: Record<number, Verdeling> = {};
  for (const jaar of jaren) uit[jaar] = legeVerdeling();
  for (const a of afspraken) {
    if (!isGeteld(a.status)) continue;
    const jaarbedrag = jaarkosten(a, ctx);
    for (const jaar of jaren) {
      if (a.schooljaar !== jaar && a.schooljaar !== jaar - 1) continue;
      const maanden = maandenInJaar(a, jaar, ctx.schooljaarStartMaand);
      if (maanden === 0) continue;
      telOp(uit[jaar], verdeel(bedragVoorMaanden(jaarbedrag, maanden), a));
    }
  }
  return uit;
}

/**
 * divRoundHalfUp without argument checks for the hot loop. Exact while |n| < 2^53: the float
 * quotient of two such integers never rounds up across an integer, so floor() is exact.
 */
/** Position in FUNCTIE_CODES; a switch is much faster than a keyed lookup in the hot loop. */
function functieIndex(f: FunctieCode): number {
  switch (f) {
    case 'SMW': return 0;
    case 'JGW': return 1;
    case 'JMW': return 2;
    case 'JW': return 3;
    case 'JP': return 4;
    case 'IB': return 5;
    case 'ZC': return 6;
    case 'ORTHO': return 7;
    default: return eigenFunctieIndex(f);
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

/**
 * Rule 1 for the hot loops (same result as jaarkosten): the fixed amount, or hours × weeks × rate;
 * −1 when there is no rate at all. `weken` is the setting in hundredths.
 */
/** The default rate per functie slot (functieIndex), the gemeente's own functies included. */
function functieTarieven(ctx: KostenContext): (Cents | undefined)[] {
  const uit: (Cents | undefined)[] = FUNCTIE_CODES.map((f) => ctx.standaardTarieven[f]);
  for (const [f, cents] of Object.entries(ctx.standaardTarieven)) if (!(FUNCTIE_CODES as readonly string[]).includes(f)) uit[functieIndex(f)] = cents;
  return uit;
}

function snelJaarbedrag(a: AfspraakBasis, functieTarief: readonly (Cents | undefined)[], weken: number): Cents {
  if (a.vastBedragCents !== null) return a.vastBedragCents;
  const tarief = a.uurtariefCents ?? functieTarief[functieIndex(a.functie)];
  if (tarief === undefined) return -1;
  const uren = hundredths(a.basisurenPerWeek) + hundredths(a.extraUrenPerWeek);
  const w = a.wekenPerJaar === null ? weken : hundredths(a.wekenPerJaar);
  return mulDivRoundHalfUp(uren, w, tarief, 10_000);
}

function snelDeel(n: number, d: number): number {
  if (n > Number.MAX_SAFE_INTEGER || n < -Number.MAX_SAFE_INTEGER) return divRoundHalfUp(n, d);
  const q = Math.floor(n / d);
  return 2 * (n - q * d) >= d ? q + 1 : q;
}

function add(v: Verdeling, totaal: Cents, gemeente: Cents, onderwijs: Cents, overig: Cents): void {
  v.totaal += totaal;
  v.gemeente += gemeente;
  v.onderwijs += onderwijs;
  v.overig += overig;
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
  /** Counted afspraken (rule 5), as kostenoverzicht's totals for that begrotingsjaar. */
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
  const weken = hundredths(ctx.wekenPerSchooljaar);
  const functieTarief: (Cents | undefined)[] = functieTarieven(ctx);
  for (let i = 0; i < afspraken.length; i++) {
    const a = afspraken[i];
    // A schooljaar can only touch the calendar year it starts in and the next one.
    if (a.schooljaar < van - 1 || a.schooljaar > tot) continue;
    const status = a.status;
    const geteld = isGeteld(status);
    if (!geteld && status !== 'concept' && status !== 'in_overleg') continue;
    let jaarbedrag = 0;
    let berekend = false;
    const laatste = Math.min(tot, a.schooljaar + 1);
    for (let jaar = Math.max(van, a.schooljaar); jaar <= laatste; jaar++) {
      const maanden = maandenInJaar(a, jaar, startMaand);
      if (maanden === 0) continue;
      if (!berekend) {
        berekend = true;
        jaarbedrag = Math.max(0, snelJaarbedrag(a, functieTarief, weken));
      }
      const bedrag = maanden === 12 ? jaarbedrag : snelDeel(jaarbedrag * maanden, 12);
      const gemeente = snelDeel(bedrag * hundredths(a.aandeelGemeente), 10_000);
      let onderwijs = snelDeel(bedrag * hundredths(a.aandeelOnderwijs), 10_000);
      if (bedrag >= 0 && bedrag - gemeente - onderwijs < 0) onderwijs = bedrag - gemeente; // see verdeel
      const r = uit[jaar - van];
      add(geteld ? r.geteld : r.inVoorbereiding, bedrag, gemeente, onderwijs, bedrag - gemeente - onderwijs);
    }
  }
  return uit;
}
