import fs from 'node:fs';
import path from 'node:path';
import { bestandsReden } from '../db/bestandsreden';
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
    // Written beside the target first, then renamed: never half a file under the chosen name.
    const tmp = `${uit}.${process.pid}.tmp`;
    let aantal = -1;
    try {
      if (uit.toLowerCase().endsWith('.xlsx')) {
        aantal = await schrijfMutatielog(omgeving.db(), omgeving.dbPad(), tmp, { filter });
        fs.renameSync(tmp, uit);
        uitvoer.out(`${aantal.toLocaleString('nl-NL')} wijzigingen geschreven naar ${uit}`);
        return;
      }
      const fd = fs.openSync(tmp, 'w');
      try {
        for (const regel of regels) (fs.writeSync(fd, regel), aantal++);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, uit);
    } catch (error) {
      fs.rmSync(tmp, { force: true });
      throw new CliFout(`${uit} kan niet worden geschreven: ${bestandsReden(error)}.`);
    }
    uitvoer.out(`${aantal.toLocaleString('nl-NL')} wijzigingen geschreven naar ${uit}`);
  },
};
