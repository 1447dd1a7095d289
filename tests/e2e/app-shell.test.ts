import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, screenshot, startBrowser, type BrowserSessie } from '../helpers/browser';

const PAGINAS = ['Dashboard', 'Scholen', 'Aanbieders', 'Afspraken', 'Ondersteuningsteams', 'Begroting', 'Rapportages', 'Importeren', 'Instellingen'];

describe.runIf(heeftChromium)('app shell in Chromium', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startBrowser();
  });
  afterAll(async () => s?.sluit());

  it('shows the Dutch shell and navigates every page', async () => {
    const { page } = s;
    await expect.poll(() => page.locator('.app-header__naam').textContent()).toBe('Schoolinzet');
    for (const titel of PAGINAS) {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: titel }).click();
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(titel);
      expect(page.url()).toContain(`#/${titel.toLowerCase()}`);
      const file = await screenshot(page, `shell-${titel.toLowerCase()}`);
      expect(fs.statSync(file).size).toBeGreaterThan(5_000);
    }
    // The file shown in the header is the harness's real database file.
    await expect.poll(() => page.locator('.app-header__bestand').textContent()).toContain('test.db');
    expect(s.fouten).toEqual([]);
  });

  it('switches to a new database file chosen in the (stand-in) dialog', async () => {
    const { page, harness } = s;
    const nieuw = s.dbPad.replace(/test\.db$/, 'tweede.db');
    harness.volgendBestand(nieuw);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('button', { name: 'Nieuw bestand…' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('tweede.db');
    expect(fs.existsSync(nieuw)).toBe(true);
    await expect.poll(() => page.locator('.app-header__bestand').textContent()).toContain('tweede.db');
  });
});
