import type { Commando } from './commando';

export const demoCommando: Commando = {
  naam: 'demo',
  gebruik: 'demo --db BESTAND [--json]',
  omschrijving: [
    'Maakt de voorbeelddatabase "Voorbeeld Zwolle" in een nieuw of leeg BESTAND.',
    'Echte Zwolse scholen en leerlingaantallen van DUO, vijf wijkteams op postcode (een voorbeeldindeling), en afspraken',
    '2015-2019 waarmee de bedragen uit de Zwolse voorstellen terugkomen. Een bestand dat al gegevens bevat wordt niet aangeraakt.',
  ].join('\n'),
  opties: { json: { type: 'boolean' } },
  async run({ values }, { api, uitvoer, omgeving }) {
    const r = await api('demo.laden', {});
    if (values.json) {
      uitvoer.out(JSON.stringify({ bestand: omgeving.dbPad(), ...r }, null, 2));
      return;
    }
    uitvoer.out(`${r.naam} is geladen in ${omgeving.dbPad()}:`);
    uitvoer.out(
      `  ${r.scholen} scholen in ${r.wijken} wijken, ${r.afspraken} afspraken, ${r.begrotingsposten} begrotingsposten, ${r.proeftuinen} proeftuinen.`,
    );
    uitvoer.out('');
    uitvoer.out(r.toelichting);
  },
};
