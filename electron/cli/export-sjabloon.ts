// `schoolinzet export sjabloon --out Afspraken.xlsx [--schooljaar 2017-2018]`: the afspraken
// template, through the same API method as the app (the save dialog answered by --out).
import { invoke } from '../api/registry';
import { foutRegels } from './import';
import { CliFout } from './fout';
import type { ExportSoort } from './export';
import { leesSchooljaar, leesUit } from './periode';
import { meldExport } from './uitvoer';

export const sjabloonExport: ExportSoort = {
  naam: 'sjabloon',
  gebruik: 'export sjabloon --out BESTAND.xlsx [--schooljaar 2017-2018] [--db BESTAND]',
  omschrijving: 'Het lege afsprakenblad om in Excel in te vullen; met --schooljaar gevuld met de afspraken van dat schooljaar.',
  opties: { schooljaar: { type: 'string' } },
  async run({ values }, { omgeving, uitvoer }) {
    const out = leesUit(values.out, 'het sjabloon', 'Afspraken.xlsx');
    const schooljaar = leesSchooljaar(values.schooljaar, false) ?? undefined;
    const r = await invoke('import.sjabloonOpslaan', schooljaar === undefined ? {} : { schooljaar }, { ...omgeving, kiesBestand: async () => out });
    if (!r.ok) throw new CliFout(foutRegels(r.fout).join('\n'));
    meldExport(uitvoer, values.json, `Afsprakensjabloon opgeslagen: ${out}`, out, r.data.ingekort);
  },
};
