// Handlers of the afspraken: CRUD, restore after delete, the fast list and copying a
// schooljaar. lees, verwijder and herstel share one record shape (Afspraak).
import {
  afspraakMetSleutel,
  kopieerSchooljaar,
  leesAfspraak,
  lijstAfspraken,
  verwijderAfspraak,
  voegAfspraakToe,
  wijzigAfspraak,
} from '../db/afspraken-repo';
import { leesAanbieder } from '../db/aanbieders-repo';
import { leesFunctie } from '../db/functies-repo';
import { bestaat } from '../db/repo-hulp';
import { schoolNaam } from '../db/scholen-repo';
import type { Db } from '../db/open';
import { schooljaarLabel } from '../domain/schooljaar';
import type { Afspraak } from '../domain/types';
import type { AfspraakGevalideerd } from '../domain/validatie';
import type { Handlers } from './registry';
import { Controle, nietGevonden } from './registratie-hulp';

/** Rule 8 (docs/regels.md#regel-8) beyond the single fields: the school, aanbieder, functie and regeling exist; one afspraak per key. */
function controleer(db: Db, a: AfspraakGevalideerd, id?: number): void {
  const c = new Controle();
  const school = schoolNaam(db, a.schoolId);
  if (school === null) c.fout('schoolId', 'School bestaat niet (meer); kies een school uit de lijst.');
  const aanbieder = leesAanbieder(db, a.aanbiederId);
  if (!aanbieder) c.fout('aanbiederId', 'Aanbieder bestaat niet (meer); kies een aanbieder uit de lijst.');
  if (!leesFunctie(db, a.functie)) c.fout('functie', `Functie ${a.functie} bestaat niet.`);
  if (a.regelingId !== null && !bestaat(db, 'regelingen', a.regelingId)) c.fout('regelingId', 'Regeling bestaat niet (meer); kies een regeling uit de lijst.');
  if (school !== null && aanbieder && afspraakMetSleutel(db, a, id) !== null) {
    c.bestaatAl(
      'functie',
      `Er is al een afspraak voor ${school} met ${aanbieder.naam} voor ${a.functie} in schooljaar ${schooljaarLabel(a.schooljaar)}. Pas die afspraak aan in plaats van een tweede te maken.`,
    );
  }
  c.klaar();
}

function lees(db: Db, id: number): Afspraak {
  return leesAfspraak(db, id) ?? nietGevonden(`De afspraak met nummer ${id}`);
}

export const afsprakenHandlers: Handlers<
  | 'afspraken.lijst'
  | 'afspraken.lees'
  | 'afspraken.maak'
  | 'afspraken.wijzig'
  | 'afspraken.verwijder'
  | 'afspraken.herstel'
  | 'afspraken.kopieerSchooljaar'
  | 'afspraken.kopieerSchooljaarVoorbeeld'
> = {
  'afspraken.lijst': (filter, { db }) => lijstAfspraken(db, filter),
  'afspraken.lees': ({ id }, { db }) => lees(db, id),
  'afspraken.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegAfspraakToe(db, input));
    log('afspraak', nieuw.id, null, nieuw);
    return nieuw;
  },
  'afspraken.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigAfspraak(db, id, input);
    const nieuw = lees(db, id);
    log('afspraak', id, oud, nieuw);
    return nieuw;
  },
  'afspraken.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    verwijderAfspraak(db, id);
    log('afspraak', id, oud, null);
    return oud;
  },
  'afspraken.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegAfspraakToe(db, input, id));
    log('afspraak', nieuw.id, null, nieuw);
    return nieuw;
  },
  // Runs inside the one transaction of a wijzigen call: all copies or none.
  'afspraken.kopieerSchooljaar': ({ van }, { db, log }) => {
    const { aangemaakt, alBestaand } = kopieerSchooljaar(db, van, true);
    log('afspraak', null, null, { kopie: `${schooljaarLabel(van)} → ${schooljaarLabel(van + 1)}`, van, naar: van + 1, aangemaakt, alBestaand });
    return { van, naar: van + 1, aangemaakt, alBestaand };
  },
  'afspraken.kopieerSchooljaarVoorbeeld': ({ van }, { db }) => {
    const { aangemaakt, alBestaand } = kopieerSchooljaar(db, van, false);
    return { van, naar: van + 1, aangemaakt, alBestaand };
  },
};
