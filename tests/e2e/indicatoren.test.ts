// Indicatoren on the Monitor page in Chromium (issue 18, docs/regels.md#regel-16) on a Hoogeveen-like
// file (SWW; no Zwolle): the table with nulmeting, streefwaarde, realisatie and status per year,
// adding one in the dialog (a refusal names the field), axe 0 serious at 1366×768 and 1024×576.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, screenshot, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { testOmgeving } from '../helpers/db';
import { hoogeveenMonitor } from '../helpers/hoogeveen-monitor';
import { ok } from '../helpers/registratie';
import { axeErnstig, naarPagina } from '../helpers/schermen';

async function hoogeveenDb(map: string): Promise<string> {
  const dbPad = path.join(map, 'Hoogeveen.schoolinzet');
  const env = await testOmgeving(dbPad);
  const h = await hoogeveenMonitor(env);
  await ok(env, 'indicatoren.maak', {
    naam: 'Verwijzingen naar jeugdhulp',
    eenheid: 'aantal',
    richting: 'lager',
    bron: 'CBS Jeugdmonitor',
    niveau: 'wijk',
    scopeId: h.krakeel.id,
    nulmeting: { jaar: 2020, waarde: 44 },
    jaren: [
      { jaar: 2021, streefwaarde: 40, realisatie: 38 },
      { jaar: 2022, streefwaarde: 35, realisatie: 37.5 },
      { jaar: 2023, streefwaarde: 30 },
    ],
  });
  await ok(env, 'proeftuinen.maak', {
    naam: 'Proeftuin Krakeel',
    startjaar: 2022,
    eindjaar: 2026,
    wijkId: h.krakeel.id,
    budget: [
      { jaar: 2022, bedragCents: 200_000_00 },
      { jaar: 2023, bedragCents: 180_000_00 },
    ],
  });
  env.sessie.close();
  return dbPad;
}

describe.runIf(heeftChromium)('Indicatoren on the Monitor page (Hoogeveen)', () => {
  let s: BrowserSessie;
  const map = tijdelijkeMap('indicatoren');
  beforeAll(async () => {
    s = await startBrowser({ dbPad: await hoogeveenDb(map) });
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('shows nulmeting, streefwaarde, realisatie and status per year, and adds one in a dialog', async () => {
    const { page } = s;
    await naarPagina(page, 'Monitor');
    const tabel = page.locator('table.indicatoren-tabel');
    await expect.poll(() => tabel.locator('tbody tr').count(), { timeout: 15_000 }).toBe(3);
    const rijen = await tabel.locator('tbody tr').allTextContents();
    expect(rijen[0]).toContain('Wijk: Krakeel');
    expect(rijen[0]).toContain('44 (2020)');
    expect(rijen[0]).toContain('20214038op koers');
    expect(rijen[1]).toContain('20223537,5achter');
    expect(rijen[2]).toContain('202330—geen meting');
    expect(await axeErnstig(page)).toEqual([]);

    await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
    const dialoog = page.getByRole('dialog');
    await dialoog.getByLabel('Naam indicator').fill('Binnen school opgevangen');
    await dialoog.getByLabel('Eenheid').fill('%');
    await dialoog.getByLabel('Niveau').selectOption('school');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    // Nothing chosen: the refusals name the fields, in Dutch.
    await expect.poll(() => dialoog.textContent()).toContain('Richting is verplicht');
    expect(await dialoog.textContent()).toContain('Scope is verplicht: kies de school waar de indicator over gaat.');
    expect(await axeErnstig(page)).toEqual([]);
    await dialoog.getByLabel('Richting').selectOption('hoger');
    await dialoog.getByLabel('School').selectOption({ label: 'De Kei' });
    await dialoog.getByLabel('Nulmeting: jaar').fill('2022');
    await dialoog.getByLabel('Nulmeting: waarde').fill('52,5');
    await dialoog.getByLabel('Jaar 1', { exact: true }).fill('2023');
    await dialoog.getByLabel('Streefwaarde 1').fill('60');
    await dialoog.getByLabel('Realisatie 1').fill('61');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => tabel.locator('tbody').count()).toBe(2);
    const nieuw = await tabel.locator('tbody', { hasText: 'Binnen school opgevangen' }).textContent();
    expect(nieuw).toContain('School: De Kei');
    expect(nieuw).toContain('52,5% (2022)');
    expect(nieuw).toContain('202360%61%op koers');
    expect(await page.content()).not.toContain('Zwolle');
    expect(s.fouten).toEqual([]);
  });

  it('fits at 1366×768 and 1024×576 with axe 0 serious (screenshots)', async () => {
    const { page } = s;
    await naarPagina(page, 'Monitor');
    const sectie = page.locator('table.indicatoren-tabel');
    await sectie.waitFor();
    for (const [breedte, hoogte] of [
      [1366, 768],
      [1024, 576],
    ] as const) {
      await page.setViewportSize({ width: breedte, height: hoogte });
      await sectie.scrollIntoViewIfNeeded();
      const overloop = await page.evaluate(() => {
        const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return d.scrollWidth - d.clientWidth;
      });
      expect(overloop).toBeLessThanOrEqual(0);
      await screenshot(page, `indicatoren-${breedte}x${hoogte}`);
      expect(await axeErnstig(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('Begroting: a proeftuin budget split into gemeente and onderwijs, with the agreed and realised opbrengst', async () => {
    const { page } = s;
    await naarPagina(page, 'Begroting');
    const proeftuin = page.locator('article.proeftuin', { hasText: 'Proeftuin Krakeel' });
    await expect.poll(() => proeftuin.textContent(), { timeout: 15_000 }).toContain('€ 380.000');
    await proeftuin.getByRole('button', { name: 'Proeftuin Proeftuin Krakeel wijzigen' }).click();
    const dialoog = page.getByRole('dialog');
    await dialoog.getByLabel('Onderwijs').first().fill('20.000');
    await dialoog.getByLabel('Afgesproken opbrengst', { exact: true }).fill('Minder verwijzingen naar jeugdhulp');
    await dialoog.getByLabel('Afgesproken opbrengst in geld').fill('50.000');
    await dialoog.getByLabel('Gerealiseerde opbrengst', { exact: true }).fill('Tien verwijzingen minder');
    expect(await axeErnstig(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => proeftuin.textContent()).toContain('(gemeente € 380.000, onderwijs € 20.000)');
    const tekst = await proeftuin.textContent();
    expect(tekst).toContain('Minder verwijzingen naar jeugdhulp — € 50.000');
    expect(tekst).toContain('Tien verwijzingen minder');
    // 2022: € 220.000 in all, then € 180.000: still shrinking, so no warning.
    expect(tekst).not.toContain('is hoger dan');
    expect(await axeErnstig(page)).toEqual([]);
    await screenshot(page, 'proeftuin-opbrengst');
    expect(s.fouten).toEqual([]);
  });
});
