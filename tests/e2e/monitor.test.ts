// The Monitor page in Chromium on a Hoogeveen-like file (SWW, JMW; no Zwolle): % binnen school per
// school and wijk as tables and charts with the norm band, realisatie per aanbieder, a chart saved
// as PNG, axe 0 serious, and screenshots at 1366×768 and 1024×576.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, screenshot, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { testOmgeving } from '../helpers/db';
import { hoogeveenMonitor as hoogeveen } from '../helpers/hoogeveen-monitor';
import { ok } from '../helpers/registratie';
import { axeErnstig, naarPagina } from '../helpers/schermen';

async function hoogeveenDb(map: string): Promise<string> {
  const dbPad = path.join(map, 'Hoogeveen.schoolinzet');
  const env = await testOmgeving(dbPad);
  const h = await hoogeveen(env);
  for (const school of [h.tamboer, h.kei]) {
    await ok(env, 'afspraken.maak', {
      schooljaar: 2023,
      schoolId: school.id,
      aanbiederId: h.sww,
      functie: 'JMW',
      basisurenPerWeek: 4,
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      status: 'getekend',
    });
  }
  const rij = (schoolId: number, over: Record<string, unknown>) =>
    ok(env, 'monitor.maak', {
      schooljaar: 2023,
      schoolId,
      aanbiederId: h.sww,
      functie: 'JMW',
      verwezenJeugdhulp: 0,
      verwezenWijkteam: 0,
      vragen: 0,
      binnenSchool: 0,
      ...over,
    });
  await rij(h.tamboer.id, { vragen: 30, binnenSchool: 20, verwezenJeugdhulp: 5, gerealiseerdeUren: 150 });
  await rij(h.kei.id, { vragen: 16, binnenSchool: 8, verwezenWijkteam: 3, gerealiseerdeUren: 120 });
  await rij(h.wolfsbos.id, { aanbiederId: null, functie: null, vragen: 20, binnenSchool: 15 });
  await rij(h.kei.id, { schooljaar: 2022, vragen: 10, binnenSchool: 5 });
  await ok(env, 'proeftuinen.maak', {
    naam: 'Proeftuin Krakeel',
    startjaar: 2022,
    eindjaar: 2026,
    wijkId: h.krakeel.id,
    budget: [
      { jaar: 2022, bedragCents: 200_000_00 },
      { jaar: 2023, bedragCents: 180_000_00 },
      { jaar: 2024, bedragCents: 190_000_00 },
    ],
  });
  env.sessie.close();
  return dbPad;
}

describe.runIf(heeftChromium)('Monitor in Chromium (Hoogeveen)', () => {
  let s: BrowserSessie;
  const map = tijdelijkeMap('monitor');
  beforeAll(async () => {
    s = await startBrowser({ dbPad: await hoogeveenDb(map) });
    await s.page.evaluate(() => {
      localStorage.setItem('schoolinzet.schooljaar', '2023');
      localStorage.setItem('schoolinzet.begrotingsjaar', '2023');
    });
    await s.page.reload();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('shows the share per school and wijk with the norm, the realisatie, and saves a chart as PNG', async () => {
    const { page, harness } = s;
    await naarPagina(page, 'Monitor');
    // (20 + 8 + 15) / 66 = 65,15… → 65,2 %.
    await expect.poll(() => page.getByTestId('monitor-percentage').textContent(), { timeout: 15_000 }).toBe('65,2%');
    const wijk = page.getByRole('region', { name: 'Per wijk' });
    expect(await wijk.getByRole('row', { name: /^Hoogeveen-Centrum/ }).textContent()).toContain('70%binnen de norm');
    expect(await wijk.getByRole('row', { name: /^Krakeel/ }).textContent()).toContain('50%onder de norm');
    const school = page.getByRole('region', { name: 'Per school' });
    expect(await school.getByRole('row', { name: /^Wolfsbos Groep/ }).textContent()).toContain('75%boven de norm');
    expect(await page.getByRole('region', { name: 'Trend' }).textContent()).toContain('2022-2023');
    const real = page.getByRole('region', { name: 'Gerealiseerde uren per aanbieder' });
    // (150 + 120) / (160 + 160) = 84,4 %: under the 90 % threshold.
    expect(await real.getByRole('row', { name: /^Stichting Welzijnswerk/ }).textContent()).toContain('84,4%onder de drempel');
    // Rule 13: the growing proeftuin budget is warned about where the budget is shown.
    expect(
      await page
        .getByRole('region', { name: 'Proeftuinen' })
        .getByRole('row', { name: /^Proeftuin Krakeel/ })
        .textContent(),
    ).toContain('Het budget van 2024 (€ 190.000) is hoger dan dat van 2023');

    const grafiek = page.locator('figure.grafiek', { hasText: '% binnen school per wijk' });
    await expect.poll(() => grafiek.locator('.recharts-reference-area').count()).toBe(1);
    expect(await grafiek.locator('.recharts-bar-rectangle').count()).toBe(2);
    expect(await grafiek.locator('table caption').textContent()).toBe('% binnen school per wijk, schooljaar 2023-2024');
    const png = path.join(map, 'monitor-wijk.png');
    harness.volgendBestand(png);
    await grafiek.getByRole('button', { name: /^Opslaan als afbeelding/ }).click();
    await expect.poll(() => grafiek.getByRole('status').textContent()).toContain('monitor-wijk.png');
    expect(fs.readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    fs.mkdirSync(path.resolve('test-artifacts', 'rapporten'), { recursive: true });
    fs.copyFileSync(png, path.resolve('test-artifacts', 'rapporten', 'grafiek-monitor-wijk.png'));

    expect(await axeErnstig(page)).toEqual([]);
    expect(await page.content()).not.toContain('Zwolle');
    expect(s.fouten).toEqual([]);
  });

  it('Importeren: saves the monitorsjabloon and reads a filled-in sheet back, after a preview', async () => {
    const { page, harness } = s;
    await naarPagina(page, 'Importeren');
    const sjabloon = path.join(map, 'Monitor 2023-2024.xlsx');
    harness.volgendBestand(sjabloon);
    await page.getByRole('button', { name: 'Monitorsjabloon 2023-2024 opslaan…' }).click();
    await expect.poll(() => page.getByText('Monitorsjabloon opgeslagen als').count()).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sjabloon);
    const ws = wb.getWorksheet('Monitor')!;
    // De Kei's row (sorted by vestigingscode: 07KX00, 11QM01, 16TE00): 16 → 20 vragen, 8 → 14 binnen.
    expect(ws.getCell('B3').value).toBe('11QM01');
    ws.getCell('F3').value = 20;
    ws.getCell('G3').value = 14;
    await wb.xlsx.writeFile(sjabloon);
    harness.volgendBestand(sjabloon);
    await page.getByRole('button', { name: 'Monitorblad kiezen…' }).click();
    const voorbeeld = page.locator('.import-voorbeeld', { hasText: 'Regels in het blad' });
    await expect.poll(() => voorbeeld.textContent(), { timeout: 15_000 }).toContain('Ondersteuningsvragen: "16" → "20"');
    expect(await axeErnstig(page)).toEqual([]);
    await page.getByRole('button', { name: 'Monitorcijfers opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Monitorcijfers uit' }).textContent()).toContain('1 gewijzigd, 2 ongewijzigd');
    await naarPagina(page, 'Monitor');
    // (20 + 14 + 15) / 70 = 70 %.
    await expect.poll(() => page.getByTestId('monitor-percentage').textContent()).toBe('70%');
    expect(s.fouten).toEqual([]);
  });

  it('Begroting: a proeftuin budget that grows is warned about until a reason marks it as intended', async () => {
    const { page } = s;
    await naarPagina(page, 'Begroting');
    const proeftuin = page.locator('article.proeftuin', { hasText: 'Proeftuin Krakeel' });
    await expect.poll(() => proeftuin.textContent(), { timeout: 15_000 }).toContain('Het budget van 2024 (€ 190.000) is hoger dan dat van 2023 (€ 180.000)');
    // The gemeente's proeftuin money of 2023 is its own line in the dekking, outside the saldo (docs/regels.md#regel-4).
    const geld = page.getByTestId('dekking-proeftuinen');
    expect(await geld.getByRole('row', { name: /^Proeftuin Krakeel/ }).textContent()).toBe('Proeftuin Krakeel€ 180.000€ 180.000');
    expect(await page.getByTestId('dekking-saldo').textContent()).toBe('€ 0');
    await screenshot(page, 'begroting-dekking-proeftuin');
    expect(await axeErnstig(page)).toEqual([]);
    await proeftuin.getByRole('button', { name: 'Proeftuin Proeftuin Krakeel wijzigen' }).click();
    const dialoog = page.getByRole('dialog');
    await dialoog.getByLabel('Reden dat 2024 hoger is').fill('Vierde school sluit aan');
    expect(await axeErnstig(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => proeftuin.textContent()).not.toContain('is hoger dan');
    await screenshot(page, 'monitor-proeftuin-reden');
    expect(s.fouten).toEqual([]);
  });

  it('fits at 1366×768 and 1024×576 (screenshots), and an empty schooljaar says what to do', async () => {
    const { page } = s;
    await naarPagina(page, 'Monitor');
    await page.getByTestId('monitor-percentage').waitFor();
    for (const [breedte, hoogte] of [
      [1366, 768],
      [1024, 576],
    ] as const) {
      await page.setViewportSize({ width: breedte, height: hoogte });
      await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
      await page.waitForTimeout(200);
      // The page itself never scrolls sideways: wide charts scroll inside their own frame.
      const overloop = await page.evaluate(() => {
        const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return d.scrollWidth - d.clientWidth;
      });
      await screenshot(page, `monitor-${breedte}x${hoogte}`);
      const breed = await page.evaluate(() => {
        const doc = (
          globalThis as unknown as {
            document: { querySelectorAll(s: string): ArrayLike<{ className: string; tagName: string; getBoundingClientRect(): { right: number } }> };
          }
        ).document;
        return Array.from(doc.querySelectorAll('*'))
          .filter((e) => e.getBoundingClientRect().right > (globalThis as unknown as { innerWidth: number }).innerWidth)
          .slice(0, 8)
          .map((e) => `${e.tagName}.${e.className}`);
      });
      expect(overloop, JSON.stringify(breed)).toBeLessThanOrEqual(0);
      expect(await axeErnstig(page), `${breedte}×${hoogte}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    // The norm is a setting: a wrong range names its field, a good one changes the status.
    await page.getByLabel('Norm binnen school: van').fill('80');
    await page.getByRole('button', { name: 'Norm opslaan' }).click();
    await expect.poll(() => page.locator('.veld__fout').textContent()).toBe('Norm: "van" mag niet hoger zijn dan "tot".');
    await page.getByLabel('Norm binnen school: van').fill('70,5');
    await page.getByLabel('Norm binnen school: tot en met').fill('80');
    await page.getByRole('button', { name: 'Norm opslaan' }).click();
    await expect.poll(() => page.locator('.kaart', { hasText: 'Binnen school opgevangen' }).textContent()).toContain('onder de norm (70,5%-80%)');
    expect(await axeErnstig(page)).toEqual([]);
    await page.getByRole('group', { name: 'Periode' }).getByLabel('Schooljaar').selectOption('2021');
    await expect.poll(() => page.locator('main').textContent()).toContain('zijn nog geen ondersteuningsvragen ingevoerd');
    expect(await axeErnstig(page)).toEqual([]);
  });
});

describe.runIf(heeftChromium)('Monitor in Chromium (an empty file)', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('says what to do, fits and has no serious axe findings at 1366×768 and 1024×576', async () => {
    const { page } = s;
    await naarPagina(page, 'Monitor');
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('zijn nog geen ondersteuningsvragen ingevoerd');
    expect(await page.locator('main').textContent()).toContain('Nog geen indicatoren');
    for (const [breedte, hoogte] of [
      [1366, 768],
      [1024, 576],
    ] as const) {
      await page.setViewportSize({ width: breedte, height: hoogte });
      await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
      await page.waitForTimeout(200);
      const overloop = await page.evaluate(() => {
        const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return d.scrollWidth - d.clientWidth;
      });
      expect(overloop).toBeLessThanOrEqual(0);
      await screenshot(page, `monitor-leeg-${breedte}x${hoogte}`);
      expect(await axeErnstig(page), `${breedte}×${hoogte}`).toEqual([]);
    }
    // The Begroting page of an empty file has no proeftuin lines in the dekking.
    await naarPagina(page, 'Begroting');
    await page.getByTestId('dekking-saldo').waitFor();
    expect(await page.getByTestId('dekking-proeftuinen').count()).toBe(0);
    expect(await axeErnstig(page)).toEqual([]);
    expect(s.fouten).toEqual([]);
  });
});
