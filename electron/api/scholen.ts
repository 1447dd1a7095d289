// Handlers of the scholen (one per vestiging) with their pupil counts. lees, verwijder and
// herstel share one record shape (School, incl. leerlingen), so a delete can be undone.
import { leesSchool, lijstScholen, schoolMetVestigingscode, schoolVerwijzingen, verwijderSchool, voegSchoolToe, wijzigSchool } from '../db/scholen-repo';
import { verdelingenMet } from '../db/verdelingen-repo';
import type { School } from './typen/registratie';
import { bestaat, opsomming } from '../db/repo-hulp';
import type { Db } from '../db/open';
import type { SchoolInvoerGevalideerd } from '../domain/registratie';
import { werkplanJarenVanSchool } from '../db/werkplannen-repo';
import { indicatorenVanScope } from '../db/indicatoren-repo';
import type { Handlers } from './registry';
import { Controle, inGebruik, nietGevonden, schooljarenTekst, telwoord, verdelingTekst } from './registratie-hulp';

function controleer(db: Db, s: SchoolInvoerGevalideerd, id?: number): void {
  const c = new Controle();
  const ander = schoolMetVestigingscode(db, s.vestigingscode, id);
  if (ander) {
    c.bestaatAl(
      'vestigingscode',
      `Vestigingscode ${s.vestigingscode} hoort al bij ${ander.naam}${ander.plaats ? ` in ${ander.plaats}` : ''}. Elke vestiging staat er maar één keer in.`,
    );
  }
  if (s.wijkId !== null && !bestaat(db, 'wijken', s.wijkId)) c.fout('wijkId', 'Wijk bestaat niet (meer); kies een wijk uit de lijst.');
  if (s.bestuurId !== null && !bestaat(db, 'besturen', s.bestuurId)) c.fout('bestuurId', 'Bestuur bestaat niet (meer); kies een bestuur uit de lijst.');
  c.klaar();
}

function lees(db: Db, id: number): School {
  return leesSchool(db, id) ?? nietGevonden(`De school met nummer ${id}`);
}

export const scholenHandlers: Handlers<'scholen.lijst' | 'scholen.lees' | 'scholen.maak' | 'scholen.wijzig' | 'scholen.verwijder' | 'scholen.herstel'> = {
  'scholen.lijst': (filter, { db }) => lijstScholen(db, filter),
  'scholen.lees': ({ id }, { db }) => lees(db, id),
  'scholen.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegSchoolToe(db, input));
    log('school', nieuw.id, null, nieuw);
    return nieuw;
  },
  'scholen.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigSchool(db, id, input);
    const nieuw = lees(db, id);
    log('school', id, oud, nieuw);
    return nieuw;
  },
  'scholen.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    const v = schoolVerwijzingen(db, id);
    const delen = [
      v.afspraken ? `${telwoord(v.afspraken, 'afspraak', 'afspraken')} (${schooljarenTekst(v.schooljaren)})` : '',
      werkplanJarenVanSchool(db, id).length ? `een werkplan in ${schooljarenTekst(werkplanJarenVanSchool(db, id))}` : '',
      v.proeftuinen.length ? `${v.proeftuinen.length === 1 ? 'een plaats in proeftuin' : 'een plaats in de proeftuinen'} ${opsomming(v.proeftuinen)}` : '',
      v.monitorSchooljaren.length ? `monitorcijfers (${schooljarenTekst(v.monitorSchooljaren)})` : '',
      indicatorenVanScope(db, 'school', id),
      verdelingenMet(db, 'school', id).length ? `een plaats in ${verdelingTekst(verdelingenMet(db, 'school', id))}` : '',
    ].filter(Boolean);
    if (delen.length) inGebruik(`De school ${oud.naam} heeft nog ${delen.join(' en ')}. Verwijder of verplaats die eerst.`);
    verwijderSchool(db, id);
    log('school', id, oud, null);
    return oud;
  },
  'scholen.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegSchoolToe(db, input, id));
    log('school', nieuw.id, null, nieuw);
    return nieuw;
  },
};
