// The mutatielog as the UI reads it: the history of one entity, or the latest changes; and the
// export of the whole (or one entity's) log as an Excel workbook after a native save dialog.
import fs from 'node:fs';
import path from 'node:path';
import { leesMutaties } from '../db/mutatielog-repo';
import { mutatielogBestandsnaam, schrijfMutatielog } from '../reports/mutatielog';
import { GebruikersFout } from './fout';
import type { Handlers } from './registry';

const XLSX = [{ name: 'Excel-werkmap', extensions: ['xlsx'] }];

export const mutatielogHandlers: Handlers<'mutatielog.lijst' | 'mutatielog.exporteer'> = {
  'mutatielog.lijst': ({ entiteit, entiteitId, limiet }, { db }) =>
    leesMutaties(db, { entiteit, entiteitId: entiteitId === undefined ? undefined : String(entiteitId), limiet }),

  'mutatielog.exporteer': async ({ entiteit, entiteitId }, { db, omgeving }) => {
    const standaardNaam = mutatielogBestandsnaam();
    const pad = await omgeving.kiesBestand({ doel: 'opslaan', titel: 'Mutatielog opslaan', standaardNaam, filters: XLSX });
    if (!pad) return { opgeslagen: false, bestand: null, bestandsnaam: standaardNaam, aantal: 0 };
    const doel = pad.toLowerCase().endsWith('.xlsx') ? pad : `${pad}.xlsx`;
    // Written beside the target and renamed: a failed export never leaves half a file behind.
    const tijdelijk = `${doel}.${process.pid}.tmp`;
    let aantal: number;
    try {
      aantal = await schrijfMutatielog(db, omgeving.dbPad(), tijdelijk, {
        filter: { entiteit, entiteitId: entiteitId === undefined ? undefined : String(entiteitId) },
        voortgang: (f) => omgeving.voortgang?.('Mutatielog schrijven', f),
      });
      fs.renameSync(tijdelijk, doel);
    } catch (error) {
      fs.rmSync(tijdelijk, { force: true });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
        throw new GebruikersFout(`Het bestand ${path.basename(doel)} kan niet worden opgeslagen. Is het geopend in een ander programma (Excel)? Sluit het en probeer het opnieuw.`, 'conflict');
      }
      throw error;
    } finally {
      omgeving.voortgang?.('', 1);
    }
    return { opgeslagen: true, bestand: doel, bestandsnaam: path.basename(doel), aantal };
  },
};
