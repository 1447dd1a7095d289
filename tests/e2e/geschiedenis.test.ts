// The screens of issues 4 and 7 added last: Geschiedenis per school, reservekopie terugzetten,
// regelingen and proeftuinen, the "Voorbeeld Zwolle" button on an empty file, and opening a file a
// colleague has open read-only. Real Chromium on real database files; axe and a screenshot of each.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseSessie } from '../../electron/db/sessie';
import { standaardSlotOmgeving } from '../../electron/db/slot';
import { heeftChromium, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, kiesPeriode, naarPagina, screenshotPagina, startDemoBrowser } from '../helpers/schermen';

describe.runIf(heeftChromium)('geschiedenis, reservekopieën, regelingen en proeftuinen', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('een school wijzigen: de Geschiedenis toont tijd, gebruiker en oud → nieuw', async () => {
    const { page } = s;
    await naarPagina(page, 'Scholen');
    await page.getByRole('table', { name: 'Scholen' }).getByRole('row').nth(2).click();
    const kop = page.locator('h1');
    await kop.waitFor();
    const oud = (await kop.textContent())!.trim();
    await page.getByRole('button', { name: 'Wijzigen', exact: true }).click();
    const dialoog = page.getByRole('dialog', { name: `${oud} wijzigen` });
    await dialoog.getByLabel('Naam').fill(`${oud} (nieuw gebouw)`);
    await dialoog.getByLabel('Opmerking').fill('Verhuisd in 2018');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const geschiedenis = page.getByRole('region', { name: 'Geschiedenis' });
    const eerste = geschiedenis.getByRole('row').nth(1);
    await expect.poll(() => eerste.textContent()).toContain('Gewijzigd');
    const tekst = (await eerste.textContent())!.replace(/\s+/g, ' ');
    expect(tekst).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d/);
    expect(tekst).toContain(`Naam: ${oud} → wordt ${oud} (nieuw gebouw)`);
    expect(tekst).toContain('Opmerking: (leeg) → wordt Verhuisd in 2018');
    // The demo's first version is there too, as "Toegevoegd".
    await expect.poll(() => geschiedenis.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    expect(await geschiedenis.getByRole('row').last().textContent()).toMatch(/Toegevoegd/);
    expect(await geschiedenis.getByRole('button', { name: 'Exporteren…' }).isVisible()).toBe(true);
    await screenshotPagina(page, 'pagina-school-geschiedenis');
    expect(await axeErnstig(page)).toEqual([]);
  }, 60_000);

  it('een wijziging ongedaan maken: de toast zet de waarden terug waarmee het formulier openging', async () => {
    const { page } = s;
    const kop = page.locator('h1');
    const oud = (await kop.textContent())!.trim();
    await page.getByRole('button', { name: 'Wijzigen', exact: true }).click();
    const dialoog = page.getByRole('dialog', { name: `${oud} wijzigen` });
    await dialoog.getByLabel('Naam').fill('Tijdelijke naam');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => kop.textContent()).toContain('Tijdelijke naam');
    const toast = page.locator('.toast').filter({ hasText: 'Tijdelijke naam opgeslagen.' });
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => kop.textContent()).toBe(oud);
    // The opmerking typed before stays: the undo puts back what the form opened with, nothing older.
    await page.getByRole('button', { name: 'Wijzigen', exact: true }).click();
    expect(
      await page
        .getByRole('dialog', { name: `${oud} wijzigen` })
        .getByLabel('Opmerking')
        .inputValue(),
    ).toBe('Verhuisd in 2018');
    await page
      .getByRole('dialog', { name: `${oud} wijzigen` })
      .getByRole('button', { name: 'Annuleren' })
      .click();
  }, 60_000);

  it('reservekopie maken, iets wijzigen, terugzetten: de gegevens zijn terug en er is een kopie van vóór het terugzetten', async () => {
    const { page } = s;
    await naarPagina(page, 'Instellingen');
    const sectie = page.getByRole('region', { name: 'Reservekopieën' });
    await sectie.getByRole('button', { name: 'Nu reservekopie maken' }).click();
    await expect.poll(() => sectie.getByRole('row', { name: /Handmatig gemaakt/ }).count()).toBe(1);

    // A change after the backup: a new wijk.
    await page.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await page.getByRole('dialog', { name: 'Wijk toevoegen' }).getByLabel('Naam').fill('Stadshagen-Test');
    await page.getByRole('dialog', { name: 'Wijk toevoegen' }).getByRole('button', { name: 'Opslaan' }).click();
    const wijken = page.getByRole('region', { name: 'Wijken' });
    await expect.poll(() => wijken.getByRole('row', { name: /Stadshagen-Test/ }).count()).toBe(1);

    await sectie
      .getByRole('row', { name: /Handmatig gemaakt/ })
      .getByRole('button', { name: /^Terugzetten… \(reservekopie van / })
      .click();
    const vraag = page.getByRole('alertdialog', { name: 'Reservekopie terugzetten' });
    await vraag.waitFor();
    expect(await vraag.textContent()).toContain('eerst zelf als reservekopie bewaard');
    await screenshotPagina(page, 'dialoog-reservekopie-terugzetten');
    expect(await axeErnstig(page)).toEqual([]);
    await vraag.getByRole('button', { name: 'Terugzetten' }).click();

    await expect.poll(() => wijken.getByRole('row', { name: /Stadshagen-Test/ }).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => sectie.getByRole('row', { name: /Vóór het terugzetten/ }).count()).toBe(1);
    const toast = page.locator('.toast').filter({ hasText: 'teruggezet' });
    await expect.poll(() => toast.count()).toBe(1);
    await screenshotPagina(page, 'pagina-instellingen-reservekopieen');
    expect(await axeErnstig(page)).toEqual([]);
    // Undo the restore from the toast: the wijk is back.
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => wijken.getByRole('row', { name: /Stadshagen-Test/ }).count(), { timeout: 15_000 }).toBe(1);
  }, 90_000);

  it('een regeling toevoegen met basisinzet en begrotingspost; proeftuinen met afnemend budget', async () => {
    const { page } = s;
    await naarPagina(page, 'Begroting');
    const regelingen = page.getByRole('region', { name: 'Regelingen' });
    await regelingen.getByRole('button', { name: 'Regeling toevoegen' }).click();
    const d = page.getByRole('dialog', { name: 'Regeling toevoegen' });
    await d.getByLabel(/^Naam/).fill('Basisinzet VO 2019');
    await d.getByLabel('Startdatum').fill('2019-08-01');
    await d.getByLabel('Aandeel gemeente').fill('60');
    // Shares that do not add to 100: the message next to the field, nothing saved.
    await d.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => d.textContent()).toContain('moeten samen precies 100% zijn');
    await d.getByLabel('Aandeel onderwijs').fill('40');
    await d.getByLabel('Sector').first().selectOption('VO');
    await d.getByLabel('Functie').first().selectOption('SMW');
    await d.getByLabel('Uren per week').first().fill('6');
    await d.getByLabel('Uurtarief').first().fill('72,50');
    await d.getByRole('checkbox').first().check();
    await screenshotPagina(page, 'dialoog-regeling');
    expect(await axeErnstig(page)).toEqual([]);
    await d.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const nieuw = regelingen.getByRole('article', { name: 'Basisinzet VO 2019' });
    await expect.poll(() => nieuw.textContent()).toContain('SMW VO: 6 uur per week à € 72,50');
    expect(await nieuw.textContent()).toContain('gemeente 60%, onderwijs 40%');
    expect(await nieuw.textContent()).toContain('01-08-2019');

    const proeftuinen = page.getByRole('region', { name: 'Proeftuinen' });
    await expect.poll(() => proeftuinen.getByRole('article').count()).toBe(3);
    const eerste = proeftuinen.getByRole('article', { name: 'Samen in de wijk' });
    await expect.poll(() => eerste.textContent()).toContain('neemt elk jaar af');
    expect(await eerste.getByRole('row', { name: /^Budget/ }).textContent()).toMatch(/€ 200\.000.*€ 180\.000.*€ 160\.000.*€ 140\.000.*€ 120\.000/);
    expect(await eerste.getByRole('row', { name: /Verwijzingen/ }).textContent()).toContain('64');
    await eerste.getByRole('button', { name: /wijzigen/ }).click();
    const pd = page.getByRole('dialog', { name: /^Proeftuin Samen in de wijk/ });
    await pd.waitFor();
    await pd.getByLabel('Waarde 2020').first().fill('51');
    await screenshotPagina(page, 'dialoog-proeftuin');
    expect(await axeErnstig(page)).toEqual([]);
    await pd.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => eerste.getByRole('row', { name: /Verwijzingen/ }).textContent()).toContain('51');
    await screenshotPagina(page, 'pagina-begroting-regelingen-proeftuinen');
    expect(await axeErnstig(page)).toEqual([]);
    expect(s.fouten).toEqual([]);
  }, 90_000);
});

describe.runIf(heeftChromium)('leeg bestand en een bestand dat een collega open heeft', () => {
  let s: BrowserSessie;
  let collega: DatabaseSessie | null = null;
  beforeAll(async () => {
    s = await startBrowser();
  }, 60_000);
  afterAll(async () => {
    collega?.close();
    await s?.sluit();
  });

  it('Dashboard van een leeg bestand: "Voorbeeld laden" laadt het voorbeeld en zegt dat de wijkindeling een voorbeeld is', async () => {
    const { page } = s;
    await naarPagina(page, 'Dashboard');
    const knop = page.getByRole('button', { name: 'Voorbeeld laden' });
    await knop.waitFor();
    expect(await page.getByRole('button', { name: 'Scholen importeren' }).isVisible()).toBe(true);
    await screenshotPagina(page, 'pagina-dashboard-leeg');
    expect(await axeErnstig(page)).toEqual([]);
    await knop.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is geladen' }).count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'is geladen' }).textContent()).toContain('VOORBEELD, niet de officiële indeling');
    // The period jumps to where the demo's figures are (issue 13 item 11): no € 0 for today's year.
    const periode = page.getByRole('group', { name: 'Periode' });
    expect(await periode.getByLabel('Schooljaar').inputValue()).toBe('2017');
    expect(await periode.getByLabel('Begrotingsjaar').inputValue()).toBe('2017');
    await expect.poll(() => page.getByTestId('kosten-totaal').textContent()).not.toBe('€ 0');
    await kiesPeriode(page, 2016, 2017);
    await expect.poll(() => page.getByTestId('kosten-totaal').textContent()).not.toBe('€ 0');
    await screenshotPagina(page, 'pagina-dashboard-voorbeeld-geladen');
    // No second offer once the file holds data.
    expect(await page.getByRole('button', { name: 'Voorbeeld laden' }).count()).toBe(0);
  }, 90_000);

  it('Openen… van een bestand dat een collega open heeft: wie, waar, sinds wanneer; alleen-lezen openen zet de schrijfknoppen uit', async () => {
    const { page, harness } = s;
    const gedeeld = path.join(tijdelijkeMap('gedeeld'), 'gedeeld.schoolinzet');
    collega = await DatabaseSessie.open(gedeeld, {
      slotOmgeving: { ...standaardSlotOmgeving(), computer: 'PC-0231', gebruiker: 'j.jansen', pid: 4242, leeft: () => true },
    });
    expect(fs.existsSync(gedeeld)).toBe(true);
    await naarPagina(page, 'Instellingen');
    harness.volgendBestand(gedeeld);
    await page.getByRole('button', { name: 'Openen…' }).click();
    const vraag = page.getByRole('alertdialog', { name: 'Bestand is in gebruik' });
    await vraag.waitFor();
    expect(await vraag.textContent()).toMatch(/Dit bestand \(gedeeld\.schoolinzet\) is geopend door j\.jansen op PC-0231 sinds \d\d-\d\d-\d{4} \d\d:\d\d\./);
    await screenshotPagina(page, 'dialoog-bestand-in-gebruik');
    expect(await axeErnstig(page)).toEqual([]);
    await vraag.getByRole('button', { name: 'Alleen-lezen openen' }).click();
    await expect.poll(() => page.locator('.app-header__bestand').textContent()).toContain('gedeeld.schoolinzet');
    expect(await page.locator('.app-header__bestand').textContent()).toContain('alleen-lezen');
    await expect.poll(() => page.locator('.alleen-lezen-band').count()).toBe(1);
    // Write buttons are off and say why; switching files is still possible.
    const toevoegen = page.getByRole('button', { name: 'Wijk toevoegen' });
    await expect.poll(() => toevoegen.isDisabled()).toBe(true);
    expect(await toevoegen.getAttribute('title')).toContain('alleen-lezen');
    expect(await page.getByRole('button', { name: 'Openen…' }).isDisabled()).toBe(false);
    await screenshotPagina(page, 'pagina-instellingen-alleen-lezen');
    expect(await axeErnstig(page)).toEqual([]);
    await naarPagina(page, 'Scholen');
    expect(await page.getByRole('button', { name: 'School toevoegen' }).first().isDisabled()).toBe(true);
    await naarPagina(page, 'Afspraken');
    await expect.poll(() => page.getByRole('button', { name: 'Afspraak toevoegen' }).first().isDisabled()).toBe(true);
  }, 60_000);
});
