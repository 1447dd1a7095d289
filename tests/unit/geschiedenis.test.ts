// The mutatielog in words, as the Geschiedenis section shows it.
import { describe, expect, it } from 'vitest';
import { actieTekst, geschiedenisRegels, tijdTekst, verschillen, waardeTekst } from '../../renderer/src/geschiedenis';
import type { Mutatie } from '../../electron/api/typen/registratie';

const school = { id: 7, naam: 'De Vlinder', vestigingscode: '20CF01', sector: 'PO', wijkId: 1, bestuurId: null, opmerking: null, leerlingen: [] };

describe('geschiedenis', () => {
  it('toont alleen de gewijzigde velden, met Nederlandse labels en namen in plaats van ids', () => {
    const w = verschillen(school, { ...school, naam: 'De Vlinder (Noord)', wijkId: 2, opmerking: 'verhuisd' }, { wijk: (id) => ['', 'Centrum', 'Noord'][id] });
    expect(w).toEqual([
      { veld: 'Naam', oud: 'De Vlinder', nieuw: 'De Vlinder (Noord)' },
      { veld: 'Wijk', oud: 'Centrum', nieuw: 'Noord' },
      { veld: 'Opmerking', oud: '(leeg)', nieuw: 'verhuisd' },
    ]);
  });

  it('geld in euro, aandelen in procenten, data als dd-mm-jjjj, uren, status en schooljaar', () => {
    expect(waardeTekst('uurtariefCents', 7550)).toBe('€ 75,50');
    expect(waardeTekst('vastBedragCents', 32_000_000)).toBe('€ 320.000');
    expect(waardeTekst('aandeelGemeente', 50)).toBe('50%');
    expect(waardeTekst('einddatum', '2018-07-31')).toBe('31-07-2018');
    expect(waardeTekst('extraUrenPerWeek', 4.5)).toBe('4,5 uur');
    expect(waardeTekst('status', 'in_overleg')).toBe('in overleg');
    expect(waardeTekst('schooljaar', 2017)).toBe('2017-2018');
    expect(waardeTekst('bedragen', [{ jaar: 2018, bedragCents: 45_000_000 }])).toBe('2018: € 450.000');
    expect(waardeTekst('basisinzet', [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: null }])).toBe('JGW PO 4 uur');
    expect(waardeTekst('nietInDuo', true)).toBe('ja');
  });

  it('soort wijziging: toegevoegd, gewijzigd, verwijderd, ongedaan gemaakt, geïmporteerd', () => {
    expect(actieTekst({ methode: 'scholen.maak', oud: null, nieuw: school })).toBe('Toegevoegd');
    expect(actieTekst({ methode: 'scholen.wijzig', oud: school, nieuw: school })).toBe('Gewijzigd');
    expect(actieTekst({ methode: 'scholen.verwijder', oud: school, nieuw: null })).toBe('Verwijderd');
    expect(actieTekst({ methode: 'scholen.herstel', oud: null, nieuw: school })).toBe('Teruggezet (ongedaan gemaakt)');
    expect(actieTekst({ methode: 'import.duoUitvoeren', oud: null, nieuw: school })).toBe('Geïmporteerd');
  });

  it('tijd als dd-mm-jjjj uu:mm in lokale tijd; een nieuw record noemt alleen ingevulde velden', () => {
    const d = new Date(2017, 10, 23, 9, 5);
    expect(tijdTekst(d.toISOString())).toBe('23-11-2017 09:05');
    const m: Mutatie = {
      id: 1,
      tijd: d.toISOString(),
      gebruiker: 'jansen',
      methode: 'scholen.maak',
      entiteit: 'school',
      entiteitId: '7',
      oud: null,
      nieuw: school,
    };
    const [regel] = geschiedenisRegels([m]);
    expect(regel.gebruiker).toBe('jansen');
    expect(regel.wijzigingen.map((w) => w.veld)).toEqual(['Naam', 'Vestigingscode', 'Sector', 'Wijk']);
    expect(regel.wijzigingen[0]).toEqual({ veld: 'Naam', oud: '', nieuw: 'De Vlinder' });
  });
});

describe('records without a form of their own', () => {
  it('voorschot terms read as sentences, never as JSON', () => {
    const termijnen = [
      { termijn: 1, bedragCents: 58_500_00, vervaldatum: '2018-01-01', betaaldOp: '2018-01-02' },
      { termijn: 2, bedragCents: 58_500_01, vervaldatum: '2018-04-01', betaaldOp: null },
    ];
    expect(waardeTekst('voorschotten', termijnen)).toBe(
      'termijn 1: € 58.500, vervalt 01-01-2018, betaald 02-01-2018; termijn 2: € 58.500,01, vervalt 01-04-2018, niet betaald',
    );
  });

  it('any other object lists its fields with labels', () => {
    const tekst = waardeTekst('iets', { vanafSchooljaar: 2019, uurtariefCents: 8_000 });
    expect(tekst).toBe('Vanaf schooljaar: 2019, Uurtarief: € 80');
    expect(tekst).not.toContain('{');
  });
});
