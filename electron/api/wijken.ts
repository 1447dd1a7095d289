// Handlers of the wijken. lees, verwijder and herstel share one record shape (Wijk), so the
// UI can undo a delete by passing the deleted record back to herstel.
import { leesWijk, lijstWijken, verwijderWijk, voegWijkToe, wijkMetNaam, wijkVerwijzingen, wijzigWijk, type Wijk } from '../db/wijken-repo';
import { opsomming } from '../db/repo-hulp';
import type { Db } from '../db/open';
import type { Handlers } from './registry';
import { Controle, inGebruik, nietGevonden, telwoord } from './registratie-hulp';

function controleer(db: Db, w: { naam: string }, id?: number): void {
  const c = new Controle();
  const ander = wijkMetNaam(db, w.naam, id);
  if (ander) c.bestaatAl('naam', `Naam: er is al een wijk ${ander.naam}.`);
  c.klaar();
}

function lees(db: Db, id: number): Wijk {
  return leesWijk(db, id) ?? nietGevonden(`De wijk met nummer ${id}`);
}

export const wijkenHandlers: Handlers<'wijken.lijst' | 'wijken.lees' | 'wijken.maak' | 'wijken.wijzig' | 'wijken.verwijder' | 'wijken.herstel'> = {
  'wijken.lijst': (_input, { db }) => lijstWijken(db),
  'wijken.lees': ({ id }, { db }) => lees(db, id),
  'wijken.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegWijkToe(db, input));
    log('wijk', nieuw.id, null, nieuw);
    return nieuw;
  },
  'wijken.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigWijk(db, id, input);
    const nieuw = lees(db, id);
    log('wijk', id, oud, nieuw);
    return nieuw;
  },
  'wijken.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    const { scholen, proeftuinen, postcoderegels } = wijkVerwijzingen(db, id);
    const delen = [
      scholen.length ? `${telwoord(scholen.length, 'school', 'scholen')} (${opsomming(scholen)})` : '',
      proeftuinen.length ? `${telwoord(proeftuinen.length, 'proeftuin', 'proeftuinen')} (${opsomming(proeftuinen)})` : '',
      postcoderegels.length ? `${telwoord(postcoderegels.length, 'postcoderegel', 'postcoderegels')} (${opsomming(postcoderegels)})` : '',
    ].filter(Boolean);
    if (delen.length) inGebruik(`De wijk ${oud.naam} heeft nog ${delen.join(' en ')}. Kies daar eerst een andere wijk.`);
    verwijderWijk(db, id);
    log('wijk', id, oud, null);
    return oud;
  },
  'wijken.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegWijkToe(db, input, id));
    log('wijk', nieuw.id, null, nieuw);
    return nieuw;
  },
};
