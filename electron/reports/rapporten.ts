// The Excel reports by name, for the API (save dialog) and the CLI (`schoolinzet export …`).
import type { Db } from '../db/open';
import { schooljaarLabel } from '../domain/schooljaar';
import { schrijfAanbieders, AANBIEDERS_NAAM } from './aanbieders';
import { schrijfAlles, ALLES_NAAM } from './alles';
import { schrijfBloz, BLOZ_NAAM } from './bloz';
import { schrijfFinancieel } from './financieel';
import { schrijfMonitor, MONITOR_NAAM } from './monitor';
import { bestandsnaam } from './style';

import { RAPPORT_SOORTEN } from '../api/invoer/rapportages';

export { RAPPORT_SOORTEN };
export type RapportSoort = (typeof RAPPORT_SOORTEN)[number];

export interface RapportVraag {
  soort: RapportSoort;
  begrotingsjaar?: number;
  schooljaar?: number;
}

/** The title words in the file name (no accents: `Financiele paragraaf`). */
const NAAM_IN_BESTAND: Record<RapportSoort, string> = {
  financieel: 'Financiele paragraaf',
  bloz: BLOZ_NAAM,
  aanbieders: AANBIEDERS_NAAM,
  alles: ALLES_NAAM,
  monitor: MONITOR_NAAM,
};

/** What is missing, in Dutch, or null when the question is complete. */
export function ontbrekend(vraag: RapportVraag): { veld: string; melding: string } | null {
  if (vraag.soort === 'financieel' && vraag.begrotingsjaar === undefined) return { veld: 'begrotingsjaar', melding: 'Kies een begrotingsjaar voor de financiële paragraaf.' };
  if ((vraag.soort === 'bloz' || vraag.soort === 'aanbieders' || vraag.soort === 'monitor') && vraag.schooljaar === undefined) return { veld: 'schooljaar', melding: 'Kies een schooljaar voor dit overzicht.' };
  return null;
}

/** `Schoolinzet - Financiele paragraaf 2018 - 2026-11-22.xlsx`. */
export function standaardBestandsnaam(vraag: RapportVraag, gemaakt = new Date()): string {
  const periode =
    vraag.soort === 'financieel' ? String(vraag.begrotingsjaar)
    : vraag.soort === 'alles' ? null
    : schooljaarLabel(vraag.schooljaar!);
  return bestandsnaam(NAAM_IN_BESTAND[vraag.soort], periode, gemaakt);
}

export async function schrijfRapport(db: Db, dbPad: string, pad: string, vraag: RapportVraag, opties: { gemaakt?: Date; voortgang?: (f: number) => void } = {}): Promise<void> {
  const gemaakt = opties.gemaakt ?? new Date();
  switch (vraag.soort) {
    case 'financieel':
      await schrijfFinancieel(db, dbPad, pad, { begrotingsjaar: vraag.begrotingsjaar!, gemaakt });
      return;
    case 'bloz':
      await schrijfBloz(db, dbPad, pad, { schooljaar: vraag.schooljaar!, gemaakt });
      return;
    case 'aanbieders':
      await schrijfAanbieders(db, dbPad, pad, { schooljaar: vraag.schooljaar!, gemaakt });
      return;
    case 'monitor':
      await schrijfMonitor(db, dbPad, pad, { schooljaar: vraag.schooljaar!, gemaakt });
      return;
    case 'alles':
      await schrijfAlles(db, dbPad, pad, { gemaakt, voortgang: opties.voortgang });
      return;
  }
}
