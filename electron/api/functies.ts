// Handlers of the eight fixed functies: read, and change name, betaler and default rate.
// The codes themselves are fixed (the schema's CHECK), so there is no maak or verwijder.
import { leesFunctie, lijstFuncties, wijzigFunctie } from '../db/functies-repo';
import type { Functie } from './typen/registratie';
import type { Handlers } from './registry';
import { nietGevonden } from './registratie-hulp';

export const functiesHandlers: Handlers<'functies.lijst' | 'functies.lees' | 'functies.wijzig'> = {
  'functies.lijst': (_input, { db }) => lijstFuncties(db),
  'functies.lees': ({ code }, { db }) => leesFunctie(db, code) ?? nietGevonden(`De functie ${code}`),
  'functies.wijzig': (input, { db, log }) => {
    const oud = leesFunctie(db, input.code) ?? nietGevonden(`De functie ${input.code}`);
    wijzigFunctie(db, input as Functie);
    const nieuw = leesFunctie(db, input.code) as Functie;
    log('functie', input.code, oud, nieuw);
    return nieuw;
  },
};
