// Postcode rules (issue 13 item 9): "8011-8017 → Centrum". A school whose wijk is empty gets the
// wijk of the rule its 4-digit postcode falls in. Pure: the API, the DUO import and the screen use
// the same matching and the same input checks. No Node imports: the renderer bundles this file.
import { z } from 'zod';
import { idVeld, strikt } from './validatie';

export interface Postcoderegel {
  id: number;
  /** Four digits, "8011". */
  van: string;
  /** Four digits, ≥ van. */
  tot: string;
  wijkId: number;
}

const postcodeCijfers = (label: string) =>
  z
    .string({ error: `${label}: vier cijfers, zoals 8011.` })
    .trim()
    .regex(/^[1-9]\d{3}$/, `${label}: vier cijfers, zoals 8011 (zonder letters).`);

const regelVelden = {
  van: postcodeCijfers('Postcode van'),
  tot: postcodeCijfers('Postcode tot en met'),
  wijkId: idVeld('Wijk'),
};
const totNaVan = (r: { van: string; tot: string }) => r.tot >= r.van;
const totMelding = { message: 'Postcode tot en met mag niet vóór postcode van liggen.', path: ['tot'] };

export const postcoderegelInvoer = strikt(regelVelden).refine(totNaVan, totMelding);
export const postcoderegelWijziging = strikt({ id: idVeld('Postcoderegel'), ...regelVelden }).refine(totNaVan, totMelding);

/** The 4 digits of a Dutch postcode ("8024 AH" → "8024"), or null. */
export function postcodeCijfersVan(postcode: string | null | undefined): string | null {
  const m = /^\s*([1-9]\d{3})\s*[A-Za-z]{0,2}\s*$/.exec(postcode ?? '');
  return m ? m[1] : null;
}

/** The wijk of the rule this postcode falls in; rules never overlap (checked on save). */
export function wijkVoorPostcode(regels: readonly Postcoderegel[], postcode: string | null | undefined): number | null {
  const cijfers = postcodeCijfersVan(postcode);
  if (!cijfers) return null;
  return regels.find((r) => r.van <= cijfers && cijfers <= r.tot)?.wijkId ?? null;
}

/** The existing rule that shares a postcode with van-tot, if any. */
export function overlappendeRegel<R extends Pick<Postcoderegel, 'id' | 'van' | 'tot'>>(
  regels: readonly R[],
  van: string,
  tot: string,
  behalve?: number,
): R | null {
  return regels.find((r) => r.id !== behalve && r.van <= tot && van <= r.tot) ?? null;
}

export const bereikTekst = (r: { van: string; tot: string }) => (r.van === r.tot ? r.van : `${r.van}-${r.tot}`);
