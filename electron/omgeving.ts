import fs from 'node:fs';
import { GebruikersFout } from './api/fout';
import type { BestandsVraag, Omgeving } from './api/registry';
import { DatabaseSessie } from './db/sessie';
import { gebruikersnaam } from './paden';

export interface OmgevingOpties {
  kiesBestand?: (vraag: BestandsVraag) => Promise<string | null>;
  /** Multiple selection; without it, kiesBestanden asks kiesBestand for one file. */
  kiesBestanden?: (vraag: BestandsVraag) => Promise<string[] | null>;
  /** Called after the app switched to another file (to remember it, to update the window title). */
  naWissel?: (pad: string) => void;
  voortgang?: (taak: string, fractie: number) => void;
  gebruiker?: string;
}

/** The Omgeving over a DatabaseSessie, shared by Electron, the CLI and the test harness. */
export function maakOmgeving(sessie: DatabaseSessie, opties: OmgevingOpties = {}): Omgeving {
  const kiesBestand = opties.kiesBestand ?? (async () => null);
  // The last report is kept so the renderer can poll it while a long import runs (app.voortgang).
  let stand: { taak: string; fractie: number } | null = null;
  return {
    gebruiker: opties.gebruiker ?? gebruikersnaam(),
    db: () => sessie.db(),
    dbPad: () => sessie.dbPad(),
    alleenLezen: () => sessie.alleenLezen(),
    alleenLezenReden: () => sessie.alleenLezenReden(),
    kiesBestand,
    kiesBestanden:
      opties.kiesBestanden ??
      (async (vraag) => {
        const pad = await kiesBestand(vraag);
        return pad ? [pad] : null;
      }),
    voortgang(taak, fractie) {
      stand = fractie >= 1 && taak === '' ? null : { taak, fractie };
      opties.voortgang?.(taak, fractie);
    },
    voortgangStand: () => stand,
    async wisselDatabase(pad, { nieuw, alleenLezen }) {
      if (nieuw && fs.existsSync(pad) && fs.statSync(pad).size > 0) {
        throw new GebruikersFout(`Er staat al een bestand ${pad}. Kies een nieuwe naam, of open het bestand met "Openen…".`, 'conflict');
      }
      if (!nieuw && !fs.existsSync(pad)) throw new GebruikersFout(`Het bestand ${pad} bestaat niet.`, 'niet-gevonden');
      await sessie.wissel(pad, { alleenLezen });
      opties.naWissel?.(pad);
    },
  };
}
