// `schoolinzet wijken vul [--dry-run] [--json]`: schools WITHOUT a wijk get the wijk of their
// postcode rule (the same API method as the button on the Scholen page). A wijk a user set stays.
import { CliFout } from './fout';
import type { Commando } from './commando';
import { tabel } from './uitvoer';

const GEBRUIK = 'wijken vul [--db BESTAND] [--dry-run] [--json]';

export const wijkenCommando: Commando = {
  naam: 'wijken',
  gebruik: GEBRUIK,
  omschrijving: 'Vult de lege wijken van scholen in volgens de postcoderegels (Instellingen → Postcoderegels). Een wijk die al is ingevuld blijft staan.',
  opties: { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  async run({ values, positionals }, { api, uitvoer }) {
    const [actie, ...rest] = positionals;
    if (rest.length > 0) throw new CliFout(`Onbekend argument "${rest[0]}".\nGebruik: schoolinzet ${GEBRUIK}`);
    if (actie !== 'vul') throw new CliFout(`Kies wat u doet met de wijken: vul.\nGebruik: schoolinzet ${GEBRUIK}`);
    const proef = Boolean(values['dry-run']);
    const ingevuld = proef ? await api('wijken.vulVoorbeeld', {}) : (await api('wijken.vulVolgensPostcode', {})).ingevuld;
    if (values.json) {
      uitvoer.out(JSON.stringify({ opgeslagen: !proef, ingevuld }, null, 2));
      return;
    }
    if (ingevuld.length > 0)
      uitvoer.out(
        tabel(
          ['School', 'Postcode', 'Wijk'],
          ingevuld.map((i) => [i.school, i.postcode, i.wijk]),
        ) + '\n',
      );
    const n = `${ingevuld.length.toLocaleString('nl-NL')} ${ingevuld.length === 1 ? 'school' : 'scholen'}`;
    uitvoer.out(
      proef
        ? `Proefrun (--dry-run): ${n} zou${ingevuld.length === 1 ? '' : 'den'} een wijk krijgen; er is niets opgeslagen.`
        : `${n} ${ingevuld.length === 1 ? 'kreeg' : 'kregen'} een wijk volgens de postcoderegels.`,
    );
  },
};
