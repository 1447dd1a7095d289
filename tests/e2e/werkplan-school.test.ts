// The werkplan on the school page (issue 13 item 7): one per school per schooljaar, edited there,
// its status in words; refused input stays in the form with the message next to the field; the
// Afspraken table shows the school's status on its afspraken. Chromium on "Voorbeeld Zwolle", axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, naarPagina, screenshotPagina, startDemoBrowser } from '../helpers/schermen';

describe.runIf(heeftChromium)('werkplan op de schoolpagina', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('edits the werkplan of 2017-2018 of a school, refuses an approval before submission, and the Afspraken table follows', async () => {
    const { page } = s;
    const db = s.harness.sessie.db();
    // A JGW school of 2017-2018: its werkplan was approved by school and wijkteam in the demo.
    const school = db
      .prepare(
        `SELECT s.id, s.naam, s.vestigingscode FROM scholen s JOIN werkplannen w ON w.school_id = s.id AND w.schooljaar = 2017
         WHERE w.goedgekeurd_wijkteam_op IS NOT NULL AND s.sector = 'PO' ORDER BY s.vestigingscode LIMIT 1`,
      )
      .get() as { id: number; naam: string; vestigingscode: string };
    await page.evaluate((id) => ((globalThis as unknown as { location: { hash: string } }).location.hash = `#/scholen/${id}`), school.id);
    await page.locator('h1', { hasText: school.naam }).waitFor();

    const tabel = page.getByRole('table', { name: 'Werkplan per schooljaar' });
    const rij = tabel.getByRole('row', { name: /2017-2018/ });
    await expect.poll(() => rij.getByRole('cell').first().textContent(), { timeout: 10_000 }).toBe('goedgekeurd door school en wijkteam');
    // Every afspraak of that schooljaar on the page shows the same status (JGW, IB, ORTHO alike).
    const afspraken = page.getByRole('table', { name: /^Afspraken/ }).getByRole('row', { name: /2017-2018/ });
    await expect.poll(() => afspraken.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    for (const tekst of await afspraken.allTextContents()) expect(tekst).toContain('goedgekeurd door school en wijkteam');

    await page.getByRole('button', { name: 'Werkplan 2017-2018 wijzigen' }).click();
    const dialoog = page.getByRole('dialog', { name: `Werkplan 2017-2018 van ${school.naam}` });
    await dialoog.getByLabel('Ingediend op').fill('2017-10-20');
    await dialoog.getByLabel('Goedgekeurd door school op').fill('2017-10-01');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialoog.textContent(), { timeout: 10_000 }).toContain('ligt vóór de datum van indienen');
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'werkplan-weigering');
    expect(db.prepare('SELECT ingediend_op FROM werkplannen WHERE school_id = ? AND schooljaar = 2017').pluck().get(school.id)).toBe('2017-09-15');

    await dialoog.getByLabel('Ingediend op').fill('2017-09-20');
    await dialoog.getByLabel('Goedgekeurd door school op').fill('2017-10-05');
    await dialoog.getByLabel('Namens de school').fill('J. de Vries (directeur)');
    // The wijkteam has not approved yet after all.
    await dialoog.getByLabel('Goedgekeurd door wijkteam op').fill('');
    await dialoog.getByLabel('Namens het wijkteam').fill('');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);

    await expect.poll(() => rij.getByRole('cell').first().textContent(), { timeout: 10_000 }).toBe('goedgekeurd door school');
    expect(await rij.textContent()).toContain('05-10-2017 (J. de Vries (directeur))');
    expect(
      db
        .prepare(
          'SELECT ingediend_op, goedgekeurd_school_op, goedgekeurd_school_door, goedgekeurd_wijkteam_op FROM werkplannen WHERE school_id = ? AND schooljaar = 2017',
        )
        .raw()
        .get(school.id),
    ).toEqual(['2017-09-20', '2017-10-05', 'J. de Vries (directeur)', null]);
    for (const tekst of await afspraken.allTextContents()) expect(tekst).toContain('goedgekeurd door school');
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'werkplan-schoolpagina');
    await page.setViewportSize({ width: 1024, height: 576 });
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'werkplan-schoolpagina-1024');
    await page.setViewportSize({ width: 1440, height: 900 });

    // The Afspraken table: the column "Werkplan" (the school's) on every afspraak of that school.
    await naarPagina(page, 'Afspraken');
    await page.getByLabel('Zoeken in afspraken').fill(school.vestigingscode);
    const lijst = page.getByRole('table', { name: 'Afspraken' });
    await expect.poll(() => lijst.getByRole('row', { name: new RegExp(school.vestigingscode) }).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    for (const tekst of await lijst.getByRole('row', { name: new RegExp(school.vestigingscode) }).allTextContents())
      expect(tekst).toMatch(/goedgekeurd door school$/);
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'werkplan-afspraken');
    expect(s.fouten).toEqual([]);
  }, 120_000);
});
