// Input schemas of the verdeling methods (api/verdeling.ts, issue 16). Amounts follow the pot's
// soort: hours per week as numbers (at most two decimals), euros as integer cents, the same as the
// results (api/typen/verdeling.ts). Pure zod: the renderer bundles this file.
import { z } from 'zod';
import { afsprakenInhoudInvoer } from './importeren';
import { hasAtMostTwoDecimals } from '../../domain/geld';
import { BEDRAG_MAX_CENTS } from '../../domain/grenzen';
import { functieVeld, idVeld, optioneleDatumVeld, sectorVeld, strikt } from '../../domain/validatie';
import { naamVeld, schooljaarVeld, tekstVeld, typeFout } from '../../domain/velden';
import { gewichtEenheden, GEWICHT_DECIMALEN, POT_SOORTEN, VERDEEL_REGELS, VERDELING_STATUSSEN, type PotSoort } from '../../domain/verdeling';

/** A pool of hours per week larger than this is not plausible (a national pool is some 25.000). */
export const POT_UREN_MAX = 1_000_000;

function potGetal(label: string) {
  return z
    .number({ error: typeFout(label, 'een getal') })
    .refine(Number.isFinite, `${label} moet een getal zijn.`)
    .refine((v) => v >= 0, `${label} mag niet negatief zijn.`);
}

const gewichtVeld = z
  .number({ error: typeFout('Gewicht', 'een getal') })
  .refine((v) => gewichtEenheden(v) !== null, `Gewicht moet 0 of meer zijn, met hoogstens ${GEWICHT_DECIMALEN} decimalen.`);

export const verdelingSchoolInvoer = strikt({
  schoolId: idVeld('School'),
  /** Overrides the rule's weight for this school; null = the rule's. */
  gewicht: gewichtVeld.nullable().default(null),
  min: potGetal('Minimum').nullable().default(null),
  max: potGetal('Maximum').nullable().default(null),
  /** A hand-edited allocation; null = the computed one. */
  toegekend: potGetal('Toegekend').nullable().default(null),
  /** This school's aanbieder when it differs from the verdeling's. */
  aanbiederId: idVeld('Aanbieder').nullable().default(null),
});

/** What is divided and how: the part of a verdeling that the division depends on. */
export const verdelingInhoudVelden = {
  schooljaar: schooljaarVeld(),
  soort: z.enum(POT_SOORTEN, { error: 'Soort moet uren of euros zijn.' }),
  functie: functieVeld,
  sectoren: z.array(sectorVeld, { error: 'Sectoren moeten een lijst zijn.' }).min(1, 'Kies minstens één sector.'),
  /** Only schools in these wijken; empty = every wijk. */
  wijkIds: z.array(idVeld('Wijk')).default([]),
  /** Only these schools; empty = every school of the sectors (and wijken). */
  schoolIds: z.array(idVeld('School')).default([]),
  regel: z.enum(VERDEEL_REGELS, { error: `Verdeelregel moet een van ${VERDEEL_REGELS.join(', ')} zijn.` }),
  totaal: potGetal('Pot'),
  voet: potGetal('Voet').nullable().default(null),
  /** null = 0,5 uur or € 1. */
  stap: potGetal('Stap').nullable().default(null),
  /** A minimum and maximum for every school (a school's own row goes first). */
  min: potGetal('Minimum').nullable().default(null),
  max: potGetal('Maximum').nullable().default(null),
  scholen: z.array(verdelingSchoolInvoer).default([]),
};

type Bedragen = {
  soort: PotSoort;
  totaal: number;
  voet: number | null;
  stap: number | null;
  min: number | null;
  max: number | null;
  scholen: { min: number | null; max: number | null; toegekend: number | null }[];
};

/** Hours with at most two decimals, euros in whole cents; the error names the field. */
export function controleerBedragen(v: Bedragen, ctx: z.RefinementCtx): void {
  const check = (waarde: number | null, pad: (string | number)[], label: string) => {
    if (waarde === null) return;
    if (v.soort === 'uren') {
      if (!hasAtMostTwoDecimals(waarde)) ctx.addIssue({ code: 'custom', path: pad, message: `${label} mag hoogstens 2 decimalen hebben.` });
      else if (waarde > POT_UREN_MAX)
        ctx.addIssue({ code: 'custom', path: pad, message: `${label}: meer dan ${POT_UREN_MAX.toLocaleString('nl-NL')} uur per week is niet aannemelijk.` });
    } else if (!Number.isSafeInteger(waarde)) ctx.addIssue({ code: 'custom', path: pad, message: `${label} moet een bedrag in hele centen zijn.` });
    else if (waarde > BEDRAG_MAX_CENTS) ctx.addIssue({ code: 'custom', path: pad, message: `${label} is niet aannemelijk groot.` });
  };
  check(v.totaal, ['totaal'], 'Pot');
  check(v.voet, ['voet'], 'Voet');
  check(v.stap, ['stap'], 'Stap');
  if (v.stap === 0) ctx.addIssue({ code: 'custom', path: ['stap'], message: 'Stap moet groter dan 0 zijn.' });
  check(v.min, ['min'], 'Minimum');
  check(v.max, ['max'], 'Maximum');
  v.scholen.forEach((s, i) => {
    check(s.min, ['scholen', i, 'min'], 'Minimum');
    check(s.max, ['scholen', i, 'max'], 'Maximum');
    check(s.toegekend, ['scholen', i, 'toegekend'], 'Toegekend');
  });
}

export const verdelingBerekenInvoer = strikt(verdelingInhoudVelden).superRefine(controleerBedragen);
export type VerdelingInhoud = z.output<typeof verdelingBerekenInvoer>;

/** Dates in order: an advice needs its date, and comes on or after the day it was put to the BLOZ. */
function datumRegels(v: { voorgelegdOp: string | null; adviesDatum: string | null; adviesTekst: string | null }, ctx: z.RefinementCtx): void {
  if (v.adviesTekst !== null && v.adviesDatum === null) ctx.addIssue({ code: 'custom', path: ['adviesDatum'], message: 'Geef de datum van het BLOZ-advies.' });
  if (v.voorgelegdOp !== null && v.adviesDatum !== null && v.adviesDatum < v.voorgelegdOp)
    ctx.addIssue({ code: 'custom', path: ['adviesDatum'], message: 'De datum van het BLOZ-advies ligt vóór de datum waarop de verdeling werd voorgelegd.' });
}

const recordVelden = {
  naam: naamVeld('Naam'),
  /** The aanbieder of every school, unless a school names its own. */
  aanbiederId: idVeld('Aanbieder').nullable().default(null),
  voorgelegdOp: optioneleDatumVeld('Voorgelegd aan het BLOZ').default(null),
  adviesDatum: optioneleDatumVeld('Datum BLOZ-advies').default(null),
  adviesTekst: tekstVeld('BLOZ-advies', { meerRegels: true }).default(null),
  ...verdelingInhoudVelden,
};

export const verdelingInvoer = strikt(recordVelden).superRefine(controleerBedragen).superRefine(datumRegels);
/** lees's record goes back in as it is: status and vastgesteldOp are accepted and ignored (only vaststellen sets them). */
export const verdelingWijziging = strikt({
  id: idVeld('Verdeling'),
  ...recordVelden,
  status: z.enum(VERDELING_STATUSSEN).optional(),
  vastgesteldOp: z.string().nullable().optional(),
})
  .superRefine(controleerBedragen)
  .superRefine(datumRegels);
export const verdelingIdInvoer = strikt({ id: idVeld('Verdeling') });

/** A BLOZ proposal read back: the verdeling and the workbook's bytes (never a path). */
export const verdelingInlezenInvoer = afsprakenInhoudInvoer.extend({ id: idVeld('Verdeling') });

/** Vaststellen: the date of the decision (empty = today). */
export const verdelingVaststelInvoer = strikt({ id: idVeld('Verdeling'), datum: optioneleDatumVeld('Datum vaststellen').default(null) });
