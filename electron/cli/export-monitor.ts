// `schoolinzet export monitorsjabloon --out Monitor.xlsx [--schooljaar 2023-2024]`: the Monitor
// template the gemeente sends to the aanbieders, through the same API method as the app.
import { invoke } from '../api/registry';
import { foutRegels } from './import';
import { CliFout } from './fout';
import type { ExportSoort } from './export';
import { leesSchooljaar, leesUit } from './periode';
import { meldExport } from './uitvoer';

export const monitorsjabloonExport: ExportSoort = {
  naam: 'monitorsjabloon',
  gebruik: 'export monitorsjabloon --out BESTAND.xlsx [--schooljaar 2023-2024] [--db BESTAND]',
  omschrijving:
    'Het monitorsjabloon voor de aanbieders (ondersteuningsvragen en gerealiseerde uren); met --schooljaar een rij per afspraak van dat schooljaar.',
  opties: { schooljaar: { type: 'string' } },
  async run({ values }, { omgeving, uitvoer }) {
    const out = leesUit(values.out, 'het sjabloon', 'Monitor.xlsx');
    const schooljaar = leesSchooljaar(values.schooljaar, false) ?? undefined;
    const r = await invoke('import.monitorSjabloonOpslaan', schooljaar === undefined ? {} : { schooljaar }, { ...omgeving, kiesBestand: async () => out });
    if (!r.ok) throw new CliFout(foutRegels(r.fout).join('\n'));
    meldExport(uitvoer, values.json, `Monitorsjabloon opgeslagen: ${out}`, out, r.data.ingekort);
  },
};
