// Issue 18 part 4: the Monitor workbook (Hoogeveen data), its live formulas with cached values, and
// the same figures after LibreOffice recalculates every formula on load.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { hoogeveenMonitor as hoogeveen } from '../helpers/hoogeveen-monitor';
import { heeftLibreOffice, LibreOffice, pdfNaarPng, rijMet } from '../helpers/libreoffice';
import { ok } from '../helpers/registratie';
import { EURO_CENTEN_FORMAAT } from '../../electron/reports/style';

const ARTIFACTS = path.resolve('test-artifacts', 'rapporten');

async function maak() {
  const pad = tmpDbPad('monitor.db');
  const env = await testOmgeving(pad);
  const h = await hoogeveen(env);
  const afspraak = (schoolId: number, functie: 'JMW' | 'JW') =>
    ok(env, 'afspraken.maak', {
      schooljaar: 2023,
      schoolId,
      aanbiederId: h.sww,
      functie,
      basisurenPerWeek: 4,
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      status: 'getekend',
    });
  await afspraak(h.tamboer.id, 'JMW');
  await afspraak(h.kei.id, 'JMW');
  const rij = (schoolId: number, over: Record<string, unknown>) =>
    ok(env, 'monitor.maak', {
      schooljaar: 2023,
      schoolId,
      aanbiederId: h.sww,
      functie: 'JMW',
      vragen: 0,
      binnenSchool: 0,
      verwezenJeugdhulp: 0,
      verwezenWijkteam: 0,
      ...over,
    });
  await rij(h.tamboer.id, { vragen: 3, binnenSchool: 2, verwezenJeugdhulp: 1, gerealiseerdeUren: 150 });
  await rij(h.kei.id, { vragen: 16, binnenSchool: 1, verwezenWijkteam: 5, gerealiseerdeUren: 120 });
  await rij(h.wolfsbos.id, { aanbiederId: null, functie: null, vragen: 1289, binnenSchool: 831 });
  await rij(h.kei.id, { schooljaar: 2022, vragen: 10, binnenSchool: 7 });
  // Indicatoren and proeftuinen for the sheets of item 7.
  await ok(env, 'indicatoren.maak', {
    naam: 'Verwijzingen jeugdhulp',
    niveau: 'wijk',
    scopeId: h.krakeel.id,
    richting: 'lager',
    eenheid: 'aantal',
    bron: 'CBS',
    nulmeting: { jaar: 2022, waarde: 48.5 },
    jaren: [
      { jaar: 2023, streefwaarde: 45, realisatie: 41.25 },
      { jaar: 2024, streefwaarde: 40, realisatie: null },
    ],
  });
  await ok(env, 'indicatoren.maak', {
    naam: 'Bereik ouders',
    niveau: 'gemeente',
    richting: 'hoger',
    eenheid: '%',
    jaren: [{ jaar: 2023, streefwaarde: 60, realisatie: 55 }],
  });
  await ok(env, 'proeftuinen.maak', {
    naam: 'Proeftuin Krakeel',
    startjaar: 2023,
    eindjaar: 2027,
    wijkId: h.krakeel.id,
    schoolIds: [h.kei.id],
    budget: [
      { jaar: 2023, bedragCents: 40_000_00, onderwijsCents: 10_000_00 },
      { jaar: 2024, bedragCents: 45_000_00, onderwijsCents: 10_000_00 },
      { jaar: 2025, bedragCents: 35_000_00, onderwijsCents: 10_000_00 },
    ],
    opbrengstAfgesproken: 'Minder verwijzingen naar jeugdhulp',
    opbrengstAfgesprokenCents: 20_000_00,
    opbrengstGerealiseerd: 'Eerste jaar: 7 verwijzingen minder',
    opbrengstGerealiseerdCents: 8_500_50,
    indicatoren: [{ naam: 'Thuiszitters', eenheid: 'aantal', waarden: [{ jaar: 2023, waarde: 6 }] }],
  });
  await ok(env, 'proeftuinen.maak', { naam: 'Proeftuin Wolfsbos', startjaar: 2024, eindjaar: 2028 });
  const overzicht = await ok(env, 'monitor.overzicht', { schooljaar: 2023 });
  env.sessie.close();
  return { pad, overzicht };
}

describe('Monitor workbook', () => {
  it('has a first sheet, sheets per school and wijk, live formulas with cached values, and LibreOffice agrees', async () => {
    const { pad, overzicht } = await maak();
    const out = path.join(path.dirname(pad), 'Monitor 2023-2024.xlsx');
    const regels: string[] = [];
    expect(
      await main(['export', 'monitor', '--schooljaar', '2023-2024', '--db', pad, '--out', out], { out: (t) => regels.push(t), err: (t) => regels.push(t) }),
      regels.join('\n'),
    ).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Over dit rapport',
      'Per school',
      'Per wijk',
      'Per sector en aanbieder',
      'Trend',
      'Realisatie uren',
      'Indicatoren',
      'Proeftuinen',
    ]);
    const over = wb.getWorksheet('Over dit rapport')!;
    const overTekst = JSON.stringify(over.getSheetValues());
    expect(overTekst).toContain('schooljaar 2023-2024');
    expect(overTekst).toContain('2022-2023, 2023-2024');
    expect(overTekst).not.toContain('Zwolle');

    const school = wb.getWorksheet('Per school')!;
    const rijVan = (ws: ExcelJS.Worksheet, label: string) => {
      let gevonden: ExcelJS.Row | undefined;
      ws.eachRow((r) => {
        if (!gevonden && (r.values as unknown[]).includes(label)) gevonden = r;
      });
      return gevonden!;
    };
    const totaal = rijVan(school, 'Totaal');
    expect(totaal.getCell(5).value).toMatchObject({ formula: expect.stringMatching(/^SUBTOTAL\(109,E\d+:E\d+\)$/), result: 1308 });
    const tamboer = rijVan(school, 'De Tamboer');
    expect(tamboer.getCell(9).value).toMatchObject({ formula: `IF(E${tamboer.number}=0,"",F${tamboer.number}/E${tamboer.number})`, result: 2 / 3 });
    expect(tamboer.getCell(9).numFmt).toBe('0.0%');
    expect(overzicht.totaal.percentageBinnenSchool).toBe(63.8);
    expect(overTekst).toContain('Proeftuin Krakeel (2023-2027), Proeftuin Wolfsbos (2024-2028)');

    // Indicatoren: one row per indicator and year, the difference as a formula, the status in words.
    const ind = wb.getWorksheet('Indicatoren')!;
    // A formula cell gives its cached result; an empty-text result is not stored, so it reads as ''.
    const waarden = (r: ExcelJS.Row) =>
      (r.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'formula' in v ? ((v as { result?: unknown }).result ?? '') : v));
    const indRijen: unknown[][] = [];
    ind.eachRow((r) => {
      if (['Bereik ouders', 'Thuiszitters', 'Verwijzingen jeugdhulp'].includes(r.getCell(1).value as string)) indRijen.push(waarden(r));
    });
    expect(indRijen).toEqual([
      ['Bereik ouders', 'Gemeente', 'hele gemeente', '%', 'hoger is beter', undefined, undefined, undefined, '2023', 60, 55, -5, 'achter'],
      [
        'Thuiszitters',
        'Proeftuin',
        'Proeftuin Krakeel',
        'aantal',
        'nog kiezen',
        undefined,
        undefined,
        undefined,
        '2023',
        undefined,
        6,
        '',
        'geen richting gekozen',
      ],
      ['Verwijzingen jeugdhulp', 'Wijk', 'Krakeel', 'aantal', 'lager is beter', 'CBS', '2022', 48.5, '2023', 45, 41.25, -3.75, 'op koers'],
      ['Verwijzingen jeugdhulp', 'Wijk', 'Krakeel', 'aantal', 'lager is beter', 'CBS', '2022', 48.5, '2024', 40, undefined, '', 'geen meting'],
    ]);
    const metEersteCel = (ws: ExcelJS.Worksheet, label: string) => {
      let gevonden: ExcelJS.Row | undefined;
      ws.eachRow((r) => {
        if (!gevonden && r.getCell(1).value === label) gevonden = r;
      });
      return gevonden;
    };
    const opKoers = metEersteCel(ind, 'op koers');
    expect(opKoers?.getCell(2).value).toMatchObject({ formula: expect.stringMatching(/^COUNTIF\(M\d+:M\d+,"op koers"\)$/), result: 1 });

    // Proeftuinen: budget path with live totals and the growth signal; opbrengst agreed and realised.
    const pt = wb.getWorksheet('Proeftuinen')!;
    const ptRijen: unknown[][] = [];
    pt.eachRow((r) => {
      if (r.getCell(1).value === 'Proeftuin Krakeel') ptRijen.push(waarden(r));
    });
    expect(ptRijen).toEqual([
      ['Proeftuin Krakeel', '2023-2027', 'Krakeel', 1, '2023', 40_000, 10_000, 50_000, undefined, ''],
      ['Proeftuin Krakeel', '2023-2027', 'Krakeel', 1, '2024', 45_000, 10_000, 55_000, 5_000, 'hoger dan 2023: geef een reden'],
      ['Proeftuin Krakeel', '2023-2027', 'Krakeel', 1, '2025', 35_000, 10_000, 45_000, -10_000, ''],
      ['Proeftuin Krakeel', 'Minder verwijzingen naar jeugdhulp', 20_000, 'Eerste jaar: 7 verwijzingen minder', 8_500.5, -11_499.5],
    ]);
    const ptTotaal = metEersteCel(pt, 'Totaal');
    expect(ptTotaal?.getCell(8).value).toMatchObject({ formula: expect.stringMatching(/^SUBTOTAL\(109,H\d+:H\d+\)$/), result: 150_000 });
    const wolfsbos: unknown[][] = [];
    pt.eachRow((r) => {
      if (r.getCell(1).value === 'Proeftuin Wolfsbos') wolfsbos.push(waarden(r));
    });
    // The opbrengst has cents (€ 8.500,50): its money columns print cents, so the difference adds up on paper.
    expect(metEersteCel(pt, 'Proeftuin Wolfsbos')?.getCell(3).numFmt).toBe(EURO_CENTEN_FORMAAT);
    expect(wolfsbos).toEqual([['Proeftuin Wolfsbos', 'nog niet afgesproken', undefined, undefined, undefined, '']]);
  });

  it.runIf(heeftLibreOffice)('LibreOffice recalculates the same counts and shares; PDF pages as artifacts', async () => {
    const { pad, overzicht } = await maak();
    const out = path.join(path.dirname(pad), 'Monitor 2023-2024.xlsx');
    expect(await main(['export', 'monitor', '--schooljaar', '2023-2024', '--db', pad, '--out', out], { out: () => undefined, err: () => undefined })).toBe(0);
    const lo = new LibreOffice('monitor');
    try {
      const b = lo.naarCsv(out);
      // Recalculated by LibreOffice: the counts and the shares as the app has them.
      expect(rijMet(b['Per school'], 'Totaal')[4]).toBe(String(overzicht.totaal.vragen));
      expect(rijMet(b['Per school'], 'Totaal')[5]).toBe(String(overzicht.totaal.binnenSchool));
      // LibreOffice writes the recalculated fraction in full, as a percentage: "63,7614678899083%".
      const pct = (cel: string) => Math.round(Number(cel.replace('%', '').replace(',', '.')) * 10) / 10;
      expect(pct(rijMet(b['Per school'], '% binnen school (totaal)')[8])).toBe(overzicht.totaal.percentageBinnenSchool);
      for (const s of overzicht.perSchool) expect(pct(rijMet(b['Per school'], s.naam, 1)[8])).toBe(s.percentageBinnenSchool);
      for (const w of overzicht.perWijk) expect(pct(rijMet(b['Per wijk'], w.wijk)[5])).toBe(w.percentageBinnenSchool);
      expect(rijMet(b['Per wijk'], 'Totaal')[1]).toBe('1308');
      expect(rijMet(b['Realisatie uren'], 'De Tamboer', 1)[7]).toBe('93,75%');
      // Indicatoren and Proeftuinen, recalculated: differences, counts and totals as the app has them.
      const ind = b['Indicatoren'];
      expect(ind.filter((r) => r[0] === 'Verwijzingen jeugdhulp').map((r) => [r[8], r[11], r[12]])).toEqual([
        ['2023', '-3,75', 'op koers'],
        ['2024', '', 'geen meting'],
      ]);
      expect(rijMet(ind, 'achter')[1]).toBe('1');
      expect(rijMet(ind, 'geen meting')[1]).toBe('1');
      const pt = b['Proeftuinen'];
      expect(pt.filter((r) => r[0] === 'Proeftuin Krakeel' && /^\d{4}$/.test(r[4])).map((r) => [r[4], r[7], r[8]])).toEqual([
        ['2023', '50000', ''],
        ['2024', '55000', '5000'],
        ['2025', '45000', '-10000'],
      ]);
      const totalen = pt.filter((r) => r[0] === 'Totaal');
      expect(totalen[0].slice(5, 8)).toEqual(['120000', '30000', '150000']);
      expect([totalen[1][2], totalen[1][4]]).toEqual(['20000', '8500,5']);
      expect(pt.find((r) => r[0] === 'Proeftuin Krakeel' && r[1] === 'Minder verwijzingen naar jeugdhulp')?.[5]).toBe('-11499,5');
      expect(pdfNaarPng(lo.naarPdf(out, path.dirname(out)), ARTIFACTS, 'monitor-2023-2024').length).toBeGreaterThan(3);
    } finally {
      lo.opruimen();
    }
  });

  it('an empty file gives a workbook that says there are no figures', async () => {
    const pad = tmpDbPad('leeg.db');
    (await testOmgeving(pad)).sessie.close();
    const out = path.join(path.dirname(pad), 'leeg.xlsx');
    expect(await main(['export', 'monitor', '--schooljaar', '2023-2024', '--db', pad, '--out', out], { out: () => undefined, err: () => undefined })).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(JSON.stringify(wb.getWorksheet('Per school')!.getSheetValues())).toContain('geen ondersteuningsvragen ingevoerd');
    expect(JSON.stringify(wb.getWorksheet('Indicatoren')!.getSheetValues())).toContain('Er zijn geen indicatoren vastgelegd.');
    expect(JSON.stringify(wb.getWorksheet('Proeftuinen')!.getSheetValues())).toContain('Er zijn geen proeftuinen.');
    const f: string[] = [];
    expect(await main(['export', 'monitor', '--db', pad, '--out', out], { out: () => undefined, err: (t) => f.push(t) })).toBe(1);
    expect(f.join('\n')).toContain('--schooljaar');
  });
});
