// Issue 17: the Subsidies page on Voorbeeld Zwolle, 2018: one row per aanbieder, walking De Kern
// from verlening to vaststelling in the detail view, the dashboard's overdue subsidy terms,
// screenshots at 1366×768 and 1024×576, and axe with 0 serious or critical violations.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, kiesPeriode, naarPagina, screenshotPagina, startDemoBrowser } from '../helpers/schermen';

describe.runIf(heeftChromium)('Subsidies met Voorbeeld Zwolle', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('verlenen, betalen, verantwoorden en vaststellen; termijnen op het dashboard', { timeout: 120_000 }, async () => {
    const { page } = s;
    await kiesPeriode(page, 2017, 2018);
    await naarPagina(page, 'Subsidies');
    const tabel = page.getByRole('table', { name: 'Subsidies 2018' });
    const kern = tabel.getByRole('row', { name: /^De Kern/ });
    await expect.poll(() => kern.textContent()).toContain('€ 234.000,00');
    expect(await kern.textContent()).toContain('nog niets vastgelegd');
    expect(await axeErnstig(page)).toEqual([]);

    await kern.getByRole('button', { name: 'De Kern' }).click();
    await page.getByRole('heading', { name: 'De Kern: subsidie 2018' }).waitFor();
    // Another amount without a reason is refused, in Dutch, and nothing changes.
    await page.getByLabel('Verleend bedrag').fill('350.000');
    await page.getByLabel('Datum verlening').fill('2017-12-15');
    await page.getByRole('button', { name: 'Verlenen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('geef een reden');
    expect(await kern.textContent()).toContain('nog niets vastgelegd');

    await page.getByLabel('Verleend bedrag').fill('');
    await page.getByLabel('Voorschotten').selectOption('kwartaal');
    await page.getByRole('button', { name: 'Verlenen' }).click();
    await expect.poll(() => kern.textContent()).toContain('verleend');
    expect(await kern.textContent()).toMatch(/€ 234\.000,00.*€ 234\.000,00/);
    await page.getByRole('button', { name: 'Termijn 1 betaald' }).click();
    await expect.poll(() => kern.textContent()).toContain('bevoorschot');
    expect(await kern.textContent()).toContain('€ 58.500,00');

    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshotPagina(page, 'pagina-subsidies');
    expect(await axeErnstig(page)).toEqual([]);

    await page.getByLabel('Gerealiseerde kosten').fill('200.000');
    await page.getByRole('button', { name: 'Verantwoording vastleggen' }).click();
    await expect.poll(() => kern.textContent()).toContain('verantwoord');
    await page.getByRole('button', { name: 'Vaststellen' }).click();
    await expect.poll(() => kern.textContent()).toContain('vastgesteld');
    // Vastgesteld € 300.000 (the lower of verleend and realised), paid € 58.500,00: nabetaling.
    expect(await kern.textContent()).toContain('€ 141.500,00');
    expect(await page.getByText(/Saldo: nabetaling € 141\.500,00/).count()).toBeGreaterThan(0);
    // Every step is in the subsidie's history (the mutatielog).
    const geschiedenis = page.getByRole('region', { name: 'Geschiedenis' });
    await expect.poll(() => geschiedenis.textContent()).toContain('Vastgesteld');
    for (const stap of ['Verleend', 'Voorschot betaald', 'Verantwoording ontvangen']) expect(await geschiedenis.textContent()).toContain(stap);
    // The beschikkingsbijlage is handed out from here.
    const bijlage = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-beschikking-')), 'beschikking.xlsx');
    s.harness.volgendBestand(bijlage);
    await page.getByRole('button', { name: 'Beschikkingsbijlage 2018 opslaan…' }).click();
    await expect.poll(() => page.getByText('Beschikkingsbijlage 2018 opgeslagen als').count()).toBeGreaterThan(0);
    expect(fs.statSync(bijlage).size).toBeGreaterThan(5_000);

    await page.setViewportSize({ width: 1024, height: 576 });
    await screenshotPagina(page, 'pagina-subsidies-klein');
    expect(await axeErnstig(page)).toEqual([]);

    // A second aanbieder verleend, nothing paid: its 2018 terms are overdue on the dashboard.
    await tabel
      .getByRole('row', { name: /^SWT Zwolle/ })
      .getByRole('button')
      .click();
    await page.getByRole('heading', { name: 'SWT Zwolle: subsidie 2018' }).waitFor();
    await page.getByRole('button', { name: 'Verlenen' }).click();
    await expect.poll(() => tabel.getByRole('row', { name: /^SWT Zwolle/ }).textContent()).toContain('verleend');
    await naarPagina(page, 'Dashboard');
    const termijnen = page.getByRole('region', { name: 'Subsidietermijnen' });
    await expect.poll(() => termijnen.textContent()).toContain('Verlopen');
    expect(await termijnen.textContent()).toContain('SWT Zwolle 2018, voorschot termijn 1');
    expect(await axeErnstig(page)).toEqual([]);

    // The aanbieder page shows its subsidie.
    await naarPagina(page, 'Aanbieders');
    await page
      .getByRole('table', { name: 'Aanbieders' })
      .getByRole('row', { name: /De Kern/ })
      .click();
    const sub = page.getByRole('region', { name: 'Subsidie 2018' });
    await expect.poll(() => sub.textContent()).toContain('Verleend € 234.000,00, betaald € 58.500,00, vastgesteld € 200.000,00');
    expect(await axeErnstig(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
