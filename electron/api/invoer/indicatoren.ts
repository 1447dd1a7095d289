// Input schemas of the indicatoren methods (api/indicatoren.ts, rule 16), built from the field builders.
import { z } from 'zod';
import { NIVEAUS, NIVEAU_LABEL, RICHTINGEN } from '../../domain/indicatoren';
import { altijd, idVeld, strikt } from '../../domain/validatie';
import { getalVeld, jaarVeld, naamVeld, tekstVeld } from '../../domain/velden';

const velden = {
  naam: naamVeld('Naam indicator'),
  eenheid: tekstVeld('Eenheid', { max: 50 }).default(null),
  richting: z.enum(RICHTINGEN, { error: 'Richting is verplicht: kies "hoger is beter" of "lager is beter".' }),
  bron: tekstVeld('Bron', { max: 500 }).default(null),
  niveau: z.enum(NIVEAUS, { error: `Niveau moet ${NIVEAUS.map((n) => NIVEAU_LABEL[n].toLowerCase()).join(', ')} zijn.` }),
  /** The wijk, school, proeftuin or aanbieder the figures are about; null for the gemeente. */
  scopeId: idVeld('Scope').nullable().default(null),
  nulmeting: strikt({ jaar: jaarVeld('Jaar nulmeting'), waarde: getalVeld('Nulmeting') })
    .nullable()
    .default(null),
  jaren: z
    .array(
      strikt({
        jaar: jaarVeld('Jaar'),
        streefwaarde: getalVeld('Streefwaarde').nullable().default(null),
        realisatie: getalVeld('Realisatie').nullable().default(null),
      }),
      { error: 'Jaren moet een lijst per jaar zijn.' },
    )
    .max(100)
    .default([]),
};

function indicatorRegels(invoer: unknown, ctx: z.RefinementCtx): void {
  if (typeof invoer !== 'object' || invoer === null) return;
  const v = invoer as { niveau?: string; scopeId?: number | null; jaren?: { jaar: number }[] };
  if (v.niveau === 'gemeente' && v.scopeId != null) {
    ctx.addIssue({
      code: 'custom',
      path: ['scopeId'],
      message: 'Scope: een indicator op gemeenteniveau hoort niet bij een wijk, school, proeftuin of aanbieder.',
    });
  }
  if (v.niveau && v.niveau !== 'gemeente' && v.scopeId == null && (NIVEAUS as readonly string[]).includes(v.niveau)) {
    const label = NIVEAU_LABEL[v.niveau as (typeof NIVEAUS)[number]].toLowerCase();
    ctx.addIssue({ code: 'custom', path: ['scopeId'], message: `Scope is verplicht: kies de ${label} waar de indicator over gaat.` });
  }
  const gezien = new Set<unknown>();
  v.jaren?.forEach((j, i) => {
    if (gezien.has(j?.jaar)) ctx.addIssue({ code: 'custom', path: ['jaren', i, 'jaar'], message: `Jaren: het jaar ${j.jaar} staat er meer dan eens in.` });
    gezien.add(j?.jaar);
  });
}

export const indicatorInvoer = strikt(velden).superRefine(indicatorRegels, altijd);
export const indicatorWijziging = strikt({ id: idVeld('Indicator'), ...velden }).superRefine(indicatorRegels, altijd);
/** Undo of a delete: the record as it was, so also a migrated indicator that has no direction yet. */
export const indicatorHerstel = strikt({ id: idVeld('Indicator'), ...velden, richting: velden.richting.nullable() }).superRefine(indicatorRegels, altijd);
export const indicatorIdInvoer = strikt({ id: idVeld('Indicator') });
