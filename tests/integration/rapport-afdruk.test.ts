// Paper: every workbook of every report in RAPPORTEN, the afspraken template and the monitor
// template, written from the demo and from an empty file, read back with exceljs. Every sheet
// prints A4 landscape, fitted to the width or at a scale that keeps 11 pt text at 8 pt or more,
// and a sheet with a table repeats that table's header row on every page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { invoke } from '../../electron/api/registry';
import { RAPPORTEN, RAPPORT_SOORTEN, schrijfRapport, type RapportVraag } from '../../electron/reports/rapporten';
import { maakAfsprakenSjabloon } from '../../electron/reports/sjabloon';
import { maakMonitorSjabloon } from '../../electron/reports/monitor-sjabloon';
import { MINIMALE_SCHAAL } from '../../electron/reports/style';
import { testOmgeving } from '../helpers/db';
import { leesWerkmap } from '../helpers/werkmap';

const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-afdruk-'));
const werkmappen = new Map<string, ExcelJS.Workbook>();
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

async function schrijfAlles(naam: string, metDemo: boolean): Promise<void> {
  const dbPad = path.join(map, `${naam}.db`);
  const { omgeving, sessie, db } = await testOmgeving(dbPad);
  if (metDemo) await laadVoorbeeldZwolle(invoke, omgeving);
  const aanbiederId = (db.prepare('SELECT id FROM aanbieders ORDER BY id LIMIT 1').pluck().get() as number | undefined) ?? 1;
  for (const soort of RAPPORT_SOORTEN) {
    const vraag: RapportVraag = { soort, begrotingsjaar: 2017, schooljaar: 2017 };
    if ('perAanbieder' in RAPPORTEN[soort]) {
      // The beschikking needs an existing aanbieder: an empty file has none.
      if (!metDemo) continue;
      vraag.aanbiederId = aanbiederId;
    }
    const pad = path.join(map, `${naam}-${soort}.xlsx`);
    await schrijfRapport(db, dbPad, pad, vraag, { gemaakt: new Date(2026, 10, 22, 10, 0) });
    werkmappen.set(`${naam} ${soort}`, await leesWerkmap(pad));
  }
  for (const [sjabloon, buffer] of [
    ['sjabloon', await maakAfsprakenSjabloon(db, { schooljaar: 2017 })],
    ['monitorsjabloon', await maakMonitorSjabloon(db, { schooljaar: 2017 })],
  ] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as never);
    werkmappen.set(`${naam} ${sjabloon}`, wb);
  }
  sessie.close();
}

beforeAll(async () => {
  await schrijfAlles('demo', true);
  await schrijfAlles('leeg', false);
}, 180_000);

const KOP_KLEUR = 'FF1F4E79';
/** Rows styled as a table header (white on dark blue in column A). */
function kopRijen(ws: ExcelJS.Worksheet): number[] {
  const rijen: number[] = [];
  ws.eachRow((r, nr) => {
    const fill = r.getCell(1).fill as ExcelJS.FillPattern | undefined;
    if (fill?.type === 'pattern' && fill.fgColor?.argb === KOP_KLEUR) rijen.push(nr);
  });
  return rijen;
}
function filterRij(ws: ExcelJS.Worksheet): number | null {
  const f = ws.autoFilter as unknown;
  const bereik = typeof f === 'string' ? f : f && typeof f === 'object' && 'from' in f ? String((f as { from: unknown }).from) : null;
  const m = bereik?.match(/^[A-Z]+(\d+)/);
  return m ? Number(m[1]) : null;
}

describe('every report and template prints on A4 landscape with its header on every page', () => {
  it('wrote every report of RAPPORTEN and both templates', () => {
    for (const soort of RAPPORT_SOORTEN) expect(werkmappen.has(`demo ${soort}`), soort).toBe(true);
    expect(werkmappen.size).toBe(2 * (RAPPORT_SOORTEN.length + 2) - 1);
  });

  it('paper A4 (9), landscape, fitted to the width or at a scale of at least 73 %', () => {
    let bladen = 0;
    for (const [naam, wb] of werkmappen) {
      for (const ws of wb.worksheets) {
        if (ws.state === 'hidden') continue;
        bladen++;
        const p = ws.pageSetup;
        const waar = `${naam} / ${ws.name}`;
        expect(p.paperSize, waar).toBe(9);
        expect(p.orientation, waar).toBe('landscape');
        if (p.fitToPage) {
          expect([p.fitToWidth, p.fitToHeight], waar).toEqual([1, 0]);
          // Fitting must not shrink below the minimum: the columns fit at 73 % on A4 (146 width units).
          const breedte = ws.columns.reduce((s, k) => s + (k.width ?? 9) + 0.7, 0);
          expect(breedte, waar).toBeLessThanOrEqual((146 * 100) / MINIMALE_SCHAAL);
        } else expect(p.scale, waar).toBeGreaterThanOrEqual(MINIMALE_SCHAAL);
      }
    }
    expect(bladen).toBeGreaterThan(30);
  });

  it('a sheet with a table repeats its header row on every printed page', () => {
    let metTitels = 0;
    for (const [naam, wb] of werkmappen) {
      for (const ws of wb.worksheets) {
        if (ws.state === 'hidden') continue;
        const waar = `${naam} / ${ws.name}`;
        const koppen = kopRijen(ws);
        const filter = filterRij(ws);
        // The filtered table's header; otherwise the header of the sheet's only table.
        const kop = filter ?? (koppen.length === 1 ? koppen[0] : null);
        if (kop === null) continue;
        expect(ws.pageSetup.printTitlesRow, waar).toBe(`${kop}:${kop}`);
        metTitels++;
      }
    }
    expect(metTitels).toBeGreaterThan(20);
  });
});
