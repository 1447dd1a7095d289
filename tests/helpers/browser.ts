// Real Chromium (Debian's) through playwright-core, against the test harness on a real database file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startHarness, type Harness } from '../../electron/harness/server';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((p): p is string => Boolean(p && fs.existsSync(p)));

/** In CI the browser tests are required; on a laptop without Chromium they skip with a visible message. */
export const heeftChromium = (() => {
  if (CHROMIUM) return true;
  if (process.env.CI) throw new Error('Chromium ontbreekt (/usr/bin/chromium): in CI zijn de browsertests verplicht.');
  console.warn('\n*** Browsertests OVERGESLAGEN: Chromium niet gevonden (installeer het Debian-pakket chromium). ***\n');
  return false;
})();

export const ARTIFACTS = path.resolve('test-artifacts');

export interface BrowserSessie {
  context: BrowserContext;
  page: Page;
  harness: Harness;
  dbPad: string;
  fouten: string[];
  sluit(): Promise<void>;
}

export function tijdelijkeMap(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `schoolinzet-${prefix}-`));
}

export async function startBrowser(opties: { dbPad?: string } = {}): Promise<BrowserSessie> {
  const dbPad = opties.dbPad ?? path.join(tijdelijkeMap('db'), 'test.db');
  const harness = await startHarness({ dbPad });
  const userDataDir = tijdelijkeMap('chromium');
  // playwright-core passes --user-data-dir itself for a persistent context: a fresh folder per run.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'nl-NL',
    deviceScaleFactor: 1,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=nl-NL',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const fouten: string[] = [];
  page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) fouten.push(`http ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(`console: ${m.text()}`);
  });
  await page.goto(harness.url);
  return {
    context,
    page,
    harness,
    dbPad,
    fouten,
    async sluit() {
      await context.close();
      await harness.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, naam: string): Promise<string> {
  const dir = path.join(ARTIFACTS, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${naam}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
