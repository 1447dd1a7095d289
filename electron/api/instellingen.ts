import { leesInstellingen, schrijfInstellingen } from '../db/instellingen-repo';
import type { Handlers } from './registry';
import { weigerWijzigingVanGebruiktBasis } from './tarieven';

export const instellingenHandlers: Handlers<'instellingen.lezen' | 'instellingen.opslaan'> = {
  'instellingen.lezen': (_input, { db }) => leesInstellingen(db),
  'instellingen.opslaan': (input, { db, log }) => {
    const oud = leesInstellingen(db);
    weigerWijzigingVanGebruiktBasis(db, oud, input, (functie) => (functie === null ? 'wekenPerSchooljaar' : `standaardTarieven.${functie}`));
    schrijfInstellingen(db, input);
    const nieuw = leesInstellingen(db);
    log('instellingen', null, oud, nieuw);
    return nieuw;
  },
};
