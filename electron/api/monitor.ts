// Handlers of the monitor (issue 18): ondersteuningsvragen per school per schooljaar, the share
// handled within school (rule 12) at every level, and the monitor settings. The maths are the
// pure functions of domain/monitor.ts; this file only reads, checks and writes.
import { bestaat } from '../db/repo-hulp';
import type { Db } from '../db/open';
import { leesInstellingen } from '../db/instellingen-repo';
import {
  leesMonitorInstellingen,
  realisatieGegevens,
  lijstOndersteuningsvragen,
  monitorRegels,
  monitorSchooljaren,
  ondersteuningsvragenTabel,
  schrijfMonitorInstellingen,
  zoekOndersteuningsvragen,
} from '../db/monitor-repo';
import { monitorTrend, monitorUitkomst, percentageBinnenSchool } from '../domain/monitor';
import { realisatie } from '../domain/realisatie';
import { schooljaarLabel } from '../domain/schooljaar';
import type { Ondersteuningsvragen } from './typen/monitor';
import type { Handlers } from './registry';
import { Controle, nietGevonden } from './registratie-hulp';

type Invoer = Omit<Ondersteuningsvragen, 'id'>;

function controleer(db: Db, v: Invoer, id?: number): void {
  const c = new Controle();
  if (!bestaat(db, 'scholen', v.schoolId)) c.fout('schoolId', 'School bestaat niet (meer); kies een school uit de lijst.');
  if (v.aanbiederId !== null && !bestaat(db, 'aanbieders', v.aanbiederId))
    c.fout('aanbiederId', 'Aanbieder bestaat niet (meer); kies een aanbieder uit de lijst.');
  if (v.functie !== null && db.prepare('SELECT 1 FROM functies WHERE code = ?').get(v.functie) === undefined)
    c.fout('functie', `Functie ${v.functie} bestaat niet.`);
  const ander = zoekOndersteuningsvragen(db, v, id);
  if (ander)
    c.bestaatAl(
      'schoolId',
      `Voor deze school, aanbieder en functie staan in schooljaar ${schooljaarLabel(v.schooljaar)} al ondersteuningsvragen; wijzig die regel.`,
    );
  c.klaar();
}

function lees(db: Db, id: number): Ondersteuningsvragen {
  return ondersteuningsvragenTabel.lees(db, id) ?? nietGevonden(`De regel ondersteuningsvragen met nummer ${id}`);
}

export const monitorHandlers: Handlers<
  | 'monitor.overzicht'
  | 'monitor.lijst'
  | 'monitor.lees'
  | 'monitor.maak'
  | 'monitor.wijzig'
  | 'monitor.verwijder'
  | 'monitor.herstel'
  | 'monitor.instellingen'
  | 'monitor.instellingenOpslaan'
  | 'monitor.realisatie'
> = {
  'monitor.overzicht': ({ schooljaar }, { db }) => {
    const { norm } = leesMonitorInstellingen(db);
    return {
      ...monitorUitkomst(schooljaar, monitorRegels(db, schooljaar), norm),
      trend: monitorTrend(monitorRegels(db), norm),
      schooljaren: monitorSchooljaren(db),
    };
  },
  'monitor.lijst': ({ schooljaar }, { db }) =>
    lijstOndersteuningsvragen(db, schooljaar).map((r) => ({ ...r, percentageBinnenSchool: percentageBinnenSchool(r) })),
  'monitor.lees': ({ id }, { db }) => lees(db, id),
  'monitor.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, ondersteuningsvragenTabel.voegToe(db, input));
    log('ondersteuningsvragen', nieuw.id, null, nieuw);
    return nieuw;
  },
  'monitor.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    ondersteuningsvragenTabel.wijzig(db, id, input);
    const nieuw = lees(db, id);
    log('ondersteuningsvragen', id, oud, nieuw);
    return nieuw;
  },
  'monitor.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    ondersteuningsvragenTabel.verwijder(db, id);
    log('ondersteuningsvragen', id, oud, null);
    return oud;
  },
  'monitor.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, ondersteuningsvragenTabel.voegToe(db, input, id));
    log('ondersteuningsvragen', nieuw.id, null, nieuw);
    return nieuw;
  },
  'monitor.instellingen': (_input, { db }) => leesMonitorInstellingen(db),
  'monitor.instellingenOpslaan': (input, { db, log }) => {
    const oud = leesMonitorInstellingen(db);
    schrijfMonitorInstellingen(db, input);
    const nieuw = leesMonitorInstellingen(db);
    log('instellingen', null, oud, nieuw);
    return nieuw;
  },
  'monitor.realisatie': ({ schooljaar }, { db }) => {
    const { afspraken, gerealiseerd } = realisatieGegevens(db, schooljaar);
    const i = leesInstellingen(db);
    return realisatie(schooljaar, afspraken, gerealiseerd, {
      drempel: leesMonitorInstellingen(db).realisatieDrempel,
      standaardWeken: i.wekenPerSchooljaar,
      startMaand: i.schooljaarStartMaand,
    });
  },
};
