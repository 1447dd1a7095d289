import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, defaultBackupDir } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { dagelijkseBackup, herstelBackup, lijstBackups, maakBackup, roteerBackups, teVerwijderen } from '../../electron/db/backups';
import { DatabaseSessie } from '../../electron/db/sessie';
import { maakOmgeving } from '../../electron/omgeving';
import { invoke } from '../../electron/api/registry';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';

const open: { close(): void }[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function bestand() {
  const env = await testOmgeving(tmpDbPad('zwolle.db'));
  open.push(env.sessie);
  return { ...env, pad: env.omgeving.dbPad(), map: defaultBackupDir(env.omgeving.dbPad()) };
}

function wijken(db: Database.Database): string[] {
  return db.prepare('SELECT naam FROM wijken ORDER BY naam').pluck().all() as string[];
}

/** Local noon of a day, so the tests do not depend on the time zone. */
const dag = (y: number, m: number, d: number, uur = 12) => new Date(y, m - 1, d, uur);

describe('backups', () => {
  it('are made through SQLite, hold the same data, and are single self-contained files', async () => {
    const { db, pad, map } = await bestand();
    db.prepare(`INSERT INTO wijken (naam) VALUES ('Holtenbroek')`).run();
    const b = await maakBackup(db, pad, 'handmatig');
    expect(b.naam).toMatch(/^zwolle-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-handmatig\.db$/);
    expect(fs.readdirSync(map)).toEqual([b.naam]);
    const kopie = new Database(path.join(map, b.naam), { readonly: true });
    expect(kopie.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(kopie.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(dump(kopie)).toEqual(dump(db));
    kopie.close();
    expect(lijstBackups(pad)).toEqual([b]);
    expect(b.grootte).toBe(fs.statSync(path.join(map, b.naam)).size);
  });

  it("lists only this database's backups, newest first, and ignores other files", async () => {
    const { db, pad, map } = await bestand();
    const a = await maakBackup(db, pad, 'dagelijks', { nu: dag(2026, 3, 2) });
    const b = await maakBackup(db, pad, 'voor-import', { nu: dag(2026, 3, 3) });
    fs.writeFileSync(path.join(map, 'hoogeveen-2026-03-04T10-00-00-000Z-handmatig.db'), 'ander bestand');
    fs.writeFileSync(path.join(map, 'lees mij.txt'), 'x');
    fs.writeFileSync(path.join(map, 'zwolle-2026-03-04T10-00-00-000Z-verzonnen.db'), 'x');
    expect(lijstBackups(pad).map((x) => x.naam)).toEqual([b.naam, a.naam]);
    expect(lijstBackups(pad)[0]).toMatchObject({ reden: 'voor-import', datum: dag(2026, 3, 3).toISOString() });
  });

  it('never overwrite a backup made in the same millisecond', async () => {
    const { db, pad } = await bestand();
    const nu = dag(2026, 3, 2);
    const a = await maakBackup(db, pad, 'voor-import', { nu });
    const b = await maakBackup(db, pad, 'voor-import', { nu });
    expect(a.naam).not.toBe(b.naam);
    expect(lijstBackups(pad)).toHaveLength(2);
  });

  it('make the daily backup once per day', async () => {
    const { db, pad } = await bestand();
    expect(await dagelijkseBackup(db, pad, { nu: dag(2026, 3, 2, 9) })).toMatchObject({ reden: 'dagelijks' });
    expect(await dagelijkseBackup(db, pad, { nu: dag(2026, 3, 2, 17) })).toBeNull();
    expect(await dagelijkseBackup(db, pad, { nu: dag(2026, 3, 3, 8) })).toMatchObject({ reden: 'dagelijks' });
    expect(lijstBackups(pad)).toHaveLength(2);
  });
});

describe('rotation', () => {
  const naam = (d: Date, reden = 'dagelijks') => ({ naam: `${d.toISOString()}-${reden}`, datum: d.toISOString() });

  it('keeps every backup of the last 7 days with backups and the newest of the last 4 weeks', () => {
    // Daily backups from Monday 5 January to Friday 27 February 2026, plus three imports on 26 February.
    const alle = [];
    for (let d = dag(2026, 1, 5); d <= dag(2026, 2, 27); d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 12)) alle.push(naam(d));
    const imports = [naam(dag(2026, 2, 26, 10), 'voor-import'), naam(dag(2026, 2, 26, 14), 'voor-import'), naam(dag(2026, 2, 26, 16), 'voor-import')];
    alle.push(...imports);
    const weg = new Set(teVerwijderen(alle));
    const blijft = alle
      .filter((b) => !weg.has(b.naam))
      .map((b) => b.datum)
      .sort();
    const verwacht = [
      // newest of the weeks starting 2, 9 and 16 February (the week of 23 February is in the 7 days)
      dag(2026, 2, 8),
      dag(2026, 2, 15),
      dag(2026, 2, 22),
      // the last 7 days, every backup of them
      dag(2026, 2, 21),
      dag(2026, 2, 23),
      dag(2026, 2, 24),
      dag(2026, 2, 25),
      dag(2026, 2, 26),
      dag(2026, 2, 26, 10),
      dag(2026, 2, 26, 14),
      dag(2026, 2, 26, 16),
      dag(2026, 2, 27),
    ]
      .map((d) => d.toISOString())
      .sort();
    expect(blijft).toEqual(verwacht);
  });

  it('counts days and weeks that have backups, so a long holiday does not empty the folder', () => {
    const voor = [dag(2026, 6, 29), dag(2026, 6, 30), dag(2026, 7, 1), dag(2026, 7, 2), dag(2026, 7, 3)].map((d) => naam(d));
    const na = naam(dag(2026, 8, 24)); // seven weeks later
    expect(teVerwijderen([...voor, na])).toEqual([]);
  });

  it('deletes old files of this database only', async () => {
    const { db, pad, map } = await bestand();
    for (let i = 0; i < 10; i++) await maakBackup(db, pad, 'dagelijks', { nu: dag(2026, 1, 1 + i * 7) });
    const ander = path.join(map, 'hoogeveen-2020-01-01T10-00-00-000Z-dagelijks.db');
    fs.writeFileSync(ander, 'x');
    expect(lijstBackups(pad)).toHaveLength(7); // 10 weekly backups: the 7 most recent days are kept
    expect(roteerBackups(pad)).toEqual([]);
    expect(fs.existsSync(ander)).toBe(true);
    expect(lijstBackups(pad).at(-1)!.datum).toBe(dag(2026, 1, 22).toISOString());
  });
});

describe('herstellen', () => {
  it('puts a backup back after saving the current state, and that restore can be undone', async () => {
    const { db, pad, call } = await bestand();
    db.prepare(`INSERT INTO wijken (naam) VALUES ('Holtenbroek')`).run();
    const gemaakt = await call('backups.maak', {});
    expect(gemaakt.ok).toBe(true);
    if (!gemaakt.ok) return;
    db.prepare(`INSERT INTO wijken (naam) VALUES ('Stadshagen')`).run();

    const hersteld = await call('backups.herstel', { naam: gemaakt.data.naam });
    expect(hersteld.ok).toBe(true);
    if (!hersteld.ok) return;
    expect(wijken(db)).toEqual(['Holtenbroek']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(hersteld.data.backupVooraf.reden).toBe('voor-herstel');
    expect(db.prepare(`SELECT methode, entiteit_id FROM mutatielog WHERE methode = 'backups.herstel'`).all()).toEqual([
      { methode: 'backups.herstel', entiteit_id: gemaakt.data.naam },
    ]);

    const terug = await call('backups.herstel', { naam: hersteld.data.backupVooraf.naam });
    expect(terug.ok).toBe(true);
    expect(wijken(db)).toEqual(['Holtenbroek', 'Stadshagen']);

    const lijst = await call('backups.lijst', {});
    expect(lijst.ok && lijst.data.map).toBe(defaultBackupDir(pad));
    expect(lijst.ok && lijst.data.backups.map((b) => b.reden).sort()).toEqual(['handmatig', 'voor-herstel', 'voor-herstel']);
  });

  it('brings a backup from before an update up to the current schema', async () => {
    const { db, pad, map } = await bestand();
    db.prepare(`INSERT INTO wijken (naam) VALUES ('Holtenbroek')`).run();
    // A backup made by the previous version: all but the last migration (at least the bookkeeping).
    fs.mkdirSync(map, { recursive: true });
    const oud = path.join(map, 'zwolle-2026-01-05T11-00-00-000Z-voor-bijwerken.db');
    const raw = new Database(oud);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec('CREATE TABLE schema_migrations (volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)');
    for (const m of MIGRATIONS.slice(0, -1)) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(m.id, 'vroeger');
    }
    raw.close();
    const voor = fs.readFileSync(oud);
    await herstelBackup(db, pad, path.basename(oud));
    expect(db.prepare('SELECT id FROM schema_migrations ORDER BY volgorde').pluck().all()).toEqual(MIGRATIONS.map((m) => m.id));
    expect(wijken(db)).toEqual([]);
    expect(fs.readFileSync(oud).equals(voor)).toBe(true);
  });

  it('refuses names that are not in the list, paths, damaged and newer backups, and changes nothing', async () => {
    const { db, pad, map, call } = await bestand();
    db.prepare(`INSERT INTO wijken (naam) VALUES ('Holtenbroek')`).run();
    const goed = await maakBackup(db, pad, 'handmatig', { nu: dag(2026, 3, 1) });
    const voor = dump(db);

    for (const naam of ['../zwolle.db', '/etc/passwd', 'C:\\Windows\\x.db', 'bestaat-niet.db', 'zwolle-2026-03-01T11-00-00-000Z-handmatig.db.txt']) {
      const r = await call('backups.herstel', { naam });
      expect(r.ok, naam).toBe(false);
      if (!r.ok) expect(r.fout.melding).toMatch(/reservekopie/i);
    }

    // Damaged: the middle of the file overwritten.
    const kapot = path.join(map, 'zwolle-2026-03-02T11-00-00-000Z-handmatig.db');
    const bytes = fs.readFileSync(path.join(map, goed.naam));
    bytes.fill(0x5a, 4096 * 2, 4096 * 6);
    fs.writeFileSync(kapot, bytes);
    const r1 = await call('backups.herstel', { naam: path.basename(kapot) });
    expect(r1).toMatchObject({ ok: false, fout: { code: 'bestand' } });
    if (!r1.ok) expect(r1.fout.melding).toMatch(/kan niet worden hersteld: .*beschadigd/);

    // Newer: a migration this version does not know.
    const nieuwer = path.join(map, 'zwolle-2026-03-03T11-00-00-000Z-handmatig.db');
    fs.copyFileSync(path.join(map, goed.naam), nieuwer);
    const raw = new Database(nieuwer);
    raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run('999_toekomst', 'later');
    raw.close();
    const r2 = await call('backups.herstel', { naam: path.basename(nieuwer) });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.fout.melding).toMatch(/nieuwere versie/);

    expect(dump(db)).toEqual(voor);
    // No backup of the current state was made for a refused restore.
    expect(lijstBackups(pad).filter((b) => b.reden === 'voor-herstel')).toEqual([]);
    expect(fs.readdirSync(path.dirname(pad)).filter((f) => f.includes('herstel'))).toEqual([]);
  });

  it('is refused on a file opened read-only', async () => {
    const { db, pad, sessie } = await bestand();
    const b = await maakBackup(db, pad, 'handmatig');
    sessie.close();
    const alleenLezen = await DatabaseSessie.open(pad, { readonly: true });
    open.push(alleenLezen);
    const r = await invoke('backups.herstel', { naam: b.naam }, maakOmgeving(alleenLezen, { gebruiker: 'tester' }));
    expect(r).toMatchObject({ ok: false, fout: { code: 'conflict' } });
  });
});
