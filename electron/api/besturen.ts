// Handlers of the besturen (bevoegd gezag). Same record shape for lees, verwijder and herstel.
import { bestuurMetNummer, bestuurScholen, leesBestuur, lijstBesturen, verwijderBestuur, voegBestuurToe, wijzigBestuur } from '../db/besturen-repo';
import type { Bestuur } from './typen/registratie';
import { opsomming } from '../db/repo-hulp';
import type { Db } from '../db/open';
import type { Handlers } from './registry';
import { Controle, inGebruik, nietGevonden, telwoord } from './registratie-hulp';

function controleer(db: Db, b: { nummer: string | null }, id?: number): void {
  const c = new Controle();
  const ander = b.nummer ? bestuurMetNummer(db, b.nummer, id) : null;
  if (ander) c.bestaatAl('nummer', `Bevoegd-gezagnummer ${b.nummer} hoort al bij ${ander.naam}.`);
  c.klaar();
}

function lees(db: Db, id: number): Bestuur {
  return leesBestuur(db, id) ?? nietGevonden(`Het bestuur met nummer ${id}`);
}

export const besturenHandlers: Handlers<'besturen.lijst' | 'besturen.lees' | 'besturen.maak' | 'besturen.wijzig' | 'besturen.verwijder' | 'besturen.herstel'> = {
  'besturen.lijst': (_input, { db }) => lijstBesturen(db),
  'besturen.lees': ({ id }, { db }) => lees(db, id),
  'besturen.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegBestuurToe(db, input));
    log('bestuur', nieuw.id, null, nieuw);
    return nieuw;
  },
  'besturen.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigBestuur(db, id, input);
    const nieuw = lees(db, id);
    log('bestuur', id, oud, nieuw);
    return nieuw;
  },
  'besturen.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    const scholen = bestuurScholen(db, id);
    if (scholen.length) inGebruik(`Het bestuur ${oud.naam} heeft nog ${telwoord(scholen.length, 'school', 'scholen')} (${opsomming(scholen)}). Kies daar eerst een ander bestuur.`);
    verwijderBestuur(db, id);
    log('bestuur', id, oud, null);
    return oud;
  },
  'besturen.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegBestuurToe(db, input, id));
    log('bestuur', nieuw.id, null, nieuw);
    return nieuw;
  },
};
