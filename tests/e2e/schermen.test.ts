// Every page on the demo database "Voorbeeld Zwolle": the seed figures on screen, a PNG of each
// page for the artifacts, and axe-core with 0 serious or critical violations.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, kiesPeriode, naarPagina, screenshotPagina, startDemoBrowser, totaalCel } from '../helpers/schermen';

describe.runIf(heeftChromium)('schermen met Voorbeeld Zwolle', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('Dashboard 2017: kosten, dekking en bereik uit de voorbeeldgegevens', async () => {
    const { page } = s;
    await naarPagina(page, 'Dashboard');
    // Rule 3: JGW € 320.000 a year, 8/12 at 50 % and 4/12 at 100 % for the gemeente in 2017.
    const jgw = page.getByRole('row', { name: /^JGW/ });
    await expect.poll(() => jgw.textContent()).toContain('€ 320.000');
    // A row adds up as shown: € 213.334 + € 106.667 would not give € 320.000, so the table is in cents.
    expect(await jgw.textContent()).toContain('€ 213.333,50');
    expect(await jgw.textContent()).toContain('€ 106.666,50');
    // The gemeente's 2017 cost: 8/12 × € 343.000 + 4/12 × € 686.000. The cards add up as shown
    // (€ 457.334 + € 660.667 would not give € 1.118.000): in cents, as the reports do.
    await expect.poll(() => page.getByTestId('kosten-gemeente').textContent()).toBe('€ 457.333,50');
    expect(await page.getByTestId('kosten-onderwijs').textContent()).toBe('€ 660.666,50');
    expect(await page.getByTestId('kosten-totaal').textContent()).toBe('€ 1.118.000,00');
    await expect.poll(() => page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(2);
  });

  it('Aanbieders › Functies 2016-2017: JGW € 320.000 en SMW € 366.000', async () => {
    const { page } = s;
    await kiesPeriode(page, 2016, 2017);
    await naarPagina(page, 'Aanbieders');
    await page.getByRole('tab', { name: 'Functies' }).click();
    await expect.poll(() => page.getByRole('row', { name: /^JGW/ }).textContent()).toContain('€ 320.000');
    expect(await page.getByRole('row', { name: /^SMW/ }).textContent()).toContain('€ 366.000');
    await page.getByRole('link', { name: 'JGW', exact: true }).click();
    await expect.poll(() => page.getByTestId('detail-totaal').textContent()).toBe('€ 320.000');
  });

  it('Afspraken 2016-2017 gefilterd op JGW: totaalregel € 320.000', async () => {
    const { page } = s;
    await naarPagina(page, 'Afspraken');
    await page.getByRole('table', { name: 'Afspraken' }).getByLabel('Filter op Functie').selectOption('JGW');
    await expect.poll(() => totaalCel(page, 'Afspraken', 'Kosten')).toBe('€ 320.000');
    // 50/50 in 2016-2017: € 160.000 each.
    expect(await totaalCel(page, 'Afspraken', 'Gemeente')).toBe('€ 160.000');
    expect(await totaalCel(page, 'Afspraken', 'Onderwijs')).toBe('€ 160.000');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
  });

  it('elke pagina: schermafdruk en 0 ernstige toegankelijkheidsfouten', async () => {
    const { page } = s;
    await kiesPeriode(page, 2017, 2017);
    for (const titel of [
      'Dashboard',
      'Scholen',
      'Aanbieders',
      'Afspraken',
      'Ondersteuningsteams',
      'Begroting',
      'Monitor',
      'Rapportages',
      'Importeren',
      'Instellingen',
    ]) {
      await naarPagina(page, titel);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      const file = await screenshotPagina(page, `pagina-${titel.toLowerCase()}`);
      expect(fs.statSync(file).size).toBeGreaterThan(20_000);
      expect({ titel, fouten: await axeErnstig(page) }).toEqual({ titel, fouten: [] });
    }
    // The detail pages and the dialogs too.
    await naarPagina(page, 'Scholen');
    await page.getByRole('table', { name: 'Scholen' }).getByRole('row').nth(2).click();
    await page.getByRole('heading', { name: 'Leerlingen per jaar' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshotPagina(page, 'pagina-school');
    expect(await axeErnstig(page)).toEqual([]);
    await naarPagina(page, 'Afspraken');
    await page.getByRole('table', { name: 'Afspraken' }).getByRole('row').nth(2).click();
    await page.getByRole('dialog', { name: 'Afspraak wijzigen' }).waitFor();
    await page.waitForTimeout(200);
    await screenshotPagina(page, 'dialoog-afspraak');
    expect(await axeErnstig(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await naarPagina(page, 'Aanbieders');
    await page.getByRole('table', { name: 'Aanbieders' }).getByRole('row').nth(2).click();
    await page.getByRole('heading', { level: 2, name: /^Afspraken / }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshotPagina(page, 'pagina-aanbieder');
    expect(await axeErnstig(page)).toEqual([]);
    expect(s.fouten).toEqual([]);
  }, 120_000);
});
