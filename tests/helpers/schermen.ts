// Helpers for the screen tests: a demo database file, choosing the period in the header,
// navigating, and axe-core in the page (evaluated over CDP, so the app's CSP stays on).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { invoke } from '../../electron/api/registry';
import { testOmgeving } from './db';
import { startBrowser, tijdelijkeMap, type BrowserSessie } from './browser';

/** A database file with "Voorbeeld Zwolle", built the way the CLI builds it. */
export async function demoDatabase(): Promise<string> {
  const pad = path.join(tijdelijkeMap('demo'), 'voorbeeld-zwolle.db');
  const { omgeving, sessie } = await testOmgeving(pad);
  await laadVoorbeeldZwolle(invoke, omgeving);
  sessie.close();
  return pad;
}

/** Chromium on a fresh "Voorbeeld Zwolle" database, with schooljaar 2017-2018 and begrotingsjaar 2017 chosen. */
export async function startDemoBrowser(): Promise<BrowserSessie> {
  const s = await startBrowser({ dbPad: await demoDatabase() });
  await kiesPeriode(s.page, 2017, 2017);
  return s;
}

export async function kiesPeriode(page: Page, schooljaar: number, begrotingsjaar: number): Promise<void> {
  const periode = page.getByRole('group', { name: 'Periode' });
  await periode.getByLabel('Schooljaar').selectOption(String(schooljaar));
  await periode.getByLabel('Begrotingsjaar').selectOption(String(begrotingsjaar));
}

export async function naarPagina(page: Page, titel: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: titel, exact: true }).click();
  await page.locator('h1', { hasText: titel }).first().waitFor();
}

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeFout {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function axeErnstig(page: Page): Promise<AxeFout[]> {
  // Page functions run in the browser; the Node tsconfig has no DOM types, hence `globalThis` casts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const uit = await page.evaluate(async () => {
    const g = globalThis as unknown as { document: unknown };
    const axe = (
      globalThis as unknown as {
        axe: {
          run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(g.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return uit.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A PNG of the whole page: the window grows to the height of the content (the main area scrolls on its own). */
export async function screenshotPagina(page: Page, naam: string): Promise<string> {
  const { screenshot } = await import('./browser');
  const vorige = page.viewportSize() ?? { width: 1440, height: 900 };
  const hoogte = await page.evaluate(() => {
    type El = { scrollHeight: number; offsetHeight: number } | null;
    const doc = (globalThis as unknown as { document: { querySelector(s: string): El } }).document;
    return Math.ceil((doc.querySelector('.app-main')?.scrollHeight ?? 0) + (doc.querySelector('.app-header')?.offsetHeight ?? 0));
  });
  await page.setViewportSize({ width: vorige.width, height: Math.min(Math.max(vorige.height, hoogte), 6000) });
  await page.waitForTimeout(150);
  const file = await screenshot(page, naam);
  await page.setViewportSize(vorige);
  return file;
}

/**
 * The text of one cell of the totals row of a DataTabel, by the column's heading (columns may give
 * way on a narrow screen, so their index changes).
 */
export async function totaalCel(page: Page, tabelNaam: string, kolom: string): Promise<string> {
  const tabel = page.getByRole('table', { name: tabelNaam });
  const koppen = await tabel
    .locator('.datatabel__kop [role=columnheader]')
    .evaluateAll((els) => els.map((el) => el.querySelector('.datatabel__koptekst')?.textContent?.trim() ?? ''));
  const index = koppen.indexOf(kolom);
  if (index < 0) return `(geen kolom ${kolom} in ${koppen.join(', ')})`;
  return (await tabel.locator('.datatabel__rij--totaal [role=cell]').nth(index).textContent()) ?? '';
}

/**
 * A changed form asks before it closes ("Wijzigingen niet opgeslagen"): `sluit` (Escape, Annuleren)
 * must bring that question, and the answer "Sluiten zonder opslaan" closes the form and the question.
 */
export async function sluitZonderOpslaan(page: Page, sluit: () => Promise<void>): Promise<void> {
  await sluit();
  const vraag = page.getByRole('alertdialog', { name: 'Wijzigingen niet opgeslagen' });
  await vraag.getByRole('button', { name: 'Sluiten zonder opslaan' }).click();
  await vraag.waitFor({ state: 'hidden' });
  await page.locator('dialog[open]').first().waitFor({ state: 'detached' });
}
