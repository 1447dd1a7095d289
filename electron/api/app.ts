import crypto from 'node:crypto';
import path from 'node:path';
import { schemaVersion } from '../db/open';
import { isVoorbeeld } from '../db/instellingen-repo';
import { BestandInGebruikFout } from '../db/slot';
import { GebruikersFout } from './fout';
import type { Handlers } from './registry';

// Files the user picked in "Openen…" that a colleague has open, by short-lived id, so the renderer
// can ask to open that very file read-only without ever passing a path.
const KEUZE_GELDIG_MS = 10 * 60 * 1000;
const keuzes = new Map<string, { pad: string; tot: number }>();

function bewaarKeuze(pad: string): string {
  const nu = Date.now();
  for (const [id, k] of keuzes) if (k.tot < nu) keuzes.delete(id);
  const id = crypto.randomUUID();
  keuzes.set(id, { pad, tot: nu + KEUZE_GELDIG_MS });
  return id;
}

/** The kept path, once: a second click cannot open it again behind the user's back. */
function neemKeuze(id: string): string {
  const k = keuzes.get(id);
  keuzes.delete(id);
  if (!k || k.tot < Date.now()) throw new GebruikersFout('Deze keuze is verlopen. Kies het bestand opnieuw met "Openen…".', 'niet-gevonden');
  return k.pad;
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

export const appHandlers: Handlers<'app.info' | 'bestand.nieuw' | 'bestand.openen' | 'bestand.openenAlleenLezen'> = {
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
      alleenLezenReden: omgeving.alleenLezenReden?.() ?? null,
      gebruiker: omgeving.gebruiker,
      voorbeeld: isVoorbeeld(db),
      aantallen,
      schooljarenMetAfspraken: db.prepare('SELECT DISTINCT schooljaar FROM afspraken ORDER BY schooljaar').pluck().all() as number[],
    };
  },
  // The path always comes from the user's own choice in a native dialog, never from the renderer.
  'bestand.nieuw': async (_input, { omgeving }) => {
    const pad = await omgeving.kiesBestand({
      doel: 'nieuw',
      titel: 'Nieuw Schoolinzet-bestand',
      standaardNaam: 'Schoolinzet.schoolinzet',
      filters: DB_FILTERS,
    });
    if (!pad) return { gewisseld: false, bestand: omgeving.dbPad() };
    await omgeving.wisselDatabase(pad, { nieuw: true });
    return { gewisseld: true, bestand: omgeving.dbPad() };
  },
  'bestand.openen': async (_input, { omgeving }) => {
    const pad = await omgeving.kiesBestand({ doel: 'openen', titel: 'Schoolinzet-bestand openen', filters: DB_FILTERS });
    if (!pad) return { gewisseld: false, bestand: omgeving.dbPad() };
    if (path.resolve(pad) === path.resolve(omgeving.dbPad())) throw new GebruikersFout('Dit bestand is al geopend.', 'conflict');
    try {
      await omgeving.wisselDatabase(pad, { nieuw: false });
    } catch (error) {
      if (!(error instanceof BestandInGebruikFout)) throw error;
      const { gebruiker, computer, sinds } = error.slot;
      const inGebruik = { door: gebruiker, computer, sinds, bestandsnaam: path.basename(pad), melding: error.message, keuzeId: bewaarKeuze(pad) };
      return { gewisseld: false, bestand: omgeving.dbPad(), inGebruik };
    }
    return { gewisseld: true, bestand: omgeving.dbPad() };
  },
  // The file from a bestand.openen answer with inGebruik, read-only: the colleague's note stays.
  'bestand.openenAlleenLezen': async ({ keuzeId }, { omgeving }) => {
    const pad = neemKeuze(keuzeId);
    if (path.resolve(pad) === path.resolve(omgeving.dbPad())) throw new GebruikersFout('Dit bestand is al geopend.', 'conflict');
    await omgeving.wisselDatabase(pad, { nieuw: false, alleenLezen: true });
    return { gewisseld: true, bestand: omgeving.dbPad() };
  },
};
