// The 50.000-row afsprakenblad in a process of its own, so its peak memory (VmHWM) is its own.
//   blad-kind app <db> <blad.xlsx>   import.afsprakenVoorbeeld + import.afsprakenUitvoeren through the registry
//   blad-kind raw <db> <blad.xlsx>   the raw work: exceljs's streaming reader over the same rows, plus one
//                                    prepared transaction inserting them (names looked up in two maps)
// Prints one line of JSON: { ms, voorbeeldMs?, uitvoerenMs?, piekMb, rijen }.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { invoke } from '../electron/api/registry';
import { DatabaseSessie } from '../electron/db/sessie';
import { maakOmgeving } from '../electron/omgeving';
import { INSERT_AFSPRAAK } from './data';

const [modus, dbPad, bladPad] = process.argv.slice(2);

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

async function app(): Promise<Record<string, number>> {
  const sessie = await DatabaseSessie.open(dbPad);
  const omgeving = maakOmgeving(sessie, { gebruiker: 'bench', kiesBestand: async () => bladPad });
  let t = performance.now();
  const v = await invoke('import.afsprakenVoorbeeld', {}, omgeving);
  const voorbeeldMs = performance.now() - t;
  if (!v.ok) throw new Error(v.fout.melding);
  t = performance.now();
  const u = await invoke('import.afsprakenUitvoeren', { id: v.data.id! }, omgeving);
  const uitvoerenMs = performance.now() - t;
  if (!u.ok) throw new Error(u.fout.melding);
  sessie.close();
  return { ms: voorbeeldMs + uitvoerenMs, voorbeeldMs, uitvoerenMs, rijen: v.data.nieuw };
}

type Waarde = string | number | null;

const tekst = (w: unknown): string | null => (w === null || w === undefined || w === '' ? null : String(w));
const getal = (w: unknown): number | null =>
  typeof w === 'number' ? w : w === null || w === undefined || w === '' ? null : Number(String(w).replace(',', '.'));

async function raw(): Promise<Record<string, number>> {
  const db = new Database(dbPad);
  db.pragma('journal_mode = WAL');
  const t = performance.now();
  const scholen = new Map(db.prepare('SELECT vestigingscode, id FROM scholen').raw().all() as [string, number][]);
  const aanbieders = new Map(db.prepare('SELECT naam, id FROM aanbieders').raw().all() as [string, number][]);
  const rijen: Waarde[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(bladPad, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  for await (const ws of reader) {
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
      if (row.number === 1) continue;
      const c = (row.values as unknown[]).slice(1);
      const schooljaar = Number(String(c[0]).slice(0, 4));
      const gemeente = getal(c[10]) ?? 0;
      rijen.push([
        schooljaar,
        scholen.get(String(c[1]))!,
        aanbieders.get(String(c[3]))!,
        String(c[4]),
        getal(c[5]) ?? 0,
        getal(c[6]) ?? 0,
        getal(c[8]) === null ? null : Math.round(getal(c[8])! * 100),
        getal(c[9]) === null ? null : Math.round(getal(c[9])! * 100),
        gemeente,
        getal(c[11]) ?? 100 - gemeente,
        tekst(c[14]),
        tekst(c[15]),
        String(c[16]),
        tekst(c[17]),
        JSON.stringify(tekst(c[18]) ? [tekst(c[18])] : []),
      ]);
    }
  }
  const ins = db.prepare(INSERT_AFSPRAAK);
  db.transaction(() => {
    for (const r of rijen) ins.run(r);
  })();
  const ms = performance.now() - t;
  db.close();
  return { ms, rijen: rijen.length };
}

const uitslag = modus === 'app' ? await app() : await raw();
process.stdout.write(`${JSON.stringify({ ...uitslag, piekMb: piekMb() })}\n`);
