import type { Commando } from './commando';
import { CliFout } from './fout';
import { tabel } from './uitvoer';
import { SECTOREN, type Sector } from '../domain/types';

export const scholenCommando: Commando = {
  naam: 'scholen',
  gebruik: 'scholen [--db BESTAND] [--zoek TEKST] [--sector PO|SBO|SO|VSO|VO|PRO|MBO] [--json]',
  omschrijving: 'Toont de scholen (vestigingen) met sector, wijk, bestuur en het laatste leerlingaantal.',
  opties: { json: { type: 'boolean' }, zoek: { type: 'string' }, sector: { type: 'string' } },
  async run({ values }, { api, uitvoer }) {
    const sector = typeof values.sector === 'string' ? values.sector.toUpperCase() : undefined;
    if (sector !== undefined && !(SECTOREN as readonly string[]).includes(sector)) {
      throw new CliFout(`Onbekende sector "${values.sector}". Kies uit ${SECTOREN.join(', ')}.`);
    }
    const lijst = await api('scholen.lijst', {
      ...(typeof values.zoek === 'string' ? { zoek: values.zoek } : {}),
      ...(sector ? { sector: sector as Sector } : {}),
    });
    if (values.json) {
      uitvoer.out(JSON.stringify(lijst.rijen, null, 2));
      return;
    }
    const leerlingen = (r: (typeof lijst.rijen)[number]) =>
      r.leerlingenOnder5 ? `<5 (${r.leerlingenJaar})` : r.leerlingen === null ? '' : `${r.leerlingen.toLocaleString('nl-NL')} (${r.leerlingenJaar})`;
    uitvoer.out(
      tabel(
        ['Vestiging', 'Naam', 'Sector', 'Wijk', 'Bestuur', 'Leerlingen'],
        lijst.rijen.map((r) => [r.vestigingscode, r.naam, r.sector, r.wijk ?? '', r.bestuur ?? '', leerlingen(r)]),
        [5],
      ),
    );
    uitvoer.out(`\n${lijst.totaal.toLocaleString('nl-NL')} ${lijst.totaal === 1 ? 'school' : 'scholen'}`);
  },
};
