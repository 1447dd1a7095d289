// Aanvullende inzet (issue 16 item 7): the input schema of a record and its costs
// (docs/regels.md#regel-18). Pure; no Node imports (the renderer bundles the schema).
import { z } from 'zod';
import { divRoundHalfUp, hundredths } from './geld';
import { BEDRAG_MAX_CENTS } from './grenzen';
import { afspraakMaandBereik, aantalMaanden, maandenInJaar } from './schooljaar';
import { AANGEVRAAGD_DOOR, AANVULLEND_BRONNEN, type AanvullendeInzet, type AfspraakBasis, type Cents, type SchooljaarStart } from './types';
import {
  aandelenRegels,
  aandelenVelden,
  afspraakRegels,
  afspraakVelden,
  altijd,
  idVeld,
  isGeldigeIsoDatum,
  isoDatumVeld,
  optioneleDatumVeld,
  strikt,
} from './validatie';
import { centsVeld, tekstVeld, urenVeld } from './velden';

/** The reden of a record made from the old extra uren without a toelichting (migration 012, copy, sheet). */
export const STANDAARD_REDEN = 'Overgenomen uit extra uren';

// ---- input -------------------------------------------------------------------------------

const keuze = <T extends readonly [string, ...string[]]>(label: string, waarden: T) =>
  z.enum(waarden, { error: `${label} moet een van ${waarden.join(', ')} zijn.` });

export const aanvullendeInzetVelden = {
  afspraakId: idVeld('Afspraak'),
  urenPerWeek: urenVeld('Uren per week').nullable().default(null),
  bedragCents: centsVeld('Bedrag', { max: BEDRAG_MAX_CENTS }).nullable().default(null),
  startdatum: isoDatumVeld('Startdatum'),
  einddatum: isoDatumVeld('Einddatum'),
  // Several lines allowed: the old toelichting extra uren (migration 012) could hold them.
  reden: tekstVeld('Reden', { meerRegels: true })
    .refine((v) => v !== null, 'Reden is verplicht: waarom is deze inzet nodig?')
    .transform((v) => v ?? ''),
  doelen: tekstVeld('Doelen', { meerRegels: true }).default(null),
  ...aandelenVelden,
  aangevraagdDoor: keuze('Aangevraagd door', AANGEVRAAGD_DOOR).nullable().default(null),
  besluitDatum: optioneleDatumVeld('Besluit op').default(null),
  besluitDoor: tekstVeld('Besluit door', { max: 200 }).default(null),
  verantwoordingUiterlijk: optioneleDatumVeld('Verantwoording uiterlijk').default(null),
  verantwoordingOntvangen: optioneleDatumVeld('Verantwoording ontvangen').default(null),
  verantwoording: tekstVeld('Verantwoording', { meerRegels: true }).default(null),
  bron: keuze('Bron', AANVULLEND_BRONNEN).default('getypt'),
  bronId: idVeld('Bron').nullable().default(null),
  bronTekst: tekstVeld('Bron', { max: 500 }).default(null),
};

/** Rules over more fields: hours or an amount (one of them), the dates in order, the shares (regel-2). */
function inzetRegels(invoer: unknown, ctx: z.RefinementCtx): void {
  if (typeof invoer !== 'object' || invoer === null) return;
  const r = invoer as Record<string, unknown>;
  aandelenRegels(r, ctx);
  const uren = r.urenPerWeek ?? null;
  const bedrag = r.bedragCents ?? null;
  if ((uren === null) === (bedrag === null)) {
    ctx.addIssue({ code: 'custom', path: ['urenPerWeek'], message: 'Vul Uren per week of Bedrag in (één van beide).' });
  }
  const { startdatum: s, einddatum: e } = r;
  if (typeof s === 'string' && typeof e === 'string' && isGeldigeIsoDatum(s) && isGeldigeIsoDatum(e) && e < s) {
    ctx.addIssue({ code: 'custom', path: ['einddatum'], message: 'Einddatum mag niet voor de startdatum liggen.' });
  }
  const { verantwoordingOntvangen: ontvangen, besluitDatum } = r;
  if (typeof ontvangen === 'string' && typeof besluitDatum === 'string' && ontvangen !== '' && besluitDatum !== '' && ontvangen < besluitDatum) {
    ctx.addIssue({ code: 'custom', path: ['verantwoordingOntvangen'], message: 'Verantwoording ontvangen mag niet voor de datum van het besluit liggen.' });
  }
}

export const aanvullendeInzetInvoer = strikt(aanvullendeInzetVelden).superRefine(inzetRegels, altijd);
export const aanvullendeInzetWijziging = strikt({ id: idVeld('Aanvullende inzet'), ...aanvullendeInzetVelden }).superRefine(inzetRegels, altijd);
export type AanvullendeInzetGevalideerd = z.output<typeof aanvullendeInzetInvoer>;

/** The dashboard's question: which verantwoordingen are overdue on `vandaag` (default: today). */
export const verantwoordingVerlopenInvoer = strikt({ vandaag: isoDatumVeld('Vandaag').optional() });

/**
 * Undo of deleting an afspraak: the afspraak as afspraken.verwijder returned it, with the records
 * of aanvullende inzet that went with it (restored under the afspraak, with their ids where free).
 */
export const afspraakHerstelInvoer = strikt({
  id: idVeld('Afspraak'),
  ...afspraakVelden,
  aanvullendeInzet: z.array(aanvullendeInzetWijziging, { error: 'Aanvullende inzet moet een lijst zijn.' }).max(1_000).default([]),
}).superRefine(afspraakRegels, altijd);

/**
 * Dates inside the schooljaar (the exact months, with the start month setting): the handlers call
 * this, the schema does not know the setting. Null when fine, else the Dutch message per field.
 */
export function buitenSchooljaar(
  r: Pick<AanvullendeInzet, 'startdatum' | 'einddatum'>,
  schooljaar: SchooljaarStart,
  periode: { start: string; eind: string },
): { veld: 'startdatum' | 'einddatum'; melding: string }[] {
  const uit: { veld: 'startdatum' | 'einddatum'; melding: string }[] = [];
  const label = `schooljaar ${schooljaar}-${schooljaar + 1}`;
  const nl = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
  for (const [veld, naam] of [
    ['startdatum', 'Startdatum'],
    ['einddatum', 'Einddatum'],
  ] as const) {
    const d = r[veld];
    if (d < periode.start || d > periode.eind) {
      uit.push({ veld, melding: `${naam} ${nl(d)} ligt buiten ${label} (${nl(periode.start)} t/m ${nl(periode.eind)}).` });
    }
  }
  return uit;
}

// ---- costs (docs/regels.md#regel-18) -------------------------------------------------------

/** What the cost rule needs of a record. */
export type InzetKosten = Pick<
  AanvullendeInzet,
  'id' | 'urenPerWeek' | 'bedragCents' | 'startdatum' | 'einddatum' | 'aandeelGemeente' | 'aandeelOnderwijs' | 'aandeelOverig' | 'overigeFinancier'
>;

function zelfdeMaanden(a: AfspraakBasis, r: InzetKosten, startMaand: number): boolean {
  const [av, at] = afspraakMaandBereik(a, startMaand);
  const [rv, rt] = afspraakMaandBereik({ schooljaar: a.schooljaar, startdatum: r.startdatum, einddatum: r.einddatum }, startMaand);
  // Both cover no month (dates outside the schooljaar): the same nothing.
  if (at < av && rt < rv) return true;
  return av === rv && at === rt;
}

/**
 * Regel-18: does this record count together with the afspraak's basisuren (one rounding, as rule
 * 1 always did for extra uren)? Yes when it is in hours, covers exactly the afspraak's months and
 * has the afspraak's split (shares and overige financier).
 */
export function telMetAfspraak(a: AfspraakBasis, r: InzetKosten, startMaand: number): boolean {
  return (
    r.urenPerWeek !== null &&
    hundredths(r.aandeelGemeente) === hundredths(a.aandeelGemeente) &&
    hundredths(r.aandeelOnderwijs) === hundredths(a.aandeelOnderwijs) &&
    hundredths(r.aandeelOverig) === hundredths(a.aandeelOverig) &&
    (r.overigeFinancier ?? null) === (a.overigeFinancier ?? null) &&
    zelfdeMaanden(a, r, startMaand)
  );
}

/**
 * The cost lines of one afspraak and its records (regel-18), in record order: first the afspraak
 * with the hours of the records that count with it (extraUrenPerWeek), then one line per other
 * record, with the afspraak's weeks, rate, status, school, aanbieder and functie and the record's
 * hours (as its extraUrenPerWeek) or amount, dates and split. `afspraak.extraUrenPerWeek` is ignored (a stored afspraak has none).
 */
export function kostenregels(afspraak: AfspraakBasis, records: readonly InzetKosten[], startMaand: number): AfspraakBasis[] {
  let extra = 0;
  const eigen: AfspraakBasis[] = [];
  for (const r of records) {
    if (telMetAfspraak(afspraak, r, startMaand)) {
      extra += hundredths(r.urenPerWeek!);
      continue;
    }
    eigen.push({
      ...afspraak,
      // Its hours are aanvullende uren (reports show them apart from the basisuren).
      basisurenPerWeek: 0,
      extraUrenPerWeek: r.urenPerWeek ?? 0,
      // A record's fixed amount is for its period, not per year: periodeBedragCents (below).
      vastBedragCents: null,
      periodeBedragCents: r.bedragCents,
      aandeelGemeente: r.aandeelGemeente,
      aandeelOnderwijs: r.aandeelOnderwijs,
      aandeelOverig: r.aandeelOverig,
      overigeFinancier: r.overigeFinancier,
      startdatum: r.startdatum,
      einddatum: r.einddatum,
      aanvullendeInzetId: r.id,
    });
  }
  return [{ ...afspraak, extraUrenPerWeek: extra / 100 }, ...eigen];
}

/**
 * Regel-18: a fixed amount of a record is spent over the record's months. Its whole schooljaar
 * (`jaar` null) gets the amount as given; a calendar year gets its share of the months,
 * round(B × months / all months) half up for the first calendar year and the rest for the second,
 * so the two always add up to B.
 */
export function periodeBedrag(regel: AfspraakBasis, bedrag: Cents, jaar: number | null, startMaand: number): Cents {
  const alle = aantalMaanden(regel, startMaand);
  if (alle === 0) return 0;
  if (jaar === null) return bedrag;
  const hier = maandenInJaar(regel, jaar, startMaand);
  if (hier === 0) return 0;
  const eerste = divRoundHalfUp(bedrag * maandenInJaar(regel, regel.schooljaar, startMaand), alle);
  return jaar === regel.schooljaar ? eerste : bedrag - eerste;
}

// ---- the afsprakenblad's two columns (issue 16 item 9) --------------------------------------

/** The sheet's two columns as one record's hours and reden (the sheet's own column names). */
export const bladInzetSchema = z.object({
  urenPerWeek: urenVeld('Extra uren per week'),
  reden: tekstVeld('Toelichting extra uren', { meerRegels: true }),
});

/** What the afspraak must give for its sheet record: the fields that make a record count with it. */
export type AfspraakVoorBlad = Pick<
  AfspraakBasis,
  'schooljaar' | 'startdatum' | 'einddatum' | 'aandeelGemeente' | 'aandeelOnderwijs' | 'aandeelOverig' | 'overigeFinancier'
>;

/**
 * The record the columns Extra uren per week and Toelichting extra uren stand for: the first
 * record (by id) in hours that counts with the afspraak (telMetAfspraak). Null: none, the columns are 0 and empty.
 */
export function bladRecord<R extends InzetKosten>(afspraak: AfspraakVoorBlad, records: readonly R[], startMaand: number): R | null {
  const a = { ...afspraak, extraUrenPerWeek: 0 } as AfspraakBasis;
  return records.find((r) => telMetAfspraak(a, r, startMaand)) ?? null;
}

/**
 * The sheet record as the sheet says it (the afspraak's period clamped to its schooljaar, the
 * afspraak's split, bron blad), keeping what only the app holds (doelen, besluit, verantwoording)
 * of the record it replaces.
 */
export function bladRecordVoor(
  afspraak: AfspraakVoorBlad,
  afspraakId: number,
  uren: number,
  reden: string | null,
  periode: { start: string; eind: string },
  bestaand: Omit<AanvullendeInzet, 'id'> | null,
): Omit<AanvullendeInzet, 'id'> {
  const van = afspraak.startdatum && afspraak.startdatum > periode.start ? afspraak.startdatum : periode.start;
  const tot = afspraak.einddatum && afspraak.einddatum < periode.eind ? afspraak.einddatum : periode.eind;
  return {
    doelen: null,
    aangevraagdDoor: null,
    besluitDatum: null,
    besluitDoor: null,
    verantwoordingUiterlijk: null,
    verantwoordingOntvangen: null,
    verantwoording: null,
    bron: 'blad',
    bronId: null,
    bronTekst: null,
    ...bestaand,
    afspraakId,
    urenPerWeek: uren,
    bedragCents: null,
    // Dates that leave no day in the schooljaar stay as the afspraak has them (no month, as it).
    startdatum: van <= tot ? van : (afspraak.startdatum ?? periode.start),
    einddatum: van <= tot ? tot : (afspraak.einddatum ?? periode.eind),
    reden: reden ?? bestaand?.reden ?? STANDAARD_REDEN,
    aandeelGemeente: afspraak.aandeelGemeente,
    aandeelOnderwijs: afspraak.aandeelOnderwijs,
    aandeelOverig: afspraak.aandeelOverig,
    overigeFinancier: afspraak.overigeFinancier,
  };
}
