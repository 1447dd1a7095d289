// The dashboard's charts follow a save without a reload (issue 12, item 2): the trend chart's
// figures are cached for a minute, and only the change stamp that comes with the save's answer
// makes them refetch. Chromium on the test harness with "Voorbeeld Zwolle".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { invoke } from '../../electron/api/registry';
import { maakOmgeving } from '../../electron/omgeving';
import { euroTekst } from '../../renderer/src/components/grafieken/kleuren';
import { heeftChromium, type BrowserSessie } from '../helpers/browser';
import { naarPagina, screenshotPagina, startDemoBrowser } from '../helpers/schermen';

const BEGROTINGSJAAR = 2017;

/** The Totaal of one year in the trend chart's table (the hidden table the chart carries for screen readers). */
async function trendTotaal(page: Page, jaar: number): Promise<string> {
  const rij = page.locator('figure.grafiek', { hasText: 'Kosten per begrotingsjaar' }).locator('table tbody tr', { hasText: String(jaar) });
  return ((await rij.locator('th, td').nth(4).textContent()) ?? '').trim();
}

describe.runIf(heeftChromium)('dashboard na opslaan', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  /** What the API says now, straight from the harness's database: the figure the chart must show. */
  async function trendVolgensApi(): Promise<string> {
    const r = await invoke(
      'grafiek.kostenPerJaar',
      { vanJaar: BEGROTINGSJAAR - 3, totJaar: BEGROTINGSJAAR + 1 },
      maakOmgeving(s.harness.sessie, { gebruiker: 'test' }),
    );
    if (!r.ok) throw new Error(r.fout.melding);
    return euroTekst(r.data.find((p) => p.jaar === BEGROTINGSJAAR)!.totaal);
  }

  it('the trend chart shows the new total after an afspraak is saved, without a reload', async () => {
    const { page } = s;
    await naarPagina(page, 'Dashboard');
    const voor = await trendVolgensApi();
    await expect.poll(() => trendTotaal(page, BEGROTINGSJAAR), { timeout: 15_000 }).toBe(voor);
    // A mark in the page: a reload would wipe it.
    await page.evaluate(() => Object.assign(globalThis, { __zelfdePagina: true }));

    // Two more basisuren for the first counted JGW afspraak of De Kern in 2017-2018.
    await naarPagina(page, 'Afspraken');
    const tabel = page.getByRole('table', { name: 'Afspraken' });
    await tabel.getByLabel('Filter op Functie').selectOption('JGW');
    await tabel.getByLabel('Filter op Status').selectOption('getekend');
    // De Kern's JGW runs sep-dec 2017 (SWT Zwolle takes over on 1-1-2018, issue 13 item 11): its hours count in 2017.
    await tabel.getByLabel('Filter op Aanbieder').selectOption({ label: 'De Kern' });
    await expect.poll(() => page.locator('.datatabel__telling').textContent(), { timeout: 10_000 }).toMatch(/afspraken van/);
    await tabel.getByRole('row').nth(2).click();
    const dialoog = page.getByRole('dialog', { name: 'Afspraak wijzigen' });
    const uren = dialoog.getByLabel('Basisuren per week');
    const oud = Number((await uren.inputValue()).replace(',', '.'));
    await uren.fill(String(oud + 2).replace('.', ','));
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);

    const na = await trendVolgensApi();
    expect(na).not.toBe(voor);
    // Back on the dashboard within the chart's minute of stale time: it shows the saved total.
    await naarPagina(page, 'Dashboard');
    await expect.poll(() => trendTotaal(page, BEGROTINGSJAAR), { timeout: 10_000 }).toBe(na);
    expect(await page.evaluate(() => (globalThis as { __zelfdePagina?: boolean }).__zelfdePagina)).toBe(true);
    await screenshotPagina(page, 'dashboard-na-opslaan');
    expect(s.fouten).toEqual([]);
  }, 90_000);
});
