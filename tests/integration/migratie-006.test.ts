// Migration 006: a new file holds no aanbieders; a file in use keeps its aanbieders and every
// figure to the cent; the postcoderegels table arrives.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { invoke } from '../../electron/api/registry';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';

const ID = '006_besturen_wijkregels';
const SEED = ['De Kern', 'MEE IJsseloevers', 'Trias Jeugdhulp', 'SWT Zwolle', 'Stichting Welzijnswerk'];

/** A file as the version before 006 left it (001 seeded the five aanbieders). */
function bestandVoor006(vul?: (db: Database.Database) => void): string {
  const file = tmpDbPad();
  const raw = new Database(file);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.exec('CREATE TABLE schema_migrations (volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)');
  for (const m of MIGRATIONS.slice(
    0,
    MIGRATIONS.findIndex((m) => m.id === ID),
  )) {
    raw.exec(m.sql);
    raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(m.id, 'vroeger');
  }
  expect(raw.prepare('SELECT naam FROM aanbieders ORDER BY id').pluck().all()).toEqual(SEED);
  vul?.(raw);
  raw.close();
  return file;
}

const namen = (db: Database.Database) => db.prepare('SELECT naam FROM aanbieders ORDER BY id').pluck().all();

describe('migratie 006', () => {
  it('removes the seeded aanbieders from a file without afspraken that never touched them', async () => {
    const { db } = await openDatabase(bestandVoor006());
    expect(namen(db)).toEqual([]);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'postcoderegels'`).pluck().get()).toBe(1);
    db.close();
  });

  it('keeps every aanbieder of a file that has afspraken', async () => {
    const file = bestandVoor006((raw) => {
      raw.prepare(`INSERT INTO scholen (vestigingscode, brin, naam, sector) VALUES ('12AB00', '12AB', 'De Es', 'PO')`).run();
      raw
        .prepare(
          `INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, aandeel_gemeente, aandeel_onderwijs, status)
                   VALUES (2017, 1, 5, 'JMW', 4, 100, 0, 'getekend')`,
        )
        .run();
    });
    const { db } = await openDatabase(file);
    expect(namen(db)).toEqual(SEED);
    db.close();
  });

  it('keeps an aanbieder the user filled in or edited through the app, even in a file without afspraken', async () => {
    const file = bestandVoor006((raw) => {
      raw.prepare(`UPDATE aanbieders SET email = 'info@sww.nl' WHERE naam = 'Stichting Welzijnswerk'`).run();
      raw.prepare(`UPDATE aanbieders SET korte_naam = 'Kern' WHERE naam = 'De Kern'`).run();
      raw
        .prepare(
          `INSERT INTO mutatielog (tijd, gebruiker, methode, entiteit, entiteit_id, oud, nieuw) VALUES ('nu', 'ik', 'aanbieders.wijzig', 'aanbieder', '2', '{}', '{}')`,
        )
        .run();
    });
    const { db } = await openDatabase(file);
    expect(namen(db)).toEqual(['MEE IJsseloevers', 'Stichting Welzijnswerk']);
    db.close();
  });

  it('keeps every figure of the demo to the cent (006 applied again to a demo file)', async () => {
    const pad = tmpDbPad();
    const env = await testOmgeving(pad);
    await laadVoorbeeldZwolle(invoke, env.omgeving);
    const cijfers = async (call: typeof env.call) => {
      const uit: unknown[] = [];
      for (const jaar of [2015, 2016, 2017, 2018, 2019]) {
        uit.push(await call('kosten.begrotingsjaar', { begrotingsjaar: jaar }), await call('dekking.begrotingsjaar', { begrotingsjaar: jaar }));
      }
      for (const sj of [2015, 2016, 2017, 2018]) uit.push(await call('kosten.schooljaar', { schooljaar: sj }));
      return uit;
    };
    const voor = await cijfers(env.call);
    const tabellenVoor = dump(env.db);
    // The demo file as if 006 had not run yet (its aanbieders are still there, with afspraken), and
    // then 006 itself run on it. (Through the open path it cannot run again: later migrations are applied.)
    env.db.exec('DROP TABLE postcoderegels;');
    env.db.transaction(() => env.db.exec(MIGRATIONS.find((m) => m.id === ID)!.sql))();
    env.sessie.close();
    const na = await testOmgeving(pad);
    expect(await cijfers(na.call)).toEqual(voor);
    // The werkplannen come back from the afspraken' dates without submission dates and names, with a
    // mutatielog row each (tested in werkplannen.test.ts); every other table is as before.
    const { schema_migrations: _a, werkplannen: _w, mutatielog: _m, ...rest } = dump(na.db);
    const { schema_migrations: _b, werkplannen: _v, mutatielog: _n, ...restVoor } = tabellenVoor;
    expect(rest).toEqual(restVoor);
    na.sessie.close();
  });
});
