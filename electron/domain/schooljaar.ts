// Schooljaren and the months they cover (docs/regels.md#regel-3). A schooljaar is known by the calendar year
// it starts in and runs 12 months from the start month setting (default September).
// Months are handled as one integer index (jaar × 12 + maand − 1) so that the cost engine can
// count months per begrotingsjaar without allocating anything.
import { divRoundHalfUp, formatEuro } from './geld';
import type { AfspraakBasis, Cents, IsoDatum, SchooljaarStart } from './types';

export interface JaarMaand {
  jaar: number;
  /** 1 = January … 12 = December. */
  maand: number;
}

export const MAAND_AFKORTINGEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;
export const STANDAARD_START_MAAND = 9;

/** 2017 → `2017-2018`. */
export function schooljaarLabel(schooljaar: SchooljaarStart): string {
  return `${schooljaar}-${schooljaar + 1}`;
}

/** `2017-2018`, `2017/2018`, `2017/18`, `2017-18` → 2017; anything else (or a gap ≠ 1 year) → null. */
export function parseSchooljaar(tekst: string | null | undefined): SchooljaarStart | null {
  if (typeof tekst !== 'string') return null;
  const m = /^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$/.exec(tekst);
  if (!m) return null;
  const start = Number(m[1]);
  const eind = m[2].length === 2 ? (start + 1) % 100 : start + 1;
  return Number(m[2]) === eind ? start : null;
}

export function maandIndex(jaar: number, maand: number): number {
  return jaar * 12 + maand - 1;
}

export function jaarMaandVanIndex(index: number): JaarMaand {
  return { jaar: Math.floor(index / 12), maand: (index % 12) + 1 };
}

/** Month index of an ISO date `yyyy-mm-dd`, read without allocating substrings (hot path). */
export function maandIndexVanDatum(datum: IsoDatum): number {
  const jaar = (datum.charCodeAt(0) - 48) * 1000 + (datum.charCodeAt(1) - 48) * 100 + (datum.charCodeAt(2) - 48) * 10 + (datum.charCodeAt(3) - 48);
  const maand = (datum.charCodeAt(5) - 48) * 10 + (datum.charCodeAt(6) - 48);
  return jaar * 12 + maand - 1;
}

/** First month index of a schooljaar. */
export function schooljaarEersteMaand(schooljaar: SchooljaarStart, startMaand = STANDAARD_START_MAAND): number {
  return maandIndex(schooljaar, startMaand);
}

/** The 12 months of a schooljaar, starting at its start month. */
export function schooljaarMaanden(schooljaar: SchooljaarStart, startMaand = STANDAARD_START_MAAND): JaarMaand[] {
  const eerste = schooljaarEersteMaand(schooljaar, startMaand);
  return Array.from({ length: 12 }, (_, i) => jaarMaandVanIndex(eerste + i));
}

/** First and last day (ISO) of a schooljaar, for defaults of Startdatum and Einddatum. */
export function schooljaarPeriode(schooljaar: SchooljaarStart, startMaand = STANDAARD_START_MAAND): { start: IsoDatum; eind: IsoDatum } {
  const eerste = jaarMaandVanIndex(schooljaarEersteMaand(schooljaar, startMaand));
  const laatste = jaarMaandVanIndex(schooljaarEersteMaand(schooljaar, startMaand) + 11);
  const dagen = new Date(Date.UTC(laatste.jaar, laatste.maand, 0)).getUTCDate();
  const twee = (n: number) => String(n).padStart(2, '0');
  return {
    start: `${eerste.jaar}-${twee(eerste.maand)}-01`,
    eind: `${laatste.jaar}-${twee(laatste.maand)}-${twee(dagen)}`,
  };
}

type AfspraakPeriode = Pick<AfspraakBasis, 'schooljaar' | 'startdatum' | 'einddatum'>;

/**
 * The month indexes [van, tot] (inclusive) an afspraak covers: the whole schooljaar without
 * dates, else the month of its start date through the month of its end date, clamped to the
 * schooljaar. tot < van means it covers no month (e.g. dates outside its schooljaar).
 */
export function afspraakMaandBereik(afspraak: AfspraakPeriode, startMaand = STANDAARD_START_MAAND): [number, number] {
  const eerste = afspraak.schooljaar * 12 + startMaand - 1;
  let van = eerste;
  let tot = eerste + 11;
  if (afspraak.startdatum) {
    const s = maandIndexVanDatum(afspraak.startdatum);
    if (s > van) van = s;
  }
  if (afspraak.einddatum) {
    const e = maandIndexVanDatum(afspraak.einddatum);
    if (e < tot) tot = e;
  }
  return [van, tot];
}

/** Number of the afspraak's months that fall in calendar year `jaar` (no allocation). */
export function maandenInJaar(afspraak: AfspraakPeriode, jaar: number, startMaand = STANDAARD_START_MAAND): number {
  const [begin, eind] = afspraakMaandBereik(afspraak, startMaand);
  const van = Math.max(begin, jaar * 12);
  const tot = Math.min(eind, jaar * 12 + 11);
  return tot >= van ? tot - van + 1 : 0;
}

/** Number of months the afspraak covers in its schooljaar (0-12). */
export function aantalMaanden(afspraak: AfspraakPeriode, startMaand = STANDAARD_START_MAAND): number {
  const [van, tot] = afspraakMaandBereik(afspraak, startMaand);
  return tot >= van ? tot - van + 1 : 0;
}

/** The months an afspraak covers, in order. */
export function afspraakMaanden(afspraak: AfspraakPeriode, startMaand = STANDAARD_START_MAAND): JaarMaand[] {
  const [van, tot] = afspraakMaandBereik(afspraak, startMaand);
  const uit: JaarMaand[] = [];
  for (let i = van; i <= tot; i++) uit.push(jaarMaandVanIndex(i));
  return uit;
}

/**
 * Rule 3's amount for a number of months (docs/regels.md#regel-3): round(yearly × months / 12),
 * half up, to whole cents. Every engine, report line and written-out split uses this one.
 */
export function bedragVoorMaanden(jaarbedrag: Cents, maanden: number): Cents {
  return maanden === 12 ? jaarbedrag : divRoundHalfUp(jaarbedrag * maanden, 12);
}

/** Months per calendar year, e.g. 2017-2018 from September: Map { 2017 → 4, 2018 → 8 }. */
export function maandenPerBegrotingsjaar(afspraak: AfspraakPeriode, startMaand = STANDAARD_START_MAAND): Map<number, number> {
  const uit = new Map<number, number>();
  for (const { jaar } of afspraakMaanden(afspraak, startMaand)) uit.set(jaar, (uit.get(jaar) ?? 0) + 1);
  return uit;
}

/** The calendar years a schooljaar touches: [2017, 2018], or [2017] when it starts in January. */
export function begrotingsjarenVanSchooljaar(schooljaar: SchooljaarStart, startMaand = STANDAARD_START_MAAND): number[] {
  return startMaand === 1 ? [schooljaar] : [schooljaar, schooljaar + 1];
}

/** `sep-dec 2017`, `sep 2017`, or `sep 2017-aug 2018` for a span over two years; '' when empty. */
export function maandBereikTekst(maanden: readonly JaarMaand[]): string {
  if (maanden.length === 0) return '';
  const a = maanden[0];
  const b = maanden[maanden.length - 1];
  const naam = (m: JaarMaand) => MAAND_AFKORTINGEN[m.maand - 1];
  if (a.jaar === b.jaar) {
    return a.maand === b.maand ? `${naam(a)} ${a.jaar}` : `${naam(a)}-${naam(b)} ${a.jaar}`;
  }
  return `${naam(a)} ${a.jaar}-${naam(b)} ${b.jaar}`;
}

export interface MaandSplitsing {
  jaar: number;
  maanden: number;
  tekst: string;
  /** round(jaarbedrag × maanden / 12), half up; only when a jaarbedrag was given. */
  bedragCents: Cents | null;
}

/**
 * The part of a list of months that falls in `jaar`, written out for a report:
 * `sep-dec 2017: 4/12`, or with a yearly amount `sep-dec 2017: 4/12 × € 343.000 = € 114.333`.
 * With no months in that year: `2017: 0/12`.
 */
export function maandSplitsingTekst(maanden: readonly JaarMaand[], jaar: number, jaarbedragCents?: Cents): string {
  return maandSplitsing(maanden, jaar, jaarbedragCents).tekst;
}

export function maandSplitsing(maanden: readonly JaarMaand[], jaar: number, jaarbedragCents?: Cents): MaandSplitsing {
  const inJaar = maanden.filter((m) => m.jaar === jaar);
  const aantal = inJaar.length;
  const bereik = aantal === 0 ? String(jaar) : maandBereikTekst(inJaar);
  let tekst = `${bereik}: ${aantal}/12`;
  let bedragCents: Cents | null = null;
  if (jaarbedragCents !== undefined) {
    bedragCents = bedragVoorMaanden(jaarbedragCents, aantal);
    tekst += ` × ${formatEuro(jaarbedragCents)} = ${formatEuro(bedragCents)}`;
  }
  return { jaar, maanden: aantal, tekst, bedragCents };
}

/** One MaandSplitsing per calendar year the months touch, in order. */
export function maandSplitsingen(maanden: readonly JaarMaand[], jaarbedragCents?: Cents): MaandSplitsing[] {
  const jaren = [...new Set(maanden.map((m) => m.jaar))].sort((a, b) => a - b);
  return jaren.map((jaar) => maandSplitsing(maanden, jaar, jaarbedragCents));
}
