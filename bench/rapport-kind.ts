// One Excel report in a process of its own, so its peak memory (VmHWM) is its own.
//   tsx bench/rapport-kind.ts app <soort> <db> <uit.xlsx> [jaar]   the app's report through rapport.opslaan
//   tsx bench/rapport-kind.ts raw <soort> <db> <uit.xlsx> <app.xlsx> a bare exceljs streaming writer writing
//                                                                   the same cells (read back from the app's
//                                                                   file before the clock starts; for the
//                                                                   volledige export straight from SQLite)
// Prints one line of JSON: { ms, piekMb, bytes }.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { invoke } from '../electron/api/registry';
import { DatabaseSessie } from '../electron/db/sessie';
import { maakOmgeving } from '../electron/omgeving';

const [modus, soort, dbPad, uitPad, extra] = process.argv.slice(2);

function piekMb(): number {
  // VmHWM is the kernel's peak resident set; maxRSS (kB) is the portable fallback.
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function app(): Promise<number> {
  // Read-only: the benchmark's parent process may hold the lock note of the same file.
  const sessie = await DatabaseSessie.open(dbPad, { alleenLezen: true });
  const omgeving = maakOmgeving(sessie, { gebruiker: 'bench', kiesBestand: async () => uitPad });
  const jaar = Number(extra);
  const vraag = soort === 'financieel' ? { soort, begrotingsjaar: jaar } : soort === 'alles' ? { soort } : { soort, schooljaar: jaar };
  const t = performance.now();
  const r = await invoke('rapport.opslaan', vraag, omgeving);
  const ms = performance.now() - t;
  if (!r.ok) throw new Error(r.fout.melding);
  sessie.close();
  return ms;
}

type Cel = ExcelJS.CellValue;

/** Every sheet's rows as plain values (formulas with their cached result), read back from a file. */
async function leesCellen(pad: string): Promise<{ naam: string; rijen: Cel[][] }[]> {
  const bladen: { naam: string; rijen: Cel[][] }[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(pad, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
  for await (const ws of reader) {
    const blad = { naam: (ws as unknown as { name: string }).name, rijen: [] as Cel[][] };
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
      const waarden = (row.values as Cel[]).slice(1);
      blad.rijen[row.number - 1] = waarden;
    }
    bladen.push(blad);
  }
  return bladen;
}

async function raw(): Promise<number> {
  const opties = { filename: uitPad, useStyles: true, useSharedStrings: true };
  if (soort === 'alles') {
    const db = new Database(dbPad, { readonly: true });
    const tabellen = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
    const t = performance.now();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter(opties);
    for (const tabel of tabellen) {
      const ws = wb.addWorksheet(tabel.slice(0, 31));
      const stmt = db.prepare(`SELECT * FROM "${tabel}"`);
      ws.addRow(stmt.columns().map((c) => c.name)).commit();
      for (const rij of stmt.raw().iterate() as IterableIterator<unknown[]>) ws.addRow(rij as Cel[]).commit();
      ws.commit();
    }
    await wb.commit();
    const ms = performance.now() - t;
    db.close();
    return ms;
  }
  const bladen = await leesCellen(extra);
  const t = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter(opties);
  for (const blad of bladen) {
    const ws = wb.addWorksheet(blad.naam);
    for (let i = 0; i < blad.rijen.length; i++) ws.addRow(blad.rijen[i] ?? []).commit();
    ws.commit();
  }
  await wb.commit();
  return performance.now() - t;
}

const ms = modus === 'app' ? await app() : await raw();
process.stdout.write(`${JSON.stringify({ ms, piekMb: piekMb(), bytes: fs.statSync(uitPad).size })}\n`);
