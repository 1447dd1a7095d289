// Issue 13 item 5 in Chromium on a Hoogeveen-like file: the Ondersteuningsteams screen shows per
// school which role is missing and takes JMW as the social role once the setting says so; the
// Functies tab adds the gemeente's own "Schoolcoach". axe: 0 serious or critical.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, startBrowser, tijdelijkeMap, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, kiesPeriode, naarPagina, screenshotPagina, sluitZonderOpslaan } from '../helpers/schermen';
import { testOmgeving } from '../helpers/db';
import { ok } from '../helpers/registratie';
import { hoogeveen, HOOGEVEEN_REGELING } from '../helpers/hoogeveen';

async function hoogeveenDatabase(): Promise<string> {
  const pad = path.join(tijdelijkeMap('hoogeveen'), 'hoogeveen.db');
  const env = await testOmgeving(pad);
  const h = await hoogeveen(env);
  const basis = { schooljaar: 2019, basisurenPerWeek: 4, status: 'afgesproken' as const };
  for (const s of Object.values(h.scholen)) {
    await ok(env, 'afspraken.maak', {
      ...basis,
      schoolId: s.id,
      aanbiederId: h.sww,
      functie: 'JMW',
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      regelingId: h.regeling.id,
    });
  }
  for (const functie of ['IB', 'ORTHO']) {
    await ok(env, 'afspraken.maak', { ...basis, schoolId: h.scholen.po.id, aanbiederId: h.zelf, functie, aandeelGemeente: 0, aandeelOnderwijs: 100 });
  }
  env.sessie.close();
  return pad;
}

describe.runIf(heeftChromium)('Ondersteuningsteams and functies (Hoogeveen)', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startBrowser({ dbPad: await hoogeveenDatabase() });
    await kiesPeriode(s.page, 2019, 2019);
  }, 60_000);
  afterAll(async () => s?.sluit());

  it('shows the missing role per school and counts JMW as the social role after the setting', async () => {
    const { page } = s;
    await naarPagina(page, 'Ondersteuningsteams');
    await expect.poll(() => page.getByTestId('ot-samenvatting').textContent()).toContain('0 van 5');
    const wielewaal = page.getByTestId('ot-scholen').getByRole('row', { name: /De Wielewaal/ });
    await expect.poll(() => wielewaal.textContent()).toContain('sociaal werker');
    expect(await axeErnstig(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'JMW telt als sociaal werker in PO', exact: true }).check();
    await page.getByRole('button', { name: 'Samenstelling opslaan' }).click();
    await expect.poll(() => page.getByTestId('ot-samenvatting').textContent()).toContain('1 van 5');
    await expect
      .poll(() =>
        page
          .getByTestId('ot-scholen')
          .getByRole('row', { name: /De Wielewaal/ })
          .count(),
      )
      .toBe(0);
    const file = await screenshotPagina(page, 'ot-hoogeveen');
    expect(fs.statSync(file).size).toBeGreaterThan(20_000);
    expect(await axeErnstig(page)).toEqual([]);
    expect(s.fouten).toEqual([]);
  });

  it('the dashboard shows the coverage of JMW, the functie Hoogeveen uses', async () => {
    const { page } = s;
    await naarPagina(page, 'Dashboard');
    await expect.poll(() => page.getByTestId('bereik-JMW').textContent()).toContain('5 van 5 scholen');
    expect(await page.getByTestId('bereik-JGW').count()).toBe(0);
    expect(await axeErnstig(page)).toEqual([]);
  });

  it('a regeling in the afspraak form fills the defaults and says when a functie is not covered', async () => {
    const { page } = s;
    await naarPagina(page, 'Afspraken');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).first().click();
    const dialoog = page.getByRole('dialog', { name: 'Nieuwe afspraak 2019-2020' });
    const school = dialoog.getByRole('combobox', { name: /^School/ });
    await school.fill('20DN');
    await expect
      .poll(() => dialoog.getByRole('listbox', { name: 'Keuzes voor school' }).getByRole('option').allTextContents())
      .toEqual(['Roelof van Echten College (20DN00, Hoogeveen)']);
    await school.press('ArrowDown');
    await school.press('Enter');
    await dialoog.getByLabel('Aanbieder').selectOption({ label: 'Stichting Welzijnswerk' });
    await dialoog.getByLabel('Regeling').selectOption({ label: HOOGEVEEN_REGELING });
    await dialoog.getByLabel('Functie').selectOption('JW');
    // The regeling gives JW 2 uur on a VO school at € 65: 2 × 40 × € 65 = € 5.200, all gemeente.
    await expect.poll(() => dialoog.getByLabel('Basisuren per week').inputValue()).toBe('2');
    await expect.poll(() => dialoog.getByTestId('jaarkosten').textContent()).toContain('€ 5.200');
    expect(await dialoog.getByLabel('Aandeel gemeente').inputValue()).toBe('100');
    await dialoog.getByLabel('Functie').selectOption('JP');
    await expect
      .poll(() => dialoog.textContent())
      .toContain(`Functie: regeling ${HOOGEVEEN_REGELING} geeft JP alleen op SO, VSO-scholen, niet op een VO-school.`);
    await screenshotPagina(page, 'afspraak-regeling-hoogeveen');
    expect(await axeErnstig(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialoog.getByRole('alert').textContent()).toContain('geeft JP alleen op SO, VSO-scholen');
    await sluitZonderOpslaan(page, () => dialoog.getByRole('button', { name: 'Annuleren' }).click());
  });

  it('adds the functie Schoolcoach with an OT role on the Functies tab', async () => {
    const { page } = s;
    await naarPagina(page, 'Aanbieders');
    await page.getByRole('tab', { name: 'Functies' }).click();
    await page.getByRole('button', { name: 'Functie toevoegen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Functie toevoegen' });
    await dialoog.getByLabel('Code').fill('SCHOOLCOACH');
    await dialoog.getByLabel('Naam').fill('Schoolcoach');
    await dialoog.getByLabel('Rol in het ondersteuningsteam').selectOption('sociaal');
    expect(await axeErnstig(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    const rij = page.getByRole('row', { name: /SCHOOLCOACH/ });
    await expect.poll(() => rij.textContent()).toContain('Schoolcoach');
    expect(await rij.textContent()).toContain('sociaal werker');
    await screenshotPagina(page, 'functies-schoolcoach');
    expect(await axeErnstig(page)).toEqual([]);
    // It is offered on the Ondersteuningsteams screen under its role.
    await naarPagina(page, 'Ondersteuningsteams');
    await expect.poll(() => page.getByRole('checkbox', { name: 'SCHOOLCOACH telt als sociaal werker in VO', exact: true }).count()).toBe(1);
    expect(s.fouten).toEqual([]);
  });
});
