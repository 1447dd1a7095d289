// The field builders for the text and numbers a user types: text (tekst.ts's normaliser), year, schooljaar, money (cents), hours, weeks
// and percentage. Each has one rule and one Dutch message that names the field by its label;
// every input schema (validatie.ts, registratie.ts, kosten-invoer.ts, instellingen.ts,
// api/invoer/*) builds its numbers here, so a rule and its wording exist once.
// Pure (zod only): the renderer bundles this file.
import { z } from 'zod';
import { formatEuro, hasAtMostTwoDecimals } from './geld';
import { parseSchooljaar } from './schooljaar';
import type { Cents } from './types';
import {
  GRENS_MELDING,
  JAAR_MAX,
  JAAR_MIN,
  NAAM_MAX,
  THEMA_MAX,
  THEMAS_MAX,
  TOELICHTING_MAX,
  UREN_PER_WEEK_MAX,
  UURTARIEF_MAX_CENTS,
  WEKEN_MAX,
  WEKEN_MIN,
} from './grenzen';
import { normaliseerTekst } from './tekst';

export { JAAR_MIN, JAAR_MAX };
export function isJaartal(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= JAAR_MIN && v <= JAAR_MAX;
}

/** zod's error for a missing value or one of the wrong type: "X is verplicht." or "X moet <soort> zijn." */
export function typeFout(label: string, soort: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? `${label} is verplicht.` : `${label} moet ${soort} zijn.`);
}

/** `193`, `0193` and `GM0193` all become `0193` (as DUO writes it); anything else null. */
export function normaliseerGemeenteCode(code: string | null | undefined): string | null {
  const m = /^(?:GM)?(\d{1,4})$/i.exec((code ?? '').trim());
  return m ? m[1].padStart(4, '0') : null;
}

/** A gemeentecode as typed (118, 0118, GM0118), stored as DUO's four digits; empty stays empty when allowed. */
export function gemeenteCodeVeld(label = 'Gemeentecode', opties: { leegMag?: boolean } = {}) {
  return z.string({ error: typeFout(label, 'een tekst') }).transform((v, ctx) => {
    if (opties.leegMag && v.trim() === '') return '';
    const code = normaliseerGemeenteCode(v);
    if (code === null) {
      ctx.addIssue({ code: 'custom', message: `${label}: vier cijfers, zoals in de DUO-bestanden (bijvoorbeeld 0118 voor Hoogeveen).` });
      return z.NEVER;
    }
    return code;
  });
}

/** A calendar year: begrotingsjaar, teljaar, the first and last year of a period. */
export function jaarVeld(label = 'Jaar') {
  return z.number({ error: typeFout(label, 'een jaartal') }).refine(isJaartal, `${label} moet een jaartal tussen ${JAAR_MIN} en ${JAAR_MAX} zijn, zoals 2017.`);
}

/** A schooljaar as its start year: 2017 for 2017-2018. */
export function schooljaarVeld(label = 'Schooljaar') {
  return z
    .number({ error: typeFout(label, 'een jaartal') })
    .refine(isJaartal, `${label} moet een jaartal tussen ${JAAR_MIN} en ${JAAR_MAX} zijn, zoals 2017 voor 2017-2018.`);
}

/** A schooljaar typed as text (`2017-2018`, `2017/2018`, `2017/18`), parsed to its start year. */
export function schooljaarTekstVeld(label = 'Schooljaar') {
  return z.string({ error: typeFout(label, 'een tekst') }).transform((v, ctx) => {
    const jaar = parseSchooljaar(v);
    if (jaar === null || !isJaartal(jaar)) {
      ctx.addIssue({ code: 'custom', message: `${label} moet een schooljaar zijn zoals 2017-2018 (niet "${v}").` });
      return z.NEVER;
    }
    return jaar;
  });
}

/** An amount in integer euro cents, ≥ 0; with `max`, a larger amount is refused as implausible. */
export function centsVeld(label: string, opties: { max?: Cents } = {}) {
  const veld = z
    .number({ error: typeFout(label, 'een bedrag') })
    .refine(Number.isFinite, `${label} moet een bedrag zijn.`)
    .refine((v) => Number.isSafeInteger(v), `${label} moet een bedrag in hele centen zijn.`)
    .refine((v) => v >= 0, `${label} mag niet negatief zijn.`);
  const max = opties.max;
  return max === undefined ? veld : veld.refine((v) => v <= max, `${label} van meer dan ${formatEuro(max)} is niet aannemelijk.`);
}

/** An hourly rate in cents: ≥ 0 and at most UURTARIEF_MAX_CENTS (grenzen.ts). */
export function uurtariefVeld(label: string) {
  return centsVeld(label).refine((v) => v <= UURTARIEF_MAX_CENTS, GRENS_MELDING.uurtarief(label));
}

/** Hours per week: ≥ 0, at most two decimals, at most the hours of a week. */
export function urenVeld(label: string) {
  return z
    .number({ error: typeFout(label, 'een getal') })
    .refine(Number.isFinite, `${label} moet een getal zijn.`)
    .refine((v) => v >= 0, `${label} mag niet negatief zijn.`)
    .refine(hasAtMostTwoDecimals, `${label} mag hoogstens 2 decimalen hebben.`)
    .refine((v) => v <= UREN_PER_WEEK_MAX, `${label} mag niet meer dan ${UREN_PER_WEEK_MAX} zijn.`);
}

/** Weeks per year: WEKEN_MIN to WEKEN_MAX (grenzen.ts), at most two decimals. */
export function wekenVeld(label: string) {
  return (
    z
      .number({ error: typeFout(label, 'een getal') })
      .refine(Number.isFinite, `${label} moet een getal zijn.`)
      .refine((v) => v >= WEKEN_MIN && v <= WEKEN_MAX, GRENS_MELDING.weken(label))
      // 40,123456 would be stored but counted as 40,12: refuse what cannot be counted as typed.
      .refine(hasAtMostTwoDecimals, `${label} mag hoogstens 2 decimalen hebben.`)
  );
}

/** A percentage 0-100 with at most two decimals. */
export function percentageVeld(label: string) {
  return z
    .number({ error: typeFout(label, 'een percentage') })
    .refine(Number.isFinite, `${label} moet een percentage zijn.`)
    .refine((v) => v >= 0, `${label} mag niet negatief zijn.`)
    .refine((v) => v <= 100, `${label} mag niet meer dan 100 zijn.`)
    .refine(hasAtMostTwoDecimals, `${label} mag hoogstens 2 decimalen hebben.`);
}

/** A count (pupils, ondersteuningsvragen): a whole number ≥ 0. Add .nullable() where unknown is allowed. */
export function aantalVeld(label: string) {
  return z
    .number({ error: typeFout(label, 'een geheel getal') })
    .refine((v) => Number.isSafeInteger(v), `${label} moet een geheel getal zijn.`)
    .refine((v) => v >= 0, `${label} mag niet negatief zijn.`);
}

/** Hours over a whole schooljaar (realised hours): ≥ 0, at most two decimals, at most a full year of weeks. */
export function jaarurenVeld(label: string) {
  const max = WEKEN_MAX * UREN_PER_WEEK_MAX;
  return z
    .number({ error: typeFout(label, 'een getal') })
    .refine(Number.isFinite, `${label} moet een getal zijn.`)
    .refine((v) => v >= 0, `${label} mag niet negatief zijn.`)
    .refine(hasAtMostTwoDecimals, `${label} mag hoogstens 2 decimalen hebben.`)
    .refine((v) => v <= max, `${label}: meer dan ${max.toLocaleString('nl-NL')} uur in een schooljaar is niet aannemelijk.`);
}

// ---- text ---------------------------------------------------------------------------------

/** Text through the one normaliser (tekst.ts): NFC, trimmed, no control or XML-illegal characters. */
function schoneTekst(label: string, opties: { max: number; meerRegels?: boolean }) {
  return z.string({ error: typeFout(label, 'een tekst') }).transform((v, ctx) => {
    const uitkomst = normaliseerTekst(v, label, opties);
    if (!uitkomst.ok) {
      ctx.addIssue({ code: 'custom', message: uitkomst.melding });
      return z.NEVER;
    }
    return uitkomst.waarde;
  });
}

/**
 * Optional free text: null, '' and invisible-only text all become null. `meerRegels` allows tab
 * and newline (toelichting, opmerking, omschrijving); the default length is TOELICHTING_MAX.
 */
export function tekstVeld(label: string, opties: { max?: number; meerRegels?: boolean } = {}) {
  return schoneTekst(label, { max: opties.max ?? TOELICHTING_MAX, meerRegels: opties.meerRegels })
    .nullable()
    .transform((v) => (v === '' ? null : v));
}

/** Required text (a name): invisible-only text is empty and so refused as "verplicht". */
export function naamVeld(label: string, max = NAAM_MAX) {
  return schoneTekst(label, { max }).refine((v) => v !== '', `${label} is verplicht.`);
}

/** The themes of an afspraak: at most THEMAS_MAX, each a non-empty name of at most THEMA_MAX. */
export function themasVeld(label = "Thema's") {
  return z
    .array(naamVeld('Thema', THEMA_MAX), { error: `${label} moeten een lijst van teksten zijn.` })
    .max(THEMAS_MAX, `${label}: hoogstens ${THEMAS_MAX} thema's per afspraak.`);
}

/** Any measured value (an indicator's nulmeting, streefwaarde or realisatie): a finite number, may be negative. */
export function getalVeld(label: string) {
  return z.number({ error: typeFout(label, 'een getal') }).refine(Number.isFinite, `${label} moet een getal zijn.`);
}
