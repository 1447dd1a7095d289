// Handlers of the proeftuinen. Same record shape (incl. budget, schools and indicators) for
// lees, verwijder and herstel.
import {
  leesProeftuin,
  lijstProeftuinen,
  proeftuinMetNaam,
  verwijderProeftuin,
  voegProeftuinToe,
  vreemdeIndicatorIds,
  wijzigProeftuin,
} from '../db/proeftuinen-repo';
import type { Proeftuin } from './typen/registratie';
import { bestaat } from '../db/repo-hulp';
import type { Db } from '../db/open';
import type { z } from 'zod';
import type { proeftuinInvoer } from '../domain/registratie';
import type { Handlers } from './registry';
import { Controle, nietGevonden } from './registratie-hulp';

function controleer(db: Db, p: z.output<typeof proeftuinInvoer>, id: number | null): void {
  const c = new Controle();
  const ander = proeftuinMetNaam(db, p.naam, id ?? undefined);
  if (ander) c.bestaatAl('naam', `Naam: er is al een proeftuin ${ander.naam}.`);
  if (p.wijkId !== null && !bestaat(db, 'wijken', p.wijkId)) c.fout('wijkId', 'Wijk bestaat niet (meer); kies een wijk uit de lijst.');
  p.schoolIds.forEach((s, i) => {
    if (!bestaat(db, 'scholen', s)) c.fout(`schoolIds.${i}`, 'School bestaat niet (meer); kies een school uit de lijst.');
  });
  const vreemd = vreemdeIndicatorIds(
    db,
    p.indicatoren.flatMap((i) => (i.id === undefined ? [] : [i.id])),
    id,
  );
  p.indicatoren.forEach((ind, i) => {
    if (ind.id !== undefined && vreemd.includes(ind.id)) c.fout(`indicatoren.${i}.id`, `Indicator ${ind.naam} hoort bij een andere proeftuin.`);
  });
  c.klaar();
}

function lees(db: Db, id: number): Proeftuin {
  return leesProeftuin(db, id) ?? nietGevonden(`De proeftuin met nummer ${id}`);
}

export const proeftuinenHandlers: Handlers<
  'proeftuinen.lijst' | 'proeftuinen.lees' | 'proeftuinen.maak' | 'proeftuinen.wijzig' | 'proeftuinen.verwijder' | 'proeftuinen.herstel'
> = {
  'proeftuinen.lijst': (_input, { db }) => lijstProeftuinen(db),
  'proeftuinen.lees': ({ id }, { db }) => lees(db, id),
  'proeftuinen.maak': (input, { db, log }) => {
    controleer(db, input, null);
    const nieuw = lees(db, voegProeftuinToe(db, input));
    log('proeftuin', nieuw.id, null, nieuw);
    return nieuw;
  },
  'proeftuinen.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigProeftuin(db, id, input);
    const nieuw = lees(db, id);
    log('proeftuin', id, oud, nieuw);
    return nieuw;
  },
  // Nothing refers to a proeftuin; its budget, schools and indicators go with it (and come back with herstel).
  'proeftuinen.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    verwijderProeftuin(db, id);
    log('proeftuin', id, oud, null);
    return oud;
  },
  'proeftuinen.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input, null);
    const nieuw = lees(db, voegProeftuinToe(db, input, id));
    log('proeftuin', nieuw.id, null, nieuw);
    return nieuw;
  },
};
