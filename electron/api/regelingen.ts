// Handlers of the regelingen (basisinzet per sector × functie, shares, linked begrotingsposten).
// Same record shape for lees, verwijder and herstel.
import { afsprakenPerSchooljaar } from '../db/afspraken-repo';
import { leesRegeling, lijstRegelingen, regelingMetNaam, verwijderRegeling, voegRegelingToe, wijzigRegeling } from '../db/regelingen-repo';
import type { Regeling } from './typen/registratie';
import { bestaat } from '../db/repo-hulp';
import type { Db } from '../db/open';
import type { Handlers } from './registry';
import { lijstFuncties } from '../db/functies-repo';
import { Controle, inGebruik, nietGevonden, schooljarenTekst, telwoord } from './registratie-hulp';

function controleer(db: Db, r: { naam: string; begrotingspostIds: number[]; basisinzet: { functie: string }[] }, id?: number): void {
  const c = new Controle();
  // Any functie of the gemeente's list (the field checks only the form of a code).
  const functies = new Set(lijstFuncties(db).map((f) => f.code));
  r.basisinzet.forEach((b, i) => {
    if (!functies.has(b.functie)) c.fout(`basisinzet.${i}.functie`, `Functie ${b.functie} bestaat niet in dit bestand (kies uit ${[...functies].join(', ')}).`);
  });
  const ander = regelingMetNaam(db, r.naam, id);
  if (ander) c.bestaatAl('naam', `Naam: er is al een regeling ${ander.naam}.`);
  r.begrotingspostIds.forEach((postId, i) => {
    if (!bestaat(db, 'begrotingsposten', postId)) c.fout(`begrotingspostIds.${i}`, 'Begrotingspost bestaat niet (meer); kies een begrotingspost uit de lijst.');
  });
  c.klaar();
}

function lees(db: Db, id: number): Regeling {
  return leesRegeling(db, id) ?? nietGevonden(`De regeling met nummer ${id}`);
}

export const regelingenHandlers: Handlers<
  'regelingen.lijst' | 'regelingen.lees' | 'regelingen.maak' | 'regelingen.wijzig' | 'regelingen.verwijder' | 'regelingen.herstel'
> = {
  'regelingen.lijst': (_input, { db }) => lijstRegelingen(db),
  'regelingen.lees': ({ id }, { db }) => lees(db, id),
  'regelingen.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegRegelingToe(db, input));
    log('regeling', nieuw.id, null, nieuw);
    return nieuw;
  },
  'regelingen.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input, id);
    wijzigRegeling(db, id, input);
    const nieuw = lees(db, id);
    log('regeling', id, oud, nieuw);
    return nieuw;
  },
  'regelingen.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    const jaren = afsprakenPerSchooljaar(db, 'regeling_id', id);
    if (jaren.length) {
      const n = jaren.reduce((s, j) => s + j.n, 0);
      inGebruik(
        `De regeling ${oud.naam} hoort nog bij ${telwoord(n, 'afspraak', 'afspraken')} (${schooljarenTekst(jaren.map((j) => j.schooljaar))}). Koppel die eerst los of verwijder ze.`,
      );
    }
    verwijderRegeling(db, id);
    log('regeling', id, oud, null);
    return oud;
  },
  'regelingen.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, voegRegelingToe(db, input, id));
    log('regeling', nieuw.id, null, nieuw);
    return nieuw;
  },
};
