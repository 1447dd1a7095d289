// One palette for every chart (and the same meaning everywhere): gemeente blue, onderwijs green,
// overig gold, in voorbereiding grey, tekort red. Distinguishable for common colour blindness.
import { formatEuro } from '../../../../electron/domain/geld';
export const KLEUR = {
  gemeente: '#1f4e79',
  onderwijs: '#4a9a6a',
  overig: '#d4a017',
  voorbereiding: '#9e9e9e',
  tekort: '#c62828',
  budget: '#7fa7cf',
  scholen: '#1f4e79',
  leerlingen: '#d4a017',
} as const;

export const REEKS = ['#1f4e79', '#d4a017', '#4a9a6a', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#e67e22'];

export const GROOTTE = { breedte: 720, hoogte: 320 } as const;

const euro0 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** Axis ticks: € 1,2 mln / € 450.000. */
export function euroAs(cents: number): string {
  const euro = cents / 100;
  // Two decimals: a tick at € 1.250.000 (step € 250.000) must not read € 1,3 mln.
  // The minus before the euro sign, as everywhere (formatEuro).
  const teken = euro < 0 ? '-' : '';
  if (Math.abs(euro) >= 1_000_000) return `${teken}€ ${(Math.abs(euro) / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 2 })} mln`;
  return `${teken}€ ${euro0.format(Math.abs(euro))}`;
}

/** Whole euros as everywhere else in the app. */
export function euroTekst(cents: number): string {
  return formatEuro(Math.round(cents));
}

export function procentTekst(p: number | null): string {
  return p === null ? '–' : `${p.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;
}
