import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, screenshot, startBrowser, type BrowserSessie } from '../helpers/browser';
import { axeErnstig } from '../helpers/schermen';

const PAGINAS = [
  'Dashboard',
  'Scholen',
  'Aanbieders',
  'Afspraken',
  'Ondersteuningsteams',
  'Begroting',
  'Monitor',
  'Verdelingen',
  'Subsidies',
  'Rapportages',
  'Importeren',
  'Instellingen',
];

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

  it('folds the menu to its icons on a laptop screen (1024×576), names kept for screen readers', async () => {
    const { page } = s;
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await page.setViewportSize({ width: 1024, height: 576 });
    await expect.poll(async () => (await menu.boundingBox())!.width).toBeLessThanOrEqual(64);
    const tekst = menu.locator('.app-nav__tekst').first();
    expect((await tekst.boundingBox())!.width).toBeLessThanOrEqual(1);
    await menu.getByRole('link', { name: 'Afspraken' }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Afspraken');
    // Focus moves from the menu link to the page.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe(
      'inhoud',
    );
    expect(await menu.getByRole('link', { name: 'Afspraken' }).getAttribute('title')).toBe('Afspraken');
    expect(await axeErnstig(page)).toEqual([]);
    await screenshot(page, 'shell-1024x576');
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(async () => (await menu.boundingBox())!.width).toBeGreaterThan(200);
    expect((await tekst.boundingBox())!.width).toBeGreaterThan(20);
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
