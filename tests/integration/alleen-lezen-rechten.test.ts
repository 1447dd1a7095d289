// Honest read-only (issue 14): a file or folder the user may not write opens read-only with the
// reason, before anything else happens; WAL files in a read-only folder are read where SQLite can,
// and otherwise the message says the folder is read-only, not that the file is damaged. The check
// runs as the unprivileged user `nobody` (root may write everywhere; see tests/helpers/niet-beheerder).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { invoke } from '../../electron/api/registry';
import { DatabaseSessie } from '../../electron/db/sessie';
import { maakOmgeving } from '../../electron/omgeving';
import { cliAlsNietBeheerder, nietBeheerder } from '../helpers/niet-beheerder';

const mappen: string[] = [];
afterAll(() => {
  for (const m of mappen) {
    fs.chmodSync(m, 0o755);
    fs.rmSync(m, { recursive: true, force: true });
  }
});

/** A folder with the Voorbeeld Zwolle database in it (made by root, closed cleanly). */
async function demoMap(): Promise<{ map: string; pad: string }> {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-rechten-'));
  mappen.push(map);
  const pad = path.join(map, 'gedeeld.db');
  expect(await main(['demo', '--db', pad], { out: () => undefined, err: () => undefined })).toBe(0);
  return { map, pad };
}

function inhoud(map: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(map)
      .sort()
      .map((n) => [n, fs.readFileSync(path.join(map, n)).toString('base64')]),
  );
}

const ENGELS = /SqliteError|attempt to write|readonly database|EACCES|Error:/;

describe('a file the user may not write', () => {
  it('opens read-only with the reason; a write is refused in Dutch with exit 1, and nothing is made or changed', async () => {
    const { map, pad } = await demoMap();
    fs.chmodSync(map, 0o777); // the folder is writable for everyone…
    fs.chmodSync(pad, 0o644); // …the file only for its owner (root)
    const voor = inhoud(map);

    const info = cliAlsNietBeheerder('info', '--db', pad);
    expect(info.err).toBe('');
    expect(info.code).toBe(0);
    expect(info.out).toContain('Alleen-lezen:  Je mag gedeeld.db niet wijzigen');

    const schrijf = cliAlsNietBeheerder('demo', '--db', pad);
    expect(schrijf.code).toBe(1);
    expect(schrijf.err).toMatch(/^Je mag gedeeld\.db niet wijzigen .* alleen-lezen geopend\. .*Daarom: het voorbeeld kan niet worden geladen\./);
    expect(schrijf.err).not.toMatch(ENGELS);
    // The file is byte for byte as before; no backup, no lock note (SQLite may keep its -wal/-shm
    // helper files for reading in this writable folder).
    expect(inhoud(map)['gedeeld.db']).toEqual(voor['gedeeld.db']);
    expect(fs.readdirSync(map).filter((n) => !/^gedeeld\.db(-wal|-shm)?$/.test(n))).toEqual([]);

    const kosten = cliAlsNietBeheerder('kosten', '--begrotingsjaar', '2017', '--db', pad);
    expect(kosten.code).toBe(0);
    expect(kosten.out).toContain('320.000');
  });
});

describe('a folder the user may not write', () => {
  it('opens a file with a rollback journal read-only with the folder as reason, and reads it', async () => {
    const { map, pad } = await demoMap();
    const db = await DatabaseSessie.open(pad, { rollbackJournal: true }); // as on a network drive
    db.close();
    fs.chmodSync(pad, 0o666);
    fs.chmodSync(map, 0o555);
    const voor = inhoud(map);
    const info = cliAlsNietBeheerder('info', '--db', pad);
    expect(info.err).toBe('');
    expect(info.code).toBe(0);
    expect(info.out).toContain(`Alleen-lezen:  Je mag niet schrijven in de map ${map}.`);
    const schrijf = cliAlsNietBeheerder('demo', '--db', pad);
    expect(schrijf.code).toBe(1);
    expect(schrijf.err).toContain(`Je mag niet schrijven in de map ${map}.`);
    expect(schrijf.err).not.toMatch(ENGELS);
    expect(inhoud(map)).toEqual(voor);
  });

  it('a WAL-mode file without its -shm file is read from a read-only copy in a temp folder, and says so; a write is refused', async () => {
    const { map, pad } = await demoMap(); // closed cleanly: in WAL mode, no -wal or -shm beside it
    fs.chmodSync(pad, 0o644);
    fs.chmodSync(map, 0o555);
    const voor = inhoud(map);
    for (const argv of [['info'], ['info', '--alleen-lezen']]) {
      const r = cliAlsNietBeheerder(...argv, '--db', pad);
      expect(r.err, argv.join(' ')).toBe('');
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out).toContain(
        `Alleen-lezen:  Je mag niet schrijven in de map ${map}, en SQLite kan gedeeld.db daar niet lezen zonder een hulpbestand (gedeeld.db-shm) te maken.`,
      );
      expect(r.out).toContain('Schoolinzet heeft daarom een kopie van gedeeld.db alleen-lezen geopend');
      expect(r.out).not.toMatch(ENGELS);
    }
    const schrijf = cliAlsNietBeheerder('demo', '--db', pad);
    expect(schrijf.code).toBe(1);
    expect(schrijf.err).toContain('een kopie van gedeeld.db alleen-lezen geopend');
    expect(schrijf.err).not.toMatch(/beschadigd en kan niet|herstel een reservekopie/);
    expect(schrijf.err).not.toMatch(ENGELS);
    expect(inhoud(map)).toEqual(voor);
  });

  it('reads what is still in the WAL file, with its -shm file beside it, and without it from a read-only copy', async () => {
    const { pad } = await demoMap();
    // A colleague's (or a crashed) session: a wijk that is only in the WAL file, not yet in the file.
    const sessie = await DatabaseSessie.open(pad);
    sessie.db().pragma('wal_autocheckpoint = 0');
    sessie.db().pragma('wal_checkpoint(TRUNCATE)');
    const r = await invoke('wijken.maak', { naam: 'Alleen in de WAL' }, maakOmgeving(sessie, { gebruiker: 'collega' }));
    expect(r.ok).toBe(true);
    const kopie = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-rechten-wal-'));
    mappen.push(kopie);
    const kopiePad = path.join(kopie, 'gedeeld.db');
    for (const deel of ['', '-wal', '-shm']) fs.copyFileSync(pad + deel, kopiePad + deel);
    sessie.close();
    expect(fs.statSync(kopiePad + '-wal').size).toBeGreaterThan(0);
    for (const deel of ['', '-wal', '-shm']) fs.chmodSync(kopiePad + deel, 0o644);
    fs.chmodSync(kopie, 0o555);

    const info = cliAlsNietBeheerder('info', '--json', '--alleen-lezen', '--db', kopiePad);
    expect(info.err).toBe('');
    expect(info.code).toBe(0);
    const wijken = JSON.parse(info.out).aantallen.wijken as number;
    const zonder = await DatabaseSessie.open(pad, { alleenLezen: true });
    const inBestand = (zonder.db().prepare('SELECT count(*) AS n FROM wijken').get() as { n: number }).n;
    expect(wijken).toBe(inBestand);
    zonder.close();

    // Without the -shm file SQLite cannot read the WAL file there: Schoolinzet reads a copy of the
    // file and its WAL in a temp folder (the wijk of the WAL is there), says so, and removes it after.
    fs.chmodSync(kopie, 0o755);
    fs.rmSync(kopiePad + '-shm');
    fs.chmodSync(kopie, 0o555);
    const voor = inhoud(kopie);
    const tmp = nietBeheerder().home;
    // A copy left by a process that is gone is removed; one of a process that runs (this one) stays.
    const dood = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    for (const pid of [dood, String(process.pid)]) {
      const oud = path.join(tmp, `schoolinzet-kopie-${pid}-oud`);
      fs.mkdirSync(path.join(oud, 'binnen'), { recursive: true });
      for (const m of [oud, path.join(oud, 'binnen')]) fs.chmodSync(m, 0o777);
    }
    const kopieenVoor = [`schoolinzet-kopie-${process.pid}-oud`];
    for (const argv of [
      ['info', '--json', '--alleen-lezen'],
      ['info', '--json'],
    ]) {
      const r2 = cliAlsNietBeheerder(...argv, '--db', kopiePad);
      expect(r2.err, argv.join(' ')).toBe('');
      expect(r2.code, argv.join(' ')).toBe(0);
      const json = JSON.parse(r2.out) as { bestand: string; aantallen: { wijken: number }; alleenLezen: boolean; alleenLezenReden: string };
      expect(json.aantallen.wijken).toBe(wijken);
      expect(json.alleenLezenReden).toContain('Schoolinzet heeft daarom een kopie van gedeeld.db (met gedeeld.db-wal) alleen-lezen geopend');
      expect(json.alleenLezenReden).not.toMatch(/beschadigd/);
    }
    // The file alone (without its WAL) lacks the wijk: the copy really read the WAL.
    const alleen = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-rechten-zonder-wal-'));
    mappen.push(alleen);
    fs.copyFileSync(kopiePad, path.join(alleen, 'gedeeld.db'));
    const zonderWal = await DatabaseSessie.open(path.join(alleen, 'gedeeld.db'), { alleenLezen: true });
    expect(zonderWal.db().prepare("SELECT count(*) FROM wijken WHERE naam = 'Alleen in de WAL'").pluck().get()).toBe(0);
    expect(zonderWal.db().prepare('SELECT count(*) FROM wijken').pluck().get()).toBe(wijken - 1);
    zonderWal.close();
    const kosten = cliAlsNietBeheerder('kosten', '--begrotingsjaar', '2017', '--db', kopiePad);
    expect(kosten.code).toBe(0);
    expect(kosten.out).toContain('320.000');
    const schrijf = cliAlsNietBeheerder('demo', '--db', kopiePad);
    expect(schrijf.code).toBe(1);
    expect(schrijf.err).toContain('alleen-lezen geopend');
    expect(schrijf.err).not.toMatch(ENGELS);
    // Nothing changed beside the file; the copies are gone again.
    expect(inhoud(kopie)).toEqual(voor);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('schoolinzet-kopie-'))).toEqual(kopieenVoor);
  });
});

describe('export with --alleen-lezen', () => {
  it('writes the workbook from a file that is open read-only', async () => {
    const { map, pad } = await demoMap();
    const uit = path.join(map, 'financieel.xlsx');
    const err: string[] = [];
    const code = await main(['export', 'financieel', '--begrotingsjaar', '2018', '--alleen-lezen', '--out', uit, '--db', pad], {
      out: () => undefined,
      err: (t) => err.push(t),
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(fs.readFileSync(uit).subarray(0, 2).toString()).toBe('PK');
  });
});
