import { telwoord } from '../domain/telwoord';
import { formatEuro, verdelingenInCenten } from '../domain/geld';
import { EIGEN_INZET_AANBIEDER } from '../domain/eigen-inzet';
import type { Verdeling } from '../domain/types';
import type { Commando } from './commando';
import { CliFout } from './fout';
import {
  leesBegrotingsjaar,
  leesSchooljaar,
  schooljaarLabel,
  VERDELING_KOPPEN,
  verdelingJson,
  verdelingRij,
  waarschuwingenJson,
  waarschuwingRegels,
} from './periode';
import { tabel } from './uitvoer';

export const kostenCommando: Commando = {
  naam: 'kosten',
  gebruik: 'kosten (--begrotingsjaar JJJJ | --schooljaar JJJJ-JJJJ) [--db BESTAND] [--json]',
  omschrijving: [
    'Kosten van de afspraken per functie en per aanbieder, verdeeld over gemeente, onderwijs en overig.',
    'Met --begrotingsjaar het deel dat in dat kalenderjaar valt (maanden/12), met --schooljaar het hele schooljaar.',
    'Alleen afspraken met status afgesproken, getekend of beëindigd tellen mee; concept en in overleg staan apart als',
    '"in voorbereiding". In --json zijn bedragen hele centen en is inVoorbereiding één getal: het totaal van die afspraken.',
    `Functies die het onderwijs zelf betaalt (Instellingen → Functies) staan als één regel "${EIGEN_INZET_AANBIEDER}".`,
    "Een tabel staat in centen waar de hele euro's van een regel of kolom niet optellen tot het totaal.",
    'Onder waarschuwingen: afspraken met een uurtarief van € 0 zonder vast bedrag, en schooljaren zonder (of met veel minder)',
    'afspraken die meetellen, waardoor een begrotingsjaar te laag uitvalt.',
  ].join('\n'),
  opties: { begrotingsjaar: { type: 'string' }, schooljaar: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, { api, uitvoer }) {
    if ((values.begrotingsjaar === undefined) === (values.schooljaar === undefined)) {
      throw new CliFout('Geef óf --begrotingsjaar (bijvoorbeeld 2017) óf --schooljaar (bijvoorbeeld 2017-2018) op.');
    }
    const begrotingsjaar = leesBegrotingsjaar(values.begrotingsjaar, false);
    const schooljaar = begrotingsjaar === null ? leesSchooljaar(values.schooljaar) : null;
    const k =
      begrotingsjaar !== null ? await api('kosten.begrotingsjaar', { begrotingsjaar }) : await api('kosten.schooljaar', { schooljaar: schooljaar as number });
    const periode = begrotingsjaar !== null ? { begrotingsjaar } : { schooljaar: schooljaarLabel(schooljaar as number) };
    const perFunctie = Object.fromEntries(Object.entries(k.perFunctie).map(([f, v]) => [f, verdelingJson(v)]));
    const perAanbieder = Object.fromEntries(
      Object.entries(k.perAanbieder)
        .sort(([a], [b]) => a.localeCompare(b, 'nl'))
        .map(([a, v]) => [a, verdelingJson(v)]),
    );
    if (values.json) {
      uitvoer.out(
        JSON.stringify(
          {
            ...periode,
            ...verdelingJson(k),
            inVoorbereiding: k.inVoorbereiding.totaal,
            perFunctie,
            perAanbieder,
            waarschuwingen: waarschuwingenJson(k.waarschuwingen),
          },
          null,
          2,
        ),
      );
      return;
    }
    const titel = begrotingsjaar !== null ? `begrotingsjaar ${begrotingsjaar}` : `schooljaar ${schooljaarLabel(schooljaar as number)}`;
    uitvoer.out(`Kosten ${titel} (${k.aantalAfspraken.toLocaleString('nl-NL')} getelde afspraken)`);
    uitvoer.out('');
    const rechts = [1, 2, 3, 4];
    // Figures that add up as printed (domain/geld.ts, docs/regels.md#regel-20): a table whose whole euros
    // would not add up across a row or down a column shows cents. Both tables end in the same total.
    const verdelingTabel = (kop: string, rijen: [string, Verdeling][]) => {
      const cents = verdelingenInCenten(
        rijen.map(([, v]) => v),
        k,
      );
      return tabel(
        [kop, ...VERDELING_KOPPEN],
        [...rijen, ['Totaal', k] as [string, Verdeling]].map(([n, v]) => verdelingRij(n, v, cents)),
        rechts,
      );
    };
    uitvoer.out(verdelingTabel('Functie', Object.entries(perFunctie)));
    uitvoer.out('');
    uitvoer.out(verdelingTabel('Aanbieder', Object.entries(perAanbieder)));
    uitvoer.out('');
    uitvoer.out(
      `In voorbereiding (concept, in overleg; niet in de totalen): ${formatEuro(k.inVoorbereiding.totaal)}` +
        ` in ${telwoord(k.aantalInVoorbereiding, 'afspraak', 'afspraken')}, waarvan gemeente ${formatEuro(k.inVoorbereiding.gemeente)}.`,
    );
    for (const regel of waarschuwingRegels(k.waarschuwingen)) uitvoer.out(regel);
  },
};
