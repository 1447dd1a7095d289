// The mutatielog as an Excel workbook (issue 7): through the API after a save dialog, and through
// `schoolinzet mutatielog --uit FILE.xlsx`. Read back with exceljs.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { invoke } from '../../electron/api/registry';
import { MUTATIELOG_KOPPEN } from '../../electron/db/mutatielog-csv';
import { logMutatie } from '../../electron/db/mutatielog-repo';
import { DatabaseSessie } from '../../electron/db/sessie';
import { maakOmgeving } from '../../electron/omgeving';
import { tmpDbPad } from '../helpers/db';
import { leesWerkmap } from '../helpers/werkmap';

const teSluiten: DatabaseSessie[] = [];
afterEach(() => {
  while (teSluiten.length) teSluiten.pop()!.close();
});

const HYPERLINK = '=HYPERLINK("http://example.org";"klik")';

async function bestandMetWijzigingen() {
  const pad = tmpDbPad('zwolle.db');
  const sessie = await DatabaseSessie.open(pad);
  teSluiten.push(sessie);
  let gekozen: string | null = path.join(path.dirname(pad), 'log.xlsx');
  const omgeving = maakOmgeving(sessie, { gebruiker: 'a.devries', kiesBestand: async () => gekozen });
  const instellingen = { gemeenteNaam: 'Zwolle', gemeenteCode: '0193', schooljaarStartMaand: 9, wekenPerSchooljaar: 40, standaardTarieven: { JGW: 7_500 } };
  expect((await invoke('instellingen.opslaan', instellingen, omgeving)).ok).toBe(true);
  const noord = await invoke('wijken.maak', { naam: HYPERLINK, omschrijving: 'Noord' }, omgeving);
  expect((await invoke('wijken.maak', { naam: 'Stadshagen' }, omgeving)).ok).toBe(true);
  const noordId = noord.ok ? noord.data.id : -1;
  expect((await invoke('wijken.wijzig', { id: noordId, naam: 'Noord', omschrijving: '@SUM(1+1)' }, omgeving)).ok).toBe(true);
  const aantal = sessie.db().prepare('SELECT count(*) FROM mutatielog').pluck().get() as number;
  return { pad, sessie, omgeving, noordId, aantal, kies: (p: string | null) => (gekozen = p) };
}

async function leesLog(bestand: string) {
  const wb = await leesWerkmap(bestand);
  const ws = wb.getWorksheet('Mutatielog')!;
  const rijen: ExcelJS.Row[] = [];
  ws.eachRow((r) => rijen.push(r));
  return { wb, ws, kop: rijen[0], data: rijen.slice(1) };
}

describe('mutatielog.exporteer', () => {
  it('writes every change, oldest first, as a sheet with the CSV columns; user text never becomes a formula', async () => {
    const { pad, aantal, omgeving } = await bestandMetWijzigingen();
    const r = await invoke('mutatielog.exporteer', {}, omgeving);
    const uit = path.join(path.dirname(pad), 'log.xlsx');
    expect(r).toEqual({ ok: true, data: { opgeslagen: true, bestand: uit, bestandsnaam: 'log.xlsx', aantal, ingekort: null } });
    const { wb, ws, kop, data } = await leesLog(uit);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Over dit rapport', 'Mutatielog']);
    expect((kop.values as unknown[]).slice(1)).toEqual([...MUTATIELOG_KOPPEN]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data).toHaveLength(aantal);
    expect(data.map((rij) => rij.getCell(4).value)).toEqual(['instellingen.opslaan', 'wijken.maak', 'wijken.maak', 'wijken.wijzig']);
    expect(data.every((rij) => rij.getCell(3).value === 'a.devries')).toBe(true);

    // Tijd: a date cell showing this computer's clock; the ISO column is the stored time itself.
    const eerste = data[0];
    const iso = String(eerste.getCell(2).value);
    const lokaal = eerste.getCell(1).value as Date;
    expect(lokaal).toBeInstanceOf(Date);
    const d = new Date(iso);
    expect([lokaal.getUTCFullYear(), lokaal.getUTCMonth(), lokaal.getUTCDate(), lokaal.getUTCHours(), lokaal.getUTCMinutes(), lokaal.getUTCSeconds()]).toEqual([
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      d.getHours(),
      d.getMinutes(),
      d.getSeconds(),
    ]);
    expect(eerste.getCell(1).numFmt).toBe('dd-mm-yyyy hh:mm:ss');

    // Oud and Nieuw: JSON text as stored; text that looks like a formula is a plain string cell.
    const maak = data[1];
    expect(maak.getCell(5).value).toBe('wijk');
    expect(JSON.parse(String(maak.getCell(8).value))).toMatchObject({ naam: HYPERLINK });
    const wijzig = data[3];
    expect(JSON.parse(String(wijzig.getCell(7).value))).toMatchObject({ naam: HYPERLINK });
    expect(JSON.parse(String(wijzig.getCell(8).value))).toMatchObject({ naam: 'Noord', omschrijving: '@SUM(1+1)' });
    ws.eachRow((rij) =>
      rij.eachCell((cel) => {
        expect(cel.type).not.toBe(ExcelJS.ValueType.Formula);
      }),
    );
    const zip = fs.readFileSync(uit);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(path.dirname(uit)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exports one entity only when asked (a school, an afspraak, here a wijk)', async () => {
    const { pad, noordId, omgeving } = await bestandMetWijzigingen();
    const r = await invoke('mutatielog.exporteer', { entiteit: 'wijk', entiteitId: noordId }, omgeving);
    expect(r).toMatchObject({ ok: true, data: { opgeslagen: true, aantal: 2 } });
    const { data } = await leesLog(path.join(path.dirname(pad), 'log.xlsx'));
    expect(data.map((rij) => [rij.getCell(4).value, rij.getCell(5).value, rij.getCell(6).value])).toEqual([
      ['wijken.maak', 'wijk', String(noordId)],
      ['wijken.wijzig', 'wijk', String(noordId)],
    ]);
  });

  it('cuts a value longer than Excel can keep in a cell, and says so', async () => {
    const { pad, sessie, omgeving } = await bestandMetWijzigingen();
    const lang = 'x'.repeat(40_000);
    logMutatie(sessie.db(), 'a.devries', 'test.lang', [['wijk', '99', null, { omschrijving: lang }]]);
    const r = await invoke('mutatielog.exporteer', {}, omgeving);
    const { wb, data } = await leesLog(path.join(path.dirname(pad), 'log.xlsx'));
    const cel = String(data.at(-1)!.getCell(8).value);
    // The one cut every export makes (reports/tekstcel.ts): as much as Excel keeps, then the marker.
    expect(cel.length).toBe(32_767);
    expect(cel.startsWith(`{"omschrijving":"${'x'.repeat(100)}`)).toBe(true);
    expect(cel).toMatch(/… \(ingekort: 40\.019 tekens, Excel toont er hoogstens 32\.767\)$/);
    // The result says how many cells and where (the data sheet, the last row, column H: Nieuw).
    const rij = data.at(-1)!.number;
    expect(r).toMatchObject({ ok: true, data: { ingekort: { aantal: 1, plaatsen: [{ blad: 'Mutatielog', rij, kolom: 'H' }] } } });
    expect(r.ok && r.data.ingekort!.melding).toBe(
      `1 cel was langer dan Excel toont (32.767 tekens) en is ingekort, met een markering aan het eind van de cel: blad Mutatielog, rij ${rij}, kolom H.`,
    );
    // And the first sheet says so, before anyone reads the data.
    expect(wb.worksheets[0].name).toBe('Over dit rapport');
    const over: string[] = [];
    wb.worksheets[0].eachRow((rij) => rij.eachCell((c) => void over.push(String(c.value))));
    expect(over).toContain('Ingekorte cellen');
    expect(over).toContain(r.ok ? r.data.ingekort!.melding : '');
    expect(over).toContain(`blad Mutatielog, rij ${rij}, kolom H`);
  });

  it('a cancelled dialog writes nothing; unknown keys and bad ids are refused in Dutch', async () => {
    const { pad, omgeving, kies } = await bestandMetWijzigingen();
    kies(null);
    expect(await invoke('mutatielog.exporteer', {}, omgeving)).toMatchObject({ ok: true, data: { opgeslagen: false, bestand: null, aantal: 0 } });
    expect(fs.readdirSync(path.dirname(pad)).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
    expect(await invoke('mutatielog.exporteer', { pad: '/tmp/x.xlsx' }, omgeving)).toMatchObject({ ok: false, fout: { code: 'ongeldige-invoer' } });
    expect(await invoke('mutatielog.exporteer', { limiet: 5 }, omgeving)).toMatchObject({ ok: false, fout: { code: 'ongeldige-invoer' } });
  });
});

describe('schoolinzet mutatielog --uit FILE.xlsx', () => {
  it('writes the workbook when the name ends in .xlsx (and CSV otherwise)', async () => {
    const { pad, aantal, sessie } = await bestandMetWijzigingen();
    sessie.close();
    const out: string[] = [];
    const err: string[] = [];
    const uitvoer = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
    const uit = path.join(path.dirname(pad), 'Mutatielog.XLSX');
    expect(await main(['mutatielog', '--db', pad, '--uit', uit], uitvoer)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([`${aantal} wijzigingen geschreven naar ${uit}`]);
    const { data } = await leesLog(uit);
    expect(data).toHaveLength(aantal);
    expect(data[0].getCell(4).value).toBe('instellingen.opslaan');

    const csv = path.join(path.dirname(pad), 'mutatielog.csv');
    expect(await main(['mutatielog', '--db', pad, '--uit', csv, '--entiteit', 'wijk'], uitvoer)).toBe(0);
    expect(fs.readFileSync(csv, 'utf8').startsWith('\uFEFFTijd;')).toBe(true);
    expect(fs.readdirSync(path.dirname(pad)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says which cell it cut at the Excel limit; the CSV has no limit and cuts nothing', async () => {
    const { pad, aantal, sessie } = await bestandMetWijzigingen();
    logMutatie(sessie.db(), 'a.devries', 'test.lang', [['wijk', '99', null, { omschrijving: 'x'.repeat(40_000) }]]);
    sessie.close();
    const out: string[] = [];
    const uitvoer = { out: (t: string) => void out.push(t), err: (t: string) => void out.push(t) };
    const uit = path.join(path.dirname(pad), 'log.xlsx');
    expect(await main(['mutatielog', '--db', pad, '--uit', uit], uitvoer)).toBe(0);
    expect(out).toEqual([
      `${aantal + 1} wijzigingen geschreven naar ${uit}`,
      `1 cel was langer dan Excel toont (32.767 tekens) en is ingekort, met een markering aan het eind van de cel: blad Mutatielog, rij ${aantal + 2}, kolom H.`,
    ]);
    out.length = 0;
    const csv = path.join(path.dirname(pad), 'log.csv');
    expect(await main(['mutatielog', '--db', pad, '--uit', csv], uitvoer)).toBe(0);
    expect(out).toEqual([`${aantal + 1} wijzigingen geschreven naar ${csv}`]);
    expect(fs.readFileSync(csv, 'utf8')).toContain('x'.repeat(40_000));
  });
});
