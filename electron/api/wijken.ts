// Handlers of the wijken: a plain restorable list (api/lijst-entiteit.ts).
import { lijstWijken, wijkenTabel, wijkMetNaam, wijkVerwijzingen } from '../db/wijken-repo';
import { opsomming } from '../db/repo-hulp';
import { indicatorenVanScope } from '../db/indicatoren-repo';
import { lijstHandlers } from './lijst-entiteit';
import { Controle, inGebruik, telwoord, verdelingTekst } from './registratie-hulp';
import { verdelingenMet } from '../db/verdelingen-repo';

export const wijkenHandlers = lijstHandlers('wijken', {
  entiteit: 'wijk',
  onderwerp: (id) => `De wijk met nummer ${id}`,
  tabel: wijkenTabel,
  lijst: lijstWijken,
  controleer: (db, w, id) => {
    const c = new Controle();
    const ander = wijkMetNaam(db, w.naam, id);
    if (ander) c.bestaatAl('naam', `Naam: er is al een wijk ${ander.naam}.`);
    c.klaar();
  },
  weigerVerwijderen: (db, oud) => {
    const { scholen, proeftuinen, postcoderegels } = wijkVerwijzingen(db, oud.id);
    const delen = [
      scholen.length ? `${telwoord(scholen.length, 'school', 'scholen')} (${opsomming(scholen)})` : '',
      proeftuinen.length ? `${telwoord(proeftuinen.length, 'proeftuin', 'proeftuinen')} (${opsomming(proeftuinen)})` : '',
      postcoderegels.length ? `${telwoord(postcoderegels.length, 'postcoderegel', 'postcoderegels')} (${opsomming(postcoderegels)})` : '',
      indicatorenVanScope(db, 'wijk', oud.id),
      verdelingenMet(db, 'wijk', oud.id).length ? verdelingTekst(verdelingenMet(db, 'wijk', oud.id)) : '',
    ].filter(Boolean);
    if (delen.length) inGebruik(`De wijk ${oud.naam} heeft nog ${delen.join(' en ')}. Kies daar eerst een andere wijk.`);
  },
});
