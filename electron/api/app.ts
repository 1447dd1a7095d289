import path from 'node:path';
import { schemaVersion } from '../db/open';
import { GebruikersFout } from './fout';
import type { Handlers } from './registry';

export interface AppInfo {
  bestand: string;
  bestandsnaam: string;
  schemaVersie: string | null;
  alleenLezen: boolean;
  gebruiker: string;
  aantallen: Record<string, number>;
}

export interface BestandResultaat {
  /** false when the user cancelled the dialog. */
  gewisseld: boolean;
  bestand: string;
}

/** The tables whose row counts `schoolinzet info` and the Instellingen page show. */
export const TELBARE_TABELLEN = [
  'wijken',
  'besturen',
  'scholen',
  'aanbieders',
  'functies',
  'afspraken',
  'begrotingsposten',
  'regelingen',
  'kerncijfers',
  'proeftuinen',
  'mutatielog',
] as const;

const DB_FILTERS = [{ name: 'Schoolinzet-database', extensions: ['schoolinzet', 'db', 'sqlite'] }];

export const appHandlers: Handlers<'app.info' | 'bestand.nieuw' | 'bestand.openen'> = {
  'app.info': (_input, { db, omgeving }) => {
    const aantallen: Record<string, number> = {};
    for (const tabel of TELBARE_TABELLEN) {
      aantallen[tabel] = (db.prepare(`SELECT count(*) AS n FROM ${tabel}`).get() as { n: number }).n;
    }
    const bestand = omgeving.dbPad();
    return {
      bestand,
      bestandsnaam: path.basename(bestand),
      schemaVersie: schemaVersion(db),
      alleenLezen: omgeving.alleenLezen(),
      gebruiker: omgeving.gebruiker,
      aantallen,
    };
  },
  // The path always comes from the user's own choice in a native dialog, never from the renderer.
  'bestand.nieuw': async (_input, { omgeving }) => {
    const pad = await omgeving.kiesBestand({ doel: 'nieuw', titel: 'Nieuw Schoolinzet-bestand', standaardNaam: 'Schoolinzet.schoolinzet', filters: DB_FILTERS });
    if (!pad) return { gewisseld: false, bestand: omgeving.dbPad() };
    await omgeving.wisselDatabase(pad, { nieuw: true });
    return { gewisseld: true, bestand: omgeving.dbPad() };
  },
  'bestand.openen': async (_input, { omgeving }) => {
    const pad = await omgeving.kiesBestand({ doel: 'openen', titel: 'Schoolinzet-bestand openen', filters: DB_FILTERS });
    if (!pad) return { gewisseld: false, bestand: omgeving.dbPad() };
    if (path.resolve(pad) === path.resolve(omgeving.dbPad())) throw new GebruikersFout('Dit bestand is al geopend.', 'conflict');
    await omgeving.wisselDatabase(pad, { nieuw: false });
    return { gewisseld: true, bestand: omgeving.dbPad() };
  },
};
