import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, startBrowser, type BrowserSessie } from '../helpers/browser';

// The shared component styles (dialogs, toasts) must be in the entry bundle: the app opens on the Dashboard,
// and Instellingen does not load the Scholen/Aanbieders/Afspraken chunks that used to carry them.
describe.runIf(heeftChromium)('shared styles from the start', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startBrowser();
  });
  afterAll(async () => s?.sluit());

  it('styles a dialog and keeps the toast inside the window, straight from the Dashboard', async () => {
    const { page } = s;
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Dashboard');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('button', { name: 'Wijk toevoegen' }).click();
    const dialoog = page.locator('dialog[open]');
    await expect.poll(() => dialoog.count()).toBe(1);
    expect(
      await dialoog.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderRadius: string } }).getComputedStyle(el).borderRadius),
    ).toBe('10px');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);

    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    const toast = page.locator('.toast').filter({ hasText: 'Instellingen opgeslagen' });
    await expect.poll(() => toast.count()).toBe(1);
    const box = await toast.boundingBox();
    const hoogte = await page.evaluate(() => (globalThis as unknown as { innerHeight: number }).innerHeight);
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(hoogte);
    expect(s.fouten).toEqual([]);
  });
});
