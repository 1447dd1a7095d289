// Measurement 5: Debian's Chromium (headless, through playwright-core) on the test harness with a
// real database file. Time from navigation to the first rendered rows of the Afspraken table, and
// from a click on a column header to the sorted view. Times are taken inside the page
// (performance.now() counts from the navigation start), one animation frame after the DOM change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startHarness } from '../electron/harness/server';
import { mediaan, type Meting } from './meten';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((p): p is string => Boolean(p && fs.existsSync(p)));

export interface BrowserMeting {
  eersteRijen: Meting;
  gesorteerd: Meting;
  /** afspraken.lijst as the browser saw it: request start to response end. */
  api: Meting;
  apiBytes: number;
}

/** Clicks the Basisuren header and resolves one frame after the table shows the sort. */
const SORTEER = `(async () => {
  const knop = [...document.querySelectorAll('button.datatabel__sorteer')].find((b) => b.textContent.includes('Basisuren'));
  if (!knop) throw new Error('Geen kolomkop Basisuren');
  const kop = knop.closest('[role=columnheader]');
  const t0 = performance.now();
  knop.click();
  await new Promise((resolve, reject) => {
    const kijk = () => {
      if (kop.getAttribute('aria-sort') !== 'none') requestAnimationFrame(() => resolve());
      else if (performance.now() - t0 > 60000) reject(new Error('niet gesorteerd binnen 60 s'));
      else requestAnimationFrame(kijk);
    };
    kijk();
  });
  return performance.now() - t0;
})()`;

export async function meetBrowser(opties: { dbPad: string; schooljaar: number; runs: number }): Promise<BrowserMeting> {
  if (!CHROMIUM) throw new Error('Chromium niet gevonden (/usr/bin/chromium)');
  const harness = await startHarness({ dbPad: opties.dbPad });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'nl-NL',
    // Only so the timing scripts below can run; the app's own scripts are the same either way.
    bypassCSP: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    // Scripts for the page go in as text: tsx would wrap functions in helpers the page does not have.
    await context.addInitScript(`
      if (location.protocol.startsWith('http')) {
        localStorage.setItem('schoolinzet.schooljaar', '${opties.schooljaar}');
        const obs = new MutationObserver(() => {
          if (document.querySelector('.datatabel__rij--data')) {
            obs.disconnect();
            requestAnimationFrame(() => (window.__eersteRijen = performance.now()));
          }
        });
        obs.observe(document, { childList: true, subtree: true });
      }`);
    const page = context.pages()[0] ?? (await context.newPage());
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    const api: number[] = [];
    let apiBytes = 0;
    page.on('requestfinished', async (req) => {
      if (!req.url().includes('/api/afspraken.lijst')) return;
      const t = req.timing();
      api.push(t.responseEnd - t.requestStart);
      try {
        apiBytes = (await req.sizes()).responseBodySize;
      } catch {
        // The page navigated on before the sizes were read; the next run has them.
      }
    });
    const eerste: number[] = [];
    const sorteer: number[] = [];
    for (let i = 0; i < opties.runs + 1; i++) {
      await page.goto('about:blank');
      await page.goto(`${harness.url}#/afspraken`);
      await page.waitForFunction('window.__eersteRijen !== undefined', undefined, { timeout: 120_000, polling: 50 });
      const ms = (await page.evaluate('window.__eersteRijen')) as number;
      // Let the page's other queries settle before the click.
      await page.waitForTimeout(300);
      const sort = (await page.evaluate(SORTEER)) as number;
      if (fouten.length > 0) throw new Error(`Fout in de pagina: ${fouten[0]}`);
      // The first load (cold caches, JIT) does not count.
      if (i > 0) {
        eerste.push(ms);
        sorteer.push(sort);
      }
    }
    const apiRuns = api.slice(1);
    return {
      eersteRijen: { mediaan: mediaan(eerste), runs: eerste },
      gesorteerd: { mediaan: mediaan(sorteer), runs: sorteer },
      api: { mediaan: mediaan(apiRuns), runs: apiRuns },
      apiBytes,
    };
  } finally {
    await context.close();
    await harness.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}
