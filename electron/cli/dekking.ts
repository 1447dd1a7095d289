import { formatEuro } from '../domain/geld';
import type { Commando } from './commando';
import { leesBegrotingsjaar, waarschuwingenJson, waarschuwingRegels } from './periode';
import { tabel } from './uitvoer';

export const dekkingCommando: Commando = {
  naam: 'dekking',
  gebruik: 'dekking --begrotingsjaar JJJJ [--db BESTAND] [--json]',
  omschrijving: [
    'Dekking van de gemeentelijke kosten van een begrotingsjaar door de begrotingsposten, en het saldo.',
    'Structurele posten worden eerst ingezet, dan incidentele. Saldo negatief = tekort. In --json zijn bedragen hele centen.',
    'Het deel van de gemeente van een proeftuin staat op een eigen regel: betaald uit het eigen budget van de proeftuin, buiten het saldo.',
  ].join('\n'),
  opties: { begrotingsjaar: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, { api, uitvoer }) {
    const begrotingsjaar = leesBegrotingsjaar(values.begrotingsjaar) as number;
    const d = await api('dekking.begrotingsjaar', { begrotingsjaar });
    if (values.json) {
      uitvoer.out(
        JSON.stringify(
          {
            begrotingsjaar,
            kostenGemeente: d.kostenGemeenteCents,
            posten: d.posten.map((p) => ({ naam: p.naam, soort: p.soort, bedrag: p.bedragCents })),
            totaalBudget: d.budgetCents,
            saldo: d.saldoCents,
            proeftuinen: d.proeftuinen.map((p) => ({ naam: p.naam, gemeente: p.gemeenteCents })),
            proeftuinenGemeente: d.proeftuinenGemeenteCents,
            waarschuwingen: waarschuwingenJson(d.waarschuwingen),
          },
          null,
          2,
        ),
      );
      return;
    }
    uitvoer.out(`Dekking begrotingsjaar ${begrotingsjaar}`);
    uitvoer.out('');
    uitvoer.out(
      tabel(
        ['Begrotingspost', 'Soort', 'Bedrag', 'Ingezet', 'Resterend'],
        [
          ...d.posten.map((p) => [p.naam, p.soort, formatEuro(p.bedragCents), formatEuro(p.ingezetCents), formatEuro(p.resterendCents)]),
          ['Totaal budget', '', formatEuro(d.budgetCents), '', ''],
        ],
        [2, 3, 4],
      ),
    );
    uitvoer.out('');
    uitvoer.out(`Kosten gemeente:  ${formatEuro(d.kostenGemeenteCents)}`);
    uitvoer.out(`Saldo:            ${formatEuro(d.saldoCents)}${d.saldoCents < 0 ? ' (tekort)' : ''}`);
    if (d.inVoorbereidingGemeenteCents !== 0) {
      uitvoer.out(`In voorbereiding (niet meegeteld): gemeente ${formatEuro(d.inVoorbereidingGemeenteCents)}`);
    }
    if (d.proeftuinen.length > 0) {
      uitvoer.out('');
      uitvoer.out('Proeftuinen: deel gemeente, betaald uit het eigen budget van de proeftuin (buiten het saldo)');
      uitvoer.out(
        tabel(
          ['Proeftuin', 'Kosten gemeente', 'Gedekt uit eigen budget'],
          [
            ...d.proeftuinen.map((p) => [p.naam, formatEuro(p.gemeenteCents), formatEuro(p.gemeenteCents)]),
            ['Totaal proeftuinen', formatEuro(d.proeftuinenGemeenteCents), formatEuro(d.proeftuinenGemeenteCents)],
          ],
          [1, 2],
        ),
      );
    }
    if (d.posten.length === 0) uitvoer.out(`Er zijn geen begrotingsposten met een bedrag voor ${begrotingsjaar}.`);
    for (const regel of waarschuwingRegels(d.waarschuwingen)) uitvoer.out(regel);
  },
};
