// Issue 18 item 4: the gemeente's proeftuin money in the dekking and the financiële paragraaf, as its
// own line per proeftuin, paid from the proeftuin's own budget: cost and dekking in equal measure,
// so the posten, the saldo and the seed figures stay to the cent (docs/regels.md#regel-4).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { main } from '../../electron/cli/main';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { hoogeveenMonitor } from '../helpers/hoogeveen-monitor';
import { ok, type Env } from '../helpers/registratie';
import { cent, leesWerkmap, rij } from '../helpers/werkmap';
import { centen, heeftLibreOffice, LibreOffice, rijMet } from '../helpers/libreoffice';

const EURO = 100;

async function financieel(env: Env, begrotingsjaar: number, pad: string) {
  const r = await invoke('rapport.opslaan', { soort: 'financieel', begrotingsjaar }, { ...env.omgeving, kiesBestand: async () => pad });
  if (!r.ok) throw new Error(r.fout.melding);
  return leesWerkmap(pad);
}

async function cli(args: string[]): Promise<{ code: number; uit: string }> {
  const regels: string[] = [];
  const code = await main(args, { out: (t) => regels.push(t), err: (t) => regels.push(t) });
  return { code, uit: regels.join('\n') };
}

describe('proeftuin money in the dekking', () => {
  it('Voorbeeld Zwolle 2018: three proeftuin lines beside the posten; cost, budget, saldo and tekort as the seed says; LibreOffice agrees', async () => {
    const env = await testOmgeving(tmpDbPad('zwolle-proeftuinen.db'));
    await laadVoorbeeldZwolle(invoke, env.omgeving);
    const k = await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2018 });
    const d = await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2018 });
    // The seed figures: unchanged by the proeftuinen (tests/integration/seed-figures.test.ts asserts the same).
    expect(d.kostenGemeenteCents).toBe(k.gemeente);
    expect(d.budgetCents).toBe(1_000_000 * EURO);
    expect(d.saldoCents).toBe(d.budgetCents - k.gemeente);
    expect(d.tekortCents).toBe(0);
    expect(d.posten.map((p) => p.ingezetCents).reduce((a, b) => a + b, 0)).toBe(k.gemeente);
    // The demo's invented proeftuin budgets (2018-2022), first year: each its own line.
    expect(d.proeftuinen.map((p) => [p.naam, p.gemeenteCents])).toEqual([
      ['Aansluiting onderwijs bij specifieke jeugdhulp', 150_000 * EURO],
      ['Ondersteuning bij speciale vormen van onderwijs', 250_000 * EURO],
      ['Samen in de wijk', 200_000 * EURO],
    ]);
    expect(d.proeftuinenGemeenteCents).toBe(600_000 * EURO);
    // 2017 has no proeftuin money: no lines.
    expect((await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2017 })).proeftuinen).toEqual([]);

    const pad = path.join(path.dirname(tmpDbPad()), 'fin-2018-proeftuinen.xlsx');
    const wb = await financieel(env, 2018, pad);
    const samenvatting = wb.getWorksheet('Samenvatting')!;
    expect(rij(samenvatting, 'Proeftuin Samen in de wijk').slice(1, 4).map(cent)).toEqual([200_000 * EURO, 0, 200_000 * EURO]);
    expect(rij(samenvatting, 'Proeftuinen 2018 en 2017: totaal deel gemeente').slice(1, 2).map(cent)).toEqual([600_000 * EURO]);
    // The saldo row of the summary is still budget − afspraken cost.
    expect(cent(rij(samenvatting, 'Saldo (begrotingsposten min kosten gemeente; negatief is tekort)')[1])).toBe(d.saldoCents);
    const dek = wb.getWorksheet('Dekking')!;
    expect(rij(dek, 'Ondersteuning bij speciale vormen van onderwijs').slice(1, 3).map(cent)).toEqual([250_000 * EURO, 250_000 * EURO]);
    const totaal = rij(dek, 'Totaal proeftuinen');
    expect(totaal.slice(1, 3).map(cent)).toEqual([600_000 * EURO, 600_000 * EURO]);
    let formule = '';
    dek.eachRow((r) => {
      if (r.getCell(1).value === 'Totaal proeftuinen') formule = (r.getCell(2).value as { formula: string }).formula;
    });
    expect(formule).toMatch(/^SUBTOTAL\(109,B\d+:B\d+\)$/);
    env.sessie.close();

    // LibreOffice recalculates every formula on load: the proeftuin lines and totals stay, the saldo too.
    if (!heeftLibreOffice) return;
    const lo = new LibreOffice('proeftuin-dekking');
    try {
      const b = lo.naarCsv(pad);
      expect(rijMet(b['Samenvatting'], 'Proeftuinen 2018 en 2017: totaal deel gemeente').slice(1, 4)).toEqual(['600000', '0', '600000']);
      expect(rijMet(b['Samenvatting'], 'Proeftuin Samen in de wijk')[3]).toBe('200000');
      expect(centen(rijMet(b['Samenvatting'], 'Saldo (begrotingsposten min kosten gemeente; negatief is tekort)')[1])).toBe(d.saldoCents);
      expect(rijMet(b['Dekking'], 'Totaal proeftuinen').slice(1, 3)).toEqual(['600000', '600000']);
    } finally {
      lo.opruimen();
    }
  });

  it('Hoogeveen: only the gemeente part counts, a year without gemeente money has no line, a change shows at once, and the saldo stays', async () => {
    const pad = tmpDbPad('hoogeveen-proeftuin.db');
    const env = await testOmgeving(pad);
    const h = await hoogeveenMonitor(env);
    await ok(env, 'begrotingsposten.maak', {
      naam: 'Jeugd en onderwijs Hoogeveen',
      soort: 'structureel',
      omschrijving: null,
      bedragen: [{ jaar: 2023, bedragCents: 90_000 * EURO }],
    });
    await ok(env, 'afspraken.maak', {
      schooljaar: 2022,
      schoolId: h.tamboer.id,
      aanbiederId: h.sww,
      functie: 'JMW',
      basisurenPerWeek: 4,
      uurtariefCents: 6_500,
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      status: 'getekend',
    });
    const voor = await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2023 });
    expect(voor.proeftuinen).toEqual([]);
    const basis = {
      naam: 'Proeftuin Krakeel',
      startjaar: 2023,
      eindjaar: 2027,
      omschrijving: null,
      wijkId: h.krakeel.id,
      schoolIds: [h.kei.id],
      indicatoren: [],
    };
    const p = await ok(env, 'proeftuinen.maak', {
      ...basis,
      budget: [
        { jaar: 2023, bedragCents: 40_000 * EURO + 1, onderwijsCents: 25_000 * EURO },
        { jaar: 2024, bedragCents: 0, onderwijsCents: 30_000 * EURO },
      ],
    });
    const na = await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2023 });
    expect(na.proeftuinen).toEqual([{ proeftuinId: p.id, naam: 'Proeftuin Krakeel', gemeenteCents: 40_000 * EURO + 1 }]);
    expect(na.proeftuinenGemeenteCents).toBe(40_000 * EURO + 1);
    const { waarschuwingen: _w1, proeftuinen: _p1, proeftuinenGemeenteCents: _t1, ...cijfersVoor } = voor;
    const { waarschuwingen: _w2, proeftuinen: _p2, proeftuinenGemeenteCents: _t2, ...cijfersNa } = na;
    expect(cijfersNa).toEqual(cijfersVoor);
    // 2024: onderwijs money only, which the gemeente does not pay.
    expect((await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2024 })).proeftuinen).toEqual([]);
    // A changed budget is in the next read (the read cache follows every write).
    await ok(env, 'proeftuinen.wijzig', { ...basis, id: p.id, budget: [{ jaar: 2023, bedragCents: 35_000 * EURO }] });
    expect((await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2023 })).proeftuinenGemeenteCents).toBe(35_000 * EURO);
    env.sessie.close();

    const json = await cli(['dekking', '--begrotingsjaar', '2023', '--db', pad, '--json']);
    expect(json.code).toBe(0);
    const uit = JSON.parse(json.uit) as { proeftuinen: unknown; proeftuinenGemeente: number; saldo: number };
    expect(uit.proeftuinen).toEqual([{ naam: 'Proeftuin Krakeel', gemeente: 35_000 * EURO }]);
    expect(uit.saldo).toBe(voor.saldoCents);
    const tekst = await cli(['dekking', '--begrotingsjaar', '2023', '--db', pad]);
    expect(tekst.uit).toContain('Proeftuinen: deel gemeente, betaald uit het eigen budget van de proeftuin (buiten het saldo)');
    expect(tekst.uit).toMatch(/Proeftuin Krakeel\s+€ 35\.000\s+€ 35\.000\n/);
    expect(tekst.uit).not.toContain('Zwolle');
  });

  it('an empty file: no proeftuin lines, and the financiële paragraaf has no proeftuin section', async () => {
    const env = await testOmgeving();
    const d = await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2025 });
    expect([d.proeftuinen, d.proeftuinenGemeenteCents, d.saldoCents]).toEqual([[], 0, 0]);
    const wb = await financieel(env, 2025, path.join(path.dirname(tmpDbPad()), 'fin-leeg.xlsx'));
    expect(JSON.stringify(wb.getWorksheet('Samenvatting')!.getSheetValues())).not.toContain('Proeftuin');
    expect(JSON.stringify(wb.getWorksheet('Dekking')!.getSheetValues())).not.toContain('Proeftuin');
    env.sessie.close();
  });
});
