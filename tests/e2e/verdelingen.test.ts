// The Verdelingen screen (issue 16) in real Chromium on "Voorbeeld Zwolle": a pot of 120 uur JGW
// over the PO schools by pupils, previewed with "uitgedeeld / beschikbaar", a hand edit marked,
// saved, and the wijkteam view (PO × 4 uur) beside the afspraken. axe: 0 serious; screenshots at
// 1366×768 and 1024×576.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, startBrowser, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, naarPagina, screenshotPagina, startDemoBrowser } from '../helpers/schermen';

const tekst = async (l: { textContent(): Promise<string | null> }) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ');

describe.runIf(heeftChromium)('verdelingen', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('verdeelt een pot, toont een handmatige wijziging en slaat de verdeling op', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await naarPagina(page, 'Verdelingen');
    await page.getByRole('button', { name: 'Nieuwe verdeling' }).click();
    const bewerker = page.getByRole('region', { name: 'Nieuwe verdeling' });
    await bewerker.getByLabel('Naam').fill('Maatwerk JGW 2017-2018');
    await bewerker.getByLabel('Functie').selectOption('JGW');
    await bewerker.getByRole('textbox', { name: /^Pot/ }).fill('120');
    const totaal = bewerker.getByTestId('verdeling-totaal');
    await expect.poll(() => tekst(totaal), { timeout: 15_000 }).toBe('120 uur / 120 uur');
    const voorbeeld = bewerker.getByTestId('verdeling-voorbeeld');
    const rijen = voorbeeld.locator('tbody tr');
    expect(await rijen.count()).toBeGreaterThan(20);

    // A bad pot: the Dutch refusal instead of a table.
    await bewerker.getByRole('textbox', { name: /^Pot/ }).fill('120,25');
    await expect.poll(() => tekst(bewerker)).toContain('De pot is geen geheel aantal stappen');
    await bewerker.getByRole('textbox', { name: /^Pot/ }).fill('120');
    await expect.poll(() => tekst(totaal)).toBe('120 uur / 120 uur');

    // A hand edit is marked and the total then says it no longer matches.
    const eerste = rijen.first();
    const naam = ((await eerste.locator('th').textContent()) ?? '').replace(/\s*\d{2}[A-Z]{2}\d{2}$/, '').trim();
    const toegekend = eerste.getByLabel(`Toegekend ${naam}`);
    const berekend = await toegekend.getAttribute('placeholder');
    await toegekend.fill('99');
    await expect.poll(() => tekst(eerste)).toContain(`met de hand (berekend ${berekend} uur)`);
    await expect.poll(() => tekst(bewerker)).toContain('Vaststellen kan pas als alles precies is uitgedeeld.');
    await screenshotPagina(page, 'pagina-verdelingen-1366');
    expect(await axeErnstig(page)).toEqual([]);
    await toegekend.fill('');
    await expect.poll(() => tekst(totaal)).toBe('120 uur / 120 uur');

    await bewerker.getByLabel('Aanbieder', { exact: true }).selectOption({ index: 1 });
    // The first school gets an aanbieder of its own.
    const eigen = eerste.getByLabel(`Aanbieder ${naam}`);
    await eigen.selectOption({ index: 2 });
    const eigenAanbieder = await eigen.inputValue();
    await bewerker.getByRole('button', { name: 'Opslaan' }).click();
    const lijst = page.getByTestId('verdelingen-lijst');
    await expect.poll(() => tekst(lijst)).toContain('Maatwerk JGW 2017-20182017-2018JGW120 uurconcept');
    expect(await page.getByRole('region', { name: 'Verdeling Maatwerk JGW 2017-2018' }).getByLabel(`Aanbieder ${naam}`).inputValue()).toBe(eigenAanbieder);

    // The saved verdeling offers its BLOZ proposal; a wrong file read back gets a Dutch refusal.
    const opgeslagen = page.getByRole('region', { name: 'Verdeling Maatwerk JGW 2017-2018' });
    await opgeslagen.getByRole('button', { name: 'BLOZ-voorstel opslaan' }).waitFor();
    await opgeslagen.getByLabel('Aangepast BLOZ-voorstel van Maatwerk JGW 2017-2018 inlezen').setInputFiles({
      name: 'voorstel.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('geen werkmap'),
    });
    await expect.poll(() => tekst(opgeslagen)).toContain('voorstel.xlsx is niet ingelezen: Dit is geen Excel-werkmap (.xlsx).');
    expect(await axeErnstig(page)).toEqual([]);

    await page.setViewportSize({ width: 1024, height: 576 });
    await screenshotPagina(page, 'pagina-verdelingen-1024');
    expect(await axeErnstig(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });

    // Vaststellen after a confirmation; the form is then closed for edits, until it is undone.
    await opgeslagen.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Vaststellen' }).click();
    await expect.poll(() => tekst(lijst)).toMatch(/Maatwerk JGW 2017-2018.*vastgesteld \(\d{2}-\d{2}-\d{4}\)/);
    await expect.poll(() => tekst(opgeslagen)).toContain('Wijzigen kan pas na “Vaststellen ongedaan maken”');
    expect(await opgeslagen.getByLabel('Naam').isDisabled()).toBe(true);
    expect(await axeErnstig(page)).toEqual([]);
    await opgeslagen.getByRole('button', { name: 'Vaststellen ongedaan maken' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => tekst(lijst)).toContain('120 uurconcept');
    await expect.poll(() => opgeslagen.getByLabel('Naam').isDisabled()).toBe(false);
    expect(s.fouten).toEqual([]);
  }, 120_000);

  it('beperkt een verdeling tot gekozen scholen', async () => {
    const { page } = s;
    await naarPagina(page, 'Verdelingen');
    await page.getByRole('button', { name: 'Nieuwe verdeling' }).click();
    const bewerker = page.getByRole('region', { name: 'Nieuwe verdeling' });
    await bewerker.getByLabel('Functie').selectOption('JGW');
    await bewerker.getByRole('textbox', { name: /^Pot/ }).fill('10');
    await bewerker.getByRole('combobox', { name: 'School toevoegen' }).fill('Geert Grote');
    await page
      .getByRole('option', { name: /Geert Grote/ })
      .first()
      .click();
    const rijen = bewerker.getByTestId('verdeling-voorbeeld').locator('tbody tr');
    await expect.poll(() => rijen.count(), { timeout: 15_000 }).toBe(1);
    expect(await tekst(rijen.first())).toContain('Geert Grote');
    expect(await tekst(bewerker.getByTestId('verdeling-totaal'))).toBe('10 uur / 10 uur');
    expect(await axeErnstig(page)).toEqual([]);
    // A maximum per school: one school cannot take the whole pot, said in Dutch.
    const school = ((await rijen.first().locator('th').textContent()) ?? '').replace(/\s*\d{2}[A-Z]{2}\d{2}$/, '').trim();
    await bewerker.getByLabel(`Maximum ${school}`).fill('4');
    await expect.poll(() => tekst(bewerker)).toContain('De maxima samen zijn minder dan de pot');
    await bewerker.getByLabel(`Maximum ${school}`, { exact: true }).fill('');
    await bewerker.getByRole('button', { name: /^Weghalen/ }).click();
    await expect.poll(() => rijen.count()).toBeGreaterThan(20);
    await bewerker.getByRole('button', { name: 'Annuleren' }).click();
  }, 60_000);

  it('toont de wijkteamregel (PO × 4 uur) naast de afspraken', async () => {
    const { page } = s;
    await naarPagina(page, 'Verdelingen');
    const sectie = page.getByRole('region', { name: 'Uren per sociaal wijkteam, 2017-2018' });
    const tabel = sectie.getByTestId('wijkteam-tabel');
    await expect.poll(async () => (await tekst(tabel)).length, { timeout: 15_000 }).toBeGreaterThan(50);
    const t = await tekst(tabel);
    expect(t).toMatch(/Totaal\s*45\s*180 uur\s*\d[\d.,]* uur/);
    expect(await sectie.locator('tbody tr').count()).toBeGreaterThan(3);
    await sectie.scrollIntoViewIfNeeded();
    expect(await axeErnstig(page)).toEqual([]);
  }, 60_000);
});

describe.runIf(heeftChromium)('verdelingen in een leeg bestand', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('zegt in het Nederlands dat er geen scholen zijn, zonder ernstige axe-meldingen', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1024, height: 576 });
    await naarPagina(page, 'Verdelingen');
    await expect.poll(() => tekst(page.locator('main'))).toContain('Nog geen verdelingen.');
    await page.getByRole('button', { name: 'Nieuwe verdeling' }).click();
    const bewerker = page.getByRole('region', { name: 'Nieuwe verdeling' });
    await bewerker.getByLabel('Functie').selectOption('SMW');
    await bewerker.getByRole('textbox', { name: /^Pot/ }).fill('10');
    await expect.poll(() => tekst(bewerker), { timeout: 15_000 }).toContain('Er zijn geen scholen om de pot over te verdelen.');
    // The wijkteam view says so in a sentence instead of an empty table.
    expect(await tekst(page.locator('main'))).toContain('geen scholen van deze sector, dus ook geen uren per wijkteam');
    await screenshotPagina(page, 'pagina-verdelingen-leeg-1024');
    expect(await axeErnstig(page)).toEqual([]);
    expect(s.fouten).toEqual([]);
  }, 60_000);
});
