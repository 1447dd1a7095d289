// Issue 14: an export cuts a cell longer than Excel keeps (32.767 characters) as a last line of
// defence, and says so: how many cells and where (sheet, row, column), on the report's first sheet
// (the template's Uitleg) and in the result of the API, the CLI (also --json) and so the page's message.
// Text that long can only be older data (the normaliser refuses it now), so it is written with SQL.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { RAPPORT_SOORTEN, RAPPORTEN } from '../../electron/api/invoer/rapportages';
import type { Input } from '../../electron/api/contract';
import type { IngekorteCellen } from '../../electron/api/typen/rapportages';
import { main } from '../../electron/cli/main';
import { EXCEL_CEL_MAX } from '../../electron/domain/grenzen';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { afspraakInvoer, basis, ok, type Env } from '../helpers/registratie';

const LANG = 40_000;
const MARKER = /… \(ingekort: 40\.000 tekens, Excel toont er hoogstens 32\.767\)$/;

/** A Hoogeveen-like file (aanbieder SWW, functie JMW) whose school name is 40.000 characters, stored before the limits existed. */
async function bestandMetLangeNaam(pad?: string): Promise<{ env: Env; aanbiederId: number }> {
  const env = await testOmgeving(pad);
  const d = await basis(env);
  const sww = (await ok(env, 'aanbieders.lijst', {})).find((a) => a.naam === 'Stichting Welzijnswerk')!.id;
  await ok(env, 'instellingen.opslaan', { ...(await ok(env, 'instellingen.lezen', {})), gemeenteNaam: 'Hoogeveen', standaardTarieven: { JMW: 7_000 } });
  await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: sww, functie: 'JMW' }));
  await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: sww, functie: 'JMW' }));
  env.db.prepare('UPDATE scholen SET naam = ? WHERE id = ?').run('B'.repeat(LANG), d.mozaiek.id);
  return { env, aanbiederId: sww };
}

/** Every cell's text of a sheet. */
function teksten(ws: ExcelJS.Worksheet): string[] {
  const uit: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => void uit.push(String(c.value))));
  return uit;
}

/** Each place the result names holds a cut cell (and the count covers them all). */
function klopt(ingekort: IngekorteCellen, wb: ExcelJS.Workbook, wat: string): void {
  expect(ingekort.aantal, wat).toBeGreaterThanOrEqual(1);
  expect(ingekort.plaatsen.length, wat).toBe(Math.min(ingekort.aantal, 100));
  for (const p of ingekort.plaatsen) {
    const waarde = String(wb.getWorksheet(p.blad)!.getCell(`${p.kolom}${p.rij}`).value);
    expect(waarde.length, `${wat}: ${p.blad}!${p.kolom}${p.rij}`).toBe(EXCEL_CEL_MAX);
    expect(waarde, `${wat}: ${p.blad}!${p.kolom}${p.rij}`).toMatch(MARKER);
  }
  let gemarkeerd = 0;
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void (typeof c.value === 'string' && MARKER.test(c.value) && gemarkeerd++))));
  expect(gemarkeerd, wat).toBe(ingekort.aantal);
  const eerste = ingekort.plaatsen[0];
  expect(ingekort.melding, wat).toMatch(
    new RegExp(
      `^${ingekort.aantal === 1 ? '1 cel was' : `${ingekort.aantal} cellen waren`} langer dan Excel toont \\(32\\.767 tekens\\) en ${ingekort.aantal === 1 ? 'is' : 'zijn'} ingekort, met een markering aan het eind van de cel: blad ${eerste.blad}, rij ${eerste.rij}, kolom ${eerste.kolom}`,
    ),
  );
}

describe('een ingekorte cel wordt gemeld', () => {
  it('elk rapport zegt op het eerste blad en in het resultaat hoeveel cellen zijn ingekort en waar', async () => {
    const { env, aanbiederId } = await bestandMetLangeNaam();
    const map = path.dirname(tmpDbPad());
    for (const soort of RAPPORT_SOORTEN) {
      const def = RAPPORTEN[soort];
      const invoer: Record<string, unknown> = { soort };
      if (def.periode === 'begrotingsjaar') invoer.begrotingsjaar = 2018;
      if (def.periode === 'schooljaar') invoer.schooljaar = 2017;
      if ('perAanbieder' in def) invoer.aanbiederId = aanbiederId;
      const pad = path.join(map, `${soort}.xlsx`);
      const r = await invoke('rapport.opslaan', invoer as Input<'rapport.opslaan'>, { ...env.omgeving, kiesBestand: async () => pad });
      if (!r.ok) throw new Error(`${soort}: ${r.fout.melding}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(pad);
      // Reports that show no school name (the subsidies) cut nothing, and say nothing.
      if (r.data.ingekort === null) {
        expect(teksten(wb.worksheets[0]), soort).not.toContain('Ingekorte cellen');
        expect(['subsidies', 'beschikking'], soort).toContain(soort);
        continue;
      }
      klopt(r.data.ingekort, wb, soort);
      // The first sheet is still "Over dit rapport" (written last, moved to the front), and says it.
      expect(wb.worksheets[0].name, soort).toBe('Over dit rapport');
      const over = teksten(wb.worksheets[0]);
      expect(over, soort).toContain('Ingekorte cellen');
      expect(over, soort).toContain(r.data.ingekort.melding);
      for (const p of r.data.ingekort.plaatsen) expect(over, soort).toContain(`blad ${p.blad}, rij ${p.rij}, kolom ${p.kolom}`);
    }
    // Without a long text nothing is said, and the sheets keep their order.
    env.db.prepare("UPDATE scholen SET naam = 'Het Mozaïek' WHERE length(naam) > 1000").run();
    const pad = path.join(map, 'kort.xlsx');
    const r = await invoke('rapport.opslaan', { soort: 'financieel', begrotingsjaar: 2018 }, { ...env.omgeving, kiesBestand: async () => pad });
    expect(r).toMatchObject({ ok: true, data: { ingekort: null } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.worksheets[0].name).toBe('Over dit rapport');
    expect(teksten(wb.worksheets[0])).not.toContain('Ingekorte cellen');
  });

  it('de sjablonen zeggen het op het blad Uitleg en in het resultaat', async () => {
    const { env } = await bestandMetLangeNaam();
    const map = path.dirname(tmpDbPad());
    for (const method of ['import.sjabloonOpslaan', 'import.monitorSjabloonOpslaan'] as const) {
      const pad = path.join(map, `${method}.xlsx`);
      const r = await invoke(method, { schooljaar: 2017 }, { ...env.omgeving, kiesBestand: async () => pad });
      if (!r.ok) throw new Error(`${method}: ${r.fout.melding}`);
      expect(r.data.ingekort, method).not.toBeNull();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(pad);
      klopt(r.data.ingekort!, wb, method);
      expect(teksten(wb.getWorksheet('Uitleg')!), method).toContain(`Let op: ${r.data.ingekort!.melding}`);
    }
  });

  it('de CLI zegt het na "export", ook met --json', async () => {
    const pad = tmpDbPad('hoogeveen.db');
    const { env } = await bestandMetLangeNaam(pad);
    env.sessie.close();
    const uit = path.join(path.dirname(pad), 'fin.xlsx');
    const out: string[] = [];
    const uitvoer = { out: (t: string) => void out.push(t), err: (t: string) => void out.push(t) };
    expect(await main(['export', 'financieel', '--begrotingsjaar', '2018', '--out', uit, '--db', pad], uitvoer)).toBe(0);
    expect(out[0]).toBe(`Rapport opgeslagen: ${uit}`);
    expect(out[1]).toMatch(
      /^\d+ (cel|cellen) (was|waren) langer dan Excel toont \(32\.767 tekens\) en (is|zijn) ingekort, met een markering aan het eind van de cel: blad /,
    );
    out.length = 0;
    fs.rmSync(uit);
    expect(await main(['export', 'financieel', '--begrotingsjaar', '2018', '--out', uit, '--db', pad, '--json'], uitvoer)).toBe(0);
    const json = JSON.parse(out.join('\n')) as { bestand: string; ingekort: IngekorteCellen };
    expect(json.bestand).toBe(uit);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uit);
    klopt(json.ingekort, wb, 'cli');
    out.length = 0;
    expect(
      await main(['export', 'sjabloon', '--schooljaar', '2017-2018', '--out', path.join(path.dirname(pad), 's.xlsx'), '--db', pad, '--json'], uitvoer),
    ).toBe(0);
    expect((JSON.parse(out.join('\n')) as { ingekort: IngekorteCellen }).ingekort.aantal).toBeGreaterThanOrEqual(1);
  });
});
