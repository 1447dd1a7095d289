// Migration 004 (tarieven per schooljaar) keeps every total of an existing file to the cent: the
// demo, and a large registry made with the previous schema (001-003) with a weeks setting of 38,
// standaard rates, afspraken with and without their own rate and a regeling with its own rate.
// "Before" is computed as the previous version did: its loader SQL (own, else regeling; null = the
// setting) straight on the old file, fed to the same engines.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { genereerAfspraken, vulAfspraken, type BenchSchool } from '../../bench/data';
import { MIGRATIONS } from '../../electron/db/migrations';
import { APPLICATION_ID, openDatabase } from '../../electron/db/open';
import { DatabaseSessie } from '../../electron/db/sessie';
import { laadLookups } from '../../electron/db/kosten-repo';
import { leesInstellingen } from '../../electron/db/instellingen-repo';
import { kostenoverzicht, totalenPerBegrotingsjaar } from '../../electron/domain/kosten';
import type { AfspraakBasis, FunctieCode, Kostenoverzicht } from '../../electron/domain';
import type { Betaler } from '../../electron/domain/eigen-inzet';
import type { Db } from '../../electron/db/open';
import { maakOmgeving } from '../../electron/omgeving';
import { invoke } from '../../electron/api/registry';
import { testOmgeving, tmpDbPad } from '../helpers/db';

const VORIGE = MIGRATIONS.filter((m) => m.id < '004');

/** An empty file as the previous version made it: migrations 001-003 and their bookkeeping. */
function oudBestand(pad: string): Database.Database {
  const raw = new Database(pad);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.pragma('journal_mode = WAL');
  raw.exec('CREATE TABLE schema_migrations (volgorde INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, toegepast_op TEXT NOT NULL)');
  for (const m of VORIGE) {
    raw.exec(m.sql);
    raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run(m.id, 'vroeger');
  }
  return raw;
}

/** The previous version's loader (kosten-repo before migration 004). */
function oudeAfspraken(db: Db | Database.Database): AfspraakBasis[] {
  return db
    .prepare(
      `SELECT a.id, a.schooljaar, a.school_id AS schoolId, a.aanbieder_id AS aanbiederId, a.functie, a.basisuren AS basisurenPerWeek,
         a.extra_uren AS extraUrenPerWeek, COALESCE(a.weken_per_jaar, r.weken_per_jaar) AS wekenPerJaar,
         COALESCE(a.uurtarief_cents, rb.uurtarief_cents) AS uurtariefCents, a.vast_bedrag_cents AS vastBedragCents,
         a.aandeel_gemeente AS aandeelGemeente, a.aandeel_onderwijs AS aandeelOnderwijs, a.aandeel_overig AS aandeelOverig,
         a.overige_financier AS overigeFinancier, a.startdatum, a.einddatum, a.status
       FROM afspraken a
       LEFT JOIN regelingen r ON r.id = a.regeling_id
       LEFT JOIN regeling_basisinzet rb ON a.regeling_id IS NOT NULL AND rb.regeling_id = a.regeling_id AND rb.functie = a.functie
         AND rb.sector = (SELECT s.sector FROM scholen s WHERE s.id = a.school_id)
       ORDER BY a.id`,
    )
    .all() as AfspraakBasis[];
}

interface Totalen {
  begrotingsjaren: Kostenoverzicht[];
  schooljaren: Kostenoverzicht[];
  trend: ReturnType<typeof totalenPerBegrotingsjaar>;
}

function oudeTotalen(db: Db, van: number, tot: number): Totalen {
  const afspraken = oudeAfspraken(db);
  const ctx = leesInstellingen(db);
  // With the functies' betalers, as the kosten API groups the eigen inzet onderwijs per aanbieder (issue 15).
  const betalers = new Map(db.prepare('SELECT code, betaler FROM functies').raw().all() as [FunctieCode, Betaler][]);
  const lookups = { ...laadLookups(db), betalers };
  const jaren = Array.from({ length: tot - van + 2 }, (_, i) => van + i);
  return {
    begrotingsjaren: jaren.map((j) =>
      kostenoverzicht(
        afspraken.filter((a) => a.schooljaar === j || a.schooljaar === j - 1),
        { begrotingsjaar: j },
        ctx,
        lookups,
      ),
    ),
    schooljaren: jaren.slice(0, -1).map((s) =>
      kostenoverzicht(
        afspraken.filter((a) => a.schooljaar === s),
        { schooljaar: s },
        ctx,
        lookups,
      ),
    ),
    trend: totalenPerBegrotingsjaar(afspraken, van, tot + 1, ctx),
  };
}

async function nieuweTotalen(pad: string, van: number, tot: number): Promise<Totalen & { lijst: unknown[] }> {
  const sessie = await DatabaseSessie.open(pad);
  const omgeving = maakOmgeving(sessie, { gebruiker: 'tester' });
  const call = async (m: string, input: unknown) => {
    const r = await invoke(m as never, input, omgeving);
    if (!r.ok) throw new Error(r.fout.melding);
    return r.data as never;
  };
  const jaren = Array.from({ length: tot - van + 2 }, (_, i) => van + i);
  const uit = {
    begrotingsjaren: [] as Kostenoverzicht[],
    schooljaren: [] as Kostenoverzicht[],
    trend: [] as Totalen['trend'],
    lijst: [] as unknown[],
  };
  // The engines' figures only; the warnings beside them are not part of the totals.
  const zonder = ({ waarschuwingen, ...k }: Kostenoverzicht & { waarschuwingen: unknown }) => (void waarschuwingen, k);
  for (const j of jaren) uit.begrotingsjaren.push(zonder(await call('kosten.begrotingsjaar', { begrotingsjaar: j })));
  for (const s of jaren.slice(0, -1)) {
    uit.schooljaren.push(zonder(await call('kosten.schooljaar', { schooljaar: s })));
    uit.lijst.push(((await call('afspraken.lijst', { schooljaar: s, limiet: 5 })) as { totalen: unknown }).totalen);
  }
  const trend = (await call('kosten.perJaar', { van, tot: tot + 1 })) as {
    jaren: { jaar: number; totaal: number; gemeente: number; onderwijs: number; overig: number; inVoorbereiding: unknown }[];
  };
  uit.trend = trend.jaren.map((j) => ({
    jaar: j.jaar,
    geteld: { totaal: j.totaal, gemeente: j.gemeente, onderwijs: j.onderwijs, overig: j.overig },
    inVoorbereiding: j.inVoorbereiding,
  })) as Totalen['trend'];
  sessie.close();
  return uit;
}

describe('migration 004 keeps every total to the cent', () => {
  it('on the demo (Voorbeeld Zwolle)', async () => {
    // The demo as the app makes it, then its rows in a file of the previous schema.
    const nieuw = tmpDbPad('demo-nu.db');
    const env = await testOmgeving(nieuw);
    const r = await invoke('demo.laden', {}, env.omgeving);
    expect(r.ok).toBe(true);
    env.db.pragma('wal_checkpoint(TRUNCATE)');
    env.sessie.close();

    const pad = tmpDbPad('demo-oud.db');
    const raw = oudBestand(pad);
    raw.exec(`ATTACH DATABASE '${nieuw.replace(/'/g, "''")}' AS bron`);
    const tabellen = raw
      .prepare(`SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT IN ('schema_migrations') AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    raw.pragma('foreign_keys = OFF');
    raw.transaction(() => {
      for (const t of tabellen) {
        raw.exec(`DELETE FROM main."${t}"`);
        // Only the columns of the previous schema: later migrations (005 on) add columns of their own.
        // ... and those the current schema still has (007 dropped the afspraken' werkplan columns).
        const bron = new Set(raw.prepare(`SELECT name FROM pragma_table_info('${t}', 'bron')`).pluck().all() as string[]);
        const kolommen = (raw.prepare(`SELECT name FROM pragma_table_info('${t}', 'main')`).pluck().all() as string[])
          .filter((k) => bron.has(k))
          .map((k) => `"${k}"`)
          .join(', ');
        // A table a later migration replaced (011: proeftuin indicators became indicatoren) stays empty.
        if (!kolommen) continue;
        raw.exec(`INSERT INTO main."${t}" (${kolommen}) SELECT ${kolommen} FROM bron."${t}"`);
      }
    })();
    raw.exec('DETACH DATABASE bron');
    expect(raw.prepare('SELECT count(*) FROM afspraken').pluck().get()).toBeGreaterThan(500);
    const voor = oudeTotalen(raw as unknown as Db, 2015, 2019);
    raw.close();

    const { db, applied } = await openDatabase(pad);
    expect(applied).toContain('004_tarieven');
    // Every functie's rate from the earliest schooljaar in the file.
    const rijen = db.prepare('SELECT functie, vanaf_schooljaar AS vanaf, uurtarief_cents AS c, weken_per_jaar AS w FROM tarieven ORDER BY functie').all() as {
      functie: string;
      vanaf: number;
      c: number;
      w: number;
    }[];
    expect(rijen).toHaveLength(8);
    expect(new Set(rijen.map((t) => t.vanaf))).toEqual(new Set([2015]));
    expect(rijen.find((t) => t.functie === 'JGW')!.c).toBe(db.prepare("SELECT standaard_uurtarief_cents FROM functies WHERE code = 'JGW'").pluck().get());
    db.close();

    const na = await nieuweTotalen(pad, 2015, 2019);
    expect(na.begrotingsjaren).toEqual(voor.begrotingsjaren);
    expect(na.schooljaren).toEqual(voor.schooljaren);
    expect(na.trend).toEqual(voor.trend);
    // The Afspraken table's totals agree with the schooljaar overview, to the cent.
    na.lijst.forEach((t, i) => {
      const s = voor.schooljaren[i];
      expect((t as { geteld: { totaal: number; gemeente: number } }).geteld).toMatchObject({ totaal: s.totaal, gemeente: s.gemeente });
    });
  }, 120_000);

  it('on a large registry made with schema 001-003 (weeks 38, rates without and with own values, a regeling)', async () => {
    const pad = tmpDbPad('groot-oud.db');
    const raw = oudBestand(pad);
    const sectoren = ['PO', 'PO', 'PO', 'VO', 'SO', 'SBO'] as const;
    const scholen: BenchSchool[] = [];
    raw.transaction(() => {
      const ins = raw.prepare('INSERT INTO scholen (vestigingscode, brin, naam, sector) VALUES (?, ?, ?, ?)');
      for (let i = 0; i < 1500; i++) {
        const code = `${String(10 + Math.floor(i / 100)).padStart(2, '0')}X${String.fromCharCode(65 + (i % 26))}${String(i % 100).padStart(2, '0')}`;
        const sector = sectoren[i % sectoren.length];
        const id = Number(ins.run(code, code.slice(0, 4), `School ${i}`, sector).lastInsertRowid);
        scholen.push({ id, vestigingscode: code, naam: `School ${i}`, sector });
      }
      raw.prepare("INSERT INTO instellingen (sleutel, waarde) VALUES ('wekenPerSchooljaar', '38'), ('schooljaarStartMaand', '8')").run();
      raw
        .prepare(
          "UPDATE functies SET standaard_uurtarief_cents = CASE code WHEN 'JGW' THEN 8123 WHEN 'SMW' THEN 7599 WHEN 'IB' THEN 6501 WHEN 'ZC' THEN 0 ELSE 9001 END",
        )
        .run();
      raw.prepare("INSERT INTO regelingen (id, naam, weken_per_jaar) VALUES (1, 'Regeling test', 36.5)").run();
      raw.prepare("INSERT INTO regeling_basisinzet (regeling_id, sector, functie, uren_per_week, uurtarief_cents) VALUES (1, 'PO', 'JGW', 4, 9999)").run();
    })();
    const n = vulAfspraken(raw as unknown as Db, genereerAfspraken(scholen, [2016, 2017, 2018, 2019], 5));
    // Half without an own rate (the standaard rate applies), a tenth under the regeling.
    raw.prepare('UPDATE afspraken SET uurtarief_cents = NULL WHERE id % 2 = 0').run();
    raw.prepare('UPDATE afspraken SET regeling_id = 1 WHERE id % 10 = 3').run();
    raw.prepare('UPDATE afspraken SET weken_per_jaar = 39.5 WHERE id % 7 = 0').run();
    expect(n).toBe(1500 * 3 * 4);
    const voor = oudeTotalen(raw as unknown as Db, 2016, 2019);
    expect(voor.schooljaren[0].totaal).toBeGreaterThan(0);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();

    const na = await nieuweTotalen(pad, 2016, 2019);
    expect(na.begrotingsjaren).toEqual(voor.begrotingsjaren);
    expect(na.schooljaren).toEqual(voor.schooljaren);
    expect(na.trend).toEqual(voor.trend);
    na.lijst.forEach((t, i) => {
      const s = voor.schooljaren[i];
      expect((t as { geteld: { totaal: number; gemeente: number; onderwijs: number } }).geteld).toMatchObject({
        totaal: s.totaal,
        gemeente: s.gemeente,
        onderwijs: s.onderwijs,
      });
    });
    const db = new Database(pad, { readonly: true });
    expect(db.prepare('SELECT DISTINCT vanaf_schooljaar FROM tarieven').pluck().all()).toEqual([2016]);
    expect(db.prepare('SELECT DISTINCT weken_per_jaar FROM tarieven').pluck().all()).toEqual([38]);
    db.close();
  }, 180_000);

  it('gives a file without afspraken no tarief rows: the standaard rate keeps applying to every schooljaar', async () => {
    const { db } = await openDatabase(tmpDbPad());
    expect(db.prepare('SELECT count(*) FROM tarieven').pluck().get()).toBe(0);
    db.close();
  });
});
