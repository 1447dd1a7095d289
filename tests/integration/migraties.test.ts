import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, DatabaseFout, appliedMigrations, openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { tmpDbPad } from '../helpers/db';

function bytes(file: string) {
  return fs.readFileSync(file);
}

describe('migrations', () => {
  it('apply to an empty file: the seed functies, and no aanbieders (nothing of one gemeente)', async () => {
    const file = tmpDbPad();
    const { db, applied, backup } = await openDatabase(file);
    expect(applied).toEqual(MIGRATIONS.map((m) => m.id));
    expect(backup).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.prepare('SELECT count(*) FROM aanbieders').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM functies').pluck().get()).toBe(8);
    db.close();
  });

  it('open a current file again without applying anything', async () => {
    const file = tmpDbPad();
    (await openDatabase(file)).db.close();
    const again = await openDatabase(file);
    expect(again.applied).toEqual([]);
    again.db.close();
  });

  it('bring a file of the previous version up to date, after a backup through the backup API', async () => {
    const file = tmpDbPad();
    // A file made by the previous version: all but the last migration. With one migration known,
    // that previous version is the bare file with only the bookkeeping table.
    const vorige = MIGRATIONS.slice(0, -1);
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec('CREATE TABLE schema_migrations (volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)');
    for (const m of vorige) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(m.id, 'vroeger');
    }
    raw.close();
    const { db, applied, backup } = await openDatabase(file);
    expect(applied).toEqual(MIGRATIONS.slice(vorige.length).map((m) => m.id));
    expect(appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.id));
    if (vorige.length > 0) {
      expect(backup && fs.existsSync(backup)).toBe(true);
      const kopie = new Database(backup!, { readonly: true });
      expect(appliedMigrations(kopie)).toEqual(vorige.map((m) => m.id));
      kopie.close();
    }
    db.close();
  });

  it('refuse a file made by a newer version, and leave it unchanged', async () => {
    const file = tmpDbPad();
    const { db } = await openDatabase(file);
    db.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run('999_toekomst', 'later');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const voor = bytes(file);
    await expect(openDatabase(file)).rejects.toThrow(/nieuwere versie van Schoolinzet/);
    await expect(openDatabase(file)).rejects.toBeInstanceOf(DatabaseFout);
    expect(bytes(file).equals(voor)).toBe(true);
  });

  it('refuse a file that is not a Schoolinzet database, and leave it unchanged', async () => {
    const tekst = tmpDbPad('notities.db');
    fs.writeFileSync(tekst, 'Dit is geen database, maar een boodschappenlijst.\n'.repeat(200));
    await expect(openDatabase(tekst)).rejects.toThrow(/geen Schoolinzet-database/);
    expect(fs.readFileSync(tekst, 'utf8')).toMatch(/^Dit is geen database/);

    const ander = tmpDbPad('ander.db');
    const raw = new Database(ander);
    raw.exec('CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)');
    raw.close();
    const voor = bytes(ander);
    await expect(openDatabase(ander)).rejects.toThrow(/geen Schoolinzet-database/);
    expect(bytes(ander).equals(voor)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(ander), 'ander.db-wal'))).toBe(false);
  });

  it('roll back a migration that fails halfway, bookkeeping included', async () => {
    const file = tmpDbPad();
    const { db } = await openDatabase(file);
    const kapot = { id: '999_kapot', sql: 'CREATE TABLE half (x); INSERT INTO bestaat_niet VALUES (1);' };
    expect(() =>
      db.transaction(() => {
        db.exec(kapot.sql);
        db.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(kapot.id, 'nu');
      })(),
    ).toThrow();
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'half'`).pluck().get()).toBe(0);
    expect(appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.id));
    db.close();
  });
});
