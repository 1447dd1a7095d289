// Charts on the Rapportages page in Chromium: drawn from the API, saved as PNG at 2× through
// grafiek.opslaan (the harness answers the save dialog), and an Excel report from its button.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, screenshot, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { testOmgeving } from '../helpers/db';
import { vulVoorbeeld } from '../helpers/rapport-fixture';

/** Width and height from the PNG header (IHDR). */
function pngMaat(pad: string): { breedte: number; hoogte: number } {
  const b = fs.readFileSync(pad);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { breedte: b.readUInt32BE(16), hoogte: b.readUInt32BE(20) };
}

describe.runIf(heeftChromium)('grafieken in Chromium', () => {
  let s: BrowserSessie;
  const map = tijdelijkeMap('grafieken');
  beforeAll(async () => {
    const dbPad = path.join(map, 'Voorbeeld.schoolinzet');
    const t = await testOmgeving(dbPad);
    vulVoorbeeld(t.db);
    t.sessie.close();
    s = await startBrowser({ dbPad });
    await s.page.evaluate(() => {
      localStorage.setItem('schoolinzet.schooljaar', '2017');
      localStorage.setItem('schoolinzet.begrotingsjaar', '2018');
    });
    // The period is read from localStorage when the app starts: load the page anew.
    await s.page.goto(`${s.harness.url}#/rapportages`);
    await s.page.reload();
  });
  afterAll(async () => s?.sluit());

  it('draws every chart with a table alternative, and saves one as a PNG at twice its size', async () => {
    const { page, harness } = s;
    await expect.poll(() => page.locator('figure.grafiek').count(), { timeout: 15_000 }).toBe(8);
    // Coverage opens on JGW (the functie the gemeente steers on), not on the first code (SMW).
    expect(await page.getByLabel('Functie voor de dekking').inputValue()).toBe('JGW');
    const dekking = page.locator('figure.grafiek', { hasText: 'Dekking JGW per wijk' });
    await expect.poll(() => dekking.locator('.grafiek__toelichting').textContent()).toContain('20 van 22 scholen');
    // The hidden table carries the same figures for screen readers.
    expect(await dekking.locator('table caption').textContent()).toBe('Dekking JGW per wijk, schooljaar 2017-2018');
    expect(await dekking.locator('tbody tr').count()).toBe(4);
    const kosten = page.locator('figure.grafiek', { hasText: 'Kosten per begrotingsjaar' });
    expect(await kosten.locator('table').textContent()).toContain('€ 457.333');
    const tekort = page.locator('figure.grafiek', { hasText: 'tegenover begrotingsposten' });
    expect(await tekort.locator('.grafiek__toelichting').textContent()).toContain('Tekort in 2017 (€ 7.333)');
    await screenshot(page, 'rapportages-grafieken');
    // The whole page with every chart: main scrolls on its own, so make the window as tall as its content.
    const viewport = page.viewportSize()!;
    const hoogte = await page.locator('main').evaluate((el) => el.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: hoogte + 80 });
    const heel = path.resolve('test-artifacts', 'screenshots', 'rapportages-alle-grafieken.png');
    await page.screenshot({ path: heel });
    expect(pngMaat(heel).hoogte).toBeGreaterThan(2000);
    await page.setViewportSize(viewport);

    // The chart's own SVG, not a legend icon (also an svg.recharts-surface).
    const svg = await dekking.locator('.recharts-wrapper > svg').boundingBox();
    expect(Math.round(svg!.width)).toBe(720);
    const png = path.join(map, 'dekking.png');
    harness.volgendBestand(png);
    // Every chart's save button says which chart it saves.
    const namen = await page
      .getByRole('button', { name: /^Opslaan als afbeelding: / })
      .evaluateAll((knoppen) => knoppen.map((k) => k.getAttribute('aria-label')));
    expect(namen.length).toBeGreaterThan(1);
    expect(new Set(namen).size).toBe(namen.length);
    await dekking.getByRole('button', { name: /^Opslaan als afbeelding/ }).click();
    await expect.poll(() => dekking.getByRole('status').textContent()).toContain('dekking.png');
    const maat = pngMaat(png);
    expect(maat.breedte).toBe(Math.round(svg!.width) * 2);
    // Below the chart: the note (its toelichting) and the source line with the date, 15 px a line after 10 px room.
    const onder = maat.hoogte / 2 - Math.round(svg!.height) - 56 - 10;
    expect(onder % 15).toBe(0);
    expect(onder / 15).toBeGreaterThanOrEqual(2);
    expect(maat.breedte).toBe(1440);
    const d = new Date();
    const datum = `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
    expect(await dekking.getAttribute('data-bron')).toBe(`Bron: Schoolinzet, gemeente Zwolle, ${datum}.`);
    // The trend lines are straight segments between schooljaren: no curve commands in their paths.
    const lijnen = await page
      .locator('figure.grafiek', { hasText: 'Uren per week per functie' })
      .locator('path.recharts-line-curve')
      .evaluateAll((p) => p.map((e) => e.getAttribute('d') ?? ''));
    expect(lijnen.length).toBeGreaterThan(0);
    for (const d of lijnen) expect(d).not.toMatch(/[CcSsQqTt]/);
    fs.mkdirSync(path.resolve('test-artifacts', 'rapporten'), { recursive: true });
    fs.copyFileSync(png, path.resolve('test-artifacts', 'rapporten', 'grafiek-dekking-jgw.png'));
    expect(s.fouten).toEqual([]);
  });

  it('saves the financiele paragraaf from its button', async () => {
    const { page, harness } = s;
    const xlsx = path.join(map, 'paragraaf.xlsx');
    harness.volgendBestand(xlsx);
    // The meerkosten against a referentiejaar the user picks (default the year before).
    const keuze = page.getByLabel('Meerkosten in de financiële paragraaf tegen');
    expect(await keuze.locator('option:checked').textContent()).toBe('2017 (het jaar ervoor)');
    await keuze.selectOption({ label: '2016' });
    await page.getByRole('button', { name: 'Financiële paragraaf 2018 opslaan…' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Financiële paragraaf 2018 opgeslagen als' }).textContent()).toContain('paragraaf.xlsx');
    expect(fs.statSync(xlsx).size).toBeGreaterThan(5_000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('Meerkosten')!.getCell('A1').value).toBe('Meerkosten 2018 tegen 2016');
  });

  it('says after saving which cells were cut at the Excel limit, and where (issue 14)', async () => {
    const { page, harness } = s;
    // Older data than the text limits: a school name of 40.000 characters, written by another connection.
    const db = new Database(path.join(map, 'Voorbeeld.schoolinzet'));
    const { id, naam } = db.prepare('SELECT id, naam FROM scholen ORDER BY id LIMIT 1').get() as { id: number; naam: string };
    db.prepare('UPDATE scholen SET naam = ? WHERE id = ?').run('B'.repeat(40_000), id);
    try {
      harness.volgendBestand(path.join(map, 'ingekort.xlsx'));
      await page.getByRole('button', { name: 'Financiële paragraaf 2018 opslaan…' }).click();
      const melding = page.getByRole('status').filter({ hasText: 'ingekort.xlsx' });
      await expect
        .poll(() => melding.textContent())
        .toMatch(
          /opgeslagen als ingekort\.xlsx\. \d+ (cel was|cellen waren) langer dan Excel toont \(32\.767 tekens\) en (is|zijn) ingekort, met een markering aan het eind van de cel: blad .+, rij \d+, kolom [A-Z]+/,
        );
      await screenshot(page, 'rapportages-ingekorte-cel');
      expect(s.fouten).toEqual([]);
    } finally {
      db.prepare('UPDATE scholen SET naam = ? WHERE id = ?').run(naam, id);
      db.close();
    }
  });
});
