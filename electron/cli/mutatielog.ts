import fs from 'node:fs';
import path from 'node:path';
import { schrijfAtomisch } from '../bestanden/atomisch';
import { mutatielogCsv } from '../db/mutatielog-csv';
import { schrijfMutatielog } from '../reports/mutatielog';
import { CliFout } from './fout';
import type { Commando } from './commando';

export const mutatielogCommando: Commando = {
  naam: 'mutatielog',
  gebruik: 'mutatielog [--db BESTAND] [--uit BESTAND.csv|BESTAND.xlsx] [--entiteit SOORT] [--id ID]',
  omschrijving: [
    'Zet de volledige mutatielog (wie wijzigde wat en wanneer, met oude en nieuwe waarde) in een CSV-bestand',
    'voor Excel (puntkomma, UTF-8), oudste eerst; eindigt --uit op .xlsx, dan in een Excel-werkmap.',
    'Zonder --uit komt de CSV op het scherm.',
  ].join('\n'),
  opties: { uit: { type: 'string' }, entiteit: { type: 'string' }, id: { type: 'string' } },
  // Reads the database directly: an audit export must be complete, and mutatielog.lijst stops at 10.000.
  async run({ values }, { omgeving, uitvoer }) {
    const filter = { entiteit: values.entiteit as string | undefined, entiteitId: values.id as string | undefined };
    const regels = mutatielogCsv(omgeving.db(), filter);
    if (typeof values.uit !== 'string') {
      for (const regel of regels) uitvoer.out(regel.replace(/\r\n$/, ''));
      return;
    }
    const uit = path.resolve(values.uit);
    if (!fs.existsSync(path.dirname(uit))) throw new CliFout(`De map ${path.dirname(uit)} bestaat niet.`);
    // Beside the target first, then renamed (schrijfAtomisch): never half a file under the chosen
    // name; a SchrijfFout says why in Dutch (exit 1, see cli/main.ts).
    const { aantal, ingekort } = uit.toLowerCase().endsWith('.xlsx')
      ? await schrijfAtomisch(uit, (tmp) => schrijfMutatielog(omgeving.db(), omgeving.dbPad(), tmp, { filter }))
      : await schrijfAtomisch(uit, (tmp) => {
          let n = -1; // the first line is the header
          const fd = fs.openSync(tmp, 'wx');
          try {
            for (const regel of regels) {
              fs.writeSync(fd, regel);
              n++;
            }
          } finally {
            fs.closeSync(fd);
          }
          // CSV has no cell limit: nothing is cut.
          return { aantal: n, ingekort: null };
        });
    uitvoer.out(`${aantal.toLocaleString('nl-NL')} wijzigingen geschreven naar ${uit}`);
    if (ingekort) uitvoer.out(ingekort.melding);
  },
};
