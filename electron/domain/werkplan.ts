// The werkplan of a school for one schooljaar (issue 13 item 7; docs/regels.md#regel-14): submitted
// by the school, approved by the school (board) and by the sociaal wijkteam. It used to be two
// dates on every afspraak, so the IB/ZC/orthopedagoog rows, which never had them, read as "niet
// goedgekeurd". Its status is given in words that say what happened, never what did not
// ("afgekeurd" is not a state we know). No Node imports and no zod: the Afspraken table bundles
// this file (the input schemas are in werkplan-invoer.ts, loaded with the forms).
import type { IsoDatum } from './types';

export const WERKPLAN_STATUSSEN = [
  'nog niet ingediend',
  'ingediend',
  'goedgekeurd door school',
  // Only when the wijkteam's approval was recorded before the school's (old data can have it).
  'goedgekeurd door wijkteam',
  'goedgekeurd door school en wijkteam',
] as const;
export type WerkplanStatus = (typeof WERKPLAN_STATUSSEN)[number];

/** The dates and names of one werkplan, as stored and as the form edits them. */
export interface WerkplanVelden {
  ingediendOp: IsoDatum | null;
  goedgekeurdSchoolOp: IsoDatum | null;
  goedgekeurdSchoolDoor: string | null;
  goedgekeurdWijkteamOp: IsoDatum | null;
  goedgekeurdWijkteamDoor: string | null;
}

/** One school's werkplan in one schooljaar; a school without one reads as all null ("nog niet ingediend"). */
export interface Werkplan extends WerkplanVelden {
  schoolId: number;
  schooljaar: number;
  status: WerkplanStatus;
}

/**
 * The status in words. An approval implies the plan was submitted, even when the submission date
 * was never typed (the dates moved from the afspraken have no submission date).
 */
export function werkplanStatus(w: Pick<WerkplanVelden, 'ingediendOp' | 'goedgekeurdSchoolOp' | 'goedgekeurdWijkteamOp'> | null | undefined): WerkplanStatus {
  if (!w) return 'nog niet ingediend';
  const school = !!w.goedgekeurdSchoolOp;
  const wijkteam = !!w.goedgekeurdWijkteamOp;
  if (school && wijkteam) return 'goedgekeurd door school en wijkteam';
  if (school) return 'goedgekeurd door school';
  if (wijkteam) return 'goedgekeurd door wijkteam';
  return w.ingediendOp ? 'ingediend' : 'nog niet ingediend';
}
