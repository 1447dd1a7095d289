import { describe, expect, it } from 'vitest';
import { ADRES_VELDEN, type DuoBereik, type DuoLeerlingen } from '../../electron/import/duo';
import type { DuoVestiging } from '../../electron/api/typen/importeren';
import { maakDuoPlan, type BestaandeSchool } from '../../electron/import/duo-preview';

const ALLE_VELDEN: DuoBereik['velden'] = ADRES_VELDEN;
const PO_ZWOLLE: DuoBereik = { sectoren: ['PO'], gemeenteCode: '0193', gemeenteNaam: null, velden: ALLE_VELDEN };

function vestiging(code: string, extra: Partial<DuoVestiging> = {}): DuoVestiging {
  return {
    vestigingscode: code,
    brin: code.slice(0, 4),
    naam: `School ${code}`,
    sector: 'PO',
    denominatie: 'Openbaar',
    straat: 'Kerkstraat',
    huisnummer: '1',
    postcode: '8011 AA',
    plaats: 'ZWOLLE',
    gemeenteCode: '0193',
    gemeenteNaam: 'ZWOLLE',
    bestuurNummer: '40810',
    telefoon: '0381234567',
    website: 'www.school.nl',
    ...extra,
  };
}
const bestaand = (v: DuoVestiging, extra: Partial<BestaandeSchool> = {}): BestaandeSchool => ({ ...v, ...extra });
const plan = (vestigingen: DuoVestiging[], scholen: BestaandeSchool[], extra: Partial<Parameters<typeof maakDuoPlan>[0]> = {}) =>
  maakDuoPlan({ bestand: { vestigingen, leerlingen: [], bereik: PO_ZWOLLE }, scholen, ...extra });

describe('DUO-importplan: scholen', () => {
  it('deelt in nieuw, gewijzigd (met oude en nieuwe waarden) en ongewijzigd', () => {
    const p = plan(
      [vestiging('20CF00'), vestiging('20CF01', { naam: 'De Linde', huisnummer: '3-A' }), vestiging('30AB00')],
      [bestaand(vestiging('20CF00')), bestaand(vestiging('20CF01', { naam: 'De Linde', huisnummer: '3' }))],
    );
    expect(p.nieuw.map((v) => v.vestigingscode)).toEqual(['30AB00']);
    expect(p.ongewijzigd).toEqual(['20CF00']);
    expect(p.gewijzigd).toEqual([
      expect.objectContaining({ vestigingscode: '20CF01', naam: 'De Linde', wijzigingen: [{ veld: 'huisnummer', oud: '3', nieuw: '3-A' }] }),
    ]);
    expect(p.gewijzigd[0].record.huisnummer).toBe('3-A');
    expect(p.nietMeerInBestand).toEqual([]);
  });

  it('ziet schrijfwijzen die op hetzelfde neerkomen niet als wijziging', () => {
    const p = plan(
      [vestiging('20CF00', { telefoon: undefined })],
      [bestaand(vestiging('20CF00'), { vestigingscode: '20cf00', gemeenteCode: '193', postcode: '8011AA', telefoon: '' })],
    );
    expect(p.ongewijzigd).toEqual(['20CF00']);
  });

  it('een gewist veld is een wijziging naar leeg', () => {
    const p = plan([vestiging('20CF00', { website: undefined })], [bestaand(vestiging('20CF00'))]);
    expect(p.gewijzigd[0].wijzigingen).toEqual([{ veld: 'website', oud: 'www.school.nl', nieuw: null }]);
  });

  it('vergelijkt alleen de velden die de aanroeper bewaart', () => {
    const zonder: BestaandeSchool = bestaand(vestiging('20CF00'));
    delete zonder.telefoon;
    delete zonder.website;
    delete zonder.gemeenteNaam;
    const velden = ALLE_VELDEN.filter((v) => !['telefoon', 'website', 'gemeenteNaam'].includes(v));
    const p = plan([vestiging('20CF00')], [zonder], { velden });
    expect(p.ongewijzigd).toEqual(['20CF00']);
    expect(p.velden).toEqual(velden);
  });

  it('een bestand zonder gemeentecode of bestuur (edugis) wist die velden niet', () => {
    const edugis = vestiging('20CF00', { gemeenteCode: null, bestuurNummer: null, telefoon: undefined });
    const bereik: DuoBereik = {
      sectoren: ['PO', 'SBO', 'SO', 'VSO', 'VO', 'PRO'],
      gemeenteCode: null,
      gemeenteNaam: 'ZWOLLE',
      velden: ['brin', 'naam', 'sector', 'denominatie', 'straat', 'huisnummer', 'postcode', 'plaats', 'gemeenteNaam', 'website'],
    };
    const p = maakDuoPlan({ bestand: { vestigingen: [edugis], leerlingen: [], bereik }, scholen: [bestaand(vestiging('20CF00'))] });
    expect(p.ongewijzigd).toEqual(['20CF00']);
    expect(p.nieuweBesturen).toEqual([]);
  });

  it('markeert ontbrekende scholen van dezelfde sector en gemeente, verwijdert nooit', () => {
    const p = plan(
      [vestiging('20CF00')],
      [
        bestaand(vestiging('20CF00')),
        bestaand(vestiging('11AA00', { naam: 'Gesloten school' })),
        bestaand(vestiging('12BB00', { sector: 'VO' })), // another sector: this file says nothing about it
        bestaand(vestiging('13CC00', { gemeenteCode: '0118' })), // another gemeente, entered by hand
        bestaand(vestiging('14DD00'), { nietInDuo: true }), // flagged before: nothing to do
        bestaand(vestiging('15EE00', { gemeenteCode: null })), // unknown gemeente: judged
      ],
    );
    expect(p.nietMeerInBestand).toEqual([
      { vestigingscode: '11AA00', naam: 'Gesloten school', sector: 'PO' },
      { vestigingscode: '15EE00', naam: 'School 15EE00', sector: 'PO' },
    ]);
    expect(p).not.toHaveProperty('verwijderd');
  });

  it('een leerlingenbestand markeert niets: het noemt geen scholen', () => {
    const bereik: DuoBereik = { sectoren: [], gemeenteCode: '0193', gemeenteNaam: null, velden: [] };
    const p = maakDuoPlan({ bestand: { vestigingen: [], leerlingen: [], bereik }, scholen: [bestaand(vestiging('20CF00'))] });
    expect(p.nietMeerInBestand).toEqual([]);
  });

  it('een eerder gemarkeerde school die weer in het bestand staat, krijgt de markering eraf', () => {
    const p = plan([vestiging('20CF00')], [bestaand(vestiging('20CF00'), { nietInDuo: true })]);
    expect(p.weerInBestand).toEqual(['20CF00']);
    expect(p.ongewijzigd).toEqual(['20CF00']);
  });

  it('maakt ontbrekende besturen aan uit BEVOEGD GEZAG NUMMER, één keer per nummer', () => {
    const p = plan(
      [
        vestiging('20CF00', { bestuurNummer: '41632' }),
        vestiging('20CF01', { bestuurNummer: '41632' }),
        vestiging('30AB00'),
        vestiging('40XY00', { bestuurNummer: null }),
      ],
      [],
      {
        besturen: [
          { nummer: '40810', naam: 'Landstede' },
          { nummer: null, naam: 'Handmatig' },
        ],
      },
    );
    expect(p.nieuweBesturen).toEqual([{ nummer: '41632', naam: 'Bevoegd gezag 41632', vestigingscodes: ['20CF00', '20CF01'] }]);
    expect(p.nieuw).toHaveLength(4);
  });
});

describe('DUO-importplan: leerlingaantallen', () => {
  const telling = (vestigingscode: string, jaar: number, aantal: number | null): DuoLeerlingen => ({
    vestigingscode,
    jaar,
    aantal,
    onder5: aantal === null,
  });
  const bereik: DuoBereik = { sectoren: [], gemeenteCode: null, gemeenteNaam: null, velden: [] };

  it('plant per (vestiging, jaar) nieuw, gewijzigd en ongewijzigd; <5 is iets anders dan 5', () => {
    const p = maakDuoPlan({
      bestand: {
        vestigingen: [],
        leerlingen: [
          telling('20CF00', 2024, 310),
          telling('20CF00', 2025, 300),
          telling('20CF01', 2025, null),
          telling('20CF02', 2025, 5),
          telling('99ZZ00', 2025, 40),
          telling('99ZZ00', 2024, 41),
        ],
        bereik,
      },
      scholen: ['20CF00', '20CF01', '20CF02'].map((c) => bestaand(vestiging(c))),
      leerlingen: [telling('20CF00', 2024, 310), telling('20CF01', 2025, 5), telling('20CF02', 2025, null)],
    });
    expect(p.leerlingen.nieuw).toEqual([telling('20CF00', 2025, 300)]);
    expect(p.leerlingen.ongewijzigd).toBe(1);
    expect(p.leerlingen.gewijzigd).toEqual([
      { vestigingscode: '20CF01', jaar: 2025, oud: { aantal: 5, onder5: false }, nieuw: telling('20CF01', 2025, null) },
      { vestigingscode: '20CF02', jaar: 2025, oud: { aantal: null, onder5: true }, nieuw: telling('20CF02', 2025, 5) },
    ]);
    expect(p.leerlingen.zonderSchool).toEqual([{ vestigingscode: '99ZZ00', aantalTellingen: 2 }]);
  });

  it('telt leerlingen van scholen die deze import zelf aanmaakt (edugis) niet als zonder school', () => {
    const p = maakDuoPlan({
      bestand: { vestigingen: [vestiging('30AB00')], leerlingen: [telling('30AB00', 2024, 120)], bereik: PO_ZWOLLE },
      scholen: [],
    });
    expect(p.nieuw).toHaveLength(1);
    expect(p.leerlingen.nieuw).toEqual([telling('30AB00', 2024, 120)]);
    expect(p.leerlingen.zonderSchool).toEqual([]);
  });
});
