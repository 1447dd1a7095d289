// The section "Aanvullende inzet" in the afspraak dialog (issue 16 item 7), in Chromium on
// "Voorbeeld Zwolle": the maatwerk record of 2018-2019 is listed with its reden and cost; a new
// time-bound, co-financed record is refused with the field named, then saved, and removed again.
// axe: 0 serious/critical at 1366×768 and 1024×576.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, kiesPeriode, naarPagina, screenshotPagina, startDemoBrowser } from '../helpers/schermen';

describe.runIf(heeftChromium)('aanvullende inzet in het afspraakscherm', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('lists, refuses, adds and removes aanvullende inzet of an afspraak', async () => {
    const { page } = s;
    const db = s.harness.sessie.db();
    const maatwerk = db
      .prepare(
        `SELECT a.id, s.vestigingscode, s.naam, ai.reden FROM aanvullende_inzet ai JOIN afspraken a ON a.id = ai.afspraak_id
         JOIN scholen s ON s.id = a.school_id ORDER BY ai.id LIMIT 1`,
      )
      .get() as { id: number; vestigingscode: string; naam: string; reden: string };
    await page.setViewportSize({ width: 1366, height: 768 });
    await kiesPeriode(page, 2018, 2018);
    await naarPagina(page, 'Afspraken');
    await page.getByLabel('Zoeken in afspraken').fill(maatwerk.vestigingscode);
    const tabel = page.getByRole('table', { name: 'Afspraken' });
    await tabel.getByLabel('Filter op Functie').selectOption('JGW');
    await expect.poll(() => tabel.getByRole('row', { name: new RegExp(maatwerk.vestigingscode) }).count(), { timeout: 10_000 }).toBe(1);
    await tabel.getByRole('row', { name: new RegExp(maatwerk.vestigingscode) }).click();
    const afspraak = page.getByRole('dialog', { name: 'Afspraak wijzigen' });
    const lijst = afspraak.getByRole('table', { name: 'Aanvullende inzet van deze afspraak' });
    await expect.poll(() => lijst.getByRole('row').count(), { timeout: 10_000 }).toBe(2);
    expect(await lijst.textContent()).toContain(maatwerk.reden.slice(0, 30));
    expect(await lijst.textContent()).toContain('01-09-2018t/m 31-08-2019');
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'aanvullende-inzet-afspraak');

    await afspraak.getByRole('button', { name: 'Aanvullende inzet toevoegen' }).click();
    const formulier = page.getByRole('dialog', { name: 'Aanvullende inzet toevoegen' });
    // A new record starts with the afspraak's schooljaar and financing.
    expect(await formulier.getByLabel('Startdatum').inputValue()).toBe('01-09-2018');
    await formulier.getByLabel('Uren per week').fill('2,5');
    await formulier.getByLabel('Einddatum').fill('2019-09-30');
    await formulier.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => formulier.textContent(), { timeout: 10_000 }).toContain('Reden is verplicht');
    await formulier.getByRole('textbox', { name: /^Reden/ }).fill('Groep 8 vraagt tijdelijk meer: BLOZ-advies maart 2019.');
    await formulier.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => formulier.textContent(), { timeout: 10_000 }).toContain('Einddatum 30-09-2019 ligt buiten schooljaar 2018-2019');
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'aanvullende-inzet-weigering');
    await page.setViewportSize({ width: 1024, height: 576 });
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'aanvullende-inzet-formulier-1024');
    await page.setViewportSize({ width: 1366, height: 768 });

    await formulier.getByLabel('Startdatum').fill('7-1-2019');
    await formulier.getByLabel('Einddatum').fill('29032019');
    await formulier.getByLabel('Aandeel gemeente').fill('50');
    await formulier.getByLabel('Aandeel overig').fill('50');
    await formulier.getByLabel('Overige financier').fill('Samenwerkingsverband PO Zwolle');
    await formulier.getByLabel('Aangevraagd door').selectOption('school');
    await formulier.getByLabel('Verantwoording uiterlijk').fill('30-06-2019');
    await formulier.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Aanvullende inzet toevoegen' }).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => lijst.getByRole('row').count(), { timeout: 10_000 }).toBe(4);
    expect(await lijst.textContent()).toContain('07-01-2019t/m 29-03-2019');
    expect(await lijst.textContent()).toContain('Samenwerkingsverband PO Zwolle 50%');
    expect(db.prepare('SELECT count(*) FROM aanvullende_inzet WHERE afspraak_id = ?').pluck().get(maatwerk.id)).toBe(2);
    await lijst.scrollIntoViewIfNeeded();
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'aanvullende-inzet-toegevoegd');
    await page.setViewportSize({ width: 1024, height: 576 });
    await lijst.scrollIntoViewIfNeeded();
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'aanvullende-inzet-afspraak-1024');
    await page.setViewportSize({ width: 1366, height: 768 });

    // Changing it: the form shows its history.
    await lijst.getByRole('button', { name: 'Aanvullende inzet 07-01-2019 wijzigen' }).click();
    const wijzig = page.getByRole('dialog', { name: 'Aanvullende inzet wijzigen' });
    await wijzig.getByLabel('Besluit door').fill('Wethouder jeugd');
    await wijzig.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Aanvullende inzet wijzigen' }).count(), { timeout: 10_000 }).toBe(0);
    await lijst.getByRole('button', { name: 'Aanvullende inzet 07-01-2019 wijzigen' }).click();
    await expect.poll(() => wijzig.textContent(), { timeout: 10_000 }).toContain('Wethouder jeugd');
    expect(await wijzig.textContent()).toContain('Geschiedenis');
    expect(await axeErnstig(page)).toEqual([]);
    await wijzig.getByRole('button', { name: 'Annuleren' }).click();
    // Its verantwoording was due on 30-06-2019 and nothing came in: the dashboard says so.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
    await naarPagina(page, 'Dashboard');
    const verlopen = page.getByRole('region', { name: 'Verantwoording aanvullende inzet' });
    await expect.poll(() => verlopen.textContent(), { timeout: 10_000 }).toContain(`30-06-2019: ${maatwerk.naam} JGW`);
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'aanvullende-inzet-dashboard');
    await naarPagina(page, 'Afspraken');
    await page.getByLabel('Zoeken in afspraken').fill(maatwerk.vestigingscode);
    await tabel.getByLabel('Filter op Functie').selectOption('JGW');
    await expect.poll(() => tabel.getByRole('row', { name: new RegExp(maatwerk.vestigingscode) }).count(), { timeout: 10_000 }).toBe(1);
    await tabel.getByRole('row', { name: new RegExp(maatwerk.vestigingscode) }).click();
    await lijst.getByRole('button', { name: 'Aanvullende inzet 07-01-2019 verwijderen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => lijst.getByRole('row').count(), { timeout: 10_000 }).toBe(2);
    expect(db.prepare('SELECT count(*) FROM aanvullende_inzet WHERE afspraak_id = ?').pluck().get(maatwerk.id)).toBe(1);
    expect(s.fouten).toEqual([]);
  }, 120_000);
});
