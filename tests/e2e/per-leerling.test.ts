// The dashboard's cost per leerling and per jeugdige (issue 13 item 10) on "Voorbeeld Zwolle":
// the figures of kosten.perLeerling, the DUO count year named, the kerncijfers beside DUO; axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { maakOmgeving } from '../../electron/omgeving';
import { heeftChromium, type BrowserSessie } from '../helpers/browser';
import { axeErnstig, naarPagina, screenshotPagina, startDemoBrowser } from '../helpers/schermen';

const euro2 = (cents: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(cents / 100)
    .replace(/\u00a0/g, ' ');

describe.runIf(heeftChromium)('kosten per leerling op het dashboard', () => {
  let s: BrowserSessie;
  beforeAll(async () => {
    s = await startDemoBrowser();
  }, 120_000);
  afterAll(async () => s?.sluit());

  it('shows per sector and wijk the cost per leerling of 2017-2018 (DUO 2017) and the cost per jeugdige, as the API computes them', async () => {
    const { page } = s;
    await naarPagina(page, 'Dashboard');
    const r = await invoke('kosten.perLeerling', { schooljaar: 2017 }, maakOmgeving(s.harness.sessie, { gebruiker: 'test' }));
    if (!r.ok) throw new Error(r.fout.melding);
    const p = r.data;
    expect(p.totaal.leerlingen).toBeGreaterThan(20_000);
    const sectie = page.getByRole('region', { name: 'Kosten per leerling en per jeugdige, 2017-2018' });
    await expect.poll(() => sectie.getByTestId('per-leerling-totaal').textContent(), { timeout: 15_000 }).toBe(euro2(p.totaal.perLeerlingCents!));
    expect(await sectie.textContent()).toContain('DUO-telling van 1 oktober 2017');
    expect(await sectie.getByTestId('per-jeugdige').textContent()).toBe(euro2(p.jeugdigen!.perJeugdigeCents!));
    // Kerncijfers 2017 (30.000 jeugdigen, 13.000 PO, 11.000 VO) beside DUO's own count.
    expect(p.jeugdigen!.perJeugdigeCents).toBe(Math.round(p.totaal.kostenCents / 30_000));
    expect(await sectie.textContent()).toContain(
      `13.000 volgens de kerncijfers 2017; ${p.vergelijking.duoPo.toLocaleString('nl-NL')} volgens DUO 2017 (PO en SBO)`,
    );
    const po = sectie.getByRole('table', { name: 'Kosten per leerling per sector' }).getByRole('row', { name: /^PO / });
    expect(await po.textContent()).toContain(euro2(p.perSector.find((x) => x.naam === 'PO')!.perLeerlingCents!));
    expect(await sectie.getByRole('table', { name: 'Kosten per leerling per wijk' }).getByRole('row').count()).toBe(p.perWijk.length + 2);
    expect(await axeErnstig(page)).toEqual([]);
    await sectie.scrollIntoViewIfNeeded();
    await screenshotPagina(page, 'dashboard-per-leerling');
    expect(s.fouten).toEqual([]);
  }, 90_000);
});
