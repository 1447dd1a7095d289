// The report list (api/invoer/rapportages.ts) drives the CLI export commands, the input check and
// the file name: a report declared there is reachable everywhere without another edit.
import { describe, expect, it } from 'vitest';
import { RAPPORTEN, RAPPORT_SOORTEN, rapportOpslaanInvoer } from '../../electron/api/invoer/rapportages';
import { EXPORT_SOORTEN } from '../../electron/cli/export';
import { ontbrekend, standaardBestandsnaam } from '../../electron/reports/rapporten';

describe('de lijst van rapporten', () => {
  it('elk rapport heeft een export-opdracht met de optie voor zijn periode', () => {
    for (const soort of RAPPORT_SOORTEN) {
      const cli = EXPORT_SOORTEN.find((e) => e.naam === soort);
      expect(cli, soort).toBeDefined();
      const periode = RAPPORTEN[soort].periode;
      const perAanbieder = 'perAanbieder' in RAPPORTEN[soort];
      const referentie = 'referentie' in RAPPORTEN[soort];
      const perVerdeling = 'perVerdeling' in RAPPORTEN[soort];
      expect(Object.keys(cli!.opties ?? {})).toEqual([
        ...(perAanbieder ? ['aanbieder'] : []),
        ...(perVerdeling ? ['verdeling'] : []),
        ...(periode === null ? [] : [periode]),
        ...(referentie ? ['referentiejaar'] : []),
      ]);
      expect(cli!.omschrijving).toBe(RAPPORTEN[soort].omschrijving);
    }
  });

  it('een ontbrekende periode wordt bij naam genoemd, in het Nederlands', () => {
    expect(ontbrekend({ soort: 'financieel' })).toEqual({ veld: 'begrotingsjaar', melding: 'Financiële paragraaf: kies een begrotingsjaar.' });
    expect(ontbrekend({ soort: 'bloz' })).toEqual({ veld: 'schooljaar', melding: 'BLOZ-overzicht: kies een schooljaar.' });
    expect(ontbrekend({ soort: 'alles' })).toBeNull();
    expect(ontbrekend({ soort: 'aanbieders', schooljaar: 2017 })).toBeNull();
    expect(ontbrekend({ soort: 'beschikking', begrotingsjaar: 2018 })).toEqual({ veld: 'aanbiederId', melding: 'Beschikkingsbijlage: kies de aanbieder.' });
    expect(ontbrekend({ soort: 'verdeling' })).toEqual({ veld: 'verdelingId', melding: 'BLOZ-voorstel verdeling: kies de verdeling.' });
  });

  it('een referentiejaar alleen bij de financiële paragraaf, en niet het begrotingsjaar zelf', () => {
    expect(ontbrekend({ soort: 'financieel', begrotingsjaar: 2018, referentiejaar: 2016 })).toBeNull();
    expect(ontbrekend({ soort: 'financieel', begrotingsjaar: 2018, referentiejaar: 2018 })).toEqual({
      veld: 'referentiejaar',
      melding: 'Financiële paragraaf: kies een ander referentiejaar dan het begrotingsjaar zelf.',
    });
    expect(ontbrekend({ soort: 'bloz', schooljaar: 2017, referentiejaar: 2016 })).toEqual({
      veld: 'referentiejaar',
      melding: 'BLOZ-overzicht: heeft geen referentiejaar.',
    });
  });

  it('de bestandsnaam volgt titel en periode', () => {
    const d = new Date(2026, 10, 22);
    expect(standaardBestandsnaam({ soort: 'financieel', begrotingsjaar: 2018 }, d)).toBe('Schoolinzet - Financiele paragraaf 2018 - 2026-11-22.xlsx');
    expect(standaardBestandsnaam({ soort: 'bloz', schooljaar: 2017 }, d)).toBe('Schoolinzet - BLOZ-overzicht 2017-2018 - 2026-11-22.xlsx');
    expect(standaardBestandsnaam({ soort: 'alles' }, d)).toBe('Schoolinzet - Volledige export - 2026-11-22.xlsx');
  });

  it('een onbekend rapport krijgt de lijst in de melding', () => {
    const r = rapportOpslaanInvoer.safeParse({ soort: 'onbekend' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toBe('Rapport: kies financieel, bloz, aanbieders, alles, beschikking, subsidies, monitor of verdeling.');
  });
});
