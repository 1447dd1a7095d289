// The Excel reports, read back with exceljs and opened in LibreOffice (recalculated on load) and
// compared with the engines through the API, to the cent; the PDF pages are kept as artifacts.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke, type Omgeving } from '../../electron/api/registry';
import type { Input, Output } from '../../electron/api/contract';
import { main } from '../../electron/cli/main';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { GEVAARLIJKE_NAMEN, GEVAARLIJKE_TOELICHTING, vulVoorbeeld } from '../helpers/rapport-fixture';
import { centen, heeftLibreOffice, LibreOffice, pdfNaarPng, rijMet } from '../helpers/libreoffice';
import { formatEuro } from '../../electron/domain/geld';
import { EURO_FORMAAT, veiligeCsvTekst } from '../../electron/reports/style';
import { cent, leesWerkmap, rij, waarde } from '../helpers/werkmap';
import { WERKPLAN_STATUSSEN } from '../../electron/domain/werkplan';

const ARTIFACTS = path.resolve('test-artifacts', 'rapporten');
const MAP = fs.mkdtempSync(path.join(fs.realpathSync(path.dirname(tmpDbPad())), 'rapporten-'));

let omgeving: Omgeving;
let sluit: () => void;

async function opslaan(invoer: Input<'rapport.opslaan'>, naam: string): Promise<string> {
  const pad = path.join(MAP, naam);
  const r = await invoke('rapport.opslaan', invoer, { ...omgeving, kiesBestand: async () => pad });
  if (!r.ok) throw new Error(r.fout.melding);
  expect(r.data).toMatchObject({ opgeslagen: true, bestand: pad });
  return pad;
}

async function api<K extends 'kosten.begrotingsjaar' | 'dekking.begrotingsjaar' | 'kosten.schooljaar' | 'grafiek.trend' | 'dekkingsgraad.ot'>(
  method: K,
  input: Input<K>,
): Promise<Output<K>> {
  const r = await invoke(method, input, omgeving);
  if (!r.ok) throw new Error(r.fout.melding);
  return r.data as Output<K>;
}

beforeAll(async () => {
  const t = await testOmgeving(tmpDbPad('Voorbeeld Zwolle.schoolinzet'));
  vulVoorbeeld(t.db);
  omgeving = t.omgeving;
  sluit = () => t.sessie.close();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => sluit());

describe('Financiële paragraaf', () => {
  it('2017: seed figures, engine totals and the written-out split, as stored by exceljs', async () => {
    const pad = await opslaan({ soort: 'financieel', begrotingsjaar: 2017 }, 'fin-2017.xlsx');
    const kosten = await api('kosten.begrotingsjaar', { begrotingsjaar: 2017 });
    const wb = await leesWerkmap(pad);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Over dit rapport',
      'Samenvatting',
      'Meerkosten',
      'Per functie',
      'Per aanbieder',
      'Verdeling schooljaren',
      'Dekking',
      'Per leerling',
      'Afspraken',
      'In voorbereiding',
    ]);
    const over = wb.getWorksheet('Over dit rapport')!;
    expect(rij(over, 'Gemeente')[1]).toBe('Zwolle');
    expect(rij(over, 'Voor')[1]).toBe('het college en de gemeenteraad');
    // Not the demo (a fixture), and no internal file name.
    expect(() => rij(over, 'Gegevens')).toThrow();
    expect(rij(over, 'Periode')[1]).toBe('begrotingsjaar 2017');

    const sam = wb.getWorksheet('Samenvatting')!;
    // Seed: gemeente JGW+SMW in 2017 = 8/12 × € 343.000 + 4/12 × € 686.000 = € 457.333.
    expect(formatEuro(cent(rij(sam, 'Gemeente')[1]))).toBe('€ 457.333');
    expect(cent(rij(sam, 'Gemeente')[1])).toBe(kosten.gemeente);
    // The onderwijs in two rows: its share in the gemeentefuncties and its eigen inzet (IB, paid by onderwijs).
    expect(cent(rij(sam, 'Onderwijs: bijdrage aan de inzet van gemeentefuncties')[1]) + cent(rij(sam, 'Onderwijs: eigen inzet (IB)')[1])).toBe(
      kosten.onderwijs,
    );
    expect(cent(rij(sam, 'Onderwijs: eigen inzet (IB)')[1])).toBe(kosten.perFunctie.IB.onderwijs);
    expect(cent(rij(sam, 'Totaal')[1])).toBe(kosten.totaal);
    // The total is a live formula.
    let formule = '';
    sam.eachRow((r) => {
      if (r.getCell(1).value === 'Totaal') formule = (r.getCell(2).value as { formula: string }).formula;
    });
    expect(formule).toMatch(/^SUBTOTAL\(109,B\d+:B\d+\)$/);
    expect(sam.views[0]).toMatchObject({ state: 'frozen' });
    expect(sam.autoFilter).toBeTruthy();
    expect(sam.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(sam.headerFooter.oddFooter).toContain('&P van &N');
    let gemeenteCel: ExcelJS.Cell | undefined;
    sam.eachRow((r) => {
      if (r.getCell(1).value === 'Gemeente') gemeenteCel = r.getCell(2);
    });
    expect(gemeenteCel!.numFmt).toBe(EURO_FORMAAT);

    const functie = wb.getWorksheet('Per functie')!;
    expect(cent(rij(functie, 'JGW')[2])).toBe(kosten.perFunctie.JGW.totaal);
    expect(cent(rij(functie, 'SMW')[3])).toBe(kosten.perFunctie.SMW.gemeente);

    const verdeling = wb.getWorksheet('Verdeling schooljaren')!;
    const teksten: string[] = [];
    verdeling.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && c.value.includes('/12') && teksten.push(c.value)));
    expect(teksten).toContain('jan-aug 2017: 8/12 × € 320.000 = € 213.333');
    expect(teksten).toContain('sep-dec 2017: 4/12 × € 320.000 = € 106.667');
    expect(teksten).toContain('sep-dec 2017: 4/12 × € 366.000 = € 122.000');
    // The IB afspraak that ended in January: its own months.
    expect(teksten).toContain('sep-dec 2017: 4/12 × € 4.800 = € 1.600');
    expect(cent(rij(verdeling, 'Totaal')[5])).toBe(kosten.totaal);

    const dek = wb.getWorksheet('Dekking')!;
    expect(cent(rij(dek, 'Saldo (negatief is tekort)')[2])).toBe(450_000_00 - kosten.gemeente);
    expect(cent(rij(dek, 'Tekort')[2])).toBe(kosten.gemeente - 450_000_00);

    const voorbereiding = wb.getWorksheet('In voorbereiding')!;
    expect(cent(rij(voorbereiding, 'Totaal')[11])).toBe(kosten.inVoorbereiding.totaal);
    expect(kosten.inVoorbereiding.totaal).toBeGreaterThan(0);
  });

  it.runIf(heeftLibreOffice)('2018 in LibreOffice: recalculated totals and dekking equal the app to the cent; PDF pages as artifacts', async () => {
    const pad = await opslaan({ soort: 'financieel', begrotingsjaar: 2018 }, 'Financiele paragraaf 2018.xlsx');
    const kosten = await api('kosten.begrotingsjaar', { begrotingsjaar: 2018 });
    const vorig = await api('kosten.begrotingsjaar', { begrotingsjaar: 2017 });
    const dekking = await api('dekking.begrotingsjaar', { begrotingsjaar: 2018 });
    const lo = new LibreOffice('financieel');
    try {
      const bladen = lo.naarCsv(pad);
      const sam = bladen['Samenvatting'];
      expect(centen(rijMet(sam, 'Totaal')[1])).toBe(kosten.totaal);
      expect(centen(rijMet(sam, 'Totaal')[2])).toBe(vorig.totaal);
      expect(centen(rijMet(sam, 'Totaal')[3])).toBe(kosten.totaal - vorig.totaal);
      // Seed: 2018 gemeente € 686.000 against € 450.000 structureel + € 550.000 incidenteel.
      expect(kosten.gemeente).toBe(686_000_00);
      expect(dekking.saldoCents).toBe(314_000_00);
      const saldo = rijMet(sam, 'Saldo (begrotingsposten min kosten gemeente; negatief is tekort)');
      expect(centen(saldo[1])).toBe(dekking.saldoCents);
      const dek = bladen['Dekking'];
      expect(centen(rijMet(dek, 'Totaal begrotingsposten')[2])).toBe(1_000_000_00);
      expect(centen(rijMet(dek, 'Totaal begrotingsposten')[3])).toBe(686_000_00);
      expect(centen(rijMet(dek, 'PPN investering toegang en preventie jeugd')[4])).toBe(314_000_00);
      expect(centen(rijMet(dek, 'Saldo (negatief is tekort)')[2])).toBe(dekking.saldoCents);
      expect(centen(rijMet(dek, 'Tekort')[2])).toBe(0);
      for (const blad of ['Per functie', 'Per aanbieder']) {
        const t = rijMet(bladen[blad], 'Totaal');
        const n = blad === 'Per functie' ? 2 : 1;
        expect(centen(t[n])).toBe(kosten.totaal);
        expect(centen(t[n + 1])).toBe(kosten.gemeente);
        expect(centen(t[n + 4])).toBe(vorig.totaal);
        expect(centen(t[n + 5])).toBe(kosten.totaal - vorig.totaal);
      }
      expect(centen(rijMet(bladen['Afspraken'], 'Totaal')[11])).toBe(kosten.totaal);
      expect(centen(rijMet(bladen['Verdeling schooljaren'], 'Totaal')[7])).toBe(kosten.gemeente);

      const pdf = lo.naarPdf(pad, MAP);
      const pngs = pdfNaarPng(pdf, ARTIFACTS, 'financieel-2018');
      expect(pngs.length).toBeGreaterThanOrEqual(8);
    } finally {
      lo.opruimen();
    }
  });
});

describe.runIf(heeftLibreOffice)('LibreOffice profile', () => {
  it('recalculates on load: a formula with a wrong cached result shows the recalculated value', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Proef');
    ws.addRow([1]);
    ws.addRow([2]);
    ws.addRow([{ formula: 'SUM(A1:A2)', result: 999 }]);
    const pad = path.join(MAP, 'verkeerd.xlsx');
    await wb.xlsx.writeFile(pad);
    const lo = new LibreOffice('profiel');
    try {
      expect(lo.naarCsv(pad)['Proef'].map((r) => r[0])).toEqual(['1', '2', '3']);
    } finally {
      lo.opruimen();
    }
  });
});

describe('Financiële paragraaf: kosten per leerling en per jeugdige', () => {
  it('per sector and wijk over the DUO count of 1 oktober of the year, the same figures as kosten.perLeerling; per jeugdige from the kerncijfers', async () => {
    const r = await invoke('kerncijfers.maak', { jaar: 2018, jeugdigen019: 30_000, leerlingenPo: 13_000, leerlingenVo: 11_000 }, omgeving);
    expect(r.ok).toBe(true);
    const pad = await opslaan({ soort: 'financieel', begrotingsjaar: 2018 }, 'fin-2018-per-leerling.xlsx');
    const p = await invoke('kosten.perLeerling', { begrotingsjaar: 2018 }, omgeving);
    if (!p.ok) throw new Error(p.fout.melding);
    const k = await api('kosten.begrotingsjaar', { begrotingsjaar: 2018 });
    expect(p.data.totaal.kostenCents).toBe(k.totaal);
    const ws = (await leesWerkmap(pad)).getWorksheet('Per leerling')!;
    expect(rij(ws, 'Sector')[3]).toBe('Leerlingen (DUO 2018)');
    // The fixture's pupils are counted on 1 oktober 2016 and 2017: the sheet says which count it used.
    expect(String(ws.getRow(2).getCell(1).value)).toContain('DUO-telling van 1 oktober 2018');
    const po = rij(ws, 'PO');
    const poApi = p.data.perSector.find((s) => s.naam === 'PO')!;
    expect([cent(po[1]), po[3], cent(po[4])]).toEqual([poApi.kostenCents, poApi.leerlingen, poApi.perLeerlingCents]);
    expect(poApi.perLeerlingCents).toBe(Math.round(poApi.kostenCents / poApi.leerlingen));
    expect(cent(rij(ws, 'Totaal')[4])).toBe(p.data.totaal.perLeerlingCents);
    expect(rij(ws, 'Jeugdigen 0-19 jaar (kerncijfers 2018)')[1]).toBe(30_000);
    expect(cent(rij(ws, 'Kosten per jeugdige')[1])).toBe(Math.round(k.totaal / 30_000));
    expect(rij(ws, 'Leerlingen PO volgens de kerncijfers 2018')[1]).toBe(13_000);
    expect(rij(ws, 'Leerlingen PO volgens DUO 2018 (PO en SBO)')[1]).toBe(p.data.vergelijking.duoPo);
  });
});

describe('BLOZ-overzicht en overzicht per aanbieder', () => {
  it('BLOZ 2017-2018: afspraken, dekking per wijk and sector, schools without coverage', async () => {
    const pad = await opslaan({ soort: 'bloz', schooljaar: 2017 }, 'bloz-2017.xlsx');
    const kosten = await api('kosten.schooljaar', { schooljaar: 2017 });
    const wb = await leesWerkmap(pad);
    const afspraken = wb.getWorksheet('Afspraken')!;
    const totaal = rij(afspraken, 'Totaal');
    // 20 × 4 JGW + 122 SMW + 2 IB + 2 JMW basisuren; 2 extra uren JMW.
    expect(totaal[8]).toBe(20 * 4 + 122 + 2 + 2);
    expect(totaal[9]).toBe(2);
    expect(cent(totaal[16])).toBe(kosten.totaal);
    let jmw: unknown[] = [];
    afspraken.eachRow((r) => {
      if (r.getCell(8).value === 'JMW') jmw = (r.values as unknown[]).slice(1).map(waarde);
    });
    // The bestuur by name, its DUO number in the next column.
    expect(jmw.slice(4, 6)).toEqual(['Stichting Voortgezet Onderwijs IJsselland', '41002']);
    expect(jmw[11]).toBe('Veel verzuim en zorgmeldingen; basisinzet is niet genoeg.');
    expect(jmw[13]).toBe('verzuim');
    // The werkplan is not an afspraak's: no werkplan column on the afspraken sheet.
    expect(rij(afspraken, 'Vestiging').filter((v) => typeof v === 'string' && /werkplan/i.test(v))).toEqual([]);
    const wijk = wb.getWorksheet('Dekking per sector')!;
    const jgw = rij(wijk, 'JGW');
    expect(jgw.slice(1, 4)).toEqual(['PO', 22, 20]);
    expect(waarde(jgw[4])).toBeCloseTo(20 / 22, 10);
    const zonder = wb.getWorksheet('Scholen zonder dekking')!;
    const regels: unknown[][] = [];
    zonder.eachRow((r) => r.getCell(1).value === 'JGW' && regels.push((r.values as unknown[]).slice(1)));
    expect(regels).toHaveLength(2);
    expect(regels.map((r) => r[6]).sort()).toEqual(['ja', 'nee']);
    // Issue 13 item 5: OT completeness per school, as the Ondersteuningsteams screen shows it.
    const ot = await api('dekkingsgraad.ot', { schooljaar: 2017 });
    const otBlad = wb.getWorksheet('Ondersteuningsteams')!;
    const otRegels: unknown[][] = [];
    otBlad.eachRow((r) => ot.scholen.some((s) => s.vestigingscode === r.getCell(1).value) && otRegels.push((r.values as unknown[]).slice(1)));
    expect(otRegels).toHaveLength(ot.aantalScholen);
    expect(otRegels.filter((r) => r[8] === 'ja')).toHaveLength(ot.aantalVolledig);
    const eenOnvolledig = ot.scholen.find((s) => !s.volledig)!;
    const regel = otRegels.find((r) => r[0] === eenOnvolledig.vestigingscode)!;
    expect(regel.slice(5, 8)).toEqual(['zorg', 'ortho', 'sociaal'].map((rol) => (eenOnvolledig.ontbrekend.includes(rol as never) ? 'ontbreekt' : 'ja')));
  });

  it('BLOZ 2017-2018: one werkplan status per school, in words that cannot be read as a rejection', async () => {
    const pad = await opslaan({ soort: 'bloz', schooljaar: 2017 }, 'bloz-2017-werkplannen.xlsx');
    const ws = (await leesWerkmap(pad)).getWorksheet('Werkplannen')!;
    expect(rij(ws, 'Vestiging')).toEqual([
      'Vestiging',
      'School',
      'Sector',
      'Wijk',
      'Bestuur',
      'Werkplan',
      'Ingediend op',
      'Goedgekeurd door school op',
      'Namens de school',
      'Goedgekeurd door wijkteam op',
      'Namens het wijkteam',
    ]);
    const regels: unknown[][] = [];
    ws.eachRow((r) => {
      if ((WERKPLAN_STATUSSEN as readonly unknown[]).includes(r.getCell(6).value)) regels.push((r.values as unknown[]).slice(1).map(waarde));
    });
    // Every school with an afspraak in 2017-2018 (any status) once: 21 PO (20 JGW + 1 in concept) and 6 VO.
    const codes = regels.map((r) => r[0]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(27);
    const telling = (status: string) => regels.filter((r) => r[5] === status).length;
    // JGW schools i % 4 === 0 have only the school's approval (fixture), the rest both; VO schools none.
    expect(telling('goedgekeurd door school en wijkteam')).toBe(15);
    expect(telling('goedgekeurd door school')).toBe(5);
    expect(telling('nog niet ingediend')).toBe(7);
    expect(regels.some((r) => /niet goedgekeurd|afgekeurd/.test(String(r[5])))).toBe(false);
    const teksten: string[] = [];
    ws.eachRow((r) => teksten.push(String(r.getCell(1).value)));
    expect(teksten).toContain('goedgekeurd door school en wijkteam: 15 scholen');
  });

  it('BLOZ and aanbieders 2017-2018: the aanvullende inzet apart, with its reason, period and what it adds (issue 16 item 10)', async () => {
    for (const [soort, naam] of [
      ['bloz', 'bloz-2017-aanvullend.xlsx'],
      ['aanbieders', 'aanbieders-2017-aanvullend.xlsx'],
    ] as const) {
      const ws = (await leesWerkmap(await opslaan({ soort, schooljaar: 2017 }, naam))).getWorksheet('Aanvullende inzet')!;
      const kop = rij(ws, 'Vestiging');
      // The JMW afspraak of the first VO school (tests/helpers/rapport-fixture.ts) has 2 extra uren.
      const regel = rij(ws, '50VO00');
      const kolom = (k: string) => regel[kop.indexOf(k)];
      expect(kolom('Reden')).toBe('Veel verzuim en zorgmeldingen; basisinzet is niet genoeg.');
      expect(kolom('Aanbieder')).toBe('MEE IJsseloevers');
      expect(kolom('Uren per week')).toBe(2);
      expect(waarde(kolom('Van'))).toEqual(new Date(Date.UTC(2017, 8, 1)));
      expect(kolom('Overige financier')).toBe('Samenwerkingsverband VO Zwolle');
      // Counted with the basisuren (same period and split): what the 2 extra uren add, 2 × 40 × € 80.
      expect(cent(kolom('Kosten schooljaar'))).toBe(6_400_00);
      expect(cent(kolom('Overig'))).toBe(6_400_00);
      expect(cent(rij(ws, 'Totaal')[kop.indexOf('Kosten schooljaar')])).toBe(6_400_00);
    }
  });

  it('overzicht per aanbieder 2016-2017: a sheet per aanbieder; De Kern € 320.000 JGW (seed)', async () => {
    const pad = await opslaan({ soort: 'aanbieders', schooljaar: 2016 }, 'aanbieders-2016.xlsx');
    const trend = await api('grafiek.trend', { vanJaar: 2016, totJaar: 2016 });
    expect(trend.punten[0].kosten.JGW).toBe(320_000_00);
    const wb = await leesWerkmap(pad);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Over dit rapport', 'Samenvatting', 'De Kern', 'Trias Jeugdhulp', 'Aanvullende inzet']);
    expect(cent(rij(wb.getWorksheet('De Kern')!, 'Totaal')[11])).toBe(320_000_00);
    // The bedrag in each begrotingsjaar (4/12 in 2016, 8/12 in 2017, rounded per afspraak), then the gemeente's half.
    expect(cent(rij(wb.getWorksheet('De Kern')!, 'Totaal')[12])).toBe(106_666_60);
    expect(cent(rij(wb.getWorksheet('De Kern')!, 'Totaal')[13])).toBe(213_333_40);
    expect(cent(rij(wb.getWorksheet('De Kern')!, 'Totaal')[14])).toBe(160_000_00);
    expect(cent(rij(wb.getWorksheet('Trias Jeugdhulp')!, 'Totaal')[11])).toBe(366_000_00);
    expect(cent(rij(wb.getWorksheet('Samenvatting')!, 'Totaal')[1])).toBe(686_000_00);
  });

  it.runIf(heeftLibreOffice)('BLOZ, aanbieders and volledige export open in LibreOffice with the same totals; PDF pages as artifacts', async () => {
    const bloz = await opslaan({ soort: 'bloz', schooljaar: 2017 }, 'BLOZ-overzicht 2017-2018.xlsx');
    const aanbieders = await opslaan({ soort: 'aanbieders', schooljaar: 2017 }, 'Overzicht per aanbieder 2017-2018.xlsx');
    const alles = await opslaan({ soort: 'alles' }, 'Volledige export.xlsx');
    const kosten = await api('kosten.schooljaar', { schooljaar: 2017 });
    const lo = new LibreOffice('bloz');
    try {
      const b = lo.naarCsv(bloz);
      expect(centen(rijMet(b['Afspraken'], 'Totaal')[16])).toBe(kosten.totaal);
      expect(rijMet(b['Afspraken'], 'Totaal')[10]).toBe('208');
      const a = lo.naarCsv(aanbieders);
      expect(centen(rijMet(a['Samenvatting'], 'Totaal')[1])).toBe(kosten.totaal);
      const som = Object.entries(a)
        .filter(([n]) => n !== 'Samenvatting' && n !== 'Over dit rapport')
        // The eigen inzet sheet names the aanbieder in a column of its own: its amounts are one further.
        .reduce((s, [n, rijen]) => s + centen(rijMet(rijen, 'Totaal')[n === 'Eigen inzet onderwijs' ? 12 : 11]), 0);
      expect(som).toBe(kosten.totaal);
      // The IB paid by onderwijs (from MEE) is eigen inzet, not MEE's.
      expect(centen(rijMet(a['Eigen inzet onderwijs'], 'Totaal')[12])).toBe(kosten.perFunctie.IB.totaal);
      const x = lo.naarCsv(alles);
      expect(x['afspraken'].length - 1).toBe(81);
      expect(x['scholen'].length - 1).toBe(28);
      expect(x['afspraken'][0]).toContain('vast_bedrag_cents');
      for (const [pad, naam] of [
        [bloz, 'bloz-2017-2018'],
        [aanbieders, 'aanbieders-2017-2018'],
      ]) {
        expect(pdfNaarPng(lo.naarPdf(pad, MAP), ARTIFACTS, naam).length).toBeGreaterThan(3);
      }
    } finally {
      lo.opruimen();
    }
  });

  it('asks for the missing year in Dutch, and writes nothing when the dialog is cancelled', async () => {
    const zonder = await invoke('rapport.opslaan', { soort: 'financieel' }, { ...omgeving, kiesBestand: async () => path.join(MAP, 'x.xlsx') });
    expect(zonder.ok).toBe(false);
    if (!zonder.ok) expect(zonder.fout.velden[0]).toMatchObject({ veld: 'begrotingsjaar' });
    let vraag: unknown = null;
    const geannuleerd = await invoke(
      'rapport.opslaan',
      { soort: 'bloz', schooljaar: 2017 },
      {
        ...omgeving,
        kiesBestand: async (v) => {
          vraag = v;
          return null;
        },
      },
    );
    expect(geannuleerd).toMatchObject({ ok: true, data: { opgeslagen: false, bestand: null } });
    expect(vraag).toMatchObject({
      doel: 'opslaan',
      standaardNaam: expect.stringMatching(/^Schoolinzet - BLOZ-overzicht 2017-2018 - \d{4}-\d{2}-\d{2}\.xlsx$/),
    });
    expect(fs.existsSync(path.join(MAP, 'x.xlsx'))).toBe(false);
  });

  it('the CLI writes the same report: schoolinzet export financieel --begrotingsjaar 2018', async () => {
    const out = path.join(MAP, 'cli.xlsx');
    const regels: string[] = [];
    const code = await main(['export', 'financieel', '--begrotingsjaar', '2018', '--db', omgeving.dbPad(), '--out', out], {
      out: (t) => regels.push(t),
      err: (t) => regels.push(t),
    });
    expect(regels.join('\n')).toContain('Rapport opgeslagen');
    expect(code).toBe(0);
    const wb = await leesWerkmap(out);
    expect(cent(rij(wb.getWorksheet('Samenvatting')!, 'Gemeente')[1])).toBe(686_000_00);
    expect(
      await main(['export', 'bloz', '--schooljaar', '2017-2019', '--db', omgeving.dbPad(), '--out', out], { out: () => undefined, err: (t) => regels.push(t) }),
    ).toBe(1);
    expect(regels.at(-1)).toContain('--schooljaar');
  });
});

describe('Tekst van gebruikers wordt nooit een formule', () => {
  it('school names and toelichting starting with = + - @ stay text in exceljs and in LibreOffice', async () => {
    const t = await testOmgeving(tmpDbPad('gevaarlijk.schoolinzet'));
    try {
      vulVoorbeeld(t.db, { gevaarlijk: true });
      const pad = path.join(MAP, 'gevaarlijk-bloz.xlsx');
      const r = await invoke('rapport.opslaan', { soort: 'bloz', schooljaar: 2017 }, { ...t.omgeving, kiesBestand: async () => pad });
      expect(r.ok).toBe(true);
      const wb = await leesWerkmap(pad);
      const namen: unknown[] = [];
      let toelichting: unknown = null;
      wb.getWorksheet('Afspraken')!.eachRow((row) => {
        namen.push(row.getCell(2).value);
        if (row.getCell(8).value === 'JMW') toelichting = row.getCell(12).value;
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) expect(String(c.formula)).toMatch(/^(SUBTOTAL|[A-Z]+\d+\+[A-Z]+\d+$)/);
        });
      });
      for (const naam of GEVAARLIJKE_NAMEN) expect(namen).toContain(naam);
      expect(toelichting).toBe(GEVAARLIJKE_TOELICHTING);
      expect(veiligeCsvTekst('=1+1')).toBe("'=1+1");
      expect(veiligeCsvTekst('gewoon')).toBe('gewoon');
      if (heeftLibreOffice) {
        const lo = new LibreOffice('gevaarlijk');
        try {
          const csv = lo.naarCsv(pad)['Afspraken'];
          const kolomB = csv.map((rij) => rij[1]);
          for (const naam of GEVAARLIJKE_NAMEN) expect(kolomB).toContain(naam);
          expect(kolomB).not.toContain('2');
          expect(csv.map((rij) => rij[11])).toContain(GEVAARLIJKE_TOELICHTING);
        } finally {
          lo.opruimen();
        }
      }
    } finally {
      t.sessie.close();
    }
  });
});
