// The Monitor sheet (issue 18): export the template, preview a filled-in sheet, then save it in
// one transaction after a backup. The same preview/execute pattern as the afsprakenblad
// (api/importeren.ts): the bytes stay in the main process under a short-lived id.
import path from 'node:path';
import { schrijfAtomisch } from '../bestanden/atomisch';
import type { Db } from '../db/open';
import { leesMonitorBlad, maakMonitorPlan, voerMonitorPlanUit } from '../import/monitor';
import { afsprakenVoorbeeld } from '../import/afspraken';
import { bestandUitInhoud, bewaarImport, neemImport, zetTerug, type GekozenBestand } from '../import/plannen';
import { maakMonitorSjabloon } from '../reports/monitor-sjabloon';
import { GebruikersFout } from './fout';
import { alsGebruikersFout, backupVoorImport, leesGekozen, magSchrijven } from './importeren';
import type { Handlers } from './registry';
import type { AfsprakenVoorbeeldResultaat } from './typen/importeren';

const XLSX = [{ name: 'Excel-werkmap', extensions: ['xlsx'] }];
const SOORT = 'monitor';

async function plan(db: Db, bestand: GekozenBestand) {
  return maakMonitorPlan(db, await leesMonitorBlad(bestand.inhoud));
}

async function voorbeeld(db: Db, dbPad: string, bestand: GekozenBestand): Promise<AfsprakenVoorbeeldResultaat> {
  try {
    const p = await plan(db, bestand);
    return { id: bewaarImport<GekozenBestand>(SOORT, dbPad, bestand), ...afsprakenVoorbeeld(bestand.naam, p) };
  } catch (e) {
    throw alsGebruikersFout(e, bestand.naam);
  }
}

export const monitorImportHandlers: Handlers<
  'import.monitorVoorbeeld' | 'import.monitorVoorbeeldInhoud' | 'import.monitorUitvoeren' | 'import.monitorSjabloonOpslaan'
> = {
  'import.monitorVoorbeeld': async (_input, { db, omgeving }) => {
    const pad = await omgeving.kiesBestand({ doel: 'openen', titel: 'Monitorblad kiezen', filters: XLSX });
    if (!pad)
      return { id: null, bestand: '', blad: '', rijen: 0, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, waarschuwingen: [], wijzigingen: [], ingekort: false };
    return voorbeeld(db, omgeving.dbPad(), leesGekozen(pad));
  },
  'import.monitorVoorbeeldInhoud': async ({ naam, inhoudBase64 }, { db, omgeving }) => voorbeeld(db, omgeving.dbPad(), bestandUitInhoud(naam, inhoudBase64)),
  'import.monitorUitvoeren': async ({ id }, { db, omgeving }) => {
    magSchrijven(omgeving);
    const bestand = neemImport<GekozenBestand>(id, SOORT, omgeving.dbPad());
    try {
      const backup = await backupVoorImport(db, omgeving);
      // Planned again against the database as it is now: nothing stale is written.
      const t = voerMonitorPlanUit(db, await plan(db, bestand), omgeving.gebruiker);
      return {
        ...backup,
        samenvatting: `Monitorcijfers uit ${bestand.naam} opgeslagen: ${t.nieuw} nieuw, ${t.gewijzigd} gewijzigd, ${t.ongewijzigd} ongewijzigd.`,
      };
    } catch (e) {
      zetTerug(id, SOORT, omgeving.dbPad(), bestand);
      throw alsGebruikersFout(e, bestand.naam);
    }
  },
  'import.monitorSjabloonOpslaan': async ({ schooljaar }, { db, omgeving }) => {
    const naam = schooljaar === undefined ? 'Monitor-sjabloon.xlsx' : `Monitor ${schooljaar}-${schooljaar + 1}.xlsx`;
    const pad = await omgeving.kiesBestand({ doel: 'opslaan', titel: 'Monitorsjabloon opslaan', standaardNaam: naam, filters: XLSX });
    if (!pad) return { opgeslagen: false, bestand: null, ingekort: null };
    const { inhoud, ingekort } = await maakMonitorSjabloon(db, { schooljaar });
    try {
      await schrijfAtomisch(pad, inhoud);
    } catch (error) {
      throw new GebruikersFout(error instanceof Error ? error.message : String(error), 'bestand');
    }
    return { opgeslagen: true, bestand: path.basename(pad), ingekort };
  },
};
