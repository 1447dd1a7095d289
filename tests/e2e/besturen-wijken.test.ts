// Issue 13 items 6, 8 and 9 in real Chromium. An empty file: three ways to start, no aanbieders
// and no word of Zwolle. A Hoogeveen file (DUO schools of gemeente 0118, aanbieder SWW): name a
// bestuur, import DUO's bevoegde-gezagen list, a postcode rule, one wijk for many schools (with
// undo) and filling empty wijken by postcode. axe: 0 serious/critical on every new screen;
// screenshots at 1366×768 and 1024×576.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, heeftChromium, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { testOmgeving } from '../helpers/db';
import { DUO_MAP } from '../helpers/afspraken-blad';
import { axeErnstig, naarPagina, screenshotPagina, sluitZonderOpslaan } from '../helpers/schermen';

const ADRESSEN = [
  'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv',
  'duo_so_09-alle-vestigingen-sbo-so-en-vso_ZWOLLE_HOOGEVEEN.csv',
  'duo_vo_02-alle-vestigingen-vo_ZWOLLE_HOOGEVEEN.csv',
];
const MATEN = [
  { width: 1366, height: 768 },
  { width: 1024, height: 576 },
];

const tekstVan = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText);

/** Screenshots of the window as the user sees it at both sizes (scrolled to `doel`), and no horizontal scrolling of the page itself. */
async function opBeideMaten(page: Page, naam: string, doel?: Locator) {
  const vorige = page.viewportSize()!;
  fs.mkdirSync(path.join(ARTIFACTS, 'screenshots'), { recursive: true });
  for (const maat of MATEN) {
    await page.setViewportSize(maat);
    await page.waitForTimeout(150);
    if (doel) await doel.evaluate((el) => (el as unknown as { scrollIntoView(o: unknown): void }).scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', `${naam}-${maat.width}x${maat.height}.png`) });
    const breed = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return d.scrollWidth - d.clientWidth;
    });
    expect(breed, `${naam} ${maat.width}: de pagina schuift niet opzij`).toBeLessThanOrEqual(1);
  }
  await page.setViewportSize(vorige);
}

describe.runIf(heeftChromium)('een leeg bestand', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startBrowser();
  }, 60_000);
  afterAll(async () => s?.sluit());

  it('biedt drie manieren om te beginnen, heeft geen aanbieders en zegt nergens Zwolle', async () => {
    const { page } = s;
    await naarPagina(page, 'Dashboard');
    const keuzes = page.getByRole('list', { name: 'Manieren om te beginnen' });
    await keuzes.waitFor();
    expect(await keuzes.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Scholen importeren', 'Leeg beginnen', 'Voorbeeld bekijken']);
    for (const knop of ['Scholen importeren', 'Leeg beginnen', 'Voorbeeld laden'])
      expect(await keuzes.getByRole('button', { name: knop }).isVisible()).toBe(true);
    expect(await axeErnstig(page)).toEqual([]);
    await opBeideMaten(page, 'leeg-eerste-scherm');
    expect(s.harness.sessie.db().prepare('SELECT count(*) FROM aanbieders').pluck().get()).toBe(0);

    const teksten = [await tekstVan(page)];
    for (const pagina of ['Scholen', 'Afspraken', 'Aanbieders', 'Begroting', 'Importeren', 'Instellingen']) {
      await naarPagina(page, pagina);
      await page.waitForTimeout(300);
      teksten.push(await tekstVan(page));
    }
    for (const t of teksten) expect(t).not.toMatch(/zwolle/i);

    await naarPagina(page, 'Dashboard');
    await page.getByRole('button', { name: 'Leeg beginnen' }).click();
    await page.locator('h1', { hasText: 'Instellingen' }).waitFor();
    expect(s.fouten).toEqual([]);
  }, 90_000);
});

describe.runIf(heeftChromium)('een Hoogeveen-bestand: besturen en wijken', () => {
  let s: BrowserSessie;
  const db = () => s.harness.sessie.db();
  beforeAll(async () => {
    const pad = path.join(tijdelijkeMap('hoogeveen'), 'Hoogeveen.schoolinzet');
    const env = await testOmgeving(pad);
    const bestanden = ADRESSEN.map((naam) => ({ naam, inhoudBase64: fs.readFileSync(path.join(DUO_MAP, naam)).toString('base64') }));
    const v = await env.call('import.duoVoorbeeldInhoud', { bestanden, gemeenteCode: '0118' });
    if (!v.ok) throw new Error(v.fout.melding);
    await env.call('import.duoUitvoeren', { id: v.data.id });
    await env.call('instellingen.opslaan', {
      gemeenteNaam: 'Hoogeveen',
      gemeenteCode: '0118',
      schooljaarStartMaand: 8,
      wekenPerSchooljaar: 40,
      standaardTarieven: { JMW: 7_500 },
    });
    await env.call('aanbieders.maak', { naam: 'Stichting Welzijnswerk', korteNaam: 'SWW' });
    for (const naam of ['Hoogeveen-Noord', 'Hoogeveen-Zuid']) await env.call('wijken.maak', { naam });
    env.sessie.close();
    s = await startBrowser({ dbPad: pad });
  }, 90_000);
  afterAll(async () => s?.sluit());

  it('Instellingen: een bestuur een naam geven en een postcoderegel toevoegen; een overlappende regel wordt geweigerd', async () => {
    const { page } = s;
    await naarPagina(page, 'Instellingen');
    const besturen = page.getByRole('table', { name: 'Besturen' });
    await besturen.getByRole('button', { name: 'Bestuur Bevoegd gezag 69877 wijzigen' }).click();
    let dialoog = page.getByRole('dialog', { name: 'Bestuur Bevoegd gezag 69877 wijzigen' });
    await dialoog.getByLabel('Naam').fill('Stichting Bijzonder Onderwijs Hoogeveen (proef)');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => db().prepare("SELECT naam FROM besturen WHERE nummer = '69877'").pluck().get())
      .toBe('Stichting Bijzonder Onderwijs Hoogeveen (proef)');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Postcoderegel toevoegen' }).click();
    dialoog = page.getByRole('dialog', { name: 'Postcoderegel toevoegen' });
    await dialoog.getByLabel(/^Postcode van/).fill('7901');
    await dialoog.getByLabel(/^Postcode tot en met/).fill('7904');
    await dialoog.getByLabel(/^Wijk/).selectOption({ label: 'Hoogeveen-Noord' });
    expect(await axeErnstig(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: 'Postcoderegels' })
          .getByRole('row', { name: /7901-7904/ })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Postcoderegel toevoegen' }).click();
    dialoog = page.getByRole('dialog', { name: 'Postcoderegel toevoegen' });
    await dialoog.getByLabel(/^Postcode van/).fill('7903');
    await dialoog.getByLabel(/^Postcode tot en met/).fill('7909');
    await dialoog.getByLabel(/^Wijk/).selectOption({ label: 'Hoogeveen-Zuid' });
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(async () => (await dialoog.textContent()) ?? '').toContain('overlappen met de regel 7901-7904 → Hoogeveen-Noord');
    expect(db().prepare('SELECT count(*) FROM postcoderegels').pluck().get()).toBe(1);
    await sluitZonderOpslaan(page, () => page.keyboard.press('Escape'));
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await axeErnstig(page)).toEqual([]);
    await opBeideMaten(page, 'instellingen-postcoderegels-besturen', page.getByRole('heading', { name: 'Postcoderegels' }));
    await screenshotPagina(page, 'instellingen-hoogeveen');
  }, 90_000);

  it('Importeren: de DUO-lijst van bevoegde gezagen na een voorbeeld', async () => {
    const { page, harness } = s;
    await naarPagina(page, 'Importeren');
    harness.volgendBestand(path.join(DUO_MAP, 'duo_bevoegde-gezagen_FIXTURE.csv'));
    await page.getByRole('button', { name: 'Lijst van bevoegde gezagen kiezen…' }).click();
    await expect.poll(() => page.getByTestId('besturen-nieuw').textContent()).toBe('1');
    expect(await page.getByTestId('besturen-gewijzigd').textContent()).toBe('5');
    expect(db().prepare("SELECT naam FROM besturen WHERE nummer = '13737'").pluck().get()).toBe('Bevoegd gezag 13737');
    expect(await axeErnstig(page)).toEqual([]);
    await opBeideMaten(page, 'importeren-besturen-voorbeeld', page.getByRole('heading', { name: /DUO-lijst van bevoegde gezagen/ }));
    await page.getByRole('button', { name: 'Namen opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Besturen uit' }).count()).toBe(1);
    expect(db().prepare("SELECT naam FROM besturen WHERE nummer = '13737'").pluck().get()).toBe('Proefstichting Voortgezet Onderwijs Zuidwest-Drenthe');
    // The name typed in the app was DUO's to replace; the one without a name in the file stays.
    expect(db().prepare("SELECT naam FROM besturen WHERE nummer = '41803'").pluck().get()).toBe('Bevoegd gezag 41803');
  }, 90_000);

  it('Scholen: kies scholen met vinkjes, geef ze één wijk, maak het ongedaan; vul lege wijken volgens de postcoderegels', async () => {
    const { page } = s;
    await naarPagina(page, 'Scholen');
    const tabel = page.getByRole('table', { name: 'Scholen' });
    await tabel
      .getByRole('checkbox', { name: /^Kies / })
      .first()
      .waitFor();
    await page.getByLabel('Zoeken in scholen').fill('Wolfsbos');
    await expect.poll(() => tabel.getByRole('checkbox', { name: /^Kies Regionale Scholengemeenschap Wolfsbos/ }).count()).toBeGreaterThan(1);
    await tabel.getByRole('checkbox', { name: 'Alle getoonde scholen kiezen' }).check();
    const aantal = await tabel.getByRole('checkbox', { name: /^Kies / }).count();
    const balk = page.getByRole('region', { name: 'Wijk voor de gekozen scholen' });
    await expect.poll(() => balk.getByRole('status').textContent()).toBe(`${aantal} scholen gekozen`);
    await balk.getByLabel('Wijk').selectOption({ label: 'Hoogeveen-Zuid' });
    expect(await axeErnstig(page)).toEqual([]);
    await opBeideMaten(page, 'scholen-wijk-in-bulk');
    await balk.getByRole('button', { name: 'Wijk toekennen' }).click();
    const zuid = () => db().prepare("SELECT count(*) FROM scholen s JOIN wijken w ON w.id = s.wijk_id WHERE w.naam = 'Hoogeveen-Zuid'").pluck().get();
    await expect.poll(zuid).toBe(aantal);
    expect(db().prepare(`SELECT count(*) FROM mutatielog WHERE methode = 'scholen.zetWijk'`).pluck().get()).toBe(aantal);
    const toast = page.locator('.toast').filter({ hasText: 'Hoogeveen-Zuid' });
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(zuid).toBe(0);

    // The same schools once more, by keyboard: focus a row, Space chooses it.
    await page.getByLabel('Zoeken in scholen').fill('');
    await page.getByLabel('Zoeken in scholen').press('ArrowDown');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByRole('region', { name: 'Wijk voor de gekozen scholen' }).getByRole('status').textContent()).toBe('1 school gekozen');
    await page.getByRole('button', { name: 'Keuze wissen' }).click();

    const leeg = () => db().prepare('SELECT count(*) FROM scholen WHERE wijk_id IS NULL').pluck().get() as number;
    const voor = leeg();
    await page.getByRole('button', { name: 'Wijken invullen volgens postcoderegels' }).click();
    const bevestig = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await bevestig.getByRole('button', { name: 'Wijken invullen' }).click();
    await expect.poll(leeg).toBeLessThan(voor);
    const noord = db().prepare(`SELECT count(*) FROM scholen WHERE substr(postcode, 1, 4) BETWEEN '7901' AND '7904'`).pluck().get() as number;
    expect(voor - leeg()).toBe(noord);
    // Name and number of the bestuur side by side, nothing of Zwolle anywhere on the page.
    await page.getByLabel('Zoeken in scholen').fill('Wolfsbos');
    await expect.poll(() => tabel.textContent()).toContain('Proefstichting Voortgezet Onderwijs Zuidwest-Drenthe');
    expect(await tabel.textContent()).toContain('13737');
    expect(await tekstVan(page)).not.toMatch(/zwolle/i);
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'scholen-hoogeveen');
    expect(s.fouten).toEqual([]);
  }, 120_000);
});
