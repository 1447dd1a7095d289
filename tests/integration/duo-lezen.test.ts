import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { leesDuoBestand, type DuoBestand, type DuoLeerlingen } from '../../electron/import/duo';
import { ImportFout } from '../../electron/import/fout';
import { leesTabel } from '../../electron/import/lezen';

const MAP = join(import.meta.dirname, '../fixtures/duo');
const PO = 'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv';
const VO = 'duo_vo_02-alle-vestigingen-vo_ZWOLLE_HOOGEVEEN.csv';
const SO = 'duo_so_09-alle-vestigingen-sbo-so-en-vso_ZWOLLE_HOOGEVEEN.csv';
const MBO = 'duo_mbo_01-adressen-mbo-instellingen_ZWOLLE.csv';
const HIST = 'duo_po_06-historisch-overzicht-aantal-leerlingen-per-schoolvestiging_ZWOLLE_HOOGEVEEN.csv';
const VO_LLN = 'duo_vo_03-leerlingen-vo-per-vestiging-en-bestuur-2025_ZWOLLE_HOOGEVEEN.csv';
const EXAMEN = 'duo_vo_examenkandidaten-en-geslaagden-2019-2024_ZWOLLE_HOOGEVEEN.csv';
const EDUGIS = 'DERIVED_edugis_scholen20241122_ZWOLLE_HOOGEVEEN.csv';
const NL_PO = 'national/02.-alle-schoolvestigingen-basisonderwijs.csv';
const NL_HIST = 'national/06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv';
const NL_EDUGIS = 'national/DERIVED_edugis_scholen20241122_all_NL.csv';

const bytes = (naam: string) => readFileSync(join(MAP, naam));
const lees = (naam: string, opties: Parameters<typeof leesDuoBestand>[1] = {}) => leesDuoBestand(bytes(naam), { bestandsnaam: naam, ...opties });

function fout(doe: () => unknown): ImportFout {
  try {
    doe();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFout);
    const f = e as ImportFout;
    expect(f.meldingen.length).toBeGreaterThan(0);
    return f;
  }
  throw new Error('verwachtte een ImportFout');
}

const totaal = (l: DuoLeerlingen[], jaar: number) => l.filter((t) => t.jaar === jaar).reduce((s, t) => s + (t.aantal ?? 0), 0);
const telPerSector = (b: DuoBestand) => b.vestigingen.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v.sector]: (acc[v.sector] ?? 0) + 1 }), {});

describe('DUO-bestanden herkennen en lezen', () => {
  it.each([
    [PO, 'po-adressen', 'windows-1252', 76, 76],
    [VO, 'vo-adressen', 'utf-8', 32, 32],
    [SO, 'so-adressen', 'utf-8', 24, 24],
    [MBO, 'mbo-instellingen', 'utf-8', 3, 3],
    [HIST, 'leerlingen-historisch', 'utf-8-bom', 132, 0],
    [VO_LLN, 'leerlingen-vo', 'utf-8', 25, 0],
    [EDUGIS, 'edugis', 'utf-8', 129, 129],
    [NL_PO, 'po-adressen', 'windows-1252', 6122, 6122],
    [NL_HIST, 'leerlingen-historisch', 'utf-8-bom', 9737, 0],
    // A vestiging with several buildings is listed once per building in edugis.
    [NL_EDUGIS, 'edugis', 'utf-8', 8717, 8622],
  ])('%s is %s', (naam, soort, encoding, rijen, vestigingen) => {
    const b = lees(naam);
    expect(b.soort).toBe(soort);
    expect(b.encoding).toBe(encoding);
    expect(b.separator).toBe(';');
    expect(b.rijen).toBe(rijen);
    expect(b.vestigingen).toHaveLength(vestigingen);
    expect(new Set(b.vestigingen.map((v) => v.vestigingscode)).size).toBe(vestigingen);
  });

  it('het examenbestand wordt herkend en met een Nederlandse uitleg geweigerd', () => {
    expect(fout(() => lees(EXAMEN)).message).toMatch(/examenkandidaten/);
  });

  it('filtert op gemeentecode, met of zonder voorloopnul', () => {
    for (const code of ['0193', '193', 'GM0193']) expect(lees(PO, { gemeenteCode: code }).vestigingen).toHaveLength(45);
    for (const code of ['0118', '118']) expect(lees(PO, { gemeenteCode: code }).vestigingen).toHaveLength(31);
    const zwolle = lees(PO, { gemeenteCode: '193' });
    expect(zwolle.rijenNaFilter).toBe(45);
    expect(zwolle.bereik.gemeenteCode).toBe('0193');
    expect(zwolle.vestigingen.every((v) => v.gemeenteCode === '0193' && v.gemeenteNaam === 'ZWOLLE')).toBe(true);
    // The historical file writes 193 without the zero.
    const hist = lees(HIST, { gemeenteCode: '0193' });
    expect(hist.rijenNaFilter).toBe(hist.rijen - lees(HIST, { gemeenteCode: '118' }).rijenNaFilter);
  });

  it('een gemeente die niet in het bestand staat is een fout, geen leeg bestand', () => {
    expect(fout(() => lees(MBO, { gemeenteCode: '0118' })).message).toMatch(/Geen enkele rij .* gemeente 0118/);
    expect(fout(() => lees(PO, { gemeenteCode: 'Zwolle' })).meldingen[0].melding).toMatch(/geen gemeentecode/);
  });

  it('geeft de leerlingtotalen 2025 uit de README', () => {
    const po = (code: string) => totaal(lees(HIST, { gemeenteCode: code }).leerlingen, 2025);
    expect(po('193')).toBe(12897);
    expect(po('0118')).toBe(4726);
    const vo = (code: string) => totaal(lees(VO_LLN, { gemeenteCode: code }).leerlingen, 2025);
    expect(vo('0193')).toBe(12671);
    expect(vo('118')).toBe(3357);
  });

  it('bewaart <5 als onbekend onder de vijf, en laat de nullen van niet-bestaande jaren weg', () => {
    const l = lees(HIST).leerlingen;
    const ambelt = l.find((t) => t.vestigingscode === '02YN23' && t.jaar === 2025);
    expect(ambelt).toEqual({ vestigingscode: '02YN23', jaar: 2025, aantal: null, onder5: true });
    expect(l.find((t) => t.vestigingscode === '00BZ00' && t.jaar === 1997)).toMatchObject({ aantal: 5, onder5: false });
    expect(l.find((t) => t.vestigingscode === '00LD01' && t.jaar === 1996)).toBeUndefined();
    expect(l.find((t) => t.vestigingscode === '00LD01' && t.jaar === 2003)?.aantal).toBe(50);
    expect(l.some((t) => t.aantal === 0)).toBe(false);
  });

  it('zet sector en velden goed per soort bestand', () => {
    expect(telPerSector(lees(VO))).toEqual({ VO: 28, PRO: 4 });
    expect(lees(VO).vestigingen.find((v) => v.vestigingscode === '06DT00')?.sector).toBe('PRO');
    expect(telPerSector(lees(SO))).toEqual({ SO: 16, SBO: 7, VSO: 1 });
    const mbo = lees(MBO).vestigingen;
    expect(mbo.map((v) => v.vestigingscode).sort()).toEqual(['01AA', '02PN', '25PJ']);
    expect(mbo.find((v) => v.brin === '25PJ')).toMatchObject({ naam: 'Deltion College', sector: 'MBO', bestuurNummer: '40844' });
    const landstede = lees(VO).vestigingen.find((v) => v.vestigingscode === '01AA00');
    expect(landstede).toEqual({
      vestigingscode: '01AA00',
      brin: '01AA',
      naam: 'Stichting Landstede',
      sector: 'VO',
      denominatie: 'Bijzonder',
      straat: 'Rechterland',
      huisnummer: '1',
      postcode: '8024 AH',
      plaats: 'Zwolle',
      gemeenteCode: '0193',
      gemeenteNaam: 'ZWOLLE',
      bestuurNummer: '40810',
      telefoon: '0888508008',
      website: 'www.landstedegroep.nl',
    });
    // DUO's single-space empty field becomes "no website".
    expect(lees(PO).vestigingen.find((v) => v.vestigingscode === '06ZZ00')?.website).toBeUndefined();
  });

  it('leest het edugis-bestand als benchmark: sector uit type, postcode met spatie, jaar uit de bestandsnaam', () => {
    const b = lees(EDUGIS);
    expect(telPerSector(b)).toEqual({ PO: 74, VO: 28, PRO: 4, SO: 15, SBO: 7, VSO: 1 });
    expect(b.vestigingen.find((v) => v.vestigingscode === '16CF00')).toMatchObject({
      naam: 'Openbare Parkschool',
      postcode: '8011 CC',
      gemeenteCode: null,
      bestuurNummer: null,
      gemeenteNaam: 'ZWOLLE',
    });
    expect(b.leerlingen.find((t) => t.vestigingscode === '16CF00')).toEqual({ vestigingscode: '16CF00', jaar: 2024, aantal: 378, onder5: false });
    expect(b.bereik.velden).not.toContain('gemeenteCode');
    expect(lees(EDUGIS, { gemeenteNaam: 'Zwolle' }).vestigingen).toHaveLength(86);
    expect(fout(() => lees(EDUGIS, { gemeenteCode: '0193' })).message).toMatch(/geen gemeentecodes/);
  });

  it('vraagt om het jaar als bestand en bestandsnaam het niet geven', () => {
    expect(fout(() => leesDuoBestand(bytes(VO_LLN))).message).toMatch(/Geef het jaar op/);
    expect(leesDuoBestand(bytes(VO_LLN), { jaar: 2025 }).leerlingen).toHaveLength(25);
  });
});

describe('tekencodering', () => {
  it('leest windows-1252 met é en ë goed', () => {
    const b = lees(NL_PO);
    expect(b.encoding).toBe('windows-1252');
    expect(b.vestigingen.find((v) => v.vestigingscode === '16ZT00')?.naam).toBe('Alles in één school De Zuidsprong');
    expect(b.vestigingen.find((v) => v.vestigingscode === '08YS00')?.naam).toBe('Dr. Ariëns Daltonschool');
    expect(lees(PO).vestigingen.find((v) => v.vestigingscode === '06ZZ00')?.naam).toBe('Vrije School Michaël');
  });

  it('leest hetzelfde bestand als UTF-8 met BOM tot dezelfde gegevens', () => {
    const tekst = iconv.decode(bytes(PO), 'windows-1252');
    const metBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tekst, 'utf8')]);
    const b = leesDuoBestand(metBom);
    expect(b.encoding).toBe('utf-8-bom');
    expect(b.vestigingen).toEqual(lees(PO).vestigingen);
    expect(leesTabel(bytes(HIST)).headers[0]).toBe('INSTELLINGSCODE');
  });

  it('herkent tab en komma als scheidingsteken, met aanhalingstekens', () => {
    const tab = leesTabel(Buffer.from('a\tb\r\n1\t" x "\r\n'));
    expect(tab).toMatchObject({ separator: '\t', headers: ['a', 'b'], rows: [['1', 'x']] });
    const komma = leesTabel(Buffer.from('naam,plaats\n"Bakker, De",Zwolle\n'));
    expect(komma).toMatchObject({ separator: ',', rows: [['Bakker, De', 'Zwolle']] });
  });
});

describe('kapotte bestanden eindigen in een Nederlandse ImportFout', () => {
  const po = bytes(PO);

  it('leeg bestand en alleen een kopregel', () => {
    expect(fout(() => leesDuoBestand(Buffer.alloc(0))).message).toMatch(/leeg/);
    expect(fout(() => leesDuoBestand(Buffer.from('\r\n  \r\n'))).message).toMatch(/leeg/);
    const kop = po.subarray(0, po.indexOf('\r\n') + 2);
    expect(fout(() => leesDuoBestand(kop)).message).toMatch(/alleen een kopregel/);
  });

  it('afgekapt bestand', () => {
    const f = fout(() => leesDuoBestand(po.subarray(0, 5000)));
    expect(f.meldingen.at(-1)?.melding).toMatch(/afgekapt/);
    expect(f.meldingen.at(-1)?.rij).toBeGreaterThan(2);
    // Cut inside a quoted field of the quoted VO pupil file.
    const vo = bytes(VO_LLN);
    expect(fout(() => leesDuoBestand(vo.subarray(0, vo.lastIndexOf('"Overijssel') + 5), { jaar: 2025 })).message).toMatch(/aanhalingsteken|afgekapt/);
  });

  it('verkeerd scheidingsteken', () => {
    const pijp = Buffer.from(po.toString('latin1').replaceAll(';', '|'), 'latin1');
    expect(fout(() => leesDuoBestand(pijp)).message).toMatch(/scheidingsteken/);
    // Header with puntkomma's, rows with komma's.
    const regels = iconv.decode(po, 'windows-1252').split('\r\n');
    const gemengd = [regels[0], ...regels.slice(1).map((r) => r.replaceAll(';', ','))].join('\r\n');
    const f = fout(() => leesDuoBestand(Buffer.from(gemengd)));
    expect(f.meldingen[0]).toMatchObject({ rij: 2 });
    expect(f.meldingen[0].melding).toMatch(/kolommen.*puntkomma/);
  });

  it('binaire rommel', () => {
    let x = 12345;
    const rommel = Buffer.alloc(4096, 0).map(() => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24));
    expect(fout(() => leesDuoBestand(rommel)).message).toMatch(/geen tekstbestand/);
  });

  it('een zip-bestand', () => {
    expect(fout(() => leesDuoBestand(maakZip('scholen.csv', po))).message).toMatch(/zip-bestand/);
  });

  it('onbekende kolommen noemen wat er verwacht werd', () => {
    const f = fout(() => leesDuoBestand(Buffer.from('Naam;Adres;Plaats\r\nDe Linde;Kerkstraat 1;Zwolle\r\n')));
    expect(f.message).toMatch(/niet herkend als DUO-bestand/);
    expect(f.message).toMatch(/alle schoolvestigingen basisonderwijs: INSTELLINGSCODE, VESTIGINGSCODE/);
    expect(f.message).toMatch(/Gevonden kolommen: Naam, Adres, Plaats/);
  });

  it('een ontbrekende verplichte kolom wordt bij naam genoemd', () => {
    const zonderPostcode = Buffer.from(iconv.decode(po, 'windows-1252').replace(';POSTCODE;', ';POSTCODEX;'));
    const f = fout(() => leesDuoBestand(zonderPostcode));
    expect(f.meldingen).toEqual([expect.objectContaining({ kolom: 'POSTCODE', melding: expect.stringMatching(/ontbreekt/) })]);
  });

  it('foute waarden worden per rij en kolom gemeld, alle tegelijk', () => {
    const regels = iconv.decode(po, 'windows-1252').split('\r\n');
    regels[2] = regels[2].replace(';03GR01;', ';03GR1X;');
    regels[5] = regels[5].replace(';0118;', ';Hoogeveen;');
    const f = fout(() => leesDuoBestand(Buffer.from(regels.join('\r\n'))));
    expect(f.meldingen).toEqual([expect.objectContaining({ rij: 3, kolom: 'VESTIGINGSCODE' }), expect.objectContaining({ rij: 6, kolom: 'GEMEENTENUMMER' })]);
  });

  it('een dubbele vestigingscode is een fout', () => {
    const regels = iconv.decode(po, 'windows-1252').split('\r\n');
    const f = fout(() => leesDuoBestand(Buffer.from([...regels.slice(0, 3), regels[2], ...regels.slice(3)].join('\r\n'))));
    expect(f.meldingen[0]).toMatchObject({ rij: 4, kolom: 'VESTIGINGSCODE' });
    expect(f.meldingen[0].melding).toMatch(/03GR01 staat ook al in rij 3/);
  });
});

describe('oudere DUO-kolomnamen', () => {
  it('leest BRIN NUMMER en VESTIGINGSNUMMER, ook met alleen het volgnummer', () => {
    const regels = iconv.decode(bytes(PO), 'windows-1252').split('\r\n');
    regels[0] = regels[0].replace('INSTELLINGSCODE;VESTIGINGSCODE', 'BRIN NUMMER;VESTIGINGSNUMMER');
    const volledig = leesDuoBestand(Buffer.from(regels.join('\r\n')));
    expect(volledig.soort).toBe('po-adressen');
    expect(volledig.vestigingen).toEqual(lees(PO).vestigingen);
    const kort = regels.map((r, i) => (i === 0 ? r : r.replace(/^((?:[^;]*;){3})\w{4}(\d\d);/, '$1$2;')));
    expect(leesDuoBestand(Buffer.from(kort.join('\r\n'))).vestigingen).toEqual(lees(PO).vestigingen);
  });
});

/** A minimal real zip archive (one stored entry), as the edugis download comes. */
function maakZip(naam: string, inhoud: Buffer): Buffer {
  const n = Buffer.from(naam);
  const crc = crc32(inhoud);
  const lokaal = Buffer.alloc(30);
  lokaal.writeUInt32LE(0x04034b50, 0);
  lokaal.writeUInt16LE(20, 4);
  lokaal.writeUInt32LE(crc, 14);
  lokaal.writeUInt32LE(inhoud.length, 18);
  lokaal.writeUInt32LE(inhoud.length, 22);
  lokaal.writeUInt16LE(n.length, 26);
  const centraal = Buffer.alloc(46);
  centraal.writeUInt32LE(0x02014b50, 0);
  centraal.writeUInt16LE(20, 4);
  centraal.writeUInt16LE(20, 6);
  centraal.writeUInt32LE(crc, 16);
  centraal.writeUInt32LE(inhoud.length, 20);
  centraal.writeUInt32LE(inhoud.length, 24);
  centraal.writeUInt16LE(n.length, 28);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(1, 8);
  eind.writeUInt16LE(1, 10);
  eind.writeUInt32LE(46 + n.length, 12);
  eind.writeUInt32LE(30 + n.length + inhoud.length, 16);
  return Buffer.concat([lokaal, n, inhoud, centraal, n, eind]);
}
