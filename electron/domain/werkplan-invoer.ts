// Input schemas of the werkplannen API (domain/werkplan.ts holds the record and its status). No
// Node imports: the renderer's werkplan form bundles this file.
import { z } from 'zod';
import { altijd, idVeld, optioneleDatumVeld, strikt } from './validatie';
import { tekstVeld } from './velden';
import { schooljaarVeld } from './velden';
import type { WerkplanVelden } from './werkplan';

const LABEL = {
  ingediendOp: 'Ingediend op',
  goedgekeurdSchoolOp: 'Goedgekeurd door school op',
  goedgekeurdSchoolDoor: 'Goedgekeurd door school (naam)',
  goedgekeurdWijkteamOp: 'Goedgekeurd door wijkteam op',
  goedgekeurdWijkteamDoor: 'Goedgekeurd door wijkteam (naam)',
} as const;
export const WERKPLAN_LABEL: Readonly<Record<keyof WerkplanVelden, string>> = LABEL;

export const werkplanSleutel = strikt({ schoolId: idVeld('School'), schooljaar: schooljaarVeld() });

export const werkplanLijstInvoer = strikt({ schooljaar: schooljaarVeld().optional(), schoolId: idVeld('School').optional() });

/** Rules over several fields: a name needs its date; nothing is approved before it was submitted. */
function werkplanRegels(waarde: unknown, ctx: z.RefinementCtx): void {
  if (typeof waarde !== 'object' || waarde === null) return;
  const w = waarde as Partial<Record<keyof WerkplanVelden, unknown>>;
  const datum = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  for (const [door, op] of [
    ['goedgekeurdSchoolDoor', 'goedgekeurdSchoolOp'],
    ['goedgekeurdWijkteamDoor', 'goedgekeurdWijkteamOp'],
  ] as const) {
    if (typeof w[door] === 'string' && w[door].trim() !== '' && !datum(w[op])) {
      ctx.addIssue({ code: 'custom', path: [op], message: `${LABEL[op]}: vul de datum in; er staat wel een naam bij.` });
    }
  }
  const ingediend = datum(w.ingediendOp);
  for (const op of ['goedgekeurdSchoolOp', 'goedgekeurdWijkteamOp'] as const) {
    const d = datum(w[op]);
    if (ingediend && d && d < ingediend) {
      ctx.addIssue({
        code: 'custom',
        path: [op],
        message: `${LABEL[op]} ligt vóór de datum van indienen; een werkplan wordt pas goedgekeurd nadat het is ingediend.`,
      });
    }
  }
}

export const werkplanInvoer = strikt({
  schoolId: idVeld('School'),
  schooljaar: schooljaarVeld(),
  ingediendOp: optioneleDatumVeld(LABEL.ingediendOp).default(null),
  goedgekeurdSchoolOp: optioneleDatumVeld(LABEL.goedgekeurdSchoolOp).default(null),
  goedgekeurdSchoolDoor: tekstVeld(LABEL.goedgekeurdSchoolDoor, { max: 200 }).default(null),
  goedgekeurdWijkteamOp: optioneleDatumVeld(LABEL.goedgekeurdWijkteamOp).default(null),
  goedgekeurdWijkteamDoor: tekstVeld(LABEL.goedgekeurdWijkteamDoor, { max: 200 }).default(null),
}).superRefine(werkplanRegels, altijd);

export type WerkplanGevalideerd = z.output<typeof werkplanInvoer>;
