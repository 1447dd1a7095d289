// Handlers of the werkplannen (one per school per schooljaar). opslaan writes the whole werkplan:
// empty fields clear what was there, and a werkplan left without any date or name is removed (so
// "nog niet ingediend" is never a stored row, and a school can then be deleted).
import { bestaat } from '../db/repo-hulp';
import { leesWerkplan, lijstWerkplannen, slaWerkplanOp, verwijderWerkplan, werkplanId } from '../db/werkplannen-repo';
import type { Handlers } from './registry';
import { nietGevonden } from './registratie-hulp';

export const werkplannenHandlers: Handlers<'werkplannen.lees' | 'werkplannen.lijst' | 'werkplannen.opslaan'> = {
  'werkplannen.lees': ({ schoolId, schooljaar }, { db }) => {
    if (!bestaat(db, 'scholen', schoolId)) nietGevonden(`De school met nummer ${schoolId}`);
    return leesWerkplan(db, schoolId, schooljaar);
  },
  'werkplannen.lijst': (filter, { db }) => lijstWerkplannen(db, filter),
  'werkplannen.opslaan': (input, { db, log }) => {
    if (!bestaat(db, 'scholen', input.schoolId)) nietGevonden(`De school met nummer ${input.schoolId}`);
    const bestaandId = werkplanId(db, input.schoolId, input.schooljaar);
    const oud = bestaandId === null ? null : leesWerkplan(db, input.schoolId, input.schooljaar);
    const { schoolId: _s, schooljaar: _j, ...velden } = input;
    if (Object.values(velden).every((v) => v === null)) {
      verwijderWerkplan(db, input.schoolId, input.schooljaar);
      if (oud) log('werkplan', bestaandId, oud, null);
      return leesWerkplan(db, input.schoolId, input.schooljaar);
    }
    const id = slaWerkplanOp(db, input);
    const nieuw = leesWerkplan(db, input.schoolId, input.schooljaar);
    log('werkplan', id, oud, nieuw);
    return nieuw;
  },
};
