// Dividing a pool of hours or euros over schools (issue 16; docs/regels.md#regel-10 for the
// largest-remainder core, docs/regels.md#regel-17 for the verdeelregels, the bounds and the
// refusals). Everything is counted in integer units: hundredths of an hour or cents. Quotas are
// exact fractions with the division's own denominator, so comparing remainders is comparing
// integers: no floating point decides who gets a step.

export const VERDEEL_REGELS = ['gelijk', 'leerlingen', 'voet', 'gewicht'] as const;
export type VerdeelRegel = (typeof VERDEEL_REGELS)[number];

export const POT_SOORTEN = ['uren', 'euros'] as const;
/** uren: hours per week, counted in hundredths of an hour; euros: per year, counted in cents. */
export type PotSoort = (typeof POT_SOORTEN)[number];

/** The default step: 0,5 uur (50 hundredths) or € 1 (100 cents). */
export function standaardStap(soort: PotSoort): number {
  return soort === 'uren' ? 50 : 100;
}

/** API amounts (hours as numbers, euros as cents) to the engine's integer units and back. */
export function naarEenheden(soort: PotSoort, waarde: number): number {
  return soort === 'uren' ? Math.round(waarde * 100) : waarde;
}
export function uitEenheden(soort: PotSoort, eenheden: number): number {
  return soort === 'uren' ? eenheden / 100 : eenheden;
}

/** A typed weight has at most this many decimals; inside it is an integer of 1/10.000. */
export const GEWICHT_DECIMALEN = 4;
const GEWICHT_SCHAAL = 10 ** GEWICHT_DECIMALEN;

/** A typed weight (≥ 0, at most 4 decimals) as an integer of ten-thousandths; null when it is not one. */
export function gewichtEenheden(gewicht: number): number | null {
  if (!Number.isFinite(gewicht) || gewicht < 0) return null;
  const eenheden = Math.round(gewicht * GEWICHT_SCHAAL);
  if (Math.abs(gewicht * GEWICHT_SCHAAL - eenheden) > 1e-6 || !Number.isSafeInteger(eenheden)) return null;
  return eenheden;
}

export function gewichtUitEenheden(eenheden: number): number {
  return eenheden / GEWICHT_SCHAAL;
}

export const VERDELING_STATUSSEN = ['concept', 'voorgelegd', 'advies', 'vastgesteld'] as const;
/** Follows from the dates: vastgesteld, else BLOZ-advies, else voorgelegd aan het BLOZ, else concept. */
export type VerdelingStatus = (typeof VERDELING_STATUSSEN)[number];
export const VERDELING_STATUS_LABEL: Record<VerdelingStatus, string> = {
  concept: 'concept',
  voorgelegd: 'voorgelegd aan het BLOZ',
  advies: 'BLOZ-advies',
  vastgesteld: 'vastgesteld',
};

export function verdelingStatus(d: { voorgelegdOp: string | null; adviesDatum: string | null; vastgesteldOp: string | null }): VerdelingStatus {
  return d.vastgesteldOp ? 'vastgesteld' : d.adviesDatum ? 'advies' : d.voorgelegdOp ? 'voorgelegd' : 'concept';
}

export interface PotSchool {
  vestigingscode: string;
  /** Integer weight ≥ 0 (pupils, 1, or a typed weight in ten-thousandths: see gewichtEenheden). */
  gewicht: number;
  /** Bounds on the allocation, in units; each a whole number of steps. */
  min?: number | null;
  max?: number | null;
}

export interface PotInvoer {
  /** The pool P in units (hundredths of an hour or cents). */
  totaal: number;
  /** The step s in units, > 0. */
  stap: number;
  /** Rule voet: the base every school gets first, in units, a whole number of steps. */
  voet?: number;
  scholen: readonly PotSchool[];
}

export interface PotToewijzing {
  vestigingscode: string;
  /**
   * The quota before bounds, in units: voet + (P − k × voet) × w / Σw, as a fraction
   * quotumTeller / quotumNoemer (exact) and rounded half up to a whole unit for display.
   */
  quotum: number;
  quotumTeller: bigint;
  quotumNoemer: bigint;
  /** The allocation in units: a whole number of steps. */
  toegekend: number;
  /** The bound the school was fixed at, if any. */
  begrensd: 'min' | 'max' | null;
}

/** A division that cannot be made; the message is Dutch and names the cause. */
export class VerdeelFout extends Error {
  constructor(
    message: string,
    readonly veld: string,
  ) {
    super(message);
    this.name = 'VerdeelFout';
  }
}

interface Vrij {
  index: number;
  w: bigint;
}

/**
 * Divides the pool exactly (docs/regels.md#regel-10 and #regel-17). Returns the schools in input
 * order; the allocations add up to `totaal`. Throws VerdeelFout when no division exists.
 */
export function verdeelPot(invoer: PotInvoer): PotToewijzing[] {
  const { totaal, stap, scholen } = invoer;
  const voet = invoer.voet ?? 0;
  if (!Number.isSafeInteger(stap) || stap <= 0) throw new VerdeelFout('De stap moet groter dan 0 zijn.', 'stap');
  if (!Number.isSafeInteger(totaal) || totaal < 0) throw new VerdeelFout('De pot mag niet negatief zijn.', 'totaal');
  if (totaal % stap !== 0)
    throw new VerdeelFout('De pot is geen geheel aantal stappen: kies een pot of stap waarbij de pot precies in stappen uitkomt.', 'totaal');
  if (!Number.isSafeInteger(voet) || voet < 0 || voet % stap !== 0) throw new VerdeelFout('De voet moet een geheel aantal stappen zijn (0 of meer).', 'voet');
  if (scholen.length === 0) {
    if (totaal === 0) return [];
    throw new VerdeelFout(
      'Er zijn geen scholen om de pot over te verdelen. Lees eerst scholen in (DUO) of kies andere sectoren, wijken of scholen.',
      'scholen',
    );
  }
  const n = BigInt(totaal / stap);
  const b = BigInt(voet / stap);
  const k = BigInt(scholen.length);
  const minStap: (bigint | null)[] = [];
  const maxStap: (bigint | null)[] = [];
  let somMin = 0n;
  let somMax: bigint | null = 0n;
  scholen.forEach((s, i) => {
    if (!Number.isSafeInteger(s.gewicht) || s.gewicht < 0)
      throw new VerdeelFout(`Het gewicht van ${s.vestigingscode} moet 0 of meer zijn.`, `scholen.${i}.gewicht`);
    for (const [naam, grens, lijst] of [
      ['minimum', s.min, minStap],
      ['maximum', s.max, maxStap],
    ] as const) {
      if (grens === null || grens === undefined) {
        lijst.push(null);
        continue;
      }
      if (!Number.isSafeInteger(grens) || grens < 0 || grens % stap !== 0)
        throw new VerdeelFout(
          `Het ${naam} van ${s.vestigingscode} moet een geheel aantal stappen zijn (0 of meer).`,
          `scholen.${i}.${naam === 'minimum' ? 'min' : 'max'}`,
        );
      lijst.push(BigInt(grens / stap));
    }
    const mi = minStap[i];
    const ma = maxStap[i];
    if (mi !== null && ma !== null && mi > ma) throw new VerdeelFout(`Het minimum van ${s.vestigingscode} is groter dan het maximum.`, `scholen.${i}.min`);
    somMin += mi ?? 0n;
    somMax = somMax === null || ma === null ? null : somMax + ma;
  });
  if (b * k > n) throw new VerdeelFout('De voet past niet in de pot: het aantal scholen × de voet is meer dan de pot.', 'voet');
  if (somMin > n) throw new VerdeelFout('De minima samen zijn meer dan de pot.', 'min');
  if (somMax !== null && somMax < n) throw new VerdeelFout('De maxima samen zijn minder dan de pot: de pot kan niet helemaal worden uitgedeeld.', 'max');

  const gewichten = scholen.map((s) => BigInt(s.gewicht));
  // The quota before bounds (for display and the BLOZ): voet + rest × w / Σw.
  const somW = gewichten.reduce((a, w) => a + w, 0n);
  const rest0 = n - b * k;
  if (somW === 0n && rest0 > 0n)
    throw new VerdeelFout(
      'Geen enkele school heeft een gewicht (bijvoorbeeld: geen leerlingaantallen). Geef scholen een gewicht of kies een andere verdeelregel.',
      'gewicht',
    );
  const noemer = somW === 0n ? 1n : somW;
  const stapB = BigInt(stap);

  const stappen: (bigint | null)[] = scholen.map(() => null);
  const begrensd: PotToewijzing['begrensd'][] = scholen.map(() => null);
  let vrij: Vrij[] = gewichten.map((w, index) => ({ index, w }));
  let over = n;
  // Fix the schools whose quota passes a bound, maxima first (that only raises the others), then
  // minima (that only lowers them), and divide again until nothing moves.
  for (;;) {
    if (vrij.length === 0) break;
    const somVrij = vrij.reduce((a, v) => a + v.w, 0n);
    const rest = over - b * BigInt(vrij.length);
    if (rest < 0n) throw new VerdeelFout('Met deze minima en maxima past de voet niet meer in wat er over is van de pot.', 'voet');
    if (somVrij === 0n && rest > 0n)
      throw new VerdeelFout('Na de maxima blijft er over voor scholen zonder gewicht: verhoog een maximum of geef die scholen een gewicht.', 'max');
    const d = somVrij === 0n ? 1n : somVrij;
    // quota in steps = b + rest × w / d, compared with a bound m as (b × d + rest × w) against m × d.
    const teller = (v: Vrij) => b * d + rest * v.w;
    const boven = vrij.filter((v) => maxStap[v.index] !== null && teller(v) > (maxStap[v.index] as bigint) * d);
    const onder = boven.length ? [] : vrij.filter((v) => minStap[v.index] !== null && teller(v) < (minStap[v.index] as bigint) * d);
    const vast = boven.length ? boven : onder;
    if (vast.length === 0) break;
    for (const v of vast) {
      const grens = (boven.length ? maxStap[v.index] : minStap[v.index]) as bigint;
      stappen[v.index] = grens;
      begrensd[v.index] = boven.length ? 'max' : 'min';
      over -= grens;
    }
    const weg = new Set(vast.map((v) => v.index));
    vrij = vrij.filter((v) => !weg.has(v.index));
  }
  if (vrij.length === 0) {
    if (over !== 0n) throw new VerdeelFout('Met deze minima en maxima tellen de toewijzingen niet op tot de pot. Pas een minimum of maximum aan.', 'min');
  } else {
    grootsteRest(vrij, over, b, scholen, stappen);
  }
  return scholen.map((s, i) => {
    const quotumTeller = (b * noemer + rest0 * gewichten[i]) * stapB;
    return {
      vestigingscode: s.vestigingscode,
      quotum: Number(afrondHalfOmhoog(quotumTeller, noemer)),
      quotumTeller,
      quotumNoemer: noemer,
      toegekend: Number((stappen[i] as bigint) * stapB),
      begrensd: begrensd[i],
    };
  });
}

/** Largest remainder over the free schools: `over` steps, each b + floor(rest × w / Σw) first. */
function grootsteRest(vrij: readonly Vrij[], over: bigint, b: bigint, scholen: readonly PotSchool[], stappen: (bigint | null)[]): void {
  const somVrij = vrij.reduce((a, v) => a + v.w, 0n);
  const rest = over - b * BigInt(vrij.length);
  const d = somVrij === 0n ? 1n : somVrij;
  let uitgedeeld = 0n;
  // Every remainder has the same denominator d, so the numerators compare exactly. They are below d
  // and the weights are safe integers: when d is one too, the sort compares them as exact Numbers.
  const alsGetal = d <= BigInt(Number.MAX_SAFE_INTEGER);
  const resten = vrij.map((v) => {
    const p = rest * v.w;
    const heel = p / d;
    stappen[v.index] = b + heel;
    uitgedeeld += b + heel;
    const r = p % d;
    return { index: v.index, rest: alsGetal ? Number(r) : r, w: alsGetal ? Number(v.w) : v.w };
  });
  let nog = over - uitgedeeld;
  resten.sort((x, y) =>
    x.rest !== y.rest
      ? x.rest > y.rest
        ? -1
        : 1
      : x.w !== y.w
        ? x.w > y.w
          ? -1
          : 1
        : vergelijkCode(scholen[x.index].vestigingscode, scholen[y.index].vestigingscode),
  );
  for (const r of resten) {
    if (nog === 0n) break;
    stappen[r.index] = (stappen[r.index] as bigint) + 1n;
    nog -= 1n;
  }
}

/** Lower vestigingscode first: plain code-unit order (codes are BRIN + 2 digits, upper case). */
function vergelijkCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function afrondHalfOmhoog(teller: bigint, noemer: bigint): bigint {
  const q = teller / noemer;
  return 2n * (teller % noemer) >= noemer ? q + 1n : q;
}

/** 2025-06-12 → 12-06-2025 (how dates read in a bron and in messages). */
export function isoNaarNl(iso: string): string {
  const [j, m, d] = iso.slice(0, 10).split('-');
  return `${d}-${m}-${j}`;
}

/** The source a vastgestelde verdeling writes on each record: "Verdeling <naam>, BLOZ-advies <dd-mm-jjjj>". */
export function verdelingBron(naam: string, adviesDatum: string | null): string {
  return adviesDatum ? `Verdeling ${naam}, BLOZ-advies ${isoNaarNl(adviesDatum)}` : `Verdeling ${naam}`;
}
