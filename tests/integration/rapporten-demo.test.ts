// Every report of the demo database "Voorbeeld Zwolle", written by the real CLI (`schoolinzet
// export … --db F --out X`), read back with exceljs (the values the app stored) and after
// LibreOffice recalculated every formula on load, and compared with the figures of the seed
// documents and of `schoolinzet kosten|dekking --json`. Each workbook is converted once to CSV
// and once to PDF (all workbooks in one LibreOffice start per format); the PDF pages are kept
// as PNGs under test-artifacts/rapporten/demo-*.png to look at.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuro } from '../../electron/domain/geld';
import { testOmgeving } from '../helpers/db';
import { centen, heeftLibreOffice, LibreOffice, pdfNaarPng, pdfTekst, rijMet } from '../helpers/libreoffice';
import { cent, leesWerkmap, rij, waarde } from '../helpers/werkmap';
import { EURO_CENTEN_FORMAAT, SALDO_CENTEN_FORMAAT } from '../../electron/reports/style';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = path.resolve(REPO, 'test-artifacts', 'rapporten');
const EURO = 100;

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(REPO, 'bin', 'schoolinzet.mjs'), ...args], { cwd: REPO, timeout: 120_000 });
  return stdout;
}

/** The workbooks, by short name: the CLI arguments after `export`. */
const WERKMAPPEN = {
  'financieel-2017': ['financieel', '--begrotingsjaar', '2017'],
  'financieel-2018': ['financieel', '--begrotingsjaar', '2018'],
  'financieel-2018-tegen-2016': ['financieel', '--begrotingsjaar', '2018', '--referentiejaar', '2016'],
  'bloz-2017-2018': ['bloz', '--schooljaar', '2017-2018'],
  'aanbieders-2017-2018': ['aanbieders', '--schooljaar', '2017-2018'],
  'volledige-export': ['alles'],
  sjabloon: ['sjabloon'],
} as const;
type Naam = keyof typeof WERKMAPPEN;
const NAMEN = Object.keys(WERKMAPPEN) as Naam[];

interface VerdelingJson {
  totaal: number;
  gemeente: number;
  onderwijs: number;
  overig: number;
}
interface KostenJson extends VerdelingJson {
  perFunctie: Record<string, VerdelingJson>;
  perAanbieder: Record<string, VerdelingJson>;
}
interface DekkingJson {
  kostenGemeente: number;
  totaalBudget: number;
  saldo: number;
  posten: { naam: string; bedrag: number }[];
}

const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-demo-rapporten-'));
const db = path.join(map, 'Voorbeeld Zwolle.schoolinzet');
const pad = (naam: Naam) => path.join(map, `${naam}.xlsx`);
const werkmap: Partial<Record<Naam, ExcelJS.Workbook>> = {};
let kosten2017: KostenJson;
let kosten2017Tekst: string;
let kosten2016: KostenJson;
let kosten2016sj: KostenJson;
let kosten2017sj: KostenJson;
let dekking2018: DekkingJson;

beforeAll(async () => {
  await cli('demo', '--db', db);
  // One at a time: every CLI run opens the same database file.
  for (const naam of NAMEN) await cli('export', ...WERKMAPPEN[naam], '--db', db, '--out', pad(naam));
  kosten2017 = JSON.parse(await cli('kosten', '--begrotingsjaar', '2017', '--db', db, '--json'));
  kosten2017Tekst = await cli('kosten', '--begrotingsjaar', '2017', '--db', db);
  kosten2016 = JSON.parse(await cli('kosten', '--begrotingsjaar', '2016', '--db', db, '--json'));
  kosten2016sj = JSON.parse(await cli('kosten', '--schooljaar', '2016-2017', '--db', db, '--json'));
  kosten2017sj = JSON.parse(await cli('kosten', '--schooljaar', '2017-2018', '--db', db, '--json'));
  dekking2018 = JSON.parse(await cli('dekking', '--begrotingsjaar', '2018', '--db', db, '--json'));
  for (const naam of NAMEN) werkmap[naam] = await leesWerkmap(pad(naam));
}, 180_000);
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

const blad = (naam: Naam, bladNaam: string) => {
  const ws = werkmap[naam]!.getWorksheet(bladNaam);
  if (!ws) throw new Error(`Geen blad "${bladNaam}" in ${naam}: ${werkmap[naam]!.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
};
/** Texts of every cell of a sheet. */
function teksten(ws: ExcelJS.Worksheet): string[] {
  const uit: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && uit.push(c.value)));
  return uit;
}

describe('Voorbeeld Zwolle: the reports as the app stored them (exceljs)', () => {
  it('JGW costs € 320.000 a schooljaar: the split lines of 2017 and the kosten of 2016-2017 and 2017-2018', () => {
    expect(kosten2016sj.perFunctie.JGW.totaal).toBe(320_000 * EURO);
    expect(kosten2017sj.perFunctie.JGW.totaal).toBe(320_000 * EURO);
    const regels = teksten(blad('financieel-2017', 'Verdeling schooljaren'));
    // 2016-2017 in 2017: January to August; 2017-2018: September to December.
    expect(regels).toContain('jan-aug 2017: 8/12 × € 320.000 = € 213.333');
    expect(regels).toContain('sep-dec 2017: 4/12 × € 320.000 = € 106.667');
    expect(regels).toContain('jan-aug 2017: 8/12 × € 366.000 = € 244.000');
    // Gemeente: half of 2016-2017, all of 2017-2018.
    expect(regels).toContain('jan-aug 2017: 8/12 × € 160.000 = € 106.667');
    // 2017-2018 in the aanbieders report: the JGW rows of every aanbieder sheet add up to € 320.000.
    let jgw = 0;
    for (const ws of werkmap['aanbieders-2017-2018']!.worksheets) {
      ws.eachRow((r) => {
        if (r.getCell(5).value === 'JGW' && r.getCell(19).value !== null && ['afgesproken', 'getekend', 'beëindigd'].includes(String(r.getCell(19).value)))
          jgw += cent(waarde(r.getCell(12).value));
      });
    }
    expect(jgw).toBe(320_000 * EURO);
    // And in the BLOZ-overzicht of that schooljaar.
    let blozJgw = 0;
    blad('bloz-2017-2018', 'Afspraken').eachRow((r) => {
      if (r.getCell(8).value === 'JGW') blozJgw += cent(waarde(r.getCell(17).value));
    });
    expect(blozJgw).toBe(320_000 * EURO);
  });

  it('gemeente JGW + SMW in begrotingsjaar 2017 is € 457.333 (within a euro) and the report holds exactly what `schoolinzet kosten` computes', () => {
    const functie = blad('financieel-2017', 'Per functie');
    const gemeente = cent(rij(functie, 'JGW')[3]) + cent(rij(functie, 'SMW')[3]);
    expect(gemeente).toBe(kosten2017.perFunctie.JGW.gemeente + kosten2017.perFunctie.SMW.gemeente);
    // Seed: 8/12 × € 343.000 + 4/12 × € 686.000 = € 457.333,33; the demo rounds per afspraak to cents.
    expect(Math.abs(gemeente - 45_733_333)).toBeLessThanOrEqual(EURO);
    expect(gemeente).toBe(45_733_350);
    const samenvatting = blad('financieel-2017', 'Samenvatting');
    expect(cent(rij(samenvatting, 'Gemeente')[1])).toBe(kosten2017.gemeente);
    expect(cent(rij(samenvatting, 'Totaal')[1])).toBe(kosten2017.totaal);
    // In whole euros € 457.334 + € 660.667 would not add up to the printed € 1.118.000 (the seed's
    // thirds): the column shows cents (rapport-afdruk.test.ts checks every total).
    expect(samenvatting.getCell(`B${rijNummer(samenvatting, 'Gemeente')}`).numFmt).toBe(EURO_CENTEN_FORMAAT);
    expect(formatEuro(kosten2017.gemeente)).toBe('€ 457.334');
    // `schoolinzet kosten` follows the same rule (regel-20): its Totaal row shows the cents that add up.
    expect(kosten2017Tekst).toMatch(/^Totaal +€ 1\.118\.000,00 +€ 457\.333,50 +€ 660\.666,50 +€ 0,00$/m);
    expect(kosten2017Tekst).toMatch(/^JGW +€ 320\.000,00 +€ 213\.333,50 +€ 106\.666,50 /m);
    expect(kosten2017Tekst).not.toMatch(/€ 457\.334/);
  });

  it('Meerkosten 2017 follow seed 001: "4/12 × € 343.000 = € 114.333" incidenteel, € 343.000 structureel from 2018, the schools save as much', () => {
    const ws = blad('financieel-2017', 'Meerkosten');
    const rijen: unknown[][] = [];
    ws.eachRow((r) => rijen.push((r.values as unknown[]).slice(1).map(waarde)));
    const regel = (financier: string, tekst: string) => rijen.find((r) => r[0] === financier && r[1] === tekst);
    const gemeente = regel('Gemeente', 'sep-dec 2017: 4/12 × € 343.000 = € 114.333');
    expect(gemeente, JSON.stringify(rijen)).toBeDefined();
    expect(formatEuro(cent(gemeente![2]))).toBe('€ 114.333');
    expect(gemeente![3]).toBe('incidenteel');
    expect(regel('Structureel: gemeente', 'vanaf 2018: € 343.000 per jaar (december 2017 tegen december 2016)')?.[3]).toBe('structureel');
    // The schools' 50 % falls away: the onderwijs saves exactly what the gemeente pays extra.
    expect(regel('Onderwijs', 'sep-dec 2017: 4/12 × -€ 343.000 = -€ 114.333')?.[3]).toBe('incidenteel');
    // The seed's sentence, on the Samenvatting too.
    const zin =
      'Meerkosten van de gemeente in 2017 tegen 2016: € 114.333, namelijk € 114.333 incidenteel (sep-dec 2017: 4/12 × € 343.000 = € 114.333). Structureel vanaf 2018: € 343.000 per jaar.';
    expect(teksten(ws)).toContain(zin);
    const sam = blad('financieel-2017', 'Samenvatting');
    expect(teksten(sam)).toContain(zin);
    // The schools' own staff is apart, named as nieuw geregistreerd, and no cost increase.
    expect(formatEuro(cent(rij(sam, 'Gemeente')[3]))).toBe('€ 114.333');
    expect(formatEuro(cent(rij(sam, 'Onderwijs: bijdrage aan de inzet van gemeentefuncties')[3]))).toBe('-€ 114.333');
    const eigen = rij(sam, 'Onderwijs: eigen inzet (IB, ZC, ORTHO)');
    expect(cent(eigen[1])).toBe(kosten2017.perFunctie.IB.onderwijs + kosten2017.perFunctie.ZC.onderwijs + kosten2017.perFunctie.ORTHO.onderwijs);
    expect(cent(eigen[3])).toBe(0);
    expect(teksten(sam).some((t) => t.startsWith('Nieuw geregistreerd in 2017, niet in de meerkosten: IB, ZC, ORTHO'))).toBe(true);
    expect(teksten(ws).some((t) => /^Nieuw geregistreerd, geen kostenstijging: IB, ZC, ORTHO hadden in 2016 geen afspraken/.test(t))).toBe(true);
    expect(cent(rij(sam, 'Totaal')[1])).toBe(kosten2017.totaal);
    // Per functie names them beside their difference.
    const functie = blad('financieel-2017', 'Per functie');
    for (const f of ['IB', 'ZC', 'ORTHO']) expect(rij(functie, f)[8], f).toBe('nieuw geregistreerd vanaf schooljaar 2017-2018: geen kostenstijging');
    expect(rij(functie, 'JGW')[8] ?? null).toBeNull();
  });

  it('a row adds up as printed too: JGW 2017 gemeente + onderwijs gives its printed total (not € 213.334 + € 106.667)', () => {
    const getoond = (c: ExcelJS.Cell) => {
      // A formula whose cached result is 0 reads back without a result.
      const w = waarde(c.value);
      const v = typeof w === 'number' ? w : 0;
      const f = (c.numFmt ?? '').includes('0.00') ? 100 : 1;
      return Math.round(v * f) / f;
    };
    for (const [naam, ws] of [
      ['Per functie', blad('financieel-2017', 'Per functie')],
      ['Verdeling schooljaren', blad('financieel-2017', 'Verdeling schooljaren')],
    ] as const) {
      const kop = rijNummer(ws, naam === 'Per functie' ? 'Functie' : 'Schooljaar');
      const koppen = Array.from(ws.getRow(kop).values as unknown[], (v) => String(v ?? ''));
      const k = (tekst: string) => koppen.findIndex((t) => t.startsWith(tekst));
      const [t, g, o, v] =
        naam === 'Per functie'
          ? [k('Totaal 2017'), k('Gemeente'), k('Onderwijs'), k('Overig')]
          : [k('Totaal in'), k('Gemeente in'), k('Onderwijs in'), k('Overig in')];
      let rijen = 0;
      ws.eachRow((r, i) => {
        if (i <= kop || typeof waarde(r.getCell(t).value) !== 'number') return;
        const som = getoond(r.getCell(g)) + getoond(r.getCell(o)) + getoond(r.getCell(v));
        expect(Math.round(som * 100), `${naam} rij ${i}`).toBe(Math.round(getoond(r.getCell(t)) * 100));
        rijen++;
      });
      expect(rijen, naam).toBeGreaterThan(2);
    }
  });

  it('the saldo of 2016, a few cents below zero, prints in cents as -€ 0,25: never a red "-€ 0"', () => {
    const sam = blad('financieel-2017', 'Samenvatting');
    const r = rijNummer(sam, 'Saldo (begrotingsposten min kosten gemeente; negatief is tekort)');
    const saldo2016 = sam.getCell(`C${r}`);
    expect(cent(waarde(saldo2016.value))).toBe(-25);
    expect(saldo2016.numFmt).toBe(SALDO_CENTEN_FORMAAT);
    // Begrotingsposten − kosten gemeente = saldo as printed: the whole column in cents.
    expect(sam.getCell(`C${r - 1}`).numFmt).toBe(EURO_CENTEN_FORMAAT);
    expect(sam.getCell(`C${r - 2}`).numFmt).toBe(EURO_CENTEN_FORMAAT);
  });

  it('Meerkosten against a referentiejaar the user picks: --referentiejaar 2016 for 2018', () => {
    const ws = blad('financieel-2018-tegen-2016', 'Meerkosten');
    expect(teksten(ws)).toContain('Meerkosten 2018 tegen 2016');
    const over = blad('financieel-2018-tegen-2016', 'Over dit rapport');
    expect(rij(over, 'Vergeleken met')[1]).toBe('2016');
    const sam = blad('financieel-2018-tegen-2016', 'Samenvatting');
    expect(cent(rij(sam, 'Gemeente')[2])).toBe(kosten2016.gemeente);
    // 2018 against 2016: the whole € 343.000 of the schools, for all of 2018.
    expect(teksten(ws)).toContain('jan-aug 2018: 8/12 × € 343.000 = € 228.667');
  });

  it('overzicht per aanbieder: a total on every money column but the rate, headers above their figures, eigen inzet onderwijs apart', () => {
    const wb = werkmap['aanbieders-2017-2018']!;
    const namen = wb.worksheets.map((w) => w.name);
    expect(namen).toContain('Eigen inzet onderwijs');
    expect(namen).not.toContain('Eigen inzet school');
    const geld = ['Vast bedrag per jaar', 'Jaarbedrag', 'Bedrag schooljaar', 'In sep-dec 2017', 'In jan-aug 2018', 'Gemeente', 'Onderwijs', 'Overig'];
    let bladen = 0;
    // The sheet Aanvullende inzet lists records, not afspraken, in a shape of its own (with its totals).
    for (const ws of wb.worksheets.filter((w) => !['Over dit rapport', 'Samenvatting', 'Aanvullende inzet'].includes(w.name))) {
      const kop = rijNummer(ws, 'Vestiging');
      const totaal = rijNummer(ws, 'Totaal');
      const koppen = (ws.getRow(kop).values as unknown[]).slice(1);
      for (const naam of geld) {
        const kolom = koppen.indexOf(naam) + 1;
        expect(kolom, `${ws.name} ${naam}`).toBeGreaterThan(0);
        expect((ws.getCell(totaal, kolom).value as { formula?: string }).formula, `${ws.name} ${naam}`).toMatch(/^SUBTOTAL\(109,/);
        // A figure's header sits right, above its figures ("Bedrag schooljaar" and "Gemeente" no longer read as one).
        expect(ws.getCell(kop, kolom).alignment?.horizontal, `${ws.name} ${naam}`).toBe('right');
      }
      expect(ws.getCell(kop, koppen.indexOf('School') + 1).alignment?.horizontal).not.toBe('right');
      bladen++;
    }
    expect(bladen).toBe(5);
  });

  it('BLOZ 2017-2018: the wijkteam sheet gives PO schools × 4 uur per wijk beside the agreed JGW hours (seed 001)', () => {
    const ws = blad('bloz-2017-2018', 'Wijkteams');
    expect(teksten(ws)).toContain('JGW: PO-scholen × 4 uur per week');
    const rijen: unknown[][] = [];
    ws.eachRow((r) => rijen.push((r.values as unknown[]).slice(1).map(waarde)));
    const kop = rijen.findIndex((r) => r[0] === 'Wijk' && r[1] === 'PO-scholen');
    const totaal = rijen.findIndex((r, i) => i > kop && r[0] === 'Totaal');
    const wijken = rijen.slice(kop + 1, totaal);
    expect(wijken.map((r) => r[0])).toEqual(['Centrum', 'Noord', 'Oost', 'West', 'Zuid']);
    for (const r of wijken) expect(r[2], String(r[0])).toBe(Number(r[1]) * 4);
    // 45 PO schools in the demo's DUO file; the 25 schools with JGW in 2017-2018 at 4 uur.
    expect(rijen[totaal].slice(1, 4)).toEqual([45, 180, 100]);
  });

  it('BLOZ 2017-2018: afspraken sorted by school name, then location, then functie; Landstede (MBO) is no VO school without coverage', () => {
    const ws = blad('bloz-2017-2018', 'Afspraken');
    const rijen: string[][] = [];
    ws.eachRow((r, i) => {
      if (i > rijNummer(ws, 'Vestiging') && r.getCell(1).value !== 'Totaal')
        rijen.push([String(r.getCell(2).value), String(r.getCell(1).value), String(r.getCell(8).value)]);
    });
    expect(rijen.length).toBeGreaterThan(100);
    for (let i = 1; i < rijen.length; i++) {
      const [a, b] = [rijen[i - 1], rijen[i]];
      expect(a[0].localeCompare(b[0], 'nl') || a[1].localeCompare(b[1]), `${a.join(' ')} / ${b.join(' ')}`).toBeLessThanOrEqual(0);
    }
    // Two locations named "Praktijkschool Het Kwartiers": all of 19UO00, then all of 19UO01.
    const kwartiers = rijen.filter((r) => r[0] === 'Praktijkschool Het Kwartiers').map((r) => r[1]);
    expect(kwartiers).toEqual([...kwartiers].sort());
    expect(new Set(kwartiers)).toEqual(new Set(['19UO00', '19UO01']));
    const zonder = teksten(blad('bloz-2017-2018', 'Scholen zonder dekking'));
    expect(zonder).not.toContain('Stichting Landstede');
  });

  it('dekking 2018: the saldo equals `schoolinzet dekking --json`', () => {
    const dek = blad('financieel-2018', 'Dekking');
    expect(cent(rij(dek, 'Totaal begrotingsposten')[2])).toBe(dekking2018.totaalBudget);
    expect(cent(rij(dek, 'Kosten gemeente 2018')[2])).toBe(dekking2018.kostenGemeente);
    expect(cent(rij(dek, 'Saldo (negatief is tekort)')[2])).toBe(dekking2018.saldo);
    for (const post of dekking2018.posten) expect(cent(rij(dek, post.naam)[2])).toBe(post.bedrag);
    const sam = blad('financieel-2018', 'Samenvatting');
    expect(cent(rij(sam, 'Saldo (begrotingsposten min kosten gemeente; negatief is tekort)')[1])).toBe(dekking2018.saldo);
    // € 450.000 structureel + € 550.000 incidenteel (seed).
    expect(dekking2018.totaalBudget).toBe(1_000_000 * EURO);
  });

  it('every workbook opens on a sheet that says what it is; all print A4 landscape (scale and print titles: rapport-afdruk.test.ts)', () => {
    for (const naam of NAMEN.filter((n) => n !== 'sjabloon')) {
      const over = blad(naam, 'Over dit rapport');
      expect(werkmap[naam]!.worksheets[0].name, naam).toBe('Over dit rapport');
      expect(rij(over, 'Gemeente')[1], naam).toBe('Zwolle');
      // The demo says so; the internal file name is not shown.
      expect(rij(over, 'Gegevens')[1], naam).toBe('Voorbeeldgegevens');
      for (const ws of werkmap[naam]!.worksheets) {
        expect(ws.pageSetup, `${naam} ${ws.name}`).toMatchObject({ orientation: 'landscape', paperSize: 9 });
        expect(ws.headerFooter.oddFooter, `${naam} ${ws.name}`).toContain('&P van &N');
      }
    }
    // The wide Afspraken sheet: A4 at 73 % over more pages, header row and first column on every page.
    expect(blad('bloz-2017-2018', 'Afspraken').pageSetup).toMatchObject({ paperSize: 9, scale: 73, printTitlesColumn: 'A:A' });
    const sjabloon = werkmap.sjabloon!;
    expect(sjabloon.worksheets.map((w) => w.name)).toEqual(['Afspraken', 'Lijsten', 'Aanvullende inzet', 'Uitleg']);
    for (const ws of [sjabloon.getWorksheet('Afspraken')!, sjabloon.getWorksheet('Aanvullende inzet')!, sjabloon.getWorksheet('Uitleg')!]) {
      expect(ws.pageSetup, ws.name).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1' });
      expect(ws.headerFooter.oddFooter, ws.name).toContain('&P van &N');
    }
  });

  it('the coverage chart of the demo opens on JGW', async () => {
    const t = await testOmgeving(db);
    try {
      const r = await t.call('grafiek.dekking', { schooljaar: 2017 });
      expect(r.ok && r.data.functie).toBe('JGW');
    } finally {
      t.sessie.close();
    }
  });
});

function rijNummer(ws: ExcelJS.Worksheet, label: string): number {
  let n = 0;
  ws.eachRow((r, i) => {
    if (n === 0 && r.getCell(1).value === label) n = i;
  });
  return n;
}

describe.runIf(heeftLibreOffice)('Voorbeeld Zwolle in LibreOffice (every formula recalculated on load)', () => {
  let csv: Record<string, Record<string, string[][]>>;
  let pdf: Record<string, string>;
  const lo = new LibreOffice('demo');
  beforeAll(() => {
    const alle = NAMEN.map(pad);
    csv = lo.allesNaarCsv(alle);
    pdf = lo.allesNaarPdf(alle, path.join(map, 'pdf'));
  }, 300_000);
  afterAll(() => lo.opruimen());
  const bladen = (naam: Naam) => csv[pad(naam)];

  it('JGW € 320.000 and gemeente JGW + SMW 2017 after recalculation, to the cent', () => {
    const functie = bladen('financieel-2017')['Per functie'];
    expect(centen(rijMet(functie, 'JGW')[2])).toBe(320_000 * EURO);
    expect(centen(rijMet(functie, 'JGW')[3]) + centen(rijMet(functie, 'SMW')[3])).toBe(kosten2017.perFunctie.JGW.gemeente + kosten2017.perFunctie.SMW.gemeente);
    const totaal = rijMet(functie, 'Totaal');
    expect(centen(totaal[2])).toBe(kosten2017.totaal);
    expect(centen(totaal[3])).toBe(kosten2017.gemeente);
    expect(centen(totaal[4])).toBe(kosten2017.onderwijs);
    const verdeling = rijMet(bladen('financieel-2017')['Verdeling schooljaren'], 'Totaal');
    expect(centen(verdeling[5])).toBe(kosten2017.totaal);
    expect(centen(verdeling[7])).toBe(kosten2017.gemeente);
    const a = bladen('aanbieders-2017-2018');
    expect(centen(rijMet(a['Samenvatting'], 'Totaal')[1])).toBe(kosten2017sj.totaal);
    // The schools' own staff is no aanbieder: its sheet is "Eigen inzet onderwijs" (an extra column names who delivers it).
    expect(a['Eigen inzet school']).toBeUndefined();
    // `schoolinzet kosten` does the same: one row of eigen inzet onderwijs, no pseudo-aanbieder.
    expect(kosten2017sj.perAanbieder['Eigen inzet school']).toBeUndefined();
    expect(centen(rijMet(a['Eigen inzet onderwijs'], 'Totaal')[12])).toBe(kosten2017sj.perAanbieder['Eigen inzet onderwijs (geen aanbieder)'].totaal);
    for (const [aanbieder, v] of Object.entries(kosten2017sj.perAanbieder))
      if (aanbieder !== 'Eigen inzet onderwijs (geen aanbieder)') expect(centen(rijMet(a[aanbieder], 'Totaal')[11]), aanbieder).toBe(v.totaal);
    // Per begrotingsjaar: 2017 and 2018 add up to the schooljaar, after recalculation.
    const kop = a['Samenvatting'].find((r) => r[0] === 'Aanbieder')!;
    expect(kop).toEqual([
      'Aanbieder',
      'Totaal schooljaar',
      'Gemeente',
      'Onderwijs',
      'Overig',
      'Totaal sep-dec 2017',
      'Gemeente sep-dec 2017',
      'Totaal jan-aug 2018',
      'Gemeente jan-aug 2018',
    ]);
    const perJaar = rijMet(a['Samenvatting'], 'Totaal');
    expect(centen(perJaar[5]) + centen(perJaar[7])).toBe(centen(perJaar[1]));
    expect(centen(perJaar[6]) + centen(perJaar[8])).toBe(kosten2017sj.gemeente);
    expect(rijMet(a['Samenvatting'], 'Eigen inzet onderwijs (IB, ZC, ORTHO; geen aanbieder)')).toBeDefined();
    expect(centen(rijMet(bladen('bloz-2017-2018')['Afspraken'], 'Totaal')[16])).toBe(kosten2017sj.totaal);
  });

  it('dekking 2018 after recalculation: saldo and tekort as `schoolinzet dekking`', () => {
    const dek = bladen('financieel-2018')['Dekking'];
    expect(centen(rijMet(dek, 'Totaal begrotingsposten')[2])).toBe(dekking2018.totaalBudget);
    expect(centen(rijMet(dek, 'Saldo (negatief is tekort)')[2])).toBe(dekking2018.saldo);
    expect(centen(rijMet(dek, 'Tekort')[2])).toBe(Math.max(0, -dekking2018.saldo));
    const sam = bladen('financieel-2018')['Samenvatting'];
    expect(centen(rijMet(sam, 'Saldo (begrotingsposten min kosten gemeente; negatief is tekort)')[1])).toBe(dekking2018.saldo);
  });

  it('the volledige export and the sjabloon open with every table and the sjabloon headers', () => {
    const x = bladen('volledige-export');
    // 542 until the demo followed seed 001: on 1-1-2018 the 25 JGW and MEE's 15 SMW afspraken of
    // 2017-2018 each get a successor with SWT Zwolle (issue 13 item 11).
    expect(x['afspraken'].length - 1).toBe(582);
    // One werkplan per school with JGW or SMW: 25 + 35 schools in 2015-2017, 45 + 35 in 2018-2019.
    expect(x['werkplannen'].length - 1).toBe(3 * 60 + 80);
    expect(x['scholen'].length - 1).toBe(88);
    expect(bladen('sjabloon')['Afspraken'][0].slice(0, 3)).toEqual(['Schooljaar', 'Vestigingscode', 'Schoolnaam']);
  });

  it('the PDFs show the figures as the CLI does, and render to PNG (test-artifacts/rapporten/demo-*.png)', () => {
    const tekst2017 = pdfTekst(pdf[pad('financieel-2017')]);
    // The same whole-euro figure as `schoolinzet kosten --begrotingsjaar 2017`, Dutch separators.
    expect(tekst2017).toContain(formatEuro(kosten2017.gemeente));
    expect(tekst2017).toContain('€ 1.118.000');
    expect(tekst2017).toContain('Pagina 1 van');
    expect(pdfTekst(pdf[pad('financieel-2018')])).toContain(formatEuro(dekking2018.saldo));
    for (const naam of NAMEN) {
      const pngs = pdfNaarPng(pdf[pad(naam)], ARTIFACTS, `demo-${naam}`, 80, naam === 'volledige-export' ? 6 : undefined);
      expect(pngs.length, naam).toBeGreaterThanOrEqual(2);
    }
  });
});
