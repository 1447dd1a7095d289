import type { Commando } from './commando';
import { tabel } from './uitvoer';

export const infoCommando: Commando = {
  naam: 'info',
  gebruik: 'info [--db BESTAND] [--json] [--nieuw]',
  omschrijving:
    'Toont het databasebestand, de schemaversie en het aantal rijen per tabel.\nMet --nieuw wordt een nieuwe, lege database gemaakt als het bestand nog niet bestaat.',
  opties: { json: { type: 'boolean' }, nieuw: { type: 'boolean' } },
  async run({ values }, { api, uitvoer }) {
    const info = await api('app.info', {});
    if (values.json) {
      uitvoer.out(JSON.stringify(info, null, 2));
      return;
    }
    uitvoer.out(`Bestand:       ${info.bestand}`);
    uitvoer.out(`Schemaversie:  ${info.schemaVersie ?? '(leeg)'}`);
    if (info.alleenLezenReden) uitvoer.out(`Alleen-lezen:  ${info.alleenLezenReden}`);
    uitvoer.out('');
    uitvoer.out(
      tabel(
        ['Tabel', 'Rijen'],
        Object.entries(info.aantallen).map(([t, n]) => [t, n.toLocaleString('nl-NL')]),
        [1],
      ),
    );
  },
};
