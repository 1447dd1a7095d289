// Migration 005 (functies without the fixed CHECK, OT composition) on a file with data made by the
// previous schema: every total stays the same to the cent, the REFERENCES functies(code) of
// afspraken and regeling_basisinzet keep working, and a gemeente's own functie can then be added.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { invoke } from '../../electron/api/registry';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { ok } from '../helpers/registratie';

const TOT_005 = MIGRATIONS.slice(
  0,
  MIGRATIONS.findIndex((m) => m.id === '005_functies_regeling'),
);

async function totalen(env: Awaited<ReturnType<typeof testOmgeving>>) {
  const uit: Record<string, unknown> = {};
  for (const jaar of [2015, 2016, 2017, 2018, 2019]) {
    uit[`kosten ${jaar}`] = await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: jaar });
    uit[`dekking ${jaar}`] = await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: jaar });
    uit[`schooljaar ${jaar}`] = await ok(env, 'kosten.schooljaar', { schooljaar: jaar });
    uit[`ot ${jaar}`] = await ok(env, 'dekkingsgraad.ot', { schooljaar: jaar });
  }
  return uit;
}

describe('migration 005 on a file of the previous schema', () => {
  it('keeps every figure of Voorbeeld Zwolle to the cent and the references to functies', async () => {
    // The demo as the current version makes it, and its figures.
    const bronPad = tmpDbPad('bron.db');
    const bron = await testOmgeving(bronPad);
    await laadVoorbeeldZwolle(invoke, bron.omgeving);
    const voor = await totalen(bron);
    bron.sessie.close();

    // The same rows in a file that stopped before 005.
    const oudPad = tmpDbPad('oud.db');
    const raw = new Database(oudPad);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec('CREATE TABLE schema_migrations (volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)');
    for (const m of TOT_005) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(m.id, 'vroeger');
    }
    raw.exec(`ATTACH '${bronPad.replace(/'/g, "''")}' AS bron`);
    const tabellen = raw
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('schema_migrations') AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    raw.pragma('foreign_keys = OFF');
    for (const t of tabellen) {
      // Columns of both schemas (007 dropped the afspraken' werkplan columns from the current one).
      const bron = new Set(raw.prepare(`SELECT name FROM pragma_table_info(?, 'bron')`).pluck().all(t) as string[]);
      const kolommen = (raw.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).pluck().all(t) as string[])
        .filter((k) => bron.has(k))
        .map((k) => `"${k}"`)
        .join(', ');
      // A table a later migration replaced (011: proeftuin indicators became indicatoren) stays empty.
      if (!kolommen) continue;
      raw.exec(`DELETE FROM main."${t}"; INSERT INTO main."${t}" (${kolommen}) SELECT ${kolommen} FROM bron."${t}"`);
    }
    // Before migration 012 the demo's maatwerk uren were the afspraken's own columns (its records cover the afspraak with its split).
    raw.exec(`UPDATE main.afspraken SET
      extra_uren = COALESCE((SELECT total(ai.uren_per_week) FROM bron.aanvullende_inzet ai WHERE ai.afspraak_id = afspraken.id), 0),
      toelichting_extra_uren = (SELECT group_concat(ai.reden, '; ') FROM bron.aanvullende_inzet ai WHERE ai.afspraak_id = afspraken.id)`);
    raw.exec('DETACH bron');
    expect(raw.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'functies'`).pluck().get()).toMatch(/CHECK \(code IN/);
    raw.close();

    const { db, applied } = await openDatabase(oudPad);
    expect(applied).toContain('005_functies_regeling');
    expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'functies'`).pluck().get()).not.toMatch(/code IN/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();

    const na = await testOmgeving(oudPad);
    expect(await totalen(na)).toEqual(voor);
    // afspraken.functie still references the (rebuilt) functies table.
    expect(() => na.db.prepare(`UPDATE afspraken SET functie = 'BESTAATNIET' WHERE id = (SELECT min(id) FROM afspraken)`).run()).toThrow(/FOREIGN KEY/);
    expect(() => na.db.prepare(`DELETE FROM functies WHERE code = 'JGW'`).run()).toThrow(/FOREIGN KEY/);
    // And the list is the gemeente's own now.
    await ok(na, 'functies.maak', { code: 'JGZ', naam: 'Jeugdgezondheidszorg', betaler: 'gemeente', otRol: null });
    expect((await ok(na, 'functies.lijst', {})).map((f) => f.code)).toEqual(['SMW', 'JGW', 'JMW', 'JW', 'JP', 'IB', 'ZC', 'ORTHO', 'JGZ']);
    na.sessie.close();
  }, 120_000);
});
