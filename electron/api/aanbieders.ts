// Handlers of the aanbieders. Same record shape for lees, verwijder and herstel.
import { aanbiederMetNaam, leesAanbieder, lijstAanbieders, verwijderAanbieder, voegAanbiederToe, wijzigAanbieder } from '../db/aanbieders-repo';
import type { Aanbieder } from './typen/registratie';
import { afsprakenPerSchooljaar } from '../db/afspraken-repo';
import type { Db } from '../db/open';
import type { Handlers } from './registry';
import { Controle, inGebruik, nietGevonden, schooljarenTekst, telwoord } from './registratie-hulp';

// Name and short name both identify an aanbieder in the afspraken sheet, so neither may clash.
function controleer(db: Db, a: { naam: string; korteNaam: string | null }, id?: number): void {
  const c = new Controle();
  const metNaam = aanbiederMetNaam(db, a.naam, id);
  if (metNaam) c.bestaatAl('naam', `Naam: er is al een aanbieder ${metNaam.naam}${metNaam.naam.toLowerCase() !== a.naam.toLowerCase() ? ` (korte naam ${metNaam.korteNaam})` : ''}.`);
  const metKort = a.korteNaam ? aanbiederMetNaam(db, a.korteNaam, id) : null;
  if (metKort) c.bestaatAl('korteNaam', `Korte naam ${a.korteNaam} wordt al gebruikt door ${metKort.naam}.`);
  c.klaar();
}

function lees(db: Db, id: number): Aanbieder {
  return leesAanbieder(db, id) ?? nietGevonden(`De aanbieder met nummer ${id}`);
}

export const aanbiedersHandlers: Handlers<
  'aanbieders.lijst' | 'aanbieders.lees' | 'aanbieders.maak' | 'aanbieders.wijzig' | 'aanbieders.verwijder' | 'aanbieders.herstel'
> = {
  'aanbieders.lijst': (_input, { db }) => lijstAanbieders(db),
  'aanbieders.lees': ({ id }, { db }) => lees(db, id),
  'aanbieders.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegAanbiederToe(db, input));
    log('aanbieder', nieuw.id, null, nieuw);
    return nieuw;
  },
  'aanbieders.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigAanbieder(db, id, input);
    const nieuw = lees(db, id);
    log('aanbieder', id, oud, nieuw);
    return nieuw;
  },
  'aanbieders.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    const jaren = afsprakenPerSchooljaar(db, 'aanbieder_id', id);
    if (jaren.length) {
      const n = jaren.reduce((s, j) => s + j.n, 0);
      inGebruik(
        `De aanbieder ${oud.naam} heeft nog ${telwoord(n, 'afspraak', 'afspraken')} (${schooljarenTekst(jaren.map((j) => j.schooljaar))}). Verwijder of verplaats die eerst.`,
      );
    }
    verwijderAanbieder(db, id);
    log('aanbieder', id, oud, null);
    return oud;
  },
  'aanbieders.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegAanbiederToe(db, input, id));
    log('aanbieder', nieuw.id, null, nieuw);
    return nieuw;
  },
};
