import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, screenshot, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { voegVoorbeeldAanbiedersToe } from '../helpers/db';
import ExcelJS from 'exceljs';
import { DUO_MAP, goedeRij, maakBlad } from '../helpers/afspraken-blad';
import { axeErnstig } from '../helpers/schermen';
import { maakAfsprakenSjabloon } from '../../electron/reports/sjabloon';
import { AANVULLEND_BLAD, AANVULLEND_KOLOMMEN } from '../../electron/import/aanvullend-kolommen';

const DUO = [
  'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv',
  'duo_vo_02-alle-vestigingen-vo_ZWOLLE_HOOGEVEEN.csv',
  'duo_so_09-alle-vestigingen-sbo-so-en-vso_ZWOLLE_HOOGEVEEN.csv',
  'duo_po_06-historisch-overzicht-aantal-leerlingen-per-schoolvestiging_ZWOLLE_HOOGEVEEN.csv',
  'duo_vo_03-leerlingen-vo-per-vestiging-en-bestuur-2025_ZWOLLE_HOOGEVEEN.csv',
].map((f) => path.join(DUO_MAP, f));

describe.runIf(heeftChromium)('Importeren in Chromium', () => {
  let s: BrowserSessie;
  const map = tijdelijkeMap('import');
  beforeAll(async () => {
    s = await startBrowser();
    // The sheets name the aanbieder De Kern; a new file has no aanbieders.
    voegVoorbeeldAanbiedersToe(s.harness.sessie.db());
    s.harness.sessie.db().prepare(`INSERT INTO instellingen (sleutel, waarde) VALUES ('gemeenteCode', '"0193"'), ('gemeenteNaam', '"Zwolle"')`).run();
  });
  afterAll(async () => s?.sluit());

  it('importeert de DUO-bestanden van Zwolle na een voorbeeld', async () => {
    const { page, harness } = s;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Importeren' }).click();
    await expect.poll(() => page.getByText('Gemeente uit de instellingen').textContent()).toContain('0193');
    harness.volgendBestand(DUO);
    await page.getByRole('button', { name: 'DUO-bestanden kiezen…' }).click();
    await expect.poll(() => page.getByTestId('duo-nieuw').textContent()).toBe('88');
    expect(await page.getByRole('table', { name: /Herkende bestanden/ }).textContent()).toContain('DUO 06: historisch overzicht');
    await screenshot(page, 'importeren-duo-voorbeeld');
    // Nothing is saved before the confirmation.
    expect(s.harness.sessie.db().prepare('SELECT count(*) AS n FROM scholen').get()).toEqual({ n: 0 });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Geïmporteerd' }).textContent()).toContain('88 nieuwe');
    await screenshot(page, 'importeren-duo-resultaat');
    expect(s.harness.sessie.db().prepare('SELECT count(*) AS n FROM scholen').get()).toEqual({ n: 88 });
  });

  it('toont elke fout van een afsprakenblad in een tabel, en slaat niets op', async () => {
    const { page, harness } = s;
    const codes = (
      s.harness.sessie.db().prepare("SELECT vestigingscode AS c FROM scholen WHERE sector = 'PO' ORDER BY c LIMIT 3").all() as { c: string }[]
    ).map((r) => r.c);
    const fout = path.join(map, 'Afspraken met fouten.xlsx');
    fs.writeFileSync(
      fout,
      await maakBlad([goedeRij(codes[0]), goedeRij(codes[1], { Uurtarief: '75,5o' }), goedeRij(codes[2], { Status: 'klaar', Functie: 'XYZ' })]),
    );
    harness.volgendBestand(fout);
    await page.getByRole('button', { name: 'Afsprakenblad kiezen…' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('3 problemen');
    const tabel = page.getByRole('table', { name: /Wat er mis is/ });
    expect(await tabel.textContent()).toContain('"75,5o" is geen bedrag');
    expect(await tabel.getByRole('row').count()).toBe(4);
    await page.getByRole('button', { name: 'Kopieer' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Gekopieerd' }).count()).toBe(1);
    const werkblad = path.join(map, 'fouten.xlsx');
    harness.volgendBestand(werkblad);
    await page.getByRole('button', { name: 'Opslaan als werkblad…' }).click();
    await expect.poll(() => fs.existsSync(werkblad)).toBe(true);
    await screenshot(page, 'importeren-afspraken-fouten');
    expect(s.harness.sessie.db().prepare('SELECT count(*) AS n FROM afspraken').get()).toEqual({ n: 0 });

    const goed = path.join(map, 'Afspraken.xlsx');
    fs.writeFileSync(goed, await maakBlad([goedeRij(codes[0]), goedeRij(codes[1], { Functie: 'SMW' })]));
    harness.volgendBestand(goed);
    await page.getByRole('button', { name: 'Afsprakenblad kiezen…' }).click();
    await expect.poll(() => page.getByTestId('afspraken-nieuw').textContent()).toBe('2');
    await screenshot(page, 'importeren-afspraken-voorbeeld');
    await page.getByRole('button', { name: 'Afspraken opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Afspraken uit' }).textContent()).toContain('2 nieuw');
    expect(s.harness.sessie.db().prepare('SELECT count(*) AS n FROM afspraken').get()).toEqual({ n: 2 });
    expect(s.fouten).toEqual([]);
  });

  it('toont de nieuwe regels van het blad Aanvullende inzet in het voorbeeld en slaat ze op (issue 16 item 9)', async () => {
    const { page, harness } = s;
    const db = harness.sessie.db();
    const { inhoud } = await maakAfsprakenSjabloon(db, { schooljaar: 2017 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(inhoud as unknown as ArrayBuffer);
    const a = db.prepare("SELECT s.vestigingscode FROM afspraken a JOIN scholen s ON s.id = a.school_id WHERE a.functie = 'JGW'").pluck().get() as string;
    const rij: Record<string, string | number> = {
      Schooljaar: '2017-2018',
      Vestigingscode: a,
      Aanbieder: 'De Kern',
      Functie: 'JGW',
      'Uren per week': 2,
      Van: '08-01-2018',
      Reden: 'Onrust in groep 7',
    };
    wb.getWorksheet(AANVULLEND_BLAD)!.spliceRows(
      2,
      0,
      AANVULLEND_KOLOMMEN.map((k) => rij[k.kop] ?? null),
    );
    const bestand = path.join(map, 'Afspraken met aanvullende inzet.xlsx');
    fs.writeFileSync(bestand, Buffer.from(await wb.xlsx.writeBuffer()));
    harness.volgendBestand(bestand);
    await page.getByRole('button', { name: 'Afsprakenblad kiezen…' }).click();
    await expect.poll(() => page.getByTestId('afspraken-aanvullend-nieuw').textContent()).toBe('1');
    expect(await page.getByRole('table', { name: /regels aanvullende inzet/ }).textContent()).toContain('Onrust in groep 7');
    expect(await axeErnstig(page)).toEqual([]);
    await screenshot(page, 'importeren-afspraken-aanvullend');
    await page.getByRole('button', { name: 'Afspraken opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Afspraken uit' }).textContent()).toContain('Aanvullende inzet: 1 nieuw');
    expect(db.prepare("SELECT uren_per_week AS uren, bron FROM aanvullende_inzet WHERE reden = 'Onrust in groep 7'").get()).toEqual({ uren: 2, bron: 'blad' });
    expect(s.fouten).toEqual([]);
  });
});
