// Glue between text typed in a form and the API's zod schemas: form values stay strings (what the
// user typed, never lost), and are turned into numbers/cents only for validation and sending.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFout } from '../api';
import { formatUren, parseBedrag, parseGetal } from '../../../electron/domain/geld';

/** '' → null (the schema then says "verplicht" or takes its default); unreadable text stays text so the schema says "moet een getal zijn". */
export function getalUitTekst(tekst: unknown): unknown {
  if (typeof tekst !== 'string') return tekst;
  if (tekst.trim() === '') return null;
  return parseGetal(tekst) ?? tekst;
}

/** Euro text (`75,50`, `€ 1.234`) → cents; see getalUitTekst for '' and unreadable text. */
export function centsUitTekst(tekst: unknown): unknown {
  if (typeof tekst !== 'string') return tekst;
  if (tekst.trim() === '') return null;
  return parseBedrag(tekst) ?? tekst;
}

/** Cents → the text a user would type: 7550 → `75,50`, 7500 → `75`. */
export function centsNaarTekst(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

export function getalNaarTekst(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : formatUren(n).replace(/\./g, '');
}

/**
 * Puts the API's field messages next to the fields they name (ApiFout.velden), and returns the
 * message for the form as a whole when a field is unknown to this form or none is named.
 */
export function toonApiFout<T extends FieldValues>(fout: unknown, setError: UseFormSetError<T>, velden: readonly string[]): string | null {
  if (!(fout instanceof ApiFout)) return (fout as Error)?.message ?? 'Opslaan lukte niet. Er is niets veranderd.';
  let rest = false;
  for (const v of fout.velden) {
    const veld = v.veld.split('.')[0];
    if (velden.includes(veld)) setError(veld as Path<T>, { type: 'api', message: v.melding }, { shouldFocus: true });
    else rest = true;
  }
  return rest || fout.velden.length === 0 ? fout.message : null;
}
