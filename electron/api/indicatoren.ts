// Handlers of the indicatoren (rule 16). Same record shape for lees, verwijder and herstel; the list
// carries the status in words per year (domain/indicatoren.ts).
import type { z } from 'zod';
import type { Db } from '../db/open';
import { indicatorMetNaam, leesIndicator, lijstIndicatoren, scopeBestaat, verwijderIndicator, voegIndicatorToe, wijzigIndicator } from '../db/indicatoren-repo';
import { NIVEAU_LABEL } from '../domain/indicatoren';
import type { indicatorHerstel } from './invoer/indicatoren';
import type { Handlers } from './registry';
import { Controle, nietGevonden } from './registratie-hulp';
import type { IndicatorRecord } from './typen/indicatoren';

function controleer(db: Db, v: Omit<z.output<typeof indicatorHerstel>, 'id'>, id: number | null): void {
  const c = new Controle();
  if (v.niveau !== 'gemeente' && !scopeBestaat(db, v.niveau, v.scopeId)) {
    c.fout('scopeId', `Scope: deze ${NIVEAU_LABEL[v.niveau].toLowerCase()} bestaat niet (meer); kies er een uit de lijst.`);
  }
  const ander = indicatorMetNaam(db, v, id ?? undefined);
  if (ander) c.bestaatAl('naam', `Naam indicator: er is al een indicator ${ander.naam} voor dezelfde scope.`);
  c.klaar();
}

function lees(db: Db, id: number): IndicatorRecord {
  return leesIndicator(db, id) ?? nietGevonden(`De indicator met nummer ${id}`);
}

export const indicatorenHandlers: Handlers<
  'indicatoren.lijst' | 'indicatoren.lees' | 'indicatoren.maak' | 'indicatoren.wijzig' | 'indicatoren.verwijder' | 'indicatoren.herstel'
> = {
  'indicatoren.lijst': (_input, { db }) => lijstIndicatoren(db),
  'indicatoren.lees': ({ id }, { db }) => lees(db, id),
  'indicatoren.maak': (input, { db, log }) => {
    controleer(db, input, null);
    const nieuw = lees(db, voegIndicatorToe(db, input));
    log('indicator', nieuw.id, null, nieuw);
    return nieuw;
  },
  'indicatoren.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigIndicator(db, id, input);
    const nieuw = lees(db, id);
    log('indicator', id, oud, nieuw);
    return nieuw;
  },
  'indicatoren.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    verwijderIndicator(db, id);
    log('indicator', id, oud, null);
    return oud;
  },
  'indicatoren.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input, null);
    const nieuw = lees(db, voegIndicatorToe(db, input, id));
    log('indicator', nieuw.id, null, nieuw);
    return nieuw;
  },
};
