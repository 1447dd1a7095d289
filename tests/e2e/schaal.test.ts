// National scale in the browser: 10.000 schools and 100.000 afspraken in one schooljaar. The tables
// stay virtualised (only the visible rows exist in the DOM); the Afspraken table fetches windows of
// rows from the API (sorting, filters and search in SQL), never the whole schooljaar. Timings are
// the benchmark's business (npm run bench), not this test's.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { testOmgeving, voegVoorbeeldAanbiedersToe } from '../helpers/db';
import { kiesPeriode, naarPagina, screenshotPagina, sluitZonderOpslaan, totaalCel } from '../helpers/schermen';

const SCHOLEN = 10_000;
const AFSPRAKEN_PER_SCHOOL = 10; // 5 aanbieders × 2 functies

/** Rows straight into SQLite: this test is about the screens, the API's validation is tested elsewhere. */
async function groteDatabase(): Promise<string> {
  const pad = path.join(tijdelijkeMap('schaal'), 'landelijk.db');
  const { db, sessie } = await testOmgeving(pad);
  db.transaction(() => {
    voegVoorbeeldAanbiedersToe(db);
    db.prepare("UPDATE functies SET standaard_uurtarief_cents = 7500 WHERE code IN ('JGW', 'SMW')").run();
    const wijk = db.prepare('INSERT INTO wijken (naam) VALUES (?)');
    for (let w = 1; w <= 20; w++) wijk.run(`Wijk ${w}`);
    const school = db.prepare('INSERT INTO scholen (id, vestigingscode, brin, naam, sector, wijk_id, plaats) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const afspraak = db.prepare(
      `INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, aandeel_gemeente, aandeel_onderwijs, status)
       VALUES (2017, ?, ?, ?, ?, 100, 0, ?)`,
    );
    for (let i = 1; i <= SCHOLEN; i++) {
      const brin = `${String(i).padStart(4, '0')}`;
      school.run(i, `${brin}01`, brin, `School ${String(i).padStart(5, '0')}`, i % 3 ? 'PO' : 'VO', (i % 20) + 1, `Plaats ${i % 97}`);
      for (let a = 1; a <= 5; a++) for (const f of ['JGW', 'SMW']) afspraak.run(i, a, f, (i % 4) + 1, i % 7 ? 'afgesproken' : 'concept');
    }
  })();
  expect(db.prepare('SELECT count(*) FROM afspraken').pluck().get()).toBe(SCHOLEN * AFSPRAKEN_PER_SCHOOL);
  sessie.close();
  return pad;
}

describe.runIf(heeftChromium)('schermen op landelijke schaal', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startBrowser({ dbPad: await groteDatabase() });
    await kiesPeriode(s.page, 2017, 2017);
  }, 180_000);
  afterAll(async () => s?.sluit());

  it('Afspraken: 100.000 rijen in vensters van de API; sorteren, filteren en zoeken in SQL', async () => {
    const { page } = s;
    // Every afspraken.lijst answer: how many rows reached the page.
    const antwoorden: { rijen: number; totaal: number }[] = [];
    const luister = async (r: { url(): string; json(): Promise<unknown> }) => {
      if (!r.url().includes('/api/afspraken.lijst')) return;
      const body = (await r.json().catch(() => null)) as { ok: boolean; data?: { rijen: unknown[]; totaal: number } } | null;
      if (body?.ok && body.data) antwoorden.push({ rijen: body.data.rijen.length, totaal: body.data.totaal });
    };
    page.on('response', luister);
    const opgehaald = () => antwoorden.reduce((n, a) => n + a.rijen, 0);
    await naarPagina(page, 'Afspraken');
    const telling = page.locator('.datatabel__telling');
    await expect.poll(() => telling.textContent(), { timeout: 30_000 }).toBe('100.000 afspraken');
    const tabel = page.getByRole('table', { name: 'Afspraken' });
    await expect.poll(() => tabel.getByRole('row').nth(1).textContent()).toContain('School 00001');
    // The first screen needs one window, not the schooljaar: far fewer than 100.000 rows fetched.
    expect(opgehaald()).toBeGreaterThan(0);
    expect(opgehaald()).toBeLessThanOrEqual(400);
    // Only the rows in view are in the DOM; the scroll height is that of all 100.000.
    expect(await page.locator('.datatabel__rij--data').count()).toBeLessThan(80);
    expect(await tabel.getAttribute('aria-rowcount')).toBe('100002');

    await tabel.getByRole('button', { name: /^Basisuren/ }).click();
    await expect.poll(() => tabel.getByRole('columnheader', { name: /^Basisuren/ }).getAttribute('aria-sort'), { timeout: 10_000 }).toBe('ascending');
    // A text column too: School descending (second click).
    await tabel.getByRole('button', { name: /^School/ }).click();
    await tabel.getByRole('button', { name: /^School/ }).click();
    await expect.poll(() => tabel.getByRole('columnheader', { name: /^School/ }).getAttribute('aria-sort'), { timeout: 10_000 }).toBe('descending');
    await expect.poll(() => tabel.getByRole('row').nth(1).textContent(), { timeout: 10_000 }).toContain('School 10000');

    // A keuze filter in SQL: the count and the totals follow. Sector gives way at this width: "Kolommen" brings it back.
    await page.locator('.kolomkiezer summary').click();
    await page.getByRole('checkbox', { name: 'Sector' }).check();
    await tabel.getByLabel('Filter op Sector').selectOption('VO');
    await expect.poll(() => telling.textContent(), { timeout: 10_000 }).toBe('33.330 afspraken van 100.000');
    await tabel.getByLabel('Filter op Sector').selectOption('');
    await expect.poll(() => telling.textContent(), { timeout: 10_000 }).toBe('100.000 afspraken');

    await page.getByLabel('Zoeken in afspraken').fill('School 09999');
    await expect.poll(() => telling.textContent(), { timeout: 10_000 }).toBe('10 afspraken van 100.000');
    await page.getByLabel('Zoeken in afspraken').fill('');
    await expect.poll(() => telling.textContent(), { timeout: 10_000 }).toBe('100.000 afspraken');

    // To the very end by keyboard (End on a row): the last window comes, the DOM stays small.
    const voorEinde = opgehaald();
    await tabel.getByRole('row').nth(1).focus();
    await page.keyboard.press('End');
    await expect.poll(() => tabel.locator('[aria-rowindex="100001"]').textContent(), { timeout: 10_000 }).toContain('School 00001');
    expect(await page.locator('.datatabel__rij--data').count()).toBeLessThan(80);
    expect(opgehaald() - voorEinde).toBeLessThanOrEqual(600);
    // Everything this test did fetched a small part of the 100.000 rows.
    expect(opgehaald()).toBeLessThan(5_000);
    page.off('response', luister);

    // The totals row covers the whole schooljaar, not the rows fetched: 10 afspraken per school at
    // € 75 an hour, 40 weeks; every 7th school's afspraken are concept and do not count (rule 5).
    const verwacht = Array.from({ length: 10_000 }, (_, i) => i + 1)
      .filter((i) => i % 7 !== 0)
      .reduce((som, i) => som + 10 * ((i % 4) + 1) * 40 * 75, 0);
    expect(await totaalCel(page, 'Afspraken', 'Kosten')).toBe(`€ ${verwacht.toLocaleString('nl-NL')}`);
    await screenshotPagina(page, 'schaal-afspraken');
  }, 120_000);

  it('Afspraak toevoegen: de school zoeken tussen 10.000 scholen (combobox)', async () => {
    const { page } = s;
    await naarPagina(page, 'Afspraken');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).first().click();
    const dialoog = page.getByRole('dialog', { name: 'Nieuwe afspraak 2017-2018' });
    const school = dialoog.getByRole('combobox', { name: /^School/ });
    const opties = dialoog.getByRole('listbox', { name: 'Keuzes voor school' }).getByRole('option');
    // Untouched: the first 50 of the registry, never all 10.000.
    await school.click();
    await expect.poll(() => opties.count()).toBe(50);
    expect(await dialoog.locator('.zoekkeuze__melding').textContent()).toBe('De eerste 50 van 10.000 scholen. Typ verder om te zoeken.');
    // By vestigingscode, by plaats, by name; arrow keys and Enter choose.
    await school.fill('999901');
    await expect.poll(() => opties.allTextContents()).toEqual(['School 09999 (999901, Plaats 8)']);
    await school.fill('Plaats 96');
    await expect.poll(() => opties.count()).toBeGreaterThan(10);
    expect((await opties.allTextContents()).every((t) => t.endsWith('Plaats 96)'))).toBe(true);
    await school.fill('School 0123');
    await expect.poll(() => opties.count()).toBe(10);
    await school.press('ArrowDown');
    expect(await school.getAttribute('aria-activedescendant')).toBe(await opties.nth(1).getAttribute('id'));
    await school.press('Enter');
    await expect.poll(() => school.inputValue()).toBe('School 01231 (123101, Plaats 67)');
    // Escape closes the list first, the dialog only on the second press.
    await school.fill('School 04');
    await expect.poll(() => school.getAttribute('aria-expanded')).toBe('true');
    await school.press('Escape');
    expect(await school.getAttribute('aria-expanded')).toBe('false');
    expect(await school.inputValue()).toBe('School 01231 (123101, Plaats 67)');
    expect(await dialoog.count()).toBe(1);
    await screenshotPagina(page, 'schaal-schoolkiezer');
    await sluitZonderOpslaan(page, () => page.keyboard.press('Escape'));
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  }, 60_000);

  it('Scholen: 10.000 rijen met filter per kolom', async () => {
    const { page } = s;
    await naarPagina(page, 'Scholen');
    const telling = page.locator('.datatabel__telling');
    await expect.poll(() => telling.textContent(), { timeout: 20_000 }).toBe('10.000 scholen');
    const tabel = page.getByRole('table', { name: 'Scholen' });
    // The list is in the page once; the column filters work on it without asking the API again.
    const vragen: string[] = [];
    const luister = (r: { url(): string }) => {
      if (r.url().includes('/api/scholen.lijst')) vragen.push(r.url());
    };
    page.on('request', luister);
    await tabel.getByLabel('Filter op Sector').selectOption('VO');
    await expect.poll(() => telling.textContent()).toBe('3.333 scholen van 10.000');
    await tabel.getByLabel('Filter op Wijk').selectOption('Wijk 4');
    await expect.poll(() => telling.textContent()).toMatch(/^\d+ scholen van 10\.000$/);
    page.off('request', luister);
    expect(vragen).toEqual([]);
    expect(await page.locator('.datatabel__rij--data').count()).toBeLessThan(80);
    await screenshotPagina(page, 'schaal-scholen');
    expect(s.fouten).toEqual([]);
  }, 60_000);
});
