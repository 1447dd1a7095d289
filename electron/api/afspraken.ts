// Handlers of the afspraken: CRUD, restore after delete, the fast list and copying a
// schooljaar. lees, verwijder and herstel share one record shape (Afspraak).
import { afspraakMetSleutel, kopieerSchooljaar, leesAfspraak, lijstAfspraken, verwijderAfspraak, voegAfspraakToe, wijzigAfspraak } from '../db/afspraken-repo';
import { leesAanbieder } from '../db/aanbieders-repo';
import { leesFunctie } from '../db/functies-repo';
import { leesInstellingen } from '../db/instellingen-repo';
import { leesRegeling } from '../db/regelingen-repo';
import { GebruikersFout } from './fout';
import { regelingBezwaren } from '../domain/regeling';
import { schoolNaam } from '../db/scholen-repo';
import type { Db } from '../db/open';
import { schooljaarLabel } from '../domain/schooljaar';
import type { Afspraak, Sector } from '../domain/types';
import type { AfspraakGevalideerd } from '../domain/validatie';
import type { Handlers } from './registry';
import { aanvullendeInzetTabel, aanvullendeInzetVan } from '../db/aanvullende-inzet-repo';
import { Controle, nietGevonden, telwoord } from './registratie-hulp';
import { volgendSchooljaarDatum } from '../domain/registratie';

/** Rule 8 (docs/regels.md#regel-8) beyond the single fields: the school, aanbieder, functie and regeling exist; one afspraak per key. */
function controleer(db: Db, a: AfspraakGevalideerd, id?: number): void {
  const c = new Controle();
  const school = schoolNaam(db, a.schoolId);
  if (school === null) c.fout('schoolId', 'School bestaat niet (meer); kies een school uit de lijst.');
  const aanbieder = leesAanbieder(db, a.aanbiederId);
  if (!aanbieder) c.fout('aanbiederId', 'Aanbieder bestaat niet (meer); kies een aanbieder uit de lijst.');
  if (!leesFunctie(db, a.functie)) c.fout('functie', `Functie ${a.functie} bestaat niet.`);
  if (a.regelingId !== null) {
    const regeling = leesRegeling(db, a.regelingId);
    if (!regeling) c.fout('regelingId', 'Regeling bestaat niet (meer); kies een regeling uit de lijst.');
    else for (const b of regelingBezwaren(a, schoolSector(db, a.schoolId), regeling, leesInstellingen(db).schooljaarStartMaand)) c.fout(b.veld, b.melding);
  }
  if (school !== null && aanbieder && afspraakMetSleutel(db, a, id) !== null) {
    c.bestaatAl(
      'functie',
      `Er is al een afspraak voor ${school} met ${aanbieder.naam} voor ${a.functie} in schooljaar ${schooljaarLabel(a.schooljaar)}. Pas die afspraak aan in plaats van een tweede te maken.`,
    );
  }
  c.klaar();
}

function schoolSector(db: Db, id: number): Sector | null {
  return (db.prepare('SELECT sector FROM scholen WHERE id = ?').pluck().get(id) as Sector | undefined) ?? null;
}

/**
 * Copying a schooljaar keeps each afspraak's regeling, so each copy must still fit it (a copy of
 * 2016-2017 under a regeling that ended in 2017 does not): all copies or none, with the reason.
 */
function controleerKopie(db: Db, van: number): void {
  const rijen = db
    .prepare(
      `SELECT a.functie, a.startdatum, a.einddatum, a.regeling_id AS regelingId, a.status, s.sector, s.naam AS school FROM afspraken a JOIN scholen s ON s.id = a.school_id
       WHERE a.schooljaar = ? AND a.regeling_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM afspraken b WHERE b.schooljaar = a.schooljaar + 1 AND b.school_id = a.school_id AND b.aanbieder_id = a.aanbieder_id AND b.functie = a.functie)
       ORDER BY s.naam COLLATE NOCASE`,
    )
    .all(van) as { functie: string; startdatum: string | null; einddatum: string | null; regelingId: number; status: string; sector: Sector; school: string }[];
  const startMaand = leesInstellingen(db).schooljaarStartMaand;
  const regelingen = new Map<number, ReturnType<typeof leesRegeling>>();
  const bezwaren: string[] = [];
  for (const r of rijen) {
    if (!regelingen.has(r.regelingId)) regelingen.set(r.regelingId, leesRegeling(db, r.regelingId));
    const regeling = regelingen.get(r.regelingId);
    if (!regeling) continue;
    const kopie = {
      schooljaar: van + 1,
      functie: r.functie,
      startdatum: volgendSchooljaarDatum(r.startdatum),
      einddatum: r.status === 'beeindigd' ? null : volgendSchooljaarDatum(r.einddatum),
    };
    for (const b of regelingBezwaren(kopie, r.sector, regeling, startMaand)) bezwaren.push(`${r.school} (${r.functie}): ${b.melding}`);
  }
  if (bezwaren.length) {
    throw new GebruikersFout(
      `Kopiëren naar ${schooljaarLabel(van + 1)} kan niet: ${telwoord(bezwaren.length, 'kopie past', 'kopieën passen')} niet bij de regeling. Eerste: ${bezwaren[0]} Kies bij die afspraken eerst een andere regeling.`,
      'ongeldige-invoer',
      bezwaren.slice(0, 100).map((melding) => ({ veld: 'van', melding })),
    );
  }
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
  // Its aanvullende inzet goes with it (ON DELETE CASCADE) and comes back with herstel.
  'afspraken.verwijder': ({ id }, { db, log }) => {
    const oud = { ...lees(db, id), aanvullendeInzet: aanvullendeInzetVan(db, id) };
    verwijderAfspraak(db, id);
    log('afspraak', id, oud, null);
    return oud;
  },
  'afspraken.herstel': ({ id, aanvullendeInzet, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegAfspraakToe(db, input, id));
    for (const { id: recordId, ...r } of aanvullendeInzet) aanvullendeInzetTabel.voegToe(db, { ...r, afspraakId: nieuw.id }, recordId);
    const metInzet = { ...nieuw, aanvullendeInzet: aanvullendeInzetVan(db, nieuw.id) };
    log('afspraak', nieuw.id, null, metInzet);
    return metInzet;
  },
  // Runs inside the one transaction of a wijzigen call: all copies or none.
  'afspraken.kopieerSchooljaar': ({ van, aanvullendeInzet, indexProcent }, { db, log }) => {
    controleerKopie(db, van);
    const { aangemaakt, alBestaand, metAanvullendeInzet, aanvullendeInzetGekopieerd, geindexeerd } = kopieerSchooljaar(db, van, true, {
      aanvullendeInzet,
      indexProcent,
    });
    const verslag = { van, naar: van + 1, aangemaakt, alBestaand, metAanvullendeInzet, aanvullendeInzetGekopieerd, geindexeerd, indexProcent };
    log('afspraak', null, null, { kopie: `${schooljaarLabel(van)} → ${schooljaarLabel(van + 1)}`, ...verslag });
    return verslag;
  },
  'afspraken.kopieerSchooljaarVoorbeeld': ({ van, aanvullendeInzet, indexProcent }, { db }) => {
    const { aangemaakt, alBestaand, metAanvullendeInzet, aanvullendeInzetGekopieerd, geindexeerd } = kopieerSchooljaar(db, van, false, {
      aanvullendeInzet,
      indexProcent,
    });
    return { van, naar: van + 1, aangemaakt, alBestaand, metAanvullendeInzet, aanvullendeInzetGekopieerd, geindexeerd, indexProcent };
  },
};
