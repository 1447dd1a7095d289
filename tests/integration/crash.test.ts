// Crash safety (issue 7): a CLI import of a large afspraken sheet is killed with SIGKILL at random
// moments; every time, the database must open, pass PRAGMA integrity_check, and hold the import
// either completely or not at all. Half of the moments are spread over the whole run (start-up,
// reading, backup, writing); the other half are aimed at the write transaction itself. Its start is
// seen the way SQLite marks it: the child takes the WAL write lock (a POSIX lock on byte 120 of the
// -shm file, listed in /proc/locks on Linux); those runs kill at a random delay after that, within
// the time from that lock to the end in a measured full run, so they land in the transaction, at
// its commit or just after, even when the machine is slower than during the measurement. Without
// /proc/locks the aimed runs fall back to the last 40 % of the measured run.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseSessie } from '../../electron/db/sessie';
import { leesSlot } from '../../electron/db/slot';
import { mulberry32 } from '../../bench/data';
import { maakBlad, type CelInvoer } from '../helpers/afspraken-blad';
import { testOmgeving } from '../helpers/db';

const CLI = path.join(import.meta.dirname, '../../bin/schoolinzet.mjs');
/** Large enough that the write transaction takes a noticeable time (0.15 to 0.3 s here). */
const RIJEN = 6_000;
/** Runs that end with a kill; an attempt whose import finished before its moment does not count. */
const KILLS = 20;
// A busy machine runs some imports faster or slower than the measured one; a run that finishes
// before its moment is simply tried again, so allow plenty of attempts.
const MAX_POGINGEN = 60;
const SEED = 0x5c4001;

const kinderen = new Set<ChildProcess>();
let map: string;
let basis: string;
let blad: string;
let voor: { afspraken: number; mutatielog: number };

function walGrootte(db: string): number {
  try {
    return fs.statSync(`${db}-wal`).size;
  } catch {
    return 0;
  }
}

const PROC_LOCKS = '/proc/locks';
const heeftProcLocks = fs.existsSync(PROC_LOCKS);

/** Does process `pid` hold SQLite's WAL write lock (byte 120 of `db`-shm)? */
function heeftSchrijfslot(db: string, pid: number): boolean {
  let ino: number;
  try {
    ino = fs.statSync(`${db}-shm`).ino;
  } catch {
    return false;
  }
  // e.g. "7: POSIX  ADVISORY  WRITE 565 fe:00:2231054 120 120"
  return fs
    .readFileSync(PROC_LOCKS, 'utf8')
    .split('\n')
    .some((regel) => {
      const v = regel.trim().split(/\s+/);
      return v[3] === 'WRITE' && Number(v[4]) === pid && Number(v[5]?.split(':')[2]) === ino && v[6] === '120' && v[7] === '120';
    });
}

interface Run {
  /** ms after spawn at which SIGKILL was sent (null: the import finished first). */
  gedood: number | null;
  /** ms after spawn at which the child was first seen holding the write lock (null: never seen). */
  schrijfStart: number | null;
  /** ms after spawn at which the child's WAL first grew: the commit is being written (null: never seen). */
  walStart: number | null;
  duur: number;
  code: number | null;
  signaal: NodeJS.Signals | null;
  stderr: string;
  pid: number | undefined;
}

/**
 * Runs `schoolinzet import afspraken` on `db`. `doodOp` says when to kill: a fixed moment after the
 * spawn, or a delay after the write transaction began.
 */
function importeer(db: string, doodOp: { na: number } | { naSchrijfslot: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const kind = spawn(process.execPath, [CLI, 'import', 'afspraken', blad, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
    kinderen.add(kind);
    let stderr = '';
    kind.stderr!.on('data', (d) => (stderr += d));
    let gedood: number | null = null;
    let walStart: number | null = null;
    let schrijfStart: number | null = null;
    const dood = () => {
      if (gedood !== null || kind.exitCode !== null || kind.signalCode !== null) return;
      gedood = performance.now() - t0;
      kind.kill('SIGKILL');
    };
    let timer: NodeJS.Timeout | null = null;
    // Polled every 2 ms: the write lock marks the transaction, the WAL growing marks its commit.
    const kijker = setInterval(() => {
      if (schrijfStart === null && heeftProcLocks && kind.pid !== undefined && heeftSchrijfslot(db, kind.pid)) {
        schrijfStart = performance.now() - t0;
        if (doodOp && 'naSchrijfslot' in doodOp) timer = setTimeout(dood, doodOp.naSchrijfslot);
      }
      if (walStart === null && walGrootte(db) > 0) walStart = performance.now() - t0;
    }, 2);
    if (doodOp && 'na' in doodOp) timer = setTimeout(dood, doodOp.na);
    kind.on('error', reject);
    kind.on('exit', (code, signaal) => {
      clearInterval(kijker);
      if (timer) clearTimeout(timer);
      kinderen.delete(kind);
      resolve({ gedood: signaal === 'SIGKILL' ? gedood : null, schrijfStart, walStart, duur: performance.now() - t0, code, signaal, stderr, pid: kind.pid });
    });
  });
}

/** Opens the file the way the app does (taking over the dead child's lock note) and checks it. */
async function controleer(db: string, kindPid: number | undefined) {
  const slot = leesSlot(db);
  // A note left behind can only be the killed child's (same computer, dead process).
  if (slot) expect(slot.pid).toBe(kindPid);
  const sessie = await DatabaseSessie.open(db);
  try {
    expect(leesSlot(db)?.pid).toBe(process.pid);
    const d = sessie.db();
    const integriteit = d.pragma('integrity_check') as { integrity_check: string }[];
    expect(integriteit).toEqual([{ integrity_check: 'ok' }]);
    expect(d.pragma('foreign_key_check')).toEqual([]);
    const tel = (t: string) => (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { afspraken: tel('afspraken'), mutatielog: tel('mutatielog') };
  } finally {
    sessie.close();
  }
}

beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-crash-'));
  basis = path.join(map, 'basis', 'schoolinzet.db');
  fs.mkdirSync(path.dirname(basis));
  const { sessie, call, db } = await testOmgeving(basis);
  expect((await call('demo.laden', {})).ok).toBe(true);
  const scholen = (db.prepare('SELECT vestigingscode FROM scholen ORDER BY id').all() as { vestigingscode: string }[]).map((s) => s.vestigingscode);
  const aanbieders = (db.prepare('SELECT naam FROM aanbieders ORDER BY id').all() as { naam: string }[]).map((a) => a.naam);
  const functies = (db.prepare('SELECT code FROM functies ORDER BY code').all() as { code: string }[]).map((f) => f.code);
  const tel = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  voor = { afspraken: tel('afspraken'), mutatielog: tel('mutatielog') };
  sessie.close(); // checkpoints the WAL into the file: the closed file is a complete copy

  // Valid new afspraken in schooljaren the demo does not have (2030 onwards): all of them new.
  const rijen: CelInvoer[][] = [];
  for (let jaar = 2030; rijen.length < RIJEN; jaar++) {
    for (const school of scholen)
      for (const aanbieder of aanbieders)
        for (const functie of functies) {
          if (rijen.length === RIJEN) break;
          const uren = 1 + (rijen.length % 7);
          rijen.push([
            `${jaar}-${jaar + 1}`,
            school,
            null,
            aanbieder,
            functie,
            uren,
            null,
            null,
            72.5,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            'afgesproken',
            null,
            null,
          ]);
        }
  }
  blad = path.join(map, 'afspraken.xlsx');
  fs.writeFileSync(blad, await maakBlad(rijen));
}, 120_000);

afterAll(() => {
  for (const kind of kinderen) kind.kill('SIGKILL');
  fs.rmSync(map, { recursive: true, force: true });
});

describe('crash safety of a large import', () => {
  it(`SIGKILL at ${KILLS} random moments leaves a sound database with all or none of the ${RIJEN} afspraken`, async () => {
    // One full run: how long it takes, and when and how long the write transaction is.
    const meetDb = path.join(map, 'meting', 'schoolinzet.db');
    fs.mkdirSync(path.dirname(meetDb));
    fs.copyFileSync(basis, meetDb);
    const meting = await importeer(meetDb, null);
    expect(meting.code, meting.stderr).toBe(0);
    expect(meting.walStart).not.toBeNull();
    if (heeftProcLocks) expect(meting.schrijfStart).not.toBeNull();
    const na = await controleer(meetDb, meting.pid);
    expect(na.afspraken).toBe(voor.afspraken + RIJEN);
    const nieuweLog = na.mutatielog - voor.mutatielog;
    expect(nieuweLog).toBeGreaterThanOrEqual(RIJEN); // one entry per new afspraak
    // From the write lock to the end: the transaction, its commit, the checkpoint and closing.
    const schrijfduur = meting.schrijfStart === null ? null : meting.duur - meting.schrijfStart;

    const kans = mulberry32(SEED); // seeded, so a failing run can be repeated exactly
    const verslag: string[] = [];
    const uitkomsten = { ervoor: 0, erna: 0 };
    const fasen = new Map<string, number>();
    let kills = 0;
    for (let i = 0; kills < KILLS; i++) {
      expect(i, `na ${MAX_POGINGEN} pogingen pas ${kills} keer gedood`).toBeLessThan(MAX_POGINGEN);
      const db = path.join(map, `poging-${i}`, 'schoolinzet.db');
      fs.mkdirSync(path.dirname(db));
      fs.copyFileSync(basis, db);
      // Even attempts: anywhere in the run. Odd attempts: in the write transaction or around its commit.
      const r = kans();
      const doodOp =
        i % 2 === 0
          ? { na: Math.round(r * 0.9 * meting.duur) }
          : schrijfduur !== null
            ? { naSchrijfslot: Math.round(r * 0.9 * schrijfduur) }
            : { na: Math.round(meting.duur * (0.6 + 0.4 * r)) };
      const run = await importeer(db, doodOp);
      const stand = await controleer(db, run.pid);
      const heel = stand.afspraken === voor.afspraken + RIJEN;
      expect(stand.afspraken === voor.afspraken || heel, `poging ${i}: ${stand.afspraken} afspraken`).toBe(true);
      expect(stand.mutatielog, `poging ${i}: mutatielog hoort bij de afspraken`).toBe(voor.mutatielog + (heel ? nieuweLog : 0));
      if (run.gedood === null) expect(run.code, run.stderr).toBe(0);
      if (run.gedood === null) expect(heel).toBe(true);
      // Killed before it ever took the write lock: nothing can have been written.
      if (heeftProcLocks && run.gedood !== null && run.schrijfStart === null) expect(heel).toBe(false);
      uitkomsten[heel ? 'erna' : 'ervoor']++;
      if (run.gedood !== null) kills++;
      const fase =
        run.gedood === null
          ? 'niet gedood: al klaar'
          : run.walStart !== null
            ? 'bij of na de commit'
            : run.schrijfStart !== null
              ? 'in de schrijftransactie'
              : 'voor het schrijven';
      fasen.set(fase, (fasen.get(fase) ?? 0) + 1);
      verslag.push(
        `poging ${String(i).padStart(2)}: ${'na' in doodOp ? `kill na ${doodOp.na} ms` : `kill ${doodOp.naSchrijfslot} ms na het schrijfslot`}, ` +
          `${run.gedood === null ? '-' : `${Math.round(run.gedood)} ms`} (${fase}) → ${heel ? 'import volledig' : 'import afwezig'}`,
      );
      fs.rmSync(path.dirname(db), { recursive: true, force: true });
    }
    console.log(
      [
        `Crashtest (seed ${SEED.toString(16)}): volle run ${Math.round(meting.duur)} ms, schrijfslot vanaf ${meting.schrijfStart === null ? '?' : Math.round(meting.schrijfStart)} ms, commit (WAL groeit) vanaf ${Math.round(meting.walStart!)} ms.`,
        ...verslag,
        `Moment van de kill: ${[...fasen].map(([f, n]) => `${n}× ${f}`).join(', ')}.`,
        `Uitkomst: ${uitkomsten.ervoor}× import afwezig, ${uitkomsten.erna}× import volledig.`,
      ].join('\n'),
    );
  }, 240_000);
});
