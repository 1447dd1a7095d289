// Imports never evaluate formulas from the file (issue 7): a formula cell counts with the result
// the spreadsheet program cached when it saved the file, as if that had been typed; a formula
// without a cached result is refused in Dutch, naming row and column. Nothing in the file is
// fetched or run: HYPERLINK and WEBSERVICE point at a local server that must never be called.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import type { Db } from '../../electron/db/open';
import { ImportFout } from '../../electron/import/fout';
import { dump, testOmgevingMetAanbieders, tmpDbPad } from '../helpers/db';
import { goedeRij, importeerBlad, maakBlad, vulScholen, type CelInvoer } from '../helpers/afspraken-blad';

let server: http.Server;
let url: string;
const aanvragen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    aanvragen.push(req.url ?? '');
    res.end('gevaarlijk');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let db: Db;
let scholen: { code: string; naam: string }[];
beforeEach(async () => {
  ({ db } = await testOmgevingMetAanbieders());
  scholen = vulScholen(db);
  aanvragen.length = 0;
});

const formule = (f: string, result?: number | string): CelInvoer => (result === undefined ? { formula: f } : { formula: f, result });

/** Formula cells as stored in the file (read back), to show the sheet really holds these formulas. */
async function formuleCellen(inhoud: Buffer): Promise<Record<string, { formule: string; uitkomst: unknown }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(inhoud as unknown as ArrayBuffer);
  const cellen: Record<string, { formule: string; uitkomst: unknown }> = {};
  wb.worksheets[0].eachRow((rij) =>
    rij.eachCell((cel) => {
      const v = cel.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
      if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v))
        cellen[cel.address] = { formule: v.formula ?? `(gedeeld met ${v.sharedFormula})`, uitkomst: v.result };
    }),
  );
  return cellen;
}

function afspraken() {
  return db
    .prepare(
      `SELECT a.uurtarief_cents AS uurtarief, (SELECT ai.reden FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id) AS toelichting, a.themas,
         an.naam AS aanbieder FROM afspraken a JOIN aanbieders an ON an.id = a.aanbieder_id ORDER BY a.id`,
    )
    .all() as { uurtarief: number; toelichting: string | null; themas: string; aanbieder: string }[];
}

describe('formulas in an afspraken sheet are never evaluated', () => {
  it('uses the cached result of every formula, also HYPERLINK and WEBSERVICE, and fetches nothing', async () => {
    const rijen = [
      // =1+1 would be 2; Excel saved 80: the cached 80 counts.
      goedeRij(scholen[0].code, { Uurtarief: formule('1+1', 80) }),
      goedeRij(scholen[1].code, { Aanbieder: formule(`HYPERLINK("${url}/hyperlink","De Kern")`, 'De Kern') }),
      goedeRij(scholen[2].code, {
        'Extra uren per week': 1,
        'Toelichting extra uren': formule(`WEBSERVICE("${url}/webservice")`, 'Veel zorgleerlingen'),
        "Thema's": formule(`FILTERXML(WEBSERVICE("${url}/xml"),"//a")`, 'pesten'),
      }),
      // A volatile formula is not recalculated either; Aanbieder gets a cell hyperlink below.
      goedeRij(scholen[3].code, { Uurtarief: formule(`NOW()*0+75`, 75.5) }),
    ];
    const inhoud = await maakBlad(rijen, {
      voor: (ws) => {
        // A cell hyperlink (not a formula): its text counts, the link is never followed.
        ws.getCell('D5').value = { text: 'De Kern', hyperlink: `${url}/celkoppeling` };
      },
    });
    expect(await formuleCellen(inhoud)).toMatchObject({
      I2: { formule: '1+1', uitkomst: 80 },
      D3: { formule: `HYPERLINK("${url}/hyperlink","De Kern")`, uitkomst: 'De Kern' },
      R4: { formule: `WEBSERVICE("${url}/webservice")`, uitkomst: 'Veel zorgleerlingen' },
    });

    const { telling } = await importeerBlad(db, inhoud);
    expect(telling.nieuw).toBe(4);
    expect(afspraken()).toEqual([
      { uurtarief: 8000, toelichting: null, themas: '[]', aanbieder: 'De Kern' },
      { uurtarief: 7550, toelichting: null, themas: '[]', aanbieder: 'De Kern' },
      { uurtarief: 7550, toelichting: 'Veel zorgleerlingen', themas: '["pesten"]', aanbieder: 'De Kern' },
      { uurtarief: 7550, toelichting: null, themas: '[]', aanbieder: 'De Kern' },
    ]);
    expect(aanvragen).toEqual([]);
  });

  it('a shared formula counts with its own cached result', async () => {
    const rijen = [goedeRij(scholen[0].code, { Uurtarief: formule('70+0.5', 70.5) }), goedeRij(scholen[1].code, { Uurtarief: 99 })];
    const inhoud = await maakBlad(rijen, {
      voor: (ws) => {
        ws.getCell('I3').value = { sharedFormula: 'I2', result: 71.25 } as never;
      },
    });
    expect(await formuleCellen(inhoud)).toEqual({ I2: { formule: '70+0.5', uitkomst: 70.5 }, I3: { formule: '(gedeeld met I2)', uitkomst: 71.25 } });
    await importeerBlad(db, inhoud);
    expect(afspraken().map((a) => a.uurtarief)).toEqual([7050, 7125]);
  });

  it('refuses a formula without a cached result in Dutch, by row and column, and saves nothing', async () => {
    const rijen = [
      goedeRij(scholen[0].code),
      goedeRij(scholen[1].code, { Uurtarief: formule('1+1') }),
      goedeRij(scholen[2].code, { 'Extra uren per week': 1, 'Toelichting extra uren': formule(`WEBSERVICE("${url}/zonder-uitkomst")`) }),
      goedeRij(scholen[3].code, { Aanbieder: formule(`HYPERLINK("${url}/zonder-uitkomst","De Kern")`) }),
    ];
    const inhoud = await maakBlad(rijen);
    expect(await formuleCellen(inhoud)).toEqual({
      I3: { formule: '1+1', uitkomst: undefined },
      R4: { formule: `WEBSERVICE("${url}/zonder-uitkomst")`, uitkomst: undefined },
      D5: { formule: `HYPERLINK("${url}/zonder-uitkomst","De Kern")`, uitkomst: undefined },
    });
    const voor = dump(db);
    const fout = await importeerBlad(db, inhoud).then(
      () => null,
      (e: unknown) => e,
    );
    expect(fout).toBeInstanceOf(ImportFout);
    expect((fout as ImportFout).meldingen).toEqual([
      { rij: 3, kolom: 'Uurtarief', melding: 'de cel bevat een fout (formule zonder berekende waarde).' },
      { rij: 4, kolom: 'Toelichting extra uren', melding: 'de cel bevat een fout (formule zonder berekende waarde).' },
      { rij: 5, kolom: 'Aanbieder', melding: 'de cel bevat een fout (formule zonder berekende waarde).' },
    ]);
    expect(dump(db)).toEqual(voor);
    expect(aanvragen).toEqual([]);
  });

  it('through the CLI: exit code 1, the Dutch lines, the database unchanged, nothing fetched', async () => {
    const pad = tmpDbPad('formules.db');
    const env = await testOmgevingMetAanbieders(pad);
    const codes = vulScholen(env.db).map((s) => s.code);
    const voor = dump(env.db);
    env.sessie.close();
    const blad = path.join(path.dirname(pad), 'afspraken.xlsx');
    fs.writeFileSync(blad, await maakBlad([goedeRij(codes[0], { 'Vast bedrag per jaar': formule(`WEBSERVICE("${url}/cli")`), 'Basisuren per week': 0 })]));
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['import', 'afspraken', blad, '--db', pad], { out: (t) => void out.push(t), err: (t) => void err.push(t) });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('rij 2, kolom Vast bedrag per jaar: de cel bevat een fout (formule zonder berekende waarde).');
    expect(err.join('\n')).toContain('Er is niets opgeslagen.');
    const na = await testOmgevingMetAanbieders(pad);
    expect(dump(na.db)).toEqual(voor);
    na.sessie.close();
    expect(aanvragen).toEqual([]);
  });
});
