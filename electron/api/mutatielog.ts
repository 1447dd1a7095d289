// The mutatielog as the UI reads it: the history of one entity, or the latest changes; and the
// export of the whole (or one entity's) log as an Excel workbook after a native save dialog.
import path from 'node:path';
import { schrijfAtomisch } from '../bestanden/atomisch';
import { leesMutaties } from '../db/mutatielog-repo';
import { mutatielogBestandsnaam, schrijfMutatielog } from '../reports/mutatielog';
import type { Handlers } from './registry';

const XLSX = [{ name: 'Excel-werkmap', extensions: ['xlsx'] }];

export const mutatielogHandlers: Handlers<'mutatielog.lijst' | 'mutatielog.exporteer'> = {
  'mutatielog.lijst': ({ entiteit, entiteitId, limiet }, { db }) =>
    leesMutaties(db, { entiteit, entiteitId: entiteitId === undefined ? undefined : String(entiteitId), limiet }),

  'mutatielog.exporteer': async ({ entiteit, entiteitId }, { db, omgeving }) => {
    const standaardNaam = mutatielogBestandsnaam();
    const pad = await omgeving.kiesBestand({ doel: 'opslaan', titel: 'Mutatielog opslaan', standaardNaam, filters: XLSX });
    if (!pad) return { opgeslagen: false, bestand: null, bestandsnaam: standaardNaam, aantal: 0, ingekort: null };
    const doel = pad.toLowerCase().endsWith('.xlsx') ? pad : `${pad}.xlsx`;
    // A failed export leaves the old file or nothing; SchrijfFout says why (registry maps it).
    let uitkomst: Awaited<ReturnType<typeof schrijfMutatielog>>;
    try {
      uitkomst = await schrijfAtomisch(doel, (tijdelijk) =>
        schrijfMutatielog(db, omgeving.dbPad(), tijdelijk, {
          filter: { entiteit, entiteitId: entiteitId === undefined ? undefined : String(entiteitId) },
          voortgang: (f) => omgeving.voortgang?.('Mutatielog schrijven', f),
        }),
      );
    } finally {
      omgeving.voortgang?.('', 1);
    }
    return { opgeslagen: true, bestand: doel, bestandsnaam: path.basename(doel), ...uitkomst };
  },
};
