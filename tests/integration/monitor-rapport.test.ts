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
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Over dit rapport', 'Per school', 'Per wijk', 'Per sector en aanbieder', 'Trend', 'Realisatie uren']);
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
    const f: string[] = [];
    expect(await main(['export', 'monitor', '--db', pad, '--out', out], { out: () => undefined, err: (t) => f.push(t) })).toBe(1);
    expect(f.join('\n')).toContain('--schooljaar');
  });
});
