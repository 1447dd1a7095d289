// Reservekopieën on the Instellingen page: list, make one now, restore one (undoable).
import { backupMap, herstelBackup, lijstBackups, maakBackup } from '../db/backups';
import type { HerstelResultaat } from './typen/app';
import { logMutatie } from '../db/mutatielog-repo';
import { GebruikersFout } from './fout';
import type { Handlers } from './registry';
import { weigerAlsAlleenLezen } from './alleen-lezen';

export const backupHandlers: Handlers<'backups.lijst' | 'backups.maak' | 'backups.herstel'> = {
  'backups.lijst': (_input, { omgeving }) => {
    const pad = omgeving.dbPad();
    if (pad === ':memory:') return { map: '', backups: [] };
    return { map: backupMap(pad), backups: lijstBackups(pad) };
  },
  'backups.maak': async (_input, { omgeving }) => {
    geenGeheugen(omgeving.dbPad());
    return maakBackup(omgeving.db(), omgeving.dbPad(), 'handmatig');
  },
  // After a restore the page must reload: every screen shows the restored data.
  'backups.herstel': async ({ naam }, { omgeving }): Promise<HerstelResultaat> => {
    geenGeheugen(omgeving.dbPad());
    weigerAlsAlleenLezen(omgeving, 'een reservekopie terugzetten kan niet.');
    const db = omgeving.db();
    const resultaat = await herstelBackup(db, omgeving.dbPad(), naam);
    // The restored file gets a line saying so; the log of the replaced state is in backupVooraf.
    db.transaction(() =>
      logMutatie(db, omgeving.gebruiker, 'backups.herstel', [
        [
          'reservekopie',
          resultaat.hersteld.naam,
          { backupVooraf: resultaat.backupVooraf.naam },
          { hersteld: resultaat.hersteld.naam, datum: resultaat.hersteld.datum },
        ],
      ]),
    )();
    return resultaat;
  },
};

function geenGeheugen(pad: string): void {
  if (pad === ':memory:') throw new GebruikersFout('Deze database staat alleen in het geheugen; daar horen geen reservekopieën bij.', 'conflict');
}
