// Handlers of the begrotingsposten with their amounts per calendar year. Same record shape for
// lees, verwijder and herstel.
import {
  begrotingspostMetNaam,
  begrotingspostRegelingen,
  leesBegrotingspost,
  lijstBegrotingsposten,
  verwijderBegrotingspost,
  voegBegrotingspostToe,
  wijzigBegrotingspost,
} from '../db/begrotingsposten-repo';
import type { Begrotingspost } from './typen/registratie';
import { opsomming } from '../db/repo-hulp';
import type { Db } from '../db/open';
import type { Handlers } from './registry';
import { Controle, inGebruik, nietGevonden } from './registratie-hulp';

function controleer(db: Db, b: { naam: string }, id?: number): void {
  const c = new Controle();
  const ander = begrotingspostMetNaam(db, b.naam, id);
  if (ander) c.bestaatAl('naam', `Naam: er is al een begrotingspost ${ander.naam}.`);
  c.klaar();
}

function lees(db: Db, id: number): Begrotingspost {
  return leesBegrotingspost(db, id) ?? nietGevonden(`De begrotingspost met nummer ${id}`);
}

export const begrotingspostenHandlers: Handlers<
  | 'begrotingsposten.lijst'
  | 'begrotingsposten.lees'
  | 'begrotingsposten.maak'
  | 'begrotingsposten.wijzig'
  | 'begrotingsposten.verwijder'
  | 'begrotingsposten.herstel'
> = {
  'begrotingsposten.lijst': (_input, { db }) => lijstBegrotingsposten(db),
  'begrotingsposten.lees': ({ id }, { db }) => lees(db, id),
  'begrotingsposten.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegBegrotingspostToe(db, input));
    log('begrotingspost', nieuw.id, null, nieuw);
    return nieuw;
  },
  'begrotingsposten.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigBegrotingspost(db, id, input);
    const nieuw = lees(db, id);
    log('begrotingspost', id, oud, nieuw);
    return nieuw;
  },
  'begrotingsposten.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    const regelingen = begrotingspostRegelingen(db, id);
    if (regelingen.length) {
      inGebruik(
        `De begrotingspost ${oud.naam} is nog gekoppeld aan ${regelingen.length === 1 ? 'de regeling' : 'de regelingen'} ${opsomming(regelingen)}. Ontkoppel die eerst.`,
      );
    }
    verwijderBegrotingspost(db, id);
    log('begrotingspost', id, oud, null);
    return oud;
  },
  'begrotingsposten.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegBegrotingspostToe(db, input, id));
    log('begrotingspost', nieuw.id, null, nieuw);
    return nieuw;
  },
};
