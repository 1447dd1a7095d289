// Wijken for many schools at once (issue 13 item 9): one wijk for a selection of schools, the
// postcode rules, and filling EMPTY wijken by those rules. Every changed school gets its own
// mutatielog line; a wijk a user set is never overwritten by a rule.
import type { Db } from '../db/open';
import { bestaat } from '../db/repo-hulp';
import {
  allePostcoderegels,
  leesPostcoderegel,
  lijstPostcoderegels,
  verwijderPostcoderegel,
  voegPostcoderegelToe,
  vulWijken,
  wijkInvullingen,
  wijzigPostcoderegel,
} from '../db/wijkregels-repo';
import { bereikTekst, overlappendeRegel, type Postcoderegel } from '../domain/wijkregels';
import { wijkenTabel } from '../db/wijken-repo';
import type { Handlers } from './registry';
import type { WijkToewijzing } from './typen/registratie';
import { Controle, nietGevonden } from './registratie-hulp';

function controleerRegel(db: Db, r: Omit<Postcoderegel, 'id'>, id?: number): void {
  const c = new Controle();
  if (!bestaat(db, 'wijken', r.wijkId)) c.fout('wijkId', 'Wijk bestaat niet (meer); kies een wijk uit de lijst.');
  const ander = overlappendeRegel(allePostcoderegels(db), r.van, r.tot, id);
  if (ander) {
    const wijk = wijkenTabel.lees(db, ander.wijkId)?.naam ?? '';
    c.bestaatAl('van', `Postcodes ${bereikTekst(r)} overlappen met de regel ${bereikTekst(ander)} → ${wijk}. Een postcode hoort bij één wijk.`);
  }
  c.klaar();
}

function lees(db: Db, id: number): Postcoderegel {
  return leesPostcoderegel(db, id) ?? nietGevonden(`De postcoderegel met nummer ${id}`);
}

/** Sets the wijk of each school; logs each school whose wijk changes. */
function zetWijken(
  db: Db,
  toewijzingen: readonly WijkToewijzing[],
  log: (e: string, id: number, oud: unknown, nieuw: unknown) => void,
): { gewijzigd: number; vorige: WijkToewijzing[] } {
  const huidig = db.prepare('SELECT wijk_id FROM scholen WHERE id = ?').pluck();
  const zet = db.prepare('UPDATE scholen SET wijk_id = ? WHERE id = ?');
  const c = new Controle();
  const vorige: WijkToewijzing[] = [];
  for (const t of toewijzingen) {
    const oud = huidig.get(t.schoolId) as number | null | undefined;
    if (oud === undefined) c.fout('schoolIds', `School ${t.schoolId} bestaat niet (meer); ververs het overzicht.`);
    else vorige.push({ schoolId: t.schoolId, wijkId: oud });
  }
  for (const w of new Set(toewijzingen.map((t) => t.wijkId))) {
    if (w !== null && !bestaat(db, 'wijken', w)) c.fout('wijkId', 'Wijk bestaat niet (meer); kies een wijk uit de lijst.');
  }
  c.klaar();
  let gewijzigd = 0;
  toewijzingen.forEach((t, i) => {
    if (vorige[i].wijkId === t.wijkId) return;
    zet.run(t.wijkId, t.schoolId);
    log('school', t.schoolId, { wijkId: vorige[i].wijkId }, { wijkId: t.wijkId });
    gewijzigd++;
  });
  return { gewijzigd, vorige };
}

export const wijkregelsHandlers: Handlers<
  | 'scholen.zetWijk'
  | 'scholen.herstelWijken'
  | 'postcoderegels.lijst'
  | 'postcoderegels.maak'
  | 'postcoderegels.wijzig'
  | 'postcoderegels.verwijder'
  | 'postcoderegels.herstel'
  | 'wijken.vulVoorbeeld'
  | 'wijken.vulVolgensPostcode'
> = {
  'scholen.zetWijk': ({ schoolIds, wijkId }, { db, log }) =>
    zetWijken(
      db,
      schoolIds.map((schoolId) => ({ schoolId, wijkId })),
      log,
    ),
  'scholen.herstelWijken': ({ wijken }, { db, log }) => ({ gewijzigd: zetWijken(db, wijken, log).gewijzigd }),
  'postcoderegels.lijst': (_input, { db }) => lijstPostcoderegels(db),
  'postcoderegels.maak': (input, { db, log }) => {
    controleerRegel(db, input);
    const nieuw = lees(db, voegPostcoderegelToe(db, input));
    log('postcoderegel', nieuw.id, null, nieuw);
    return nieuw;
  },
  'postcoderegels.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleerRegel(db, input, id);
    wijzigPostcoderegel(db, id, input);
    const nieuw = lees(db, id);
    log('postcoderegel', id, oud, nieuw);
    return nieuw;
  },
  'postcoderegels.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    verwijderPostcoderegel(db, id);
    log('postcoderegel', id, oud, null);
    return oud;
  },
  'postcoderegels.herstel': ({ id, ...input }, { db, log }) => {
    controleerRegel(db, input);
    const nieuw = lees(db, voegPostcoderegelToe(db, input, id));
    log('postcoderegel', nieuw.id, null, nieuw);
    return nieuw;
  },
  'wijken.vulVoorbeeld': (_input, { db }) => wijkInvullingen(db),
  'wijken.vulVolgensPostcode': (_input, { db, log }) => {
    const ingevuld = vulWijken(db, wijkInvullingen(db));
    for (const i of ingevuld) log('school', i.schoolId, { wijkId: null }, { wijkId: i.wijkId, bron: `postcoderegel (${i.postcode})` });
    return { ingevuld };
  },
};
