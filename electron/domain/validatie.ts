// Input schemas (zod 4) shared by the API contract and the renderer forms (docs/regels.md#regel-7, #regel-8).
// Every message is Dutch and names the field as the user knows it (the column names of the
// afspraken sheet). No Node imports here: the renderer bundles this file.
import { z } from 'zod';
import { hundredths } from './geld';
import { isLeegTekst } from './tekst';
import { SECTOREN, STATUSSEN, STATUS_LABEL } from './types';
import { centsVeld, percentageVeld, schooljaarVeld, tekstVeld, themasVeld, typeFout, urenVeld, wekenVeld } from './velden';
import { BEDRAG_MAX_CENTS, datumBuitenSchooljaar, GRENS_MELDING, UURTARIEF_MAX_CENTS } from './grenzen';

function onbekendVeld(issue: { code?: string; keys?: string[] }) {
  return issue.code === 'unrecognized_keys' && issue.keys ? `Onbekend veld: ${issue.keys.join(', ')}.` : 'De invoer moet een formulier met velden zijn.';
}

/** A strict object: unknown keys (and `__proto__`) are refused with a Dutch message. */
export function strikt<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, { error: onbekendVeld });
}

/** superRefine option: the rules over several fields also run when a single field failed. */
export const altijd = { when: () => true };

/**
 * Rule 2 (docs/regels.md#regel-2) over the share fields of an input: gemeente, onderwijs and overig add up to exactly
 * 100 %, and a share for overig names who pays it. A share that is itself invalid is skipped (its
 * own message says why); an absent share counts as its default (none: skipped; overig: 0).
 */
export function aandelenRegels(waarde: unknown, ctx: z.RefinementCtx, standaard: { gemeente?: number; onderwijs?: number } = {}): void {
  if (typeof waarde !== 'object' || waarde === null) return;
  const invoer = waarde as Record<string, unknown>;
  const getal = (v: unknown, std: number | undefined) => (v === undefined ? (std ?? null) : typeof v === 'number' && Number.isFinite(v) ? v : null);
  const g = getal(invoer.aandeelGemeente, standaard.gemeente);
  const o = getal(invoer.aandeelOnderwijs, standaard.onderwijs);
  const ov = getal(invoer.aandeelOverig, 0);
  if (g !== null && o !== null && ov !== null) {
    const som = hundredths(g) + hundredths(o) + hundredths(ov);
    if (som !== 10_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['aandeelGemeente'],
        message: `Aandeel gemeente, onderwijs en overig moeten samen precies 100% zijn (nu ${String(som / 100).replace('.', ',')}%).`,
      });
    }
  }
  if ((ov ?? 0) > 0 && !(typeof invoer.overigeFinancier === 'string' && invoer.overigeFinancier.trim())) {
    ctx.addIssue({ code: 'custom', path: ['overigeFinancier'], message: 'Overige financier is verplicht als Aandeel overig groter is dan 0.' });
  }
}

// ---- reusable field schemas (the numbers: velden.ts) -------------------------------------

export function isGeldigeIsoDatum(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const datum = new Date(Date.UTC(j, mnd - 1, d));
  return datum.getUTCFullYear() === j && datum.getUTCMonth() === mnd - 1 && datum.getUTCDate() === d;
}

/**
 * Dutch date text as people type it, independent of any OS or browser locale: `dd-mm-jjjj` (also
 * / or . and one-digit day/month: 1-9-2026), eight digits `ddmmjjjj` (01092026), or ISO
 * `jjjj-mm-dd` → ISO, else null (also for a day that does not exist).
 */
export function parseDatumTekst(tekst: string): string | null {
  const t = tekst.trim();
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (m) {
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    return isGeldigeIsoDatum(iso) ? iso : null;
  }
  return isGeldigeIsoDatum(t) ? t : null;
}

/** ISO `jjjj-mm-dd` → `dd-mm-jjjj`, the form users read and type; '' for none. */
export function datumNaarTekst(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** The message for a date that does not parse: in the format the user types. */
export function datumFout(label: string): string {
  return `${label} moet een bestaande datum zijn, getypt als dd-mm-jjjj (bijvoorbeeld 01-09-2026).`;
}

function naarIsoDatum(label: string) {
  return (v: string, ctx: z.RefinementCtx) => {
    const iso = parseDatumTekst(v);
    if (iso) return iso;
    ctx.addIssue({ code: 'custom', message: datumFout(label) });
    return z.NEVER;
  };
}

/** A real calendar date, typed Dutch (`dd-mm-jjjj`, `1-9-2026`, `01092026`) or ISO; stored as ISO `jjjj-mm-dd`. */
export function isoDatumVeld(label: string) {
  return z.string({ error: typeFout(label, 'een datum') }).transform(naarIsoDatum(label));
}

/** An optional date: null or '' (an empty form field) both mean "none". */
export function optioneleDatumVeld(label: string) {
  const naarIso = naarIsoDatum(label);
  return z
    .string({ error: typeFout(label, 'een datum') })
    .nullable()
    .transform((v, ctx) => (v === null || isLeegTekst(v) ? null : naarIso(v, ctx)));
}

export function idVeld(label: string) {
  return z.number({ error: typeFout(label, 'gekozen') }).refine((v) => Number.isSafeInteger(v) && v > 0, `${label} is verplicht.`);
}

/**
 * A choice from a fixed list. Nothing chosen (undefined, null, or '' from an empty dropdown) says
 * "verplicht"; anything else names the allowed values.
 */
function keuzeFout(label: string, toegestaan: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null || (typeof issue.input === 'string' && issue.input.trim() === '')
      ? `${label} is verplicht.`
      : `${label} moet een van ${toegestaan} zijn.`;
}

/**
 * A functie code: the gemeente's own list (functies table), so only its form is checked here;
 * the handlers check that it exists (Controle: "Functie X bestaat niet").
 */
export const functieVeld = z
  .string({ error: keuzeFout('Functie', 'de functies van de gemeente') })
  .trim()
  .toUpperCase()
  .min(1, 'Functie is verplicht.')
  .max(20, 'Functie: een code heeft hoogstens 20 tekens.')
  .regex(/^([0-9A-Z][0-9A-Z_-]*)?$/, 'Functie: een code bestaat uit letters en cijfers, zoals JMW of SCHOOLCOACH.');

export const statusVeld = z.enum(STATUSSEN, { error: keuzeFout('Status', STATUSSEN.map((s) => STATUS_LABEL[s]).join(', ')) });

export const sectorVeld = z.enum(SECTOREN, { error: keuzeFout('Sector', SECTOREN.join(', ')) });

/** The financing shares (docs/regels.md#regel-2), checked together by aandelenRegels. */
export const aandelenVelden = {
  aandeelGemeente: percentageVeld('Aandeel gemeente'),
  aandeelOnderwijs: percentageVeld('Aandeel onderwijs'),
  aandeelOverig: percentageVeld('Aandeel overig').default(0),
  overigeFinancier: tekstVeld('Overige financier', { max: 200 }).default(null),
};

// ---- afspraak ----------------------------------------------------------------------------

export const afspraakVelden = {
  schooljaar: schooljaarVeld(),
  schoolId: idVeld('School'),
  aanbiederId: idVeld('Aanbieder'),
  functie: functieVeld,
  basisurenPerWeek: urenVeld('Basisuren per week'),
  wekenPerJaar: wekenVeld('Weken per jaar').nullable().default(null),
  uurtariefCents: centsVeld('Uurtarief').nullable().default(null),
  vastBedragCents: centsVeld('Vast bedrag per jaar').nullable().default(null),
  ...aandelenVelden,
  startdatum: optioneleDatumVeld('Startdatum').default(null),
  einddatum: optioneleDatumVeld('Einddatum').default(null),
  status: statusVeld,
  themas: themasVeld().default([]),
  blozAdvies: tekstVeld('BLOZ-advies', { meerRegels: true }).default(null),
  regelingId: idVeld('Regeling').nullable().default(null),
  opmerking: tekstVeld('Opmerking', { meerRegels: true }).default(null),
};

/**
 * The rules that involve more than one field (docs/regels.md#regel-7, #regel-8). They also run when single fields
 * failed (so an import row lists every problem at once), hence the defensive reads: a field
 * that is itself invalid is skipped here, its own message already says why.
 */
export function afspraakRegels(invoer: unknown, ctx: z.RefinementCtx): void {
  if (typeof invoer !== 'object' || invoer === null) return;
  const a = invoer as Record<string, unknown>;
  const tekst = (v: unknown) => (typeof v === 'string' && !isLeegTekst(v) ? v : null);
  aandelenRegels(a, ctx);
  const start = tekst(a.startdatum);
  const eind = tekst(a.einddatum);
  grensRegels(a, start, eind, ctx);
  if (start && eind && isGeldigeIsoDatum(start) && isGeldigeIsoDatum(eind) && eind <= start) {
    ctx.addIssue({ code: 'custom', path: ['einddatum'], message: 'Einddatum moet na de startdatum liggen.' });
  }
  if (a.uurtariefCents != null && a.vastBedragCents != null) {
    ctx.addIssue({
      code: 'custom',
      path: ['vastBedragCents'],
      message: 'Vul Uurtarief of Vast bedrag per jaar in, niet allebei.',
    });
  }
  if (a.status === 'beeindigd' && !eind) {
    ctx.addIssue({
      code: 'custom',
      path: ['einddatum'],
      message: 'Einddatum is verplicht bij status beëindigd: wanneer is de afspraak gestopt?',
    });
  }
}

/** The plausibility limits of grenzen.ts that need more than one field or a ceiling per afspraak. */
function grensRegels(a: Record<string, unknown>, start: string | null, eind: string | null, ctx: z.RefinementCtx): void {
  if (typeof a.uurtariefCents === 'number' && a.uurtariefCents > UURTARIEF_MAX_CENTS) {
    ctx.addIssue({ code: 'custom', path: ['uurtariefCents'], message: GRENS_MELDING.uurtarief('Een uurtarief') });
  }
  if (typeof a.vastBedragCents === 'number' && a.vastBedragCents > BEDRAG_MAX_CENTS) {
    ctx.addIssue({ code: 'custom', path: ['vastBedragCents'], message: GRENS_MELDING.bedrag('Een vast bedrag') });
  }
  const sj = a.schooljaar;
  if (typeof sj !== 'number' || !Number.isInteger(sj)) return;
  for (const [veld, label, datum] of [
    ['startdatum', 'Startdatum', start],
    ['einddatum', 'Einddatum', eind],
  ] as const) {
    const buiten = datum && isGeldigeIsoDatum(datum) ? datumBuitenSchooljaar(label, datum, sj) : null;
    if (buiten) ctx.addIssue({ code: 'custom', path: [veld], message: buiten });
  }
}

/** A new afspraak (no id). */
export const afspraakInvoerSchema = strikt(afspraakVelden).superRefine(afspraakRegels, altijd);

/** A changed afspraak: the same fields plus its id. */
export const afspraakWijzigingSchema = strikt({ id: idVeld('Afspraak'), ...afspraakVelden }).superRefine(afspraakRegels, altijd);

export type AfspraakGevalideerd = z.output<typeof afspraakInvoerSchema>;
