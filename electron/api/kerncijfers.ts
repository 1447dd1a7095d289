// Handlers of the kerncijfers per jaar. The year is the key; herstel re-inserts a deleted year.
import { leesKerncijfers, lijstKerncijfers, verwijderKerncijfers, voegKerncijfersToe, wijzigKerncijfers } from '../db/kerncijfers-repo';
import type { Kerncijfers } from './typen/registratie';
import type { Db } from '../db/open';
import type { Handlers } from './registry';
import { Controle, nietGevonden } from './registratie-hulp';

function lees(db: Db, jaar: number): Kerncijfers {
  return leesKerncijfers(db, jaar) ?? nietGevonden(`De kerncijfers van ${jaar}`);
}

function maak(db: Db, k: Kerncijfers): Kerncijfers {
  const c = new Controle();
  if (leesKerncijfers(db, k.jaar)) c.bestaatAl('jaar', `Jaar: er zijn al kerncijfers voor ${k.jaar}; pas die aan.`);
  c.klaar();
  voegKerncijfersToe(db, k);
  return lees(db, k.jaar);
}

export const kerncijfersHandlers: Handlers<
  'kerncijfers.lijst' | 'kerncijfers.lees' | 'kerncijfers.maak' | 'kerncijfers.wijzig' | 'kerncijfers.verwijder' | 'kerncijfers.herstel'
> = {
  'kerncijfers.lijst': (_input, { db }) => lijstKerncijfers(db),
  'kerncijfers.lees': ({ jaar }, { db }) => lees(db, jaar),
  'kerncijfers.maak': (input, { db, log }) => {
    const nieuw = maak(db, input);
    log('kerncijfers', nieuw.jaar, null, nieuw);
    return nieuw;
  },
  'kerncijfers.wijzig': (input, { db, log }) => {
    const oud = lees(db, input.jaar);
    wijzigKerncijfers(db, input);
    const nieuw = lees(db, input.jaar);
    log('kerncijfers', input.jaar, oud, nieuw);
    return nieuw;
  },
  'kerncijfers.verwijder': ({ jaar }, { db, log }) => {
    const oud = lees(db, jaar);
    verwijderKerncijfers(db, jaar);
    log('kerncijfers', jaar, oud, null);
    return oud;
  },
  'kerncijfers.herstel': (input, { db, log }) => {
    const nieuw = maak(db, input);
    log('kerncijfers', nieuw.jaar, null, nieuw);
    return nieuw;
  },
};
