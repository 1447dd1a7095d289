// Integer-cent arithmetic and Dutch number formats. Money never passes through a float
// multiplication that could lose a cent: hours, weeks and percentages become integer
// hundredths first, and every division rounds half up exactly.
import type { Cents } from './types';

const BIG_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * numerator / denominator rounded half up (towards +∞ at exactly .5), exact for integers.
 * Falls back to BigInt when the numerator is beyond 2^53, so a large product never loses a cent.
 */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  // The common case small, so the cost loops inline it: an exact float quotient of safe integers.
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  if (r >= 0 && r < denominator && (denominator | 0) === denominator && denominator > 0 && numerator <= BIG_LIMIT && numerator >= -BIG_LIMIT) {
    return 2 * r >= denominator ? q + 1 : q;
  }
  return groteDeling(numerator, denominator);
}

function groteDeling(numerator: number, denominator: number): number {
  if (denominator <= 0 || !Number.isInteger(denominator)) {
    throw new RangeError(`divRoundHalfUp: deler moet een positief geheel getal zijn (${denominator})`);
  }
  return Number(bigDivRoundHalfUp(BigInt(numerator), BigInt(denominator)));
}

function bigDivRoundHalfUp(n: bigint, d: bigint): bigint {
  let q = n / d;
  let r = n % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  return 2n * r >= d ? q + 1n : q;
}

/** a × b × c / d rounded half up, exact even when the product exceeds 2^53. */
export function mulDivRoundHalfUp(a: number, b: number, c: number, d: number): number {
  const p = a * b * c;
  if (Number.isSafeInteger(p)) return divRoundHalfUp(p, d);
  return Number(bigDivRoundHalfUp(BigInt(a) * BigInt(b) * BigInt(c), BigInt(d)));
}

/** Hours, weeks or a percentage with at most two decimals as integer hundredths: 4.5 → 450. */
export function hundredths(x: number): number {
  return Math.round(x * 100);
}

/** True when x has at most two decimals (tolerant of float noise such as 0.1 + 0.2). */
export function hasAtMostTwoDecimals(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
}

/** Euros (at most two decimals) to cents: 75.5 → 7550. */
export function eurosToCents(euros: number): Cents {
  return Math.round(euros * 100);
}

const HELE_EUROS = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, useGrouping: true });
const MET_CENTEN = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: true,
});
const UREN = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, useGrouping: true });

/**
 * `€ 114.333` (whole euros, rounded half away from zero) or with `{ cents: true }` `€ 1.234,56`.
 * We write an ordinary space after the euro sign (Intl would give a non-breaking one) so the
 * same text works in the UI, the CLI, Excel and tests alike; negatives read `-€ 1.234`, as the
 * Excel money format shows them (reports/style.ts).
 */
export function formatEuro(cents: Cents, opties: { cents?: boolean } = {}): string {
  const negatief = cents < 0;
  const abs = Math.abs(cents);
  const tekst = opties.cents ? MET_CENTEN.format(Math.floor(abs / 100) + (abs % 100) / 100) : HELE_EUROS.format(divRoundHalfUp(abs, 100));
  const nul = opties.cents ? abs === 0 : divRoundHalfUp(abs, 100) === 0;
  return `${negatief && !nul ? '-' : ''}€ ${tekst}`;
}

/** Cents as the whole euros every money format shows: rounded half away from zero. */
export function heleEuros(cents: Cents): number {
  return cents < 0 ? -divRoundHalfUp(-cents, 100) : divRoundHalfUp(cents, 100);
}

/**
 * Printed figures add up (issue 15): whether a reader who adds the whole euros shown for the parts
 * gets the whole euros shown for the total, and no part or total a few cents below zero would read
 * "-€ 0". When not, show cents. Reports (reports/style.ts) and the dashboard use this one rule.
 */
export function heleEurosKloppen(delen: readonly Cents[], totaal: Cents): boolean {
  let som = 0;
  for (const d of delen) {
    if (d < 0 && heleEuros(d) === 0) return false;
    som += heleEuros(d);
  }
  return som === heleEuros(totaal) && !(totaal < 0 && heleEuros(totaal) === 0);
}

/** For a saldo = a − b: cents unless whole euros add up and a non-zero saldo does not show as € 0. */
export function saldoInCenten(aCents: Cents, bCents: Cents): boolean {
  const saldo = aCents - bCents;
  return !heleEurosKloppen([aCents, -bCents], saldo) || (saldo !== 0 && heleEuros(saldo) === 0);
}

/** Hours in Dutch: 4.5 → `4,5`, 1234.5 → `1.234,5`. */
export function formatUren(uren: number): string {
  return UREN.format(uren);
}

/** Percentage in Dutch: 33.33 → `33,33%`. */
export function formatPercentage(percentage: number): string {
  return `${UREN.format(percentage)}%`;
}

/**
 * A Dutch euro amount typed by a user or read from a cell, to cents; null when it is not a
 * clear amount. Accepts `75`, `75,50`, `€ 75,50`, `1.234,56`, `75.5`, `1.234` (thousands),
 * `75,-`, `EUR 75`, a leading minus, and plain numbers from Excel cells.
 * More than two decimals, stray letters (`75,5o`) or malformed grouping give null.
 */
export function parseBedrag(invoer: string | number | null | undefined): Cents | null {
  if (invoer === null || invoer === undefined) return null;
  if (typeof invoer === 'number') {
    return hasAtMostTwoDecimals(invoer) ? eurosToCents(invoer) : null;
  }
  let t = invoer.trim().replace(/[\s\u00a0\u202f]+/g, '');
  if (t === '') return null;
  let negatief = false;
  if (t.startsWith('-')) {
    negatief = true;
    t = t.slice(1);
  }
  t = t.replace(/^(€|eur)/i, '');
  if (t.startsWith('-') && !negatief) {
    negatief = true;
    t = t.slice(1);
  }
  t = t.replace(/,-{1,2}$/, ''); // `75,-` is Dutch for whole euros
  const getal = parseNederlandsGetal(t, true);
  if (getal === null) return null;
  const [heel, fractie] = getal;
  if (fractie.length > 2) return null;
  const cents = Number(heel) * 100 + Number(fractie.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negatief ? -cents : cents;
}

/**
 * A Dutch decimal number (`4,5`, `4.5`, `1.234,5`, `-2`) or null. A single point is read as a
 * decimal point here (hours like `4.5` are common), unlike parseBedrag where `1.234` is 1234 euro.
 */
export function parseGetal(invoer: string | number | null | undefined): number | null {
  if (invoer === null || invoer === undefined) return null;
  if (typeof invoer === 'number') return Number.isFinite(invoer) ? invoer : null;
  let t = invoer.trim().replace(/[\s\u00a0\u202f]+/g, '');
  let negatief = false;
  if (t.startsWith('-')) {
    negatief = true;
    t = t.slice(1);
  }
  const getal = parseNederlandsGetal(t, false);
  if (getal === null) return null;
  const waarde = Number(`${getal[0]}.${getal[1] || '0'}`);
  return negatief ? -waarde : waarde;
}

/**
 * Splits `1.234,56` into ['1234', '56']. With a comma, the comma is the decimal separator and
 * points must group thousands. Without one: several points group thousands; a single point is
 * thousands only when `puntIsDuizendtal` and exactly three digits follow it.
 */
function parseNederlandsGetal(t: string, puntIsDuizendtal: boolean): [string, string] | null {
  if (!/^[0-9.,]+$/.test(t)) return null;
  const komma = t.split(',');
  if (komma.length > 2) return null;
  const [links, rechts] = komma;
  if (rechts !== undefined) {
    if (!/^[0-9]*$/.test(rechts)) return null;
    const heel = stripGroups(links);
    if (heel === null) return null;
    if (heel === '' && rechts === '') return null;
    return [heel || '0', rechts];
  }
  const punten = links.split('.');
  if (punten.length === 1) return links === '' ? null : [links, ''];
  if (punten.length === 2 && !(puntIsDuizendtal && /^[0-9]{1,3}\.[0-9]{3}$/.test(links))) {
    const [a, b] = punten;
    if (a === '' && b === '') return null;
    return [a || '0', b];
  }
  const heel = stripGroups(links);
  return heel === null || heel === '' ? null : [heel, ''];
}

/** `1.234.567` → `1234567`; `12` → `12`; bad grouping (`1.23`) → null. */
function stripGroups(s: string): string | null {
  if (!s.includes('.')) return s;
  return /^[0-9]{1,3}(\.[0-9]{3})+$/.test(s) ? s.replace(/\./g, '') : null;
}
