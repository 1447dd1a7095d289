// The Excel reports by name, for the API (save dialog) and the CLI (`schoolinzet export …`).
// What each report is (title, period, description) is declared once in api/invoer/rapportages.ts;
// this file adds the writer of each.
import type { Db } from '../db/open';
import { schooljaarLabel } from '../domain/schooljaar';
import { schrijfAanbieders } from './aanbieders';
import { schrijfAlles } from './alles';
import { schrijfBloz } from './bloz';
import { schrijfFinancieel } from './financieel';
import { schrijfMonitor } from './monitor';
import { bestandsnaam, type RapportUitkomst } from './style';
import { RAPPORTEN, RAPPORT_SOORTEN, type RapportSoort } from '../api/invoer/rapportages';
import { schrijfBeschikking, schrijfSubsidies } from './subsidies';
import { schrijfVerdelingVoorstel } from './verdeling';

export { RAPPORTEN, RAPPORT_SOORTEN, type RapportSoort };

export interface RapportVraag {
  soort: RapportSoort;
  begrotingsjaar?: number;
  schooljaar?: number;
  aanbiederId?: number;
  /** For a report with `referentie`: the year the meerkosten are against (default: the year before). */
  referentiejaar?: number;
  verdelingId?: number;
}

interface SchrijfOpties {
  /** The begrotingsjaar or schooljaar the report's `periode` asks for (checked by ontbrekend). */
  jaar: number;
  /** For a report perAanbieder (checked by ontbrekend). */
  aanbiederId?: number;
  referentiejaar?: number;
  /** For a report perVerdeling (checked by ontbrekend). */
  verdelingId?: number;
  gemaakt: Date;
  voortgang?: (f: number) => void;
}

/** One writer per report: adding a report to RAPPORTEN without one here does not compile. */
const SCHRIJVERS: Record<RapportSoort, (db: Db, dbPad: string, pad: string, opties: SchrijfOpties) => Promise<RapportUitkomst>> = {
  financieel: (db, dbPad, pad, { jaar, referentiejaar, gemaakt }) => schrijfFinancieel(db, dbPad, pad, { begrotingsjaar: jaar, referentiejaar, gemaakt }),
  bloz: (db, dbPad, pad, { jaar, gemaakt }) => schrijfBloz(db, dbPad, pad, { schooljaar: jaar, gemaakt }),
  aanbieders: (db, dbPad, pad, { jaar, gemaakt }) => schrijfAanbieders(db, dbPad, pad, { schooljaar: jaar, gemaakt }),
  alles: (db, dbPad, pad, { gemaakt, voortgang }) => schrijfAlles(db, dbPad, pad, { gemaakt, voortgang }),
  beschikking: (db, dbPad, pad, { jaar, aanbiederId, gemaakt }) =>
    schrijfBeschikking(db, dbPad, pad, { aanbiederId: aanbiederId!, begrotingsjaar: jaar, gemaakt }),
  subsidies: (db, dbPad, pad, { jaar, gemaakt }) => schrijfSubsidies(db, dbPad, pad, { begrotingsjaar: jaar, gemaakt }),
  monitor: (db, dbPad, pad, { jaar, gemaakt }) => schrijfMonitor(db, dbPad, pad, { schooljaar: jaar, gemaakt }),
  verdeling: (db, dbPad, pad, { verdelingId, gemaakt }) => schrijfVerdelingVoorstel(db, dbPad, pad, { verdelingId: verdelingId!, gemaakt }),
};

function jaarVan(vraag: RapportVraag): number | undefined {
  const periode = RAPPORTEN[vraag.soort].periode;
  return periode === null ? undefined : vraag[periode];
}

/** What is missing, in Dutch, or null when the question is complete. */
export function ontbrekend(vraag: RapportVraag): { veld: string; melding: string } | null {
  const { periode, titel, ...rest } = RAPPORTEN[vraag.soort];
  if (periode !== null && vraag[periode] === undefined) return { veld: periode, melding: `${titel}: kies een ${periode}.` };
  if ('perAanbieder' in rest && vraag.aanbiederId === undefined) return { veld: 'aanbiederId', melding: `${titel}: kies de aanbieder.` };
  if (vraag.referentiejaar !== undefined) {
    if (!('referentie' in rest)) return { veld: 'referentiejaar', melding: `${titel}: heeft geen referentiejaar.` };
    if (periode !== null && vraag.referentiejaar === vraag[periode])
      return { veld: 'referentiejaar', melding: `${titel}: kies een ander referentiejaar dan het ${periode} zelf.` };
  }
  if ('perVerdeling' in rest && vraag.verdelingId === undefined) return { veld: 'verdelingId', melding: `${titel}: kies de verdeling.` };
  return null;
}

/** `Schoolinzet - Financiele paragraaf 2018 - 2026-11-22.xlsx`. */
export function standaardBestandsnaam(vraag: RapportVraag, gemaakt = new Date()): string {
  const { periode, inBestandsnaam } = RAPPORTEN[vraag.soort];
  const jaar = jaarVan(vraag)!;
  const label = periode === null ? null : periode === 'schooljaar' ? schooljaarLabel(jaar) : String(jaar);
  return bestandsnaam(inBestandsnaam, label, gemaakt);
}

export async function schrijfRapport(
  db: Db,
  dbPad: string,
  pad: string,
  vraag: RapportVraag,
  opties: { gemaakt?: Date; voortgang?: (f: number) => void } = {},
): Promise<RapportUitkomst> {
  return SCHRIJVERS[vraag.soort](db, dbPad, pad, {
    jaar: jaarVan(vraag)!,
    aanbiederId: vraag.aanbiederId,
    referentiejaar: vraag.referentiejaar,
    verdelingId: vraag.verdelingId,
    gemaakt: opties.gemaakt ?? new Date(),
    voortgang: opties.voortgang,
  });
}
