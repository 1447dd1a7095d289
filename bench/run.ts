// `npm run bench`: Schoolinzet at national scale, each measurement beside the raw library doing the
// same work in the same run (issue 8). Prints the machine and a table; writes bench/results.json.
//   tsx bench/run.ts [--quick] [--runs N] [--tmp DIR] [--alleen duo,aggregaten,blad,rapporten,browser,verdeling]
// --quick: the Zwolle/Hoogeveen fixtures instead of the national files, one run each; it only
// proves the benchmark still works (tests/integration/bench.test.ts) and writes to DIR.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { invoke, type Omgeving } from '../electron/api/registry';
import type { ApiResult, Input, MethodName, Output } from '../electron/api/contract';
import { DatabaseSessie } from '../electron/db/sessie';
import { openDatabase, type Db } from '../electron/db/open';
import { maakOmgeving } from '../electron/omgeving';
import { schrijfSubsidie } from '../electron/db/subsidies-repo';
import { voorschotSchema } from '../electron/domain/subsidie';
import { maakDuoImportPlan, voerDuoImportUit } from '../electron/import/duo-opslaan';
import { AFSPRAKEN_KOLOMMEN } from '../electron/import/afspraken-kolommen';
import { genereerAfspraken, genereerSheetRijen, SCHOOLJAREN, SHEET_KOPPEN, vulAfspraken, vulWijken, type BenchSchool } from './data';
import { machine, mediaan, meet, nl, tabel } from './meten';
import { meetBrowser } from './browser';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    tmp: { type: 'string' },
    alleen: { type: 'string' },
  },
});
const QUICK = Boolean(args.quick);
const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.resolve(args.tmp ?? path.join(ROOT, 'bench/tmp'));
const RUNS = Number(args.runs ?? (QUICK ? 1 : 5));
const ZWAAR = QUICK ? 1 : Math.min(RUNS, 3);
const ALLEEN = new Set((args.alleen ?? 'duo,aggregaten,blad,rapporten,browser,verdeling').split(','));
const FIX = path.join(ROOT, 'tests/fixtures/duo');
const BESTANDEN = QUICK
  ? {
      po: path.join(FIX, 'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv'),
      leerlingen: path.join(FIX, 'duo_po_06-historisch-overzicht-aantal-leerlingen-per-schoolvestiging_ZWOLLE_HOOGEVEEN.csv'),
      edugis: path.join(FIX, 'DERIVED_edugis_scholen20241122_ZWOLLE_HOOGEVEEN.csv'),
    }
  : {
      po: path.join(FIX, 'national/02.-alle-schoolvestigingen-basisonderwijs.csv'),
      leerlingen: path.join(FIX, 'national/06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv'),
      edugis: path.join(FIX, 'national/DERIVED_edugis_scholen20241122_all_NL.csv'),
    };
const SHEET_RIJEN = QUICK ? 500 : 50_000;
const BROWSER_AFSPRAKEN = QUICK ? 2_000 : 100_000;
const BEGROTINGSJAAR = 2020;
const SCHOOLJAAR = 2020;

// ---- results ----------------------------------------------------------------------------------

interface Resultaat {
  groep: string;
  naam: string;
  /** What the app did, formatted; null = niet gemeten. */
  app: string | null;
  raw?: string;
  verhouding?: string;
  doel?: string;
  gehaald?: boolean | null;
  nietGemeten?: string;
  data?: unknown;
}

const resultaten: Resultaat[] = [];
const log = (tekst: string) => process.stderr.write(`${tekst}\n`);

function voegToe(r: Resultaat): void {
  resultaten.push(r);
  log(`  ${r.naam}: ${r.app ?? `niet gemeten: ${r.nietGemeten}`}${r.raw ? ` | raw ${r.raw}` : ''}${r.verhouding ? ` | ${r.verhouding}` : ''}`);
}

async function sectie(naam: string, groep: string, fn: () => Promise<void>): Promise<void> {
  if (!ALLEEN.has(naam)) return;
  const t = performance.now();
  log(`• ${groep} …`);
  try {
    await fn();
  } catch (e) {
    const reden = (e as Error).message.split('\n')[0].slice(0, 200);
    log(`  niet gemeten: ${reden}`);
    if (process.env.BENCH_DEBUG) console.error(e);
    voegToe({ groep, naam: groep, app: null, nietGemeten: reden });
  }
  log(`  (${nl((performance.now() - t) / 1000, 1)} s)`);
}

// ---- API through the real registry ------------------------------------------------------------

function omgevingVoor(sessie: DatabaseSessie, bestand: string | null = null): Omgeving {
  return maakOmgeving(sessie, {
    gebruiker: 'bench',
    kiesBestand: async () => bestand,
    kiesBestanden: async () => (bestand ? [bestand] : null),
  });
}

async function api<K extends MethodName>(omgeving: Omgeving, method: K, input: Input<K>): Promise<Output<K>> {
  const r = (await invoke(method, input, omgeving)) as ApiResult<K>;
  if (!r.ok) throw new Error(`${method}: ${r.fout.melding}`);
  return r.data;
}

function schoon(map: string): string {
  fs.rmSync(map, { recursive: true, force: true });
  fs.mkdirSync(map, { recursive: true });
  return map;
}

/** Copies a closed database file (the WAL was checkpointed into it). */
function kopieer(van: string, naar: string): string {
  fs.mkdirSync(path.dirname(naar), { recursive: true });
  for (const ext of ['', '-wal', '-shm']) fs.rmSync(naar + ext, { force: true });
  fs.copyFileSync(van, naar);
  return naar;
}

function sluit(sessie: DatabaseSessie): void {
  sessie.db().pragma('wal_checkpoint(TRUNCATE)');
  sessie.close();
}

// ---- the national registry (setup, not measured) ----------------------------------------------

interface Register {
  pad: string;
  scholen: BenchSchool[];
  aanbieders: string[];
  afspraken: number;
}

async function bouwRegister(): Promise<Register> {
  const pad = path.join(TMP, 'register.db');
  for (const ext of ['', '-wal', '-shm']) fs.rmSync(pad + ext, { force: true });
  const sessie = await DatabaseSessie.open(pad);
  const db = sessie.db();
  const omgeving = omgevingVoor(sessie);
  const lees = (p: string) => ({ naam: path.basename(p), inhoud: fs.readFileSync(p) });
  // The geocoded national file (PO, VO, SO) and then DUO's historical pupil counts.
  voerDuoImportUit(db, maakDuoImportPlan(db, [lees(BESTANDEN.edugis)], { gemeenteCode: null }), 'bench');
  voerDuoImportUit(db, maakDuoImportPlan(db, [lees(BESTANDEN.leerlingen)], { gemeenteCode: null }), 'bench');
  const wijken = vulWijken(db);
  await api(omgeving, 'instellingen.opslaan', {
    gemeenteNaam: 'Nederland (benchmark)',
    gemeenteCode: '',
    schooljaarStartMaand: 9,
    wekenPerSchooljaar: 40,
    standaardTarieven: { JGW: 8_000, SMW: 7_500, IB: 6_500, ZC: 6_500, ORTHO: 9_000 },
  });
  await api(omgeving, 'begrotingsposten.maak', {
    naam: 'Opgroei- en opvoedondersteuning',
    soort: 'structureel',
    bedragen: SCHOOLJAREN.map((jaar) => ({ jaar: jaar + 1, bedragCents: 45_000_000_00 })),
  });
  await api(omgeving, 'begrotingsposten.maak', {
    naam: 'PPN investering toegang en preventie jeugd',
    soort: 'incidenteel',
    bedragen: SCHOOLJAREN.map((jaar) => ({ jaar: jaar + 1, bedragCents: 55_000_000_00 })),
  });
  // A new file has no aanbieders (migration 006): five, entered the ordinary way, with ids 1..5.
  for (const naam of ['De Kern', 'MEE IJsseloevers', 'Trias Jeugdhulp', 'SWT Zwolle', 'Stichting Welzijnswerk'])
    await api(omgeving, 'aanbieders.maak', { naam });
  const scholen = db.prepare('SELECT id, vestigingscode, naam, sector FROM scholen ORDER BY id').all() as BenchSchool[];
  const aanbieders = db.prepare('SELECT naam FROM aanbieders ORDER BY id').pluck().all() as string[];
  const afspraken = vulAfspraken(db, genereerAfspraken(scholen, SCHOOLJAREN, aanbieders.length));
  // Rates per schooljaar (issue 13): half of the afspraken take their functie's tarief valid in
  // their schooljaar, set from the first schooljaar and indexed 2,5 % from 2020-2021.
  db.prepare('UPDATE afspraken SET uurtarief_cents = NULL WHERE vast_bedrag_cents IS NULL AND id % 2 = 0').run();
  for (const [functie, cents] of [
    ['JGW', 8_000],
    ['SMW', 7_500],
    ['IB', 6_500],
    ['ZC', 6_500],
    ['ORTHO', 9_000],
  ] as const) {
    await api(omgeving, 'tarieven.zet', { functie, vanafSchooljaar: SCHOOLJAREN[0], uurtariefCents: cents, wekenPerJaar: 40 });
  }
  await api(omgeving, 'tarieven.indexeer', { vanafSchooljaar: 2020, procent: 2.5, functies: [] });
  await vulSubsidies(omgeving, db);
  db.pragma('optimize');
  sluit(sessie);
  log(`  ${nl(scholen.length)} scholen, ${wijken} wijken, ${nl(afspraken)} afspraken in ${SCHOOLJAREN.length} schooljaren`);
  return { pad, scholen, aanbieders, afspraken };
}

/**
 * Subsidies for the Subsidies page at scale (issue 17): every aanbieder with afspraken gets its
 * default verlening in BEGROTINGSJAAR, and SUBSIDIE_AANBIEDERS more aanbieders (a large registry
 * with many small providers) a verlening of their own, with monthly terms of which some are paid.
 */
const SUBSIDIE_AANBIEDERS = QUICK ? 20 : 400;
async function vulSubsidies(omgeving: Omgeving, db: Db): Promise<void> {
  const ids = db.prepare('SELECT id FROM aanbieders ORDER BY id').pluck().all() as number[];
  for (const aanbiederId of ids)
    await api(omgeving, 'subsidies.verleen', { aanbiederId, begrotingsjaar: BEGROTINGSJAAR, datum: `${BEGROTINGSJAAR - 1}-12-15` });
  // Setup only: the synthetic ones straight through the repo (a verlening through the API computes
  // the gemeente's share over every afspraak of the year, inside its transaction, each time).
  const nieuw = db.prepare('INSERT INTO aanbieders (naam) VALUES (?)');
  db.transaction(() => {
    for (let i = 1; i <= SUBSIDIE_AANBIEDERS; i++) {
      const aanbiederId = Number(nieuw.run(`Aanbieder ${String(i).padStart(4, '0')} (benchmark)`).lastInsertRowid);
      const verleend = 100_000_00 + i;
      const voorschotten = voorschotSchema(verleend, 'maand', BEGROTINGSJAAR).map((t) =>
        t.termijn <= i % 13 ? { ...t, betaaldOp: `${BEGROTINGSJAAR}-${String(t.termijn).padStart(2, '0')}-02` } : t,
      );
      schrijfSubsidie(db, {
        aanbiederId,
        begrotingsjaar: BEGROTINGSJAAR,
        aanvraagDatum: null,
        aanvraagBedragCents: null,
        aanvraagKenmerk: null,
        verleningDatum: `${BEGROTINGSJAAR - 1}-12-15`,
        verleningKenmerk: null,
        verleendCents: verleend,
        berekendCents: 0,
        verleningReden: 'benchmark',
        voorwaarden: null,
        voorschotSchema: 'maand',
        begrotingspostIds: [1],
        voorschotten,
        verantwoordingUiterlijk: `${BEGROTINGSJAAR + 1}-04-01`,
        verantwoordingDatum: null,
        realisatieCents: null,
        realisatieUren: null,
        verantwoordingOpmerking: null,
        vaststellingDatum: null,
        vastgesteldCents: null,
      });
    }
  })();
}

// ---- 1. DUO import ------------------------------------------------------------------------------

/** The raw baseline: decode, csv-parse and insert the same besturen and scholen in one prepared transaction. */
function rawDuo(db: Db, bestand: string): number {
  const tekst = iconv.decode(fs.readFileSync(bestand), 'win1252');
  const rijen = parse(tekst, { delimiter: ';', columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const bestuur = db.prepare('INSERT INTO besturen (nummer, naam) VALUES (?, ?)');
  const school = db.prepare(
    `INSERT INTO scholen (vestigingscode, brin, naam, sector, denominatie, straat, huisnummer, postcode, plaats, gemeente_code, bestuur_id)
     VALUES (?, ?, ?, 'PO', ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    const ids = new Map<string, number>();
    for (const r of rijen) {
      const nummer = r['BEVOEGD GEZAG NUMMER'];
      let id = ids.get(nummer);
      if (id === undefined) ids.set(nummer, (id = Number(bestuur.run(nummer, `Bestuur ${nummer}`).lastInsertRowid)));
      school.run(
        r.VESTIGINGSCODE,
        r.INSTELLINGSCODE,
        r.VESTIGINGSNAAM,
        r.DENOMINATIE,
        r.STRAATNAAM,
        r['HUISNUMMER-TOEVOEGING'],
        r.POSTCODE,
        r.PLAATSNAAM,
        r.GEMEENTENUMMER,
        id,
      );
    }
  })();
  return rijen.length;
}

async function meetDuo(): Promise<void> {
  const map = schoon(path.join(TMP, 'duo'));
  let scholen = 0;
  let sessie: DatabaseSessie | null = null;
  let omgeving: Omgeving | null = null;
  const app = await meet(
    RUNS,
    async () => {
      const v = await api(omgeving!, 'import.duoVoorbeeld', { alle: true });
      await api(omgeving!, 'import.duoUitvoeren', { id: v.id! });
      scholen = v.aantallen.nieuw;
    },
    {
      voor: async (i) => {
        sessie = await DatabaseSessie.open(path.join(map, `app-${i}`, 'duo.db'));
        omgeving = omgevingVoor(sessie, BESTANDEN.po);
      },
      na: () => sessie!.close(),
    },
  );
  let rawDb: Db | null = null;
  let rawRijen = 0;
  const raw = await meet(RUNS, () => (rawRijen = rawDuo(rawDb!, BESTANDEN.po)), {
    voor: async (i) => void (rawDb = (await openDatabase(path.join(map, `raw-${i}.db`))).db),
    na: () => void rawDb!.close(),
  });
  if (rawRijen !== scholen) throw new Error(`DUO: de app las ${scholen} scholen, de ruwe invoer ${rawRijen}`);
  const appPs = scholen / (app.mediaan / 1000);
  const rawPs = rawRijen / (raw.mediaan / 1000);
  voegToe({
    groep: '1. DUO-import',
    naam: `DUO-import PO-bestand (${nl(scholen)} vestigingen), voorbeeld + uitvoeren`,
    app: `${nl(appPs)} rijen/s (${nl(app.mediaan)} ms)`,
    raw: `${nl(rawPs)} rijen/s (${nl(raw.mediaan)} ms)`,
    verhouding: nl(appPs / rawPs, 2),
    doel: '≥ 0,5',
    gehaald: appPs / rawPs >= 0.5,
    data: { rijen: scholen, app, raw, appRijenPerSeconde: appPs, rawRijenPerSeconde: rawPs },
  });
  fs.rmSync(map, { recursive: true, force: true });
}

// ---- 2. dashboard aggregates --------------------------------------------------------------------

async function meetAggregaten(reg: Register): Promise<void> {
  const sessie = await DatabaseSessie.open(reg.pad, { alleenLezen: true });
  const o = omgevingVoor(sessie);
  const n = QUICK ? 1 : Math.max(RUNS, 7);
  const gevallen: [string, () => Promise<unknown>][] = [
    [
      `kosten.begrotingsjaar ${BEGROTINGSJAAR} (maandregel, per functie/aanbieder/sector/wijk)`,
      () => api(o, 'kosten.begrotingsjaar', { begrotingsjaar: BEGROTINGSJAAR }),
    ],
    [`grafiek.kostenVerdeling ${BEGROTINGSJAAR} (per functie en aanbieder)`, () => api(o, 'grafiek.kostenVerdeling', { begrotingsjaar: BEGROTINGSJAAR })],
    [`dekking.begrotingsjaar ${BEGROTINGSJAAR}`, () => api(o, 'dekking.begrotingsjaar', { begrotingsjaar: BEGROTINGSJAAR })],
    [`dekkingsgraad.lijst ${SCHOOLJAAR} JGW (per wijk en sector)`, () => api(o, 'dekkingsgraad.lijst', { schooljaar: SCHOOLJAAR, functie: 'JGW' })],
    [`grafiek.dekking ${SCHOOLJAAR} (dekkingsgraad per wijk)`, () => api(o, 'grafiek.dekking', { schooljaar: SCHOOLJAAR, functie: 'JGW' })],
    [`dekkingsgraad.ot ${SCHOOLJAAR}`, () => api(o, 'dekkingsgraad.ot', { schooljaar: SCHOOLJAAR })],
    [
      `kosten.perJaar ${SCHOOLJAREN[0] + 1}-${SCHOOLJAREN.at(-1)! + 1} (trend)`,
      () => api(o, 'kosten.perJaar', { van: SCHOOLJAREN[0] + 1, tot: SCHOOLJAREN.at(-1)! + 1 }),
    ],
    [`afspraken.lijst ${SCHOOLJAAR} (tabel, alle rijen)`, () => api(o, 'afspraken.lijst', { schooljaar: SCHOOLJAAR })],
    [`afspraken.lijst ${SCHOOLJAAR} (eerste venster van 200, op school)`, () => api(o, 'afspraken.lijst', { schooljaar: SCHOOLJAAR, limiet: 200 })],
    [
      `afspraken.lijst ${SCHOOLJAAR} (gefilterd en gezocht, op basisuren)`,
      () => api(o, 'afspraken.lijst', { schooljaar: SCHOOLJAAR, functie: 'JGW', zoek: 'school', sorteer: 'basisuren' }),
    ],
    ['scholen.lijst (alle scholen, op leerlingen)', () => api(o, 'scholen.lijst', { sorteer: 'leerlingen', richting: 'af' })],
    [`subsidies.lijst ${BEGROTINGSJAAR} (Subsidies-pagina, alle aanbieders)`, () => api(o, 'subsidies.lijst', { begrotingsjaar: BEGROTINGSJAAR })],
  ];
  // Lists are for information: their tests assert the query plan, the bench the time (issue 12).
  const terInfo = (naam: string) => naam.startsWith('afspraken.lijst') || naam.startsWith('scholen.lijst');
  try {
    for (const [naam, fn] of gevallen) {
      const m = await meet(n, fn, { opwarmen: 1 });
      voegToe({
        groep: '2. Dashboard',
        naam,
        app: `${nl(m.mediaan, 1)} ms`,
        doel: terInfo(naam) ? '(ter info)' : '≤ 50 ms',
        gehaald: terInfo(naam) ? null : m.mediaan <= 50,
        data: m,
      });
    }
  } finally {
    sessie.close();
  }
}

// ---- 3. afspraken sheet -------------------------------------------------------------------------

async function schrijfSheet(reg: Register, pad: string): Promise<number> {
  const koppen = AFSPRAKEN_KOLOMMEN.map((k) => k.kop);
  const index = koppen.map((k) => SHEET_KOPPEN.indexOf(k as (typeof SHEET_KOPPEN)[number]));
  if (index.some((i) => i < 0)) throw new Error(`Het afsprakenblad heeft andere kolommen gekregen: ${koppen.join(', ')}`);
  const rijen = genereerSheetRijen(reg.scholen, reg.aanbieders, SCHOOLJAREN.at(-1)! + 1, SHEET_RIJEN);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useSharedStrings: true });
  const ws = wb.addWorksheet('Afspraken');
  ws.addRow(koppen).commit();
  for (const r of rijen) ws.addRow(index.map((i) => r[i])).commit();
  ws.commit();
  await wb.commit();
  return rijen.length;
}

interface BladUitslag {
  ms: number;
  voorbeeldMs?: number;
  uitvoerenMs?: number;
  piekMb: number;
  rijen: number;
}

/**
 * The sheet imported into a copy of the registry, in a child process per run (peak RSS = its
 * VmHWM), against the raw work in another child: exceljs's streaming reader plus one prepared
 * transaction of the same rows (bench/blad-kind.ts). Issue 14: at least 0,5 of raw, ≤ 500 MB.
 */
async function meetBlad(reg: Register): Promise<void> {
  const map = schoon(path.join(TMP, 'blad'));
  const sheet = path.join(map, `afspraken-${SHEET_RIJEN}.xlsx`);
  const aantal = await schrijfSheet(reg, sheet);
  const script = await bundel('blad-kind');
  const app: BladUitslag[] = [];
  const raw: BladUitslag[] = [];
  try {
    for (let i = 0; i < ZWAAR; i++) {
      for (const modus of ['app', 'raw'] as const) {
        const db = kopieer(reg.pad, path.join(map, `${modus}-${i}`, 'register.db'));
        const u = kind<BladUitslag>(script, [modus, db, sheet]);
        if (u.rijen !== aantal) throw new Error(`Afsprakenblad (${modus}): ${u.rijen} nieuwe rijen, verwacht ${aantal}`);
        (modus === 'app' ? app : raw).push(u);
        fs.rmSync(path.dirname(db), { recursive: true, force: true });
      }
    }
  } finally {
    fs.rmSync(script, { force: true });
  }
  const v = mediaan(app.map((x) => x.voorbeeldMs!));
  const u = mediaan(app.map((x) => x.uitvoerenMs!));
  const a = { ms: mediaan(app.map((x) => x.ms)), piekMb: Math.max(...app.map((x) => x.piekMb)) };
  const r = { ms: mediaan(raw.map((x) => x.ms)), piekMb: Math.max(...raw.map((x) => x.piekMb)) };
  voegToe({
    groep: '3. Afsprakenblad',
    naam: `Afsprakenblad ${nl(aantal)} rijen: voorbeeld (lezen + controleren)`,
    app: `${nl(aantal / (v / 1000))} rijen/s (${nl(v / 1000, 1)} s)`,
    data: { rijen: aantal, runs: app.map((x) => x.voorbeeldMs) },
  });
  voegToe({
    groep: '3. Afsprakenblad',
    naam: `Afsprakenblad ${nl(aantal)} rijen: uitvoeren (backup, opslaan, mutatielog)`,
    app: `${nl(aantal / (u / 1000))} rijen/s (${nl(u / 1000, 1)} s)`,
    data: { rijen: aantal, runs: app.map((x) => x.uitvoerenMs) },
  });
  // The issue's goal: app/raw as throughput (raw time / app time), and the app's own peak memory.
  const verhouding = r.ms / a.ms;
  voegToe({
    groep: '3. Afsprakenblad',
    naam: `Afsprakenblad ${nl(aantal)} rijen: voorbeeld + uitvoeren`,
    app: `${nl(aantal / (a.ms / 1000))} rijen/s (${nl(a.ms / 1000, 1)} s), piek ${nl(a.piekMb)} MB`,
    raw: `${nl(aantal / (r.ms / 1000))} rijen/s (${nl(r.ms / 1000, 1)} s), piek ${nl(r.piekMb)} MB`,
    verhouding: nl(verhouding, 2),
    doel: '≥ 0,5, ≤ 500 MB',
    gehaald: verhouding >= 0.5 && a.piekMb <= 500,
    data: { app, raw },
  });
  fs.rmSync(map, { recursive: true, force: true });
}

// ---- 4. Excel reports ---------------------------------------------------------------------------

interface KindUitslag {
  ms: number;
  piekMb: number;
  bytes: number;
}

/** A child script bundled once (tsx would spend seconds per child compiling the same files). */
async function bundel(naam: 'rapport-kind' | 'blad-kind'): Promise<string> {
  // Inside the repository, so the bundle finds better-sqlite3 in node_modules.
  const uit = path.join(ROOT, 'bench/tmp', `${naam}-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, `bench/${naam}.ts`)],
    outfile: uit,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return uit;
}

/** Runs a bundled child script; its last line of output is its result as JSON. */
function kind<T>(script: string, args: string[]): T {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) {
    const regels = (r.stderr || r.stdout).trim().split('\n');
    throw new Error(`${path.basename(script)} ${args.slice(0, 2).join(' ')}: ${regels.find((x) => /Error|Fout/.test(x)) ?? regels.at(-1)}`);
  }
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as T;
}

async function meetRapporten(reg: Register): Promise<void> {
  const map = schoon(path.join(TMP, 'rapporten'));
  const kindScript = await bundel('rapport-kind');
  const soorten: [string, string, string][] = [
    ['financieel', String(BEGROTINGSJAAR), `Financiële paragraaf ${BEGROTINGSJAAR}`],
    ['bloz', String(SCHOOLJAAR), `BLOZ-overzicht ${SCHOOLJAAR}-${SCHOOLJAAR + 1}`],
    ['aanbieders', String(SCHOOLJAAR), `Overzicht per aanbieder ${SCHOOLJAAR}-${SCHOOLJAAR + 1}`],
    ['alles', '', `Volledige export (${nl(reg.afspraken)} afspraken)`],
  ];
  for (const [soort, jaar, naam] of soorten) {
    try {
      const app: KindUitslag[] = [];
      const raw: KindUitslag[] = [];
      // The volledige export takes a minute per run: once is enough to compare it with raw.
      for (let i = 0; i < (soort === 'alles' ? 1 : ZWAAR); i++) {
        const appPad = path.join(map, `${soort}-app.xlsx`);
        app.push(kind<KindUitslag>(kindScript, ['app', soort, reg.pad, appPad, jaar]));
        raw.push(kind<KindUitslag>(kindScript, ['raw', soort, reg.pad, path.join(map, `${soort}-raw.xlsx`), appPad]));
      }
      const a = { ms: mediaan(app.map((x) => x.ms)), piekMb: Math.max(...app.map((x) => x.piekMb)), bytes: app[0].bytes };
      const r = { ms: mediaan(raw.map((x) => x.ms)), piekMb: Math.max(...raw.map((x) => x.piekMb)) };
      const verhouding = a.ms / r.ms;
      voegToe({
        groep: '4. Excel',
        naam: `${naam} (${nl(a.bytes / 1024 / 1024, 1)} MB)`,
        app: `${nl(a.ms / 1000, 2)} s, piek ${nl(a.piekMb)} MB`,
        raw: `${nl(r.ms / 1000, 2)} s, piek ${nl(r.piekMb)} MB`,
        verhouding: `${nl(verhouding, 2)}×`,
        doel: '≤ 1,5×, ≤ 500 MB',
        gehaald: verhouding <= 1.5 && a.piekMb <= 500,
        data: { app, raw },
      });
    } catch (e) {
      voegToe({ groep: '4. Excel', naam, app: null, nietGemeten: (e as Error).message.slice(0, 200) });
    }
  }
  fs.rmSync(map, { recursive: true, force: true });
  fs.rmSync(kindScript, { force: true });
}

// ---- 5. browser ---------------------------------------------------------------------------------

async function meetInBrowser(reg: Register): Promise<void> {
  const renderer = path.join(ROOT, 'dist/renderer/index.html');
  // The real run measures the renderer as it is in the tree now; --quick takes whatever is built.
  if (!QUICK) {
    log('  renderer bouwen (npm run build:renderer) …');
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    } catch (e) {
      if (!fs.existsSync(renderer)) throw new Error(`renderer bouwen mislukt: ${String((e as { stderr?: Buffer }).stderr ?? e).split('\n')[0]}`);
      log('  bouwen mislukt; de bestaande dist/renderer wordt gemeten');
    }
  }
  if (!fs.existsSync(renderer)) throw new Error('geen gebouwde renderer (npm run build:renderer)');
  const pad = kopieer(reg.pad, path.join(TMP, 'browser', 'register.db'));
  const schooljaar = SCHOOLJAREN.at(-1)! + 6;
  const db = (await openDatabase(pad)).db;
  // A schooljaar of its own with exactly BROWSER_AFSPRAKEN afspraken: each school with its OT
  // functies at the first, second, … aanbieder.
  const rijen = (function* () {
    let n = 0;
    for (let a = 1; a <= reg.aanbieders.length; a++) {
      for (const r of genereerAfspraken(reg.scholen, [schooljaar], reg.aanbieders.length, 7 + a)) {
        if (n++ >= BROWSER_AFSPRAKEN) return;
        r[2] = a;
        yield r;
      }
    }
  })();
  const aantal = vulAfspraken(db, rijen);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const m = await meetBrowser({ dbPad: pad, schooljaar, runs: QUICK ? 1 : RUNS });
  voegToe({
    groep: '5. Browser',
    naam: `Afspraken-tabel, ${nl(aantal)} afspraken in ${schooljaar}-${schooljaar + 1}: navigatie → eerste rijen`,
    app: `${nl(m.eersteRijen.mediaan)} ms`,
    doel: '≤ 300 ms',
    gehaald: m.eersteRijen.mediaan <= 300,
    data: { ...m, aantal },
  });
  voegToe({
    groep: '5. Browser',
    naam: 'Afspraken-tabel: klik op kolomkop Basisuren → gesorteerd',
    app: `${nl(m.gesorteerd.mediaan)} ms`,
    data: m.gesorteerd,
  });
  voegToe({
    groep: '5. Browser',
    naam: '  waarvan afspraken.lijst over HTTP (serverkant, JSON)',
    app: `${nl(m.api.mediaan)} ms, ${nl(m.apiBytes / 1024 / 1024, 1)} MB`,
    data: m.api,
  });
  fs.rmSync(path.dirname(pad), { recursive: true, force: true });
}

// ---- 6. verdeling (issue 16) ------------------------------------------------------------------------

/**
 * A pool of JGW hours over every PO school of the country by pupils (verdeling.bereken), and its
 * vaststellen: one aanvullende inzet record per school on the school's own JGW afspraak, through
 * the registry (one transaction, mutatielog). Beside it: a raw prepared INSERT of the same rows in
 * one transaction. Each run is undone afterwards (not measured).
 */
async function meetVerdeling(reg: Register): Promise<void> {
  const pad = kopieer(reg.pad, path.join(TMP, 'verdeling', 'register.db'));
  const sessie = await DatabaseSessie.open(pad);
  const db = sessie.db();
  const o = omgevingVoor(sessie);
  try {
    const po = reg.scholen.filter((s) => s.sector === 'PO');
    // Each school's own aanbieder: that of its JGW afspraak of the schooljaar.
    const eigen = db
      .prepare("SELECT school_id AS schoolId, aanbieder_id AS aanbiederId FROM afspraken WHERE schooljaar = ? AND functie = 'JGW'")
      .all(SCHOOLJAAR) as {
      schoolId: number;
      aanbiederId: number;
    }[];
    const pot = po.length * 4;
    const inhoud = { schooljaar: SCHOOLJAAR, soort: 'uren' as const, functie: 'JGW', sectoren: ['PO' as const], regel: 'leerlingen' as const, totaal: pot };
    const n = QUICK ? 1 : Math.max(RUNS, 5);
    const bereken = await meet(n, () => api(o, 'verdeling.bereken', inhoud), { opwarmen: 1 });
    const voorstel = await api(o, 'verdeling.bereken', inhoud);
    voegToe({
      groep: '6. Verdeling',
      naam: `verdeling.bereken: ${nl(pot)} uur JGW over ${nl(voorstel.scholen.length)} PO-scholen naar leerlingen`,
      app: `${nl(bereken.mediaan, 1)} ms`,
      doel: '≤ 500 ms',
      gehaald: bereken.mediaan <= 500,
      data: bereken,
    });
    const verdeling = await api(o, 'verdelingen.maak', {
      ...inhoud,
      naam: 'Maatwerk PO (benchmark)',
      aanbiederId: 1,
      scholen: eigen.filter((e) => po.some((s) => s.id === e.schoolId)).map((e) => ({ schoolId: e.schoolId, aanbiederId: e.aanbiederId })),
    });
    let records = 0;
    const app = await meet(
      ZWAAR,
      async () => {
        records = (await api(o, 'verdelingen.vaststellen', { id: verdeling.id, datum: '2020-06-30' })).records;
      },
      {
        // As on the screen: the preview is shown (and its rows read) right before vaststellen.
        voor: async () => void (await api(o, 'verdelingen.voorstel', { id: verdeling.id })),
        na: async () => void (await api(o, 'verdelingen.vaststellenOngedaan', { id: verdeling.id })),
      },
    );
    // The same rows, as vaststellen wrote them, by a raw prepared statement in one transaction.
    await api(o, 'verdelingen.vaststellen', { id: verdeling.id, datum: '2020-06-30' });
    const kolommen = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('aanvullende_inzet') as string[]).filter((k) => k !== 'id');
    const rijen = db
      .prepare(`SELECT ${kolommen.join(', ')} FROM aanvullende_inzet WHERE bron = 'verdeling' AND bron_id = ?`)
      .raw()
      .all(verdeling.id) as unknown[][];
    await api(o, 'verdelingen.vaststellenOngedaan', { id: verdeling.id });
    const insert = db.prepare(`INSERT INTO aanvullende_inzet (${kolommen.join(', ')}) VALUES (${kolommen.map(() => '?').join(', ')})`);
    const raw = await meet(
      ZWAAR,
      () =>
        db.transaction(() => {
          for (const r of rijen) insert.run(r);
        })(),
      { na: () => void db.prepare("DELETE FROM aanvullende_inzet WHERE bron = 'verdeling'").run() },
    );
    const verhouding = raw.mediaan / app.mediaan;
    voegToe({
      groep: '6. Verdeling',
      naam: `verdelingen.vaststellen: ${nl(records)} regels aanvullende inzet in één transactie`,
      app: `${nl(app.mediaan, 1)} ms`,
      raw: `${nl(raw.mediaan, 1)} ms`,
      verhouding: `${nl(verhouding, 2)} (raw / app)`,
      doel: '≥ 0,5',
      gehaald: verhouding >= 0.5,
      data: { app, raw, records },
    });
  } finally {
    sessie.close();
    fs.rmSync(path.dirname(pad), { recursive: true, force: true });
  }
}

// ---- main ---------------------------------------------------------------------------------------

const start = performance.now();
const m = machine();
const belastingStart = os.loadavg();
fs.mkdirSync(TMP, { recursive: true });
console.log(`Schoolinzet benchmark${QUICK ? ' (--quick: kleine fixtures, geen echte meting)' : ''}`);
console.log(`Machine: ${m.cores} cores, ${m.cpu}, ${m.geheugenGb} GB geheugen, Node ${m.node}, ${m.platform}`);
console.log(
  `Belasting bij de start (load average 1/5/15 min): ${os
    .loadavg()
    .map((x) => nl(x, 2))
    .join(' / ')}`,
);
console.log(`Runs: mediaan van ${RUNS} (zware metingen ${ZWAAR}, volledige export 1); aggregaten zonder de eerste aanroep\n`);

log('• register opbouwen (niet gemeten) …');
const t0 = performance.now();
const register = await bouwRegister();
const opbouwS = (performance.now() - t0) / 1000;
log(`  (${nl(opbouwS, 1)} s)`);

await sectie('duo', '1. DUO-import', meetDuo);
await sectie('aggregaten', '2. Dashboard', () => meetAggregaten(register));
await sectie('blad', '3. Afsprakenblad', () => meetBlad(register));
await sectie('rapporten', '4. Excel', () => meetRapporten(register));
await sectie('browser', '5. Browser', () => meetInBrowser(register));
await sectie('verdeling', '6. Verdeling', () => meetVerdeling(register));

const totaalS = (performance.now() - start) / 1000;
const rijen = resultaten.map((r) => [
  r.naam,
  r.app ?? `niet gemeten: ${r.nietGemeten}`,
  r.raw ?? '',
  r.verhouding ?? '',
  r.doel ?? '',
  r.gehaald === undefined || r.gehaald === null ? '' : r.gehaald ? 'ja' : 'NEE',
]);
console.log(tabel(['Meting', 'Schoolinzet', 'Raw (zelfde werk)', 'Verhouding', 'Doel', 'Gehaald'], rijen));
const belastingEind = os.loadavg();
console.log(`\nBelasting aan het eind (load average 1/5/15 min): ${belastingEind.map((x) => nl(x, 2)).join(' / ')}`);
console.log(
  `Register: ${nl(register.scholen.length)} scholen, ${nl(register.afspraken)} afspraken (opbouw ${nl(opbouwS, 1)} s). Totale duur ${nl(totaalS, 1)} s.`,
);

const uit = QUICK || args.tmp ? path.join(TMP, 'results.json') : path.join(ROOT, 'bench/results.json');
fs.writeFileSync(
  uit,
  `${JSON.stringify({ datum: new Date().toISOString(), quick: QUICK, machine: m, belastingStart, belastingEind, runs: RUNS, zwareRuns: ZWAAR, register: { scholen: register.scholen.length, afspraken: register.afspraken, opbouwSeconden: opbouwS }, totaalSeconden: totaalS, resultaten }, null, 2)}\n`,
);
console.log(`Resultaten: ${path.relative(process.cwd(), uit)}`);
if (!QUICK && !args.tmp) fs.rmSync(register.pad, { force: true });
