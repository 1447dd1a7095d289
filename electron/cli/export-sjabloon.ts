// `schoolinzet export sjabloon --out Afspraken.xlsx [--schooljaar 2017-2018]`: the afspraken
// template, through the same API method as the app (the save dialog answered by --out).
import path from 'node:path';
import { invoke } from '../api/registry';
import { foutRegels } from './import';
import { CliFout } from './fout';
import type { ExportSoort } from './export';
import { leesSchooljaar } from './periode';

export const sjabloonExport: ExportSoort = {
  naam: 'sjabloon',
  gebruik: 'export sjabloon --out BESTAND.xlsx [--schooljaar 2017-2018] [--db BESTAND]',
  omschrijving: 'Het lege afsprakenblad om in Excel in te vullen; met --schooljaar gevuld met de afspraken van dat schooljaar.',
  opties: { schooljaar: { type: 'string' } },
  async run({ values }, { omgeving, uitvoer }) {
    if (typeof values.out !== 'string' || values.out.trim() === '') throw new CliFout('Geef met --out aan waar het sjabloon moet komen, bijvoorbeeld --out Afspraken.xlsx.');
    const out = path.resolve(values.out);
    if (!out.toLowerCase().endsWith('.xlsx')) throw new CliFout('Het sjabloon is een Excel-werkmap: laat de bestandsnaam op .xlsx eindigen.');
    const schooljaar = leesSchooljaar(values.schooljaar, false) ?? undefined;
    const r = await invoke('import.sjabloonOpslaan', schooljaar === undefined ? {} : { schooljaar }, { ...omgeving, kiesBestand: async () => out });
    if (!r.ok) throw new CliFout(foutRegels(r.fout).join('\n'));
    uitvoer.out(`Afsprakensjabloon opgeslagen: ${out}`);
  },
};
