// Dropping a file on the Importeren page in Chromium: the page reads the dropped bytes and sends
// them (never a path); a .csv opens the DUO preview, a .xlsx the afspraken preview.
import fs from 'node:fs';
import path from 'node:path';
import type { JSHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, screenshot, startBrowser, type BrowserSessie } from '../helpers/browser';
import { voegVoorbeeldAanbiedersToe } from '../helpers/db';
import { DUO_MAP, goedeRij, maakBlad, PO_ZWOLLE } from '../helpers/afspraken-blad';

/** A DataTransfer in the page holding these files, as the operating system hands a drag over. */
function dataTransfer(page: Page, bestanden: { naam: string; inhoud: Buffer }[]): Promise<JSHandle> {
  const lijst = bestanden.map((b) => ({ naam: b.naam, base64: b.inhoud.toString('base64') }));
  return page.evaluateHandle((lijst) => {
    // Runs in the page; the node type check has no DOM types.
    const dt = new (globalThis as unknown as { DataTransfer: new () => { items: { add(f: File): void } } }).DataTransfer();
    for (const b of lijst) {
      const bytes = Uint8Array.from(atob(b.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], b.naam));
    }
    return dt;
  }, lijst);
}

async function sleep(page: Page, bestanden: { naam: string; inhoud: Buffer }[], los = true): Promise<void> {
  const dt = await dataTransfer(page, bestanden);
  const vak = page.getByTestId('sleepvak');
  await vak.dispatchEvent('dragenter', { dataTransfer: dt });
  await vak.dispatchEvent('dragover', { dataTransfer: dt });
  if (los) await vak.dispatchEvent('drop', { dataTransfer: dt });
}

describe.runIf(heeftChromium)('Importeren door te slepen', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startBrowser();
    // The sheets name the aanbieder De Kern; a new file has no aanbieders.
    voegVoorbeeldAanbiedersToe(s.harness.sessie.db());
    s.harness.sessie.db().prepare(`INSERT INTO instellingen (sleutel, waarde) VALUES ('gemeenteCode', '"0193"'), ('gemeenteNaam', '"Zwolle"')`).run();
    await s.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Importeren' }).click();
  });
  afterAll(async () => s?.sluit());

  it('een gesleept DUO-bestand geeft het DUO-voorbeeld, zonder dialoog', async () => {
    const { page } = s;
    expect(await page.getByRole('region', { name: /Sleep een DUO-bestand of afsprakenblad hierheen/ }).getAttribute('aria-describedby')).toBe('sleep-uitleg');
    // By test id: its accessible name changes while a file is held over it.
    const vak = page.getByTestId('sleepvak');
    expect(await page.getByRole('button', { name: 'DUO-bestanden kiezen…' }).getAttribute('aria-describedby')).toBe('sleep-uitleg');

    const po = { naam: PO_ZWOLLE, inhoud: fs.readFileSync(path.join(DUO_MAP, PO_ZWOLLE)) };
    // While a file is held over the area it says so.
    await sleep(page, [po], false);
    await expect.poll(() => vak.getAttribute('class')).toContain('import-sleep--actief');
    expect(await vak.textContent()).toContain('Laat los');
    await screenshot(page, 'importeren-slepen-actief');
    await vak.dispatchEvent('dragleave');
    await expect.poll(() => vak.getAttribute('class')).not.toContain('import-sleep--actief');

    await sleep(page, [po]);
    await expect.poll(() => page.getByTestId('duo-nieuw').textContent()).toBe('45');
    expect(await page.getByRole('table', { name: /Herkende bestanden/ }).textContent()).toContain(PO_ZWOLLE);
    expect(await page.locator('#afspraken-voorbeeld-kop').count()).toBe(0);
    expect(s.harness.sessie.db().prepare('SELECT count(*) AS n FROM scholen').get()).toEqual({ n: 0 });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Geïmporteerd' }).textContent()).toContain('45 nieuwe');
  });

  it('een gesleept .xlsx geeft het afsprakenvoorbeeld; een ander soort bestand een melding', async () => {
    const { page } = s;
    await sleep(page, [{ naam: 'foto.png', inhoud: Buffer.from('png') }]);
    await expect.poll(() => page.getByTestId('sleepvak').getByRole('alert').textContent()).toContain('foto.png: Schoolinzet leest DUO-bestanden');

    const codes = (s.harness.sessie.db().prepare('SELECT vestigingscode AS c FROM scholen ORDER BY c LIMIT 2').all() as { c: string }[]).map((r) => r.c);
    const blad = await maakBlad([goedeRij(codes[0]), goedeRij(codes[1], { Functie: 'SMW' })]);
    await sleep(page, [{ naam: 'Afspraken 2017.xlsx', inhoud: blad }]);
    await expect.poll(() => page.getByTestId('afspraken-nieuw').textContent()).toBe('2');
    expect(await page.locator('#afspraken-voorbeeld-kop').textContent()).toContain('Afspraken 2017.xlsx');
    expect(await page.getByTestId('sleepvak').getByRole('alert').count()).toBe(0);
    await screenshot(page, 'importeren-slepen-afspraken');
    await page.getByRole('button', { name: 'Afspraken opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Afspraken uit' }).textContent()).toContain('2 nieuw');
    expect(s.harness.sessie.db().prepare('SELECT count(*) AS n FROM afspraken').get()).toEqual({ n: 2 });
    expect(s.fouten).toEqual([]);
  });
});
