// The one declaration of the columns of `afspraken` (see db/velden.ts). It drives:
// - db/afspraken-repo.ts: the SELECT list, INSERT and UPDATE (and so the form, the copy to the
//   next schooljaar and the sheet import, which writes through the repo);
// - db/kosten-repo.ts: the cost engines' columns (the fields with `basis: true`);
// - reports/gegevens.ts: the report-only columns (the fields with `basis: false`);
// - the afspraken sheet (import and template): the fields with `blad`, the key of their column
//   in import/afspraken-kolommen.ts (header, explanation, example).
//
// A new column: add it to the migration, to the Afspraak type, and here. The type below makes a
// field of Afspraak without an entry (or an entry without a field) a compile error, and
// tests/integration/veldkaart.test.ts fails when the table and this map disagree.
import type { Afspraak, AfspraakBasis } from '../domain/types';
import type { KolomSleutel } from '../import/afspraken-kolommen';
import type { Veld } from './velden';

export interface AfspraakVeld<Basis extends boolean> extends Veld {
  /** True for the fields of AfspraakBasis: what the cost engines load (kosten-repo). */
  basis: Basis;
  /** The column of the afspraken sheet this field is typed in; absent: not on the sheet. */
  blad?: KolomSleutel;
}

type AfspraakVelden = { [K in keyof Afspraak]-?: AfspraakVeld<K extends keyof AfspraakBasis ? true : false> };

export const AFSPRAAK_VELDEN = {
  id: { kolom: 'id', soort: 'id', basis: true },
  schooljaar: { kolom: 'schooljaar', soort: 'schooljaar', basis: true, blad: 'schooljaar' },
  schoolId: { kolom: 'school_id', soort: 'verwijzing', basis: true, blad: 'vestigingscode' },
  aanbiederId: { kolom: 'aanbieder_id', soort: 'verwijzing', basis: true, blad: 'aanbieder' },
  functie: { kolom: 'functie', soort: 'keuze', basis: true, blad: 'functie' },
  basisurenPerWeek: { kolom: 'basisuren', soort: 'getal', basis: true, blad: 'basisuren' },
  wekenPerJaar: { kolom: 'weken_per_jaar', soort: 'getal', basis: true, blad: 'weken' },
  uurtariefCents: { kolom: 'uurtarief_cents', soort: 'cents', basis: true, blad: 'uurtarief' },
  vastBedragCents: { kolom: 'vast_bedrag_cents', soort: 'cents', basis: true, blad: 'vastBedrag' },
  aandeelGemeente: { kolom: 'aandeel_gemeente', soort: 'getal', basis: true, blad: 'aandeelGemeente' },
  aandeelOnderwijs: { kolom: 'aandeel_onderwijs', soort: 'getal', basis: true, blad: 'aandeelOnderwijs' },
  aandeelOverig: { kolom: 'aandeel_overig', soort: 'getal', basis: true, blad: 'aandeelOverig' },
  overigeFinancier: { kolom: 'overige_financier', soort: 'tekst', basis: true, blad: 'overigeFinancier' },
  startdatum: { kolom: 'startdatum', soort: 'datum', basis: true, blad: 'startdatum' },
  einddatum: { kolom: 'einddatum', soort: 'datum', basis: true, blad: 'einddatum' },
  status: { kolom: 'status', soort: 'keuze', basis: true, blad: 'status' },
  themas: { kolom: 'themas', soort: 'json', basis: false, blad: 'themas' },
  blozAdvies: { kolom: 'bloz_advies', soort: 'tekst', basis: false },
  // Issue 13 item 4: the optional last column Regeling (by name; an empty cell keeps an existing afspraak's regeling).
  regelingId: { kolom: 'regeling_id', soort: 'verwijzing', basis: false, blad: 'regeling' },
  opmerking: { kolom: 'opmerking', soort: 'tekst', basis: false },
} as const satisfies AfspraakVelden;

export type AfspraakVeldNaam = keyof typeof AFSPRAAK_VELDEN;

const alle = Object.keys(AFSPRAAK_VELDEN) as AfspraakVeldNaam[];

/** The fields the cost engines load (AfspraakBasis but the derived extraUrenPerWeek), in map order. */
export const BASIS_VELDEN = alle.filter((v) => AFSPRAAK_VELDEN[v].basis) as (keyof AfspraakBasis & AfspraakVeldNaam)[];

/**
 * The sheet columns that are not a field of the afspraak: Extra uren per week and Toelichting extra
 * uren read and write the afspraak's aanvullende inzet record that counts with its basisuren
 * (issue 16 item 9; see import/afspraken.ts and reports/sjabloon.ts).
 */
export const AANVULLEND_BLAD_KOLOMMEN = ['extraUren', 'toelichting'] as const satisfies readonly KolomSleutel[];

/** The fields only a report or the form shows (not in AfspraakBasis). */
export const DETAIL_VELDEN = alle.filter((v) => !AFSPRAAK_VELDEN[v].basis) as Exclude<keyof Afspraak, keyof AfspraakBasis>[];

/** A field that is on the afspraken sheet (its entry has `blad`). */
export type BladVeld = { [K in AfspraakVeldNaam]: (typeof AFSPRAAK_VELDEN)[K] extends { blad: KolomSleutel } ? K : never }[AfspraakVeldNaam];

/** The fields on the afspraken sheet, in map order: what the import writes and the template fills. */
export const BLAD_VELDEN = alle.filter((v) => 'blad' in AFSPRAAK_VELDEN[v]) as BladVeld[];

/** The sheet column of a field on the sheet. */
export function bladKolom(veld: BladVeld): KolomSleutel {
  return AFSPRAAK_VELDEN[veld].blad;
}
