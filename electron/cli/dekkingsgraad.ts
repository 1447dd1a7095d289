import { formatPercentage } from '../domain/geld';
import type { Commando } from './commando';
import { leesFunctie, leesSchooljaar, leesSector, schooljaarLabel } from './periode';
import { tabel } from './uitvoer';

/** 0-1 → percentage with one decimal, e.g. 0.6667 → 66.7; null stays null (no schools). */
function procent(aandeel: number | null): number | null {
  return aandeel === null ? null : Math.round(aandeel * 1000) / 10;
}

export const dekkingsgraadCommando: Commando = {
  naam: 'dekkingsgraad',
  gebruik: 'dekkingsgraad --schooljaar JJJJ-JJJJ --functie CODE [--sector SECTOR] [--db BESTAND] [--json]',
  omschrijving: [
    'Welke scholen een functie hebben in een schooljaar: aandeel scholen en leerlingen, per wijk, en de scholen zonder.',
    'Een school telt als gedekt met een afspraak die afgesproken, getekend of beëindigd is en uren of een bedrag heeft.',
    'Leerlingen: de DUO-telling van 1 oktober van het beginjaar (anders de laatste eerdere, anders de eerste latere).',
    'percentage in --json is het aandeel scholen (0-100, één decimaal).',
  ].join('\n'),
  opties: { schooljaar: { type: 'string' }, functie: { type: 'string' }, sector: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, { api, uitvoer }) {
    const schooljaar = leesSchooljaar(values.schooljaar) as number;
    const functie = leesFunctie(
      values.functie,
      (await api('functies.lijst', {})).map((f) => f.code),
    );
    const sector = leesSector(values.sector);
    const g = await api('dekkingsgraad.lijst', { schooljaar, functie, sector });
    if (values.json) {
      uitvoer.out(
        JSON.stringify(
          {
            schooljaar: schooljaarLabel(schooljaar),
            functie,
            sector,
            scholen: g.scholen,
            gedekt: g.scholenGedekt,
            percentage: procent(g.aandeelScholen),
            leerlingen: g.leerlingen,
            leerlingenGedekt: g.leerlingenGedekt,
            nietGedekt: g.nietGedekt.map((s) => ({ vestigingscode: s.vestigingscode, naam: s.naam })),
          },
          null,
          2,
        ),
      );
      return;
    }
    const pct = (a: number | null) => (a === null ? '-' : formatPercentage(procent(a) as number));
    uitvoer.out(`Dekkingsgraad ${functie} schooljaar ${schooljaarLabel(schooljaar)}${sector ? `, sector ${sector}` : ''}`);
    uitvoer.out('');
    uitvoer.out(
      tabel(
        ['Wijk', 'Scholen', 'Gedekt', '% scholen', 'Leerlingen', 'Gedekt', '% leerlingen'],
        [
          ...Object.entries(g.perWijk).map(([w, r]) => [
            w,
            r.scholen,
            r.scholenGedekt,
            pct(r.aandeelScholen),
            r.leerlingen.toLocaleString('nl-NL'),
            r.leerlingenGedekt.toLocaleString('nl-NL'),
            pct(r.aandeelLeerlingen),
          ]),
          [
            'Totaal',
            g.scholen,
            g.scholenGedekt,
            pct(g.aandeelScholen),
            g.leerlingen.toLocaleString('nl-NL'),
            g.leerlingenGedekt.toLocaleString('nl-NL'),
            pct(g.aandeelLeerlingen),
          ],
        ],
        [1, 2, 3, 4, 5, 6],
      ),
    );
    if (g.leerlingenToelichting) uitvoer.out(`\n${g.leerlingenToelichting}`);
    uitvoer.out('');
    if (g.nietGedekt.length === 0) {
      uitvoer.out('Alle scholen zijn gedekt.');
      return;
    }
    uitvoer.out(`Niet gedekt (${g.nietGedekt.length}):`);
    uitvoer.out(
      tabel(
        ['Vestiging', 'Naam', 'Sector', 'Wijk'],
        g.nietGedekt.map((s) => [s.vestigingscode, s.naam, s.sector, s.wijk]),
      ),
    );
  },
};
