// axe on more than the demo (issue #15 item 14): a Hoogeveen-like file (SWW, JMW/JW/JP, no Zwolle)
// and an empty file, every page at 1366×768 and 1024×576, with the long import error table open and
// the reservekopieën listed: 0 serious or critical findings.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, heeftChromium, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { testOmgeving } from '../helpers/db';
import { hoogeveen } from '../helpers/hoogeveen';
import { ok } from '../helpers/registratie';
import { goedeRij, maakBlad } from '../helpers/afspraken-blad';
import { axeErnstig, kiesPeriode, naarPagina } from '../helpers/schermen';

const MATEN = [
  { width: 1366, height: 768 },
  { width: 1024, height: 576 },
];
const PAGINAS = ['Dashboard', 'Scholen', 'Aanbieders', 'Afspraken', 'Ondersteuningsteams', 'Begroting', 'Monitor', 'Subsidies', 'Rapportages', 'Instellingen'];

/** Every page at both sizes: no serious or critical axe finding. */
async function allePaginas(page: Page, naam: string) {
  for (const maat of MATEN) {
    await page.setViewportSize(maat);
    for (const pagina of PAGINAS) {
      await naarPagina(page, pagina);
      await page.waitForTimeout(200);
      expect(await axeErnstig(page), `${naam} ${pagina} ${maat.width}`).toEqual([]);
    }
  }
}

/** An afsprakenblad with 30 wrong rows: the error table runs longer than its box and scrolls. */
async function foutenBlad(map: string, codes: string[]): Promise<string> {
  const pad = path.join(map, 'Afspraken met fouten.xlsx');
  const rijen = Array.from({ length: 30 }, (_, i) => goedeRij(codes[i % codes.length] ?? '99XX00', { Aanbieder: 'Onbekend', Functie: 'XYZ' }));
  fs.writeFileSync(pad, await maakBlad(rijen));
  return pad;
}

async function metFoutentabel(s: BrowserSessie, map: string, codes: string[], naam: string) {
  const { page, harness } = s;
  await naarPagina(page, 'Importeren');
  harness.volgendBestand(await foutenBlad(map, codes));
  await page.getByRole('button', { name: 'Afsprakenblad kiezen…' }).click();
  const tabel = page.getByRole('table', { name: /Wat er mis is/ });
  await tabel.waitFor();
  // Dutch column labels, and a scroll box the keyboard can reach.
  expect(await tabel.locator('tbody tr').count()).toBeGreaterThan(20);
  const vak = page.getByRole('region', { name: /Wat er mis is/ });
  expect(await vak.getAttribute('tabindex')).toBe('0');
  expect(await vak.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  for (const maat of MATEN) {
    await page.setViewportSize(maat);
    await vak.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', `${naam}-importfouten-${maat.width}x${maat.height}.png`) });
    expect(await axeErnstig(page), `${naam} importfouten ${maat.width}`).toEqual([]);
  }
}

describe.runIf(heeftChromium)('axe op een Hoogeveen-bestand en een leeg bestand', () => {
  let hoog: BrowserSessie;
  let leeg: BrowserSessie;
  const map = tijdelijkeMap('axe');
  let codes: string[] = [];
  beforeAll(async () => {
    const pad = path.join(map, 'Hoogeveen.schoolinzet');
    const env = await testOmgeving(pad);
    const h = await hoogeveen(env);
    for (const [school, functie] of [
      [h.scholen.po, 'JMW'],
      [h.scholen.vo, 'JW'],
      [h.scholen.so, 'JP'],
    ] as const) {
      await ok(env, 'afspraken.maak', {
        schooljaar: 2019,
        schoolId: school.id,
        aanbiederId: h.sww,
        functie,
        basisurenPerWeek: 4,
        aandeelGemeente: 100,
        aandeelOnderwijs: 0,
        status: 'getekend',
        regelingId: h.regeling.id,
      });
    }
    await ok(env, 'backups.maak', {});
    codes = Object.values(h.scholen).map((s) => s.vestigingscode);
    env.sessie.close();
    hoog = await startBrowser({ dbPad: pad });
    await kiesPeriode(hoog.page, 2019, 2020);
    leeg = await startBrowser();
  }, 120_000);
  afterAll(async () => {
    await hoog?.sluit();
    await leeg?.sluit();
  });

  it('Hoogeveen: every page, the import error table and the reservekopieën, at both sizes', async () => {
    fs.mkdirSync(path.join(ARTIFACTS, 'screenshots'), { recursive: true });
    await metFoutentabel(hoog, map, codes, 'hoogeveen');
    await naarPagina(hoog.page, 'Instellingen');
    const terug = hoog.page.getByRole('button', { name: /^Terugzetten… \(reservekopie van / });
    await expect.poll(() => terug.count()).toBeGreaterThan(0);
    await allePaginas(hoog.page, 'hoogeveen');
    expect(hoog.fouten).toEqual([]);
  }, 180_000);

  it('an empty file: every page and the import error table, at both sizes', async () => {
    await metFoutentabel(leeg, map, ['04QU00'], 'leeg');
    await allePaginas(leeg.page, 'leeg');
    expect(leeg.fouten).toEqual([]);
  }, 180_000);
});
