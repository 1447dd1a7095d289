// The Tarieven per schooljaar screen (Instellingen) in real Chromium on a demo file: a new rate from
// a later schooljaar, indexation with a preview of the begrotingsjaren before anything is saved, and
// the warnings of an incomplete begrotingsjaar on the dashboard. axe: 0 serious; screenshots at
// 1366×768 and 1024×576.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heeftChromium, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, kiesPeriode, naarPagina, screenshotPagina, startDemoBrowser } from '../helpers/schermen';

describe.runIf(heeftChromium)('tarieven per schooljaar', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('een tarief vanaf een later schooljaar zetten en indexeren met een voorbeeld vooraf', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await naarPagina(page, 'Instellingen');
    const sectie = page.getByRole('region', { name: 'Tarieven per schooljaar' });
    const tabel = sectie.getByTestId('tarieven-tabel');
    await expect.poll(() => tabel.textContent()).toContain('standaard, alle schooljaren');

    const nieuw = sectie.getByRole('form', { name: 'Nieuw tarief' });
    await nieuw.getByLabel('Functie').selectOption('JGW');
    await nieuw.getByLabel('Vanaf schooljaar').selectOption('2018');
    await nieuw.getByLabel('Uurtarief').fill('€ 85,00');
    await nieuw.getByRole('button', { name: 'Tarief opslaan' }).click();
    await expect.poll(async () => (await tabel.textContent())!.replace(/\s+/g, ' ')).toContain('vanaf 2018-2019€ 85,00');

    // A bad amount: a Dutch message at the field, nothing saved.
    await nieuw.getByLabel('Uurtarief').fill('tachtig');
    await nieuw.getByRole('button', { name: 'Tarief opslaan' }).click();
    await expect.poll(() => nieuw.textContent()).toMatch(/Uurtarief moet een bedrag zijn/);
    expect(await nieuw.textContent()).toContain('Controleer de gemarkeerde velden; er is niets opgeslagen.');

    const index = sectie.getByRole('form', { name: 'Indexeren' });
    await index.getByLabel('Vanaf schooljaar').selectOption('2018');
    await index.getByLabel('Percentage').fill('2,5');
    await index.getByLabel('SMW').check();
    expect(await index.getByRole('button', { name: 'Indexering toepassen' }).isDisabled()).toBe(true);
    await index.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const voorbeeld = index.getByTestId('index-voorbeeld');
    await voorbeeld.waitFor();
    const tekst = (await voorbeeld.textContent())!.replace(/\s+/g, ' ');
    expect(tekst).toContain('SMW2018-2019€ 75,00€ 76,88');
    expect(tekst).toMatch(/2018€ [\d.]+€ [\d.]+€ [\d.]+/);
    expect(await tabel.textContent()).not.toContain('76,88');
    await screenshotPagina(page, 'pagina-tarieven-1366');
    expect(await axeErnstig(page)).toEqual([]);

    await index.getByRole('button', { name: 'Indexering toepassen' }).click();
    await expect.poll(async () => (await tabel.textContent())!.replace(/\s+/g, ' ')).toContain('vanaf 2018-2019€ 76,88');

    await page.setViewportSize({ width: 1024, height: 576 });
    await sectie.scrollIntoViewIfNeeded();
    await screenshotPagina(page, 'pagina-tarieven-1024');
    expect(await axeErnstig(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
  }, 90_000);

  it('het dashboard zegt dat begrotingsjaar 2019 maanden van een schooljaar zonder afspraken telt', async () => {
    const { page } = s;
    await kiesPeriode(page, 2018, 2019);
    await naarPagina(page, 'Dashboard');
    const w = page.getByTestId('waarschuwingen');
    await expect.poll(() => w.textContent()).toContain('Schooljaar 2019-2020 heeft nog geen afspraken die meetellen; sep-dec 2019 telt daardoor als € 0.');
    // The chart marks 2019 and 2020 instead of drawing them as a real drop.
    const grafiek = page.getByRole('figure', { name: 'Kosten per begrotingsjaar' });
    await expect.poll(() => grafiek.textContent()).toContain('* 2019 is onvolledig: Schooljaar 2019-2020 heeft nog geen afspraken');
    await expect.poll(async () => (await grafiek.locator('.recharts-cartesian-axis-tick-value').allTextContents()).join(' | ')).toContain('2019 *');
    await screenshotPagina(page, 'dashboard-onvolledig-jaar');
    expect(await axeErnstig(page)).toEqual([]);
    await naarPagina(page, 'Begroting');
    await expect.poll(() => page.getByTestId('waarschuwingen').first().textContent()).toContain('Schooljaar 2019-2020 heeft nog geen afspraken');
  }, 60_000);

  it('schooljaar kopiëren: aanvullende inzet alleen op verzoek, eigen bedragen te indexeren, en de bevestiging noemt het aantal met aanvullende inzet', async () => {
    const { page } = s;
    await kiesPeriode(page, 2018, 2019);
    await naarPagina(page, 'Afspraken');
    await page.getByRole('button', { name: 'Kopiëren naar 2019-2020…' }).click();
    const bevestiging = page.getByRole('alertdialog', { name: 'Afspraken kopiëren naar 2019-2020' });
    await expect
      .poll(() => bevestiging.textContent())
      .toMatch(
        /Ook de aanvullende inzet kopiëren: \d+ afspraken hebben aanvullende inzet\. Die eindigt normaal met het schooljaar; een kopie krijgt nieuwe datums en nog geen besluit\./,
      );
    await bevestiging.getByLabel('Eigen uurtarieven en vaste bedragen indexeren met').fill('2,5');
    expect(await axeErnstig(page)).toEqual([]);
    await screenshotPagina(page, 'kopieren-met-index');
    await bevestiging.getByRole('button', { name: /afspraken kopiëren$/ }).click();
    const toast = page.getByRole('region', { name: 'Meldingen' });
    await expect.poll(() => toast.textContent()).toMatch(/gekopieerd naar 2019-2020\. \d+ hadden aanvullende inzet; die is niet meegekopieerd\./);
  }, 60_000);
});
