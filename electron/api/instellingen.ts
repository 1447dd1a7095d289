import { leesInstellingen, schrijfInstellingen } from '../db/instellingen-repo';
import type { Handlers } from './registry';

export const instellingenHandlers: Handlers<'instellingen.lezen' | 'instellingen.opslaan'> = {
  'instellingen.lezen': (_input, { db }) => leesInstellingen(db),
  'instellingen.opslaan': (input, { db, log }) => {
    const oud = leesInstellingen(db);
    schrijfInstellingen(db, input);
    const nieuw = leesInstellingen(db);
    log('instellingen', null, oud, nieuw);
    return nieuw;
  },
};
