// Issue #15 screens: the Dutch date field (typed dd-mm-jjjj, 1-9-2026 or 01092026, whatever the
// browser locale; stored ISO; a message in the typed format), "nothing typed is lost" on a page
// form (Instellingen asks before the menu leaves it), and the Afspraken table on laptop screens.
// Chromium on "Voorbeeld Zwolle", axe, screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, heeftChromium, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, kiesPeriode, naarPagina, sluitZonderOpslaan, startDemoBrowser } from '../helpers/schermen';

async function opBeideMaten(page: Page, naam: string, doel: Locator) {
  const vorige = page.viewportSize()!;
  fs.mkdirSync(path.join(ARTIFACTS, 'screenshots'), { recursive: true });
  for (const maat of [
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
    { width: 1024, height: 576 },
  ]) {
    await page.setViewportSize(maat);
    await page.waitForTimeout(150);
    await doel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', `${naam}-${maat.width}x${maat.height}.png`) });
    expect(await axeErnstig(page), `${naam} ${maat.width}`).toEqual([]);
  }
  await page.setViewportSize(vorige);
}

describe.runIf(heeftChromium)('datumveld en de vraag vóór sluiten', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('takes a date typed three ways, shows dd-mm-jjjj, stores ISO, and names the field in a bad date', async () => {
    const { page } = s;
    const db = s.harness.sessie.db();
    const afspraak = db
      .prepare(
        `SELECT a.id, s.naam, a.functie FROM afspraken a JOIN scholen s ON s.id = a.school_id
         WHERE a.schooljaar = 2017 AND a.startdatum IS NULL AND a.einddatum IS NULL
         AND (SELECT count(*) FROM afspraken b WHERE b.school_id = a.school_id AND b.schooljaar = 2017 AND b.functie = a.functie) = 1
         ORDER BY s.naam LIMIT 1`,
      )
      .get() as { id: number; naam: string; functie: string };
    await naarPagina(page, 'Afspraken');
    await page
      .getByRole('table', { name: 'Afspraken' })
      .getByRole('row', { name: new RegExp(`${afspraak.naam}.*${afspraak.functie}`) })
      .first()
      .click();
    const dialoog = page.getByRole('dialog', { name: 'Afspraak wijzigen' });
    const start = dialoog.getByLabel('Startdatum');
    const eind = dialoog.getByLabel('Einddatum');
    expect(await start.getAttribute('type')).toBe('text');

    // 1-10-2017 and 01072018 are written out as dd-mm-jjjj when the field is left.
    await start.fill('1-10-2017');
    await start.press('Tab');
    // One Tab stop per date field: the calendar button is a mouse extra.
    await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe(await eind.getAttribute('id'));
    expect(await start.inputValue()).toBe('01-10-2017');
    await eind.fill('01072018');
    await eind.press('Tab');
    expect(await eind.inputValue()).toBe('01-07-2018');
    await opBeideMaten(page, 'datumveld-afspraak', eind);
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(db.prepare('SELECT startdatum, einddatum FROM afspraken WHERE id = ?').get(afspraak.id)).toEqual({
      startdatum: '2017-10-01',
      einddatum: '2018-07-01',
    });

    // Opened again: the stored dates read as dd-mm-jjjj; a date typed whole is kept as typed.
    await page
      .getByRole('table', { name: 'Afspraken' })
      .getByRole('row', { name: new RegExp(`${afspraak.naam}.*${afspraak.functie}`) })
      .first()
      .click();
    expect(await start.inputValue()).toBe('01-10-2017');
    await eind.fill('15-06-2018');
    // A day that does not exist: a message in the typed format, naming the field; nothing saved.
    await start.fill('31-09-2017');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => start.getAttribute('aria-invalid')).toBe('true');
    const melding = await dialoog.locator(`#${(await start.getAttribute('aria-describedby'))!.split(' ').pop()}`).textContent();
    expect(melding).toBe('Startdatum moet een bestaande datum zijn, getypt als dd-mm-jjjj (bijvoorbeeld 01-09-2026).');
    expect(await dialoog.getByRole('alert').textContent()).toContain('Startdatum moet een bestaande datum zijn');
    await opBeideMaten(page, 'datumveld-fout', eind);
    expect(db.prepare('SELECT einddatum FROM afspraken WHERE id = ?').pluck().get(afspraak.id)).toBe('2018-07-01');
    // While the form has changes, the page refuses to unload: closing the window asks (Electron: vraagVoorSluiten).
    const weigertSluiten = () =>
      page.evaluate(() => {
        const g = globalThis as unknown as { dispatchEvent(e: unknown): boolean; Event: new (t: string, o: unknown) => { defaultPrevented: boolean } };
        const e = new g.Event('beforeunload', { cancelable: true });
        g.dispatchEvent(e);
        return e.defaultPrevented;
      });
    expect(await weigertSluiten()).toBe(true);
    await sluitZonderOpslaan(page, () => page.keyboard.press('Escape'));
    expect(await weigertSluiten()).toBe(false);
  });

  it('Instellingen: leaving a changed form through the menu asks first; "Terug naar formulier" keeps the typed value', async () => {
    const { page } = s;
    await naarPagina(page, 'Instellingen');
    const gemeente = page.getByLabel('Gemeente', { exact: true });
    await gemeente.fill('Zwolle-Noord');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
    const vraag = page.getByRole('alertdialog', { name: 'Wijzigingen niet opgeslagen' });
    await vraag.waitFor();
    await vraag.getByRole('button', { name: 'Terug naar formulier' }).click();
    await vraag.waitFor({ state: 'hidden' });
    expect(await page.locator('h1').first().textContent()).toContain('Instellingen');
    expect(await gemeente.inputValue()).toBe('Zwolle-Noord');
    // Another file from this page asks too ("Terug naar formulier" keeps the value; no file dialog was opened).
    await page.getByRole('button', { name: 'Openen…' }).click();
    await vraag.waitFor();
    expect(await vraag.getByRole('button', { name: 'Ander bestand zonder opslaan' }).isVisible()).toBe(true);
    await vraag.getByRole('button', { name: 'Terug naar formulier' }).click();
    await vraag.waitFor({ state: 'hidden' });
    expect(await gemeente.inputValue()).toBe('Zwolle-Noord');
    // Given up on purpose: the page changes and nothing was saved.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
    await vraag.getByRole('button', { name: 'Verlaten zonder opslaan' }).click();
    await page.locator('h1', { hasText: 'Dashboard' }).first().waitFor();
    expect(s.harness.sessie.db().prepare(`SELECT waarde FROM instellingen WHERE sleutel = 'gemeenteNaam'`).pluck().get()).not.toContain('Noord');
    // Unchanged: no question.
    await naarPagina(page, 'Instellingen');
    await naarPagina(page, 'Scholen');
  });

  it('Afspraken at 1366×768, 1280×720 and 1024×576: school, aanbieder, functie, uren, kosten and status without sideways scrolling; "Kolommen" brings back the rest', async () => {
    const { page } = s;
    await naarPagina(page, 'Afspraken');
    const tabel = page.getByRole('table', { name: 'Afspraken' });
    const koppen = async () => (await tabel.getByRole('columnheader').allTextContents()).map((t) => t.replace(/[⇅▲▼]|Alle.*$|Filter/g, '').trim());
    const schuiftOpzij = () => page.locator('.datatabel__scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    for (const [maat, verwacht] of [
      [{ width: 1366, height: 768 }, ['School', 'Aanbieder', 'Functie', 'Basisuren', 'Kosten', 'Gemeente', 'Onderwijs', 'Status']],
      // A 1280×720 laptop at 100 %: at least what the smallest size shows.
      [{ width: 1280, height: 720 }, null],
      [{ width: 1024, height: 576 }, ['School', 'Aanbieder', 'Functie', 'Basisuren', 'Kosten', 'Gemeente', 'Status']],
    ] as const) {
      await page.setViewportSize(maat);
      if (verwacht) await expect.poll(koppen).toEqual(verwacht);
      else
        await expect
          .poll(async () => {
            const k = await koppen();
            return ['School', 'Aanbieder', 'Functie', 'Basisuren', 'Kosten', 'Gemeente', 'Status'].filter((kop) => !k.includes(kop));
          })
          .toEqual([]);
      expect(await schuiftOpzij(), `${maat.width}: geen horizontale scrollbalk`).toBeLessThanOrEqual(0);
      // Names are not cut after a few letters: a name takes two lines; only very long DUO names (over 40 characters) are cut there.
      const afgekapt = await tabel
        .locator('.naam-code__naam')
        .evaluateAll((els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent ?? ''));
      expect(afgekapt.filter((naam) => naam.length <= 40)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', `afspraken-laptop-${maat.width}x${maat.height}.png`) });
      expect(await axeErnstig(page)).toEqual([]);
    }
    // At 1024×576 the table takes the height under the page head: at least five whole rows in view.
    const heleRijen = await page.locator('.datatabel__scroll').evaluate((vak) => {
      const box = vak.getBoundingClientRect();
      const voet = vak.querySelector('.datatabel__voet')?.getBoundingClientRect().top ?? box.bottom;
      return [...vak.querySelectorAll('.datatabel__rij--data')].filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= box.top && b.bottom <= voet + 2;
      }).length;
    });
    expect(heleRijen).toBeGreaterThanOrEqual(5);
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollHeight: number; clientHeight: number } } }).document.documentElement.scrollHeight,
      ),
    ).toBeLessThanOrEqual(576);
    // Scholen too: no sideways scrolling at this size (bestuursnummer and plaats give way).
    await naarPagina(page, 'Scholen');
    await expect.poll(() => page.getByRole('table', { name: 'Scholen' }).getByRole('row').count()).toBeGreaterThan(2);
    expect(await schuiftOpzij()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', 'scholen-laptop-1024x576.png') });
    expect(await axeErnstig(page)).toEqual([]);
    await naarPagina(page, 'Afspraken');
    // The Werkplan column comes back on request, and stays (the choice is kept).
    await page.locator('.kolomkiezer summary').click();
    await page.getByRole('checkbox', { name: 'Werkplan' }).check();
    await expect.poll(koppen).toContain('Werkplan');
    await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', 'afspraken-kolommen-1024x576.png') });
    expect(await axeErnstig(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'Werkplan' }).uncheck();
    await expect.poll(koppen).not.toContain('Werkplan');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('a begrotingspost with a year twice: the message sits under Jaar of that row, both errors show, and the summary names each field', async () => {
    const { page } = s;
    await naarPagina(page, 'Begroting');
    await page.getByRole('button', { name: 'Begrotingspost toevoegen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Begrotingspost toevoegen' });
    await dialoog.getByLabel('Naam').fill('Extra middelen');
    const jaren = dialoog.getByLabel('Jaar', { exact: true });
    const bedragen = dialoog.getByLabel('Bedrag', { exact: true });
    await bedragen.first().fill('10.000');
    await dialoog.getByRole('button', { name: 'Jaar toevoegen' }).click();
    await jaren.nth(1).fill(await jaren.first().inputValue());
    await bedragen.nth(1).fill('tienduizend');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    const melding = async (veld: typeof jaren) => {
      const ids = (await veld.getAttribute('aria-describedby')) ?? '';
      return (await Promise.all(ids.split(' ').map((id) => dialoog.locator(`#${id}`).textContent()))).join(' ');
    };
    const jaar = await jaren.first().inputValue();
    await expect.poll(() => melding(jaren.nth(1))).toContain(`het jaar ${jaar} staat er meer dan eens in`);
    expect(await melding(bedragen.nth(1))).toMatch(/^Bedrag/);
    expect(await melding(bedragen.nth(1))).not.toContain('meer dan eens');
    const samenvatting = (await dialoog.getByRole('alert').textContent()) ?? '';
    expect(samenvatting).toContain('Er zijn 2 velden niet goed ingevuld');
    expect(samenvatting).toContain(`Regel 2: Bedragen: het jaar ${jaar} staat er meer dan eens in.`);
    expect(samenvatting).not.toContain('Ongeldige waarde');
    await dialoog.getByRole('alert').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', 'begrotingspost-dubbel-jaar.png') });
    expect(await axeErnstig(page)).toEqual([]);
    await sluitZonderOpslaan(page, () => dialoog.getByRole('button', { name: 'Annuleren' }).click());
  });

  it('an empty period names the years that have afspraken, and a button goes there (Afspraken and Dashboard)', async () => {
    const { page } = s;
    await kiesPeriode(page, 2024, 2024);
    await naarPagina(page, 'Afspraken');
    const lege = page.locator('.lege-staat');
    await expect.poll(() => lege.textContent()).toContain('Afspraken zijn er wel in de schooljaren');
    expect(await lege.textContent()).toContain('2017-2018');
    await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', 'afspraken-andere-jaren.png') });
    expect(await axeErnstig(page)).toEqual([]);
    await lege.getByRole('button', { name: 'Naar 2017-2018' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Periode' }).getByLabel('Schooljaar').inputValue()).toBe('2017');
    await naarPagina(page, 'Dashboard');
    await expect.poll(() => page.locator('.andere-jaren').textContent()).toContain('Kosten zijn er wel in de begrotingsjaren');
    await page.locator('.andere-jaren').getByRole('button', { name: 'Naar 2017' }).click();
    await expect.poll(() => page.getByTestId('kosten-totaal').textContent()).not.toBe('€ 0');
    expect(await page.locator('.andere-jaren').count()).toBe(0);
  });
});
