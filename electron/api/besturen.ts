// Handlers of the besturen (bevoegd gezag): a plain restorable list (api/lijst-entiteit.ts).
import { besturenTabel, bestuurMetNummer, bestuurScholen, lijstBesturen } from '../db/besturen-repo';
import { opsomming } from '../db/repo-hulp';
import { lijstHandlers } from './lijst-entiteit';
import { Controle, inGebruik, telwoord } from './registratie-hulp';

export const besturenHandlers = lijstHandlers('besturen', {
  entiteit: 'bestuur',
  onderwerp: (id) => `Het bestuur met nummer ${id}`,
  tabel: besturenTabel,
  lijst: lijstBesturen,
  controleer: (db, b, id) => {
    const c = new Controle();
    const ander = b.nummer ? bestuurMetNummer(db, b.nummer, id) : null;
    if (ander) c.bestaatAl('nummer', `Bevoegd-gezagnummer ${b.nummer} hoort al bij ${ander.naam}.`);
    c.klaar();
  },
  weigerVerwijderen: (db, oud) => {
    const scholen = bestuurScholen(db, oud.id);
    if (scholen.length)
      inGebruik(
        `Het bestuur ${oud.naam} heeft nog ${telwoord(scholen.length, 'school', 'scholen')} (${opsomming(scholen)}). Kies daar eerst een ander bestuur.`,
      );
  },
});
