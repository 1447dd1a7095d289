// The BLOZ proposal of a verdeling (issue 16 item 4): the workbook states what, which rule and the
// date, has a sheet per school and live totals (recalculated by LibreOffice), and reads back after
// the BLOZ changed its column Toegekend: row-level Dutch errors, all-or-nothing.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../electron/api/contract';
import { invoke } from '../../electron/api/registry';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';
import { hoogeveen } from '../helpers/hoogeveen';
import { heeftLibreOffice, LibreOffice, rijMet } from '../helpers/libreoffice';
import { fout, ok, type Env } from '../helpers/registratie';

async function schrijf(env: Env, verdelingId: number, naam: string): Promise<string> {
  const pad = path.join(path.dirname(tmpDbPad()), naam);
  const r = await invoke('rapport.opslaan', { soort: 'verdeling', verdelingId }, { ...env.omgeving, kiesBestand: async () => pad });
  if (!r.ok) throw new Error(r.fout.melding);
  return pad;
}

async function wijzigToegekend(pad: string, wijzig: (ws: ExcelJS.Worksheet, rijVan: (code: string) => number) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const ws = wb.getWorksheet('Verdeling')!;
  const rijVan = (code: string) => {
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).value === code) return r;
    throw new Error(`geen rij ${code}`);
  };
  wijzig(ws, rijVan);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('BLOZ-voorstel van een verdeling op de demo', () => {
  let env: Env;
  let invoer: Input<'verdelingen.maak'>;
  beforeAll(async () => {
    env = await testOmgeving(tmpDbPad('voorstel.db'));
    await laadVoorbeeldZwolle(invoke, env.omgeving);
    invoer = {
      naam: 'Maatwerk JGW 2017-2018',
      schooljaar: 2017,
      soort: 'uren',
      functie: 'JGW',
      sectoren: ['PO'],
      regel: 'leerlingen',
      totaal: 120,
      voorgelegdOp: '2017-05-20',
    };
  });

  it('writes the first sheet, the division with live totals and a sheet per school', async () => {
    const v = await ok(env, 'verdelingen.maak', invoer);
    const voorstel = await ok(env, 'verdelingen.voorstel', { id: v.id });
    const pad = await schrijf(env, v.id, 'voorstel.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Over dit rapport', 'Verdeling']);
    expect(wb.worksheets.length).toBe(2 + voorstel.scholen.length);
    const over = wb.getWorksheet('Over dit rapport')!;
    const tekst = over.getSheetValues().flat().join(' | ');
    expect(tekst).toContain('BLOZ-voorstel Maatwerk JGW 2017-2018');
    expect(tekst).toContain('leerlingen: naar het DUO-leerlingaantal van het schooljaar');
    expect(tekst).toContain('Voorgelegd aan het BLOZ | 20-05-2017');
    expect(tekst).toMatch(/Gemaakt op \| \d{2}-\d{2}-\d{4}/);
    const ws = wb.getWorksheet('Verdeling')!;
    const totaal = ws.getRow(8 + voorstel.scholen.length + 1);
    expect(totaal.getCell(1).value).toBe('Totaal');
    expect(totaal.getCell(10).value).toEqual({ formula: `SUBTOTAL(109,J9:J${8 + voorstel.scholen.length})`, result: 120 });
    expect((ws.getCell('B6').value as { formula: string }).formula).toBe('B4-B5');
    const school = wb.worksheets[2];
    expect(JSON.stringify(school.getSheetValues())).toContain("'Verdeling'!J9");
  });

  it.runIf(heeftLibreOffice)('LibreOffice recalculates the totals and the difference with the pot', async () => {
    const v = await ok(env, 'verdelingen.maak', { ...invoer, naam: 'Herberekend' });
    const pad = await schrijf(env, v.id, 'herberekend.xlsx');
    const lo = new LibreOffice('verdeling');
    try {
      const b = lo.naarCsv(pad);
      expect(rijMet(b['Verdeling'], 'Totaal')[9]).toBe('120');
      expect(rijMet(b['Verdeling'], 'Verschil')[1]).toBe('0');
      expect(rijMet(b['Verdeling'], 'Uitgedeeld')[1]).toBe('120');
    } finally {
      lo.opruimen();
    }
  });

  it('reads the adjusted proposal back as marked hand edits, and refuses a bad sheet row by row without changing anything', async () => {
    const v = await ok(env, 'verdelingen.maak', { ...invoer, naam: 'Terug van het BLOZ' });
    const voorstel = await ok(env, 'verdelingen.voorstel', { id: v.id });
    const [a, b] = [...voorstel.scholen].sort((x, y) => y.toegekend - x.toegekend);
    const pad = await schrijf(env, v.id, 'terug.xlsx');
    const goed = await wijzigToegekend(pad, (ws, rij) => {
      ws.getRow(rij(a.vestigingscode)).getCell(10).value = a.toegekend - 1;
      // Dutch text in a cell is read too.
      ws.getRow(rij(b.vestigingscode)).getCell(10).value = `${String(b.toegekend + 1).replace('.', ',')}`;
    });

    const slecht = await wijzigToegekend(pad, (ws, rij) => {
      ws.getRow(rij(a.vestigingscode)).getCell(10).value = 'veel';
      ws.getRow(rij(b.vestigingscode)).getCell(10).value = 0.25;
      ws.getRow(rij(voorstel.scholen[2].vestigingscode)).getCell(2).value = 'XX9900';
    });
    const voor = dump(env.db);
    const f = await fout(env, 'verdelingen.voorstelInlezen', { id: v.id, naam: 'terug.xlsx', inhoudBase64: slecht });
    expect(f.melding).toBe('terug.xlsx is niet ingelezen: 4 problemen. Er is niets opgeslagen.');
    const regels = f.velden.map((x) => `${x.rij ?? ''} ${x.veld}: ${x.melding}`);
    expect(regels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\d+ Toegekend: "veel" is geen aantal uren van 0 of meer\.$/),
        expect.stringMatching(/^\d+ Toegekend: 0,25 is geen geheel aantal stappen van 0,5 uur\.$/),
        expect.stringMatching(/^\d+ Vestigingscode: XX9900 hoort niet bij deze verdeling\.$/),
        expect.stringMatching(/ontbreekt in het blad\.$/),
      ]),
    );
    expect(dump(env.db)).toEqual(voor);

    const r = await ok(env, 'verdelingen.voorstelInlezen', { id: v.id, naam: 'terug.xlsx', inhoudBase64: goed });
    expect(r).toMatchObject({ gewijzigd: 2, uitgedeeld: 120, waarschuwingen: [] });
    const na = await ok(env, 'verdelingen.voorstel', { id: v.id });
    expect(na.scholen.filter((s) => s.handmatig).map((s) => [s.vestigingscode, s.toegekend])).toEqual(
      expect.arrayContaining([
        [a.vestigingscode, a.toegekend - 1],
        [b.vestigingscode, b.toegekend + 1],
      ]),
    );
    expect(na.uitgedeeld).toBe(120);
    // The same sheet again changes nothing.
    expect((await ok(env, 'verdelingen.voorstelInlezen', { id: v.id, naam: 'terug.xlsx', inhoudBase64: goed })).gewijzigd).toBe(0);
  });
});

describe('BLOZ-voorstel in euros on a Hoogeveen file', () => {
  it('round-trips cents and warns when the sheet no longer adds up to the pot', async () => {
    const env = await testOmgeving(tmpDbPad('hoogeveen-voorstel.db'));
    await hoogeveen(env);
    const v = await ok(env, 'verdelingen.maak', {
      naam: 'Pot SWW',
      schooljaar: 2020,
      soort: 'euros',
      functie: 'JMW',
      sectoren: ['PO', 'SBO', 'SO'],
      regel: 'gelijk',
      totaal: 1_000_000,
    });
    const pad = await schrijf(env, v.id, 'sww.xlsx');
    expect(fs.existsSync(pad)).toBe(true);
    const voorstel = await ok(env, 'verdelingen.voorstel', { id: v.id });
    expect(voorstel.scholen.map((s) => s.toegekend)).toEqual([333_300, 333_400, 333_300]); // the step left over goes to the lowest code, 00WR00
    const meer = await wijzigToegekend(pad, (ws, rij) => {
      ws.getRow(rij(voorstel.scholen[0].vestigingscode)).getCell(10).value = '€ 4.000,00';
    });
    const r = await ok(env, 'verdelingen.voorstelInlezen', { id: v.id, naam: 'sww.xlsx', inhoudBase64: meer });
    expect(r.uitgedeeld).toBe(1_066_700);
    expect(r.waarschuwingen).toEqual(['Het blad deelt € 10.667,00 uit van € 10.000,00: vaststellen kan pas als het totaal gelijk is aan de pot.']);
    env.sessie.close();
  });
});
