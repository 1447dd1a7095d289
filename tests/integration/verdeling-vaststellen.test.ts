// Vaststellen of a verdeling (issue 16 item 5): the toegekende hours or euros become aanvullende
// inzet records with their source and aanbieder in one transaction and show in the totals; a
// failure half-way writes nothing; undoing removes exactly what was written, also in one go.
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { dump, testOmgeving } from '../helpers/db';
import { hoogeveen } from '../helpers/hoogeveen';
import { fout, ok, type Env } from '../helpers/registratie';

/** The database without the mutatielog (which records every call, also an undo). */
const inhoud = (env: Env) => {
  const d = dump(env.db);
  delete d.mutatielog;
  return d;
};

const records = (env: Env, id: number) =>
  env.db
    .prepare(
      "SELECT afspraak_id AS afspraakId, uren_per_week AS uren, bedrag_cents AS bedrag, bron_tekst AS bronTekst, startdatum, einddatum FROM aanvullende_inzet WHERE bron = 'verdeling' AND bron_id = ?",
    )
    .all(id) as {
    afspraakId: number;
    uren: number | null;
    bedrag: number | null;
    bronTekst: string;
    startdatum: string;
    einddatum: string;
  }[];

async function demo() {
  const env = await testOmgeving();
  await laadVoorbeeldZwolle(invoke, env.omgeving);
  // The aanbieder of most JGW afspraken in 2017-2018.
  const aanbiederId = env.db
    .prepare("SELECT aanbieder_id FROM afspraken WHERE functie = 'JGW' AND schooljaar = 2017 GROUP BY aanbieder_id ORDER BY count(*) DESC LIMIT 1")
    .pluck()
    .get() as number;
  const v = await ok(env, 'verdelingen.maak', {
    naam: 'Maatwerk PO 2017-2018',
    schooljaar: 2017,
    soort: 'uren',
    functie: 'JGW',
    sectoren: ['PO'],
    regel: 'leerlingen',
    totaal: 120,
    aanbiederId,
    voorgelegdOp: '2017-06-01',
    adviesDatum: '2017-06-12',
    adviesTekst: 'Akkoord.',
  });
  return { env, v, aanbiederId };
}

describe('vaststellen van een verdeling', () => {
  it('writes one record per school with hours, with source and aanbieder, shows them in the totals, and undoes exactly that', async () => {
    const { env, v } = await demo();
    const voor = inhoud(env);
    const kostenVoor = (await ok(env, 'kosten.schooljaar', { schooljaar: 2017 })).totaal;
    const voorstel = await ok(env, 'verdelingen.voorstel', { id: v.id });
    const metUren = voorstel.scholen.filter((s) => s.toegekend > 0);

    const r = await ok(env, 'verdelingen.vaststellen', { id: v.id, datum: '2017-06-20' });
    expect(r.records).toBe(metUren.length);
    expect(r.verdeling).toMatchObject({ status: 'vastgesteld', vastgesteldOp: '2017-06-20' });
    const geschreven = records(env, v.id);
    expect(geschreven).toHaveLength(metUren.length);
    expect(geschreven.reduce((a, x) => a + Math.round((x.uren ?? 0) * 100), 0)).toBe(12_000);
    expect(new Set(geschreven.map((x) => x.bronTekst))).toEqual(new Set(['Verdeling Maatwerk PO 2017-2018, BLOZ-advies 12-06-2017']));
    for (const x of geschreven) {
      // Within the schooljaar and within the afspraak's own months (some demo afspraken start in January).
      const a = env.db.prepare('SELECT startdatum, einddatum FROM afspraken WHERE id = ?').get(x.afspraakId) as {
        startdatum: string | null;
        einddatum: string | null;
      };
      expect(x.startdatum).toBe(a.startdatum && a.startdatum > '2017-09-01' ? a.startdatum : '2017-09-01');
      expect(x.einddatum).toBe(a.einddatum && a.einddatum < '2018-08-31' ? a.einddatum : '2018-08-31');
      expect(x.bedrag).toBeNull();
    }
    // In every total: the schooljaar's cost went up.
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2017 })).totaal).toBeGreaterThan(kostenVoor);

    // A vastgestelde verdeling is reopened only by undoing it.
    const lees = await ok(env, 'verdelingen.lees', { id: v.id });
    expect((await fout(env, 'verdelingen.wijzig', { ...lees, totaal: 100 })).melding).toMatch(
      /is vastgesteld op 20-06-2017 en kan niet worden gewijzigd\. Maak het vaststellen eerst ongedaan/,
    );
    expect((await fout(env, 'verdelingen.verwijder', { id: v.id })).melding).toMatch(/kan niet worden verwijderd/);
    expect((await fout(env, 'verdelingen.vaststellen', { id: v.id })).melding).toMatch(/is al vastgesteld op 20-06-2017/);

    const o = await ok(env, 'verdelingen.vaststellenOngedaan', { id: v.id });
    expect(o).toMatchObject({ verwijderdeRecords: metUren.length, verwijderdeAfspraken: r.nieuweAfspraken });
    expect(o.verdeling.status).toBe('advies');
    expect(inhoud(env)).toEqual(voor);
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2017 })).totaal).toBe(kostenVoor);
    expect((await fout(env, 'verdelingen.vaststellenOngedaan', { id: v.id })).melding).toMatch(/is niet vastgesteld/);
    env.sessie.close();
  });

  it('writes nothing when a record fails half-way', async () => {
    const { env, v } = await demo();
    // The third record of a verdeling is refused by the database.
    env.db.exec(`CREATE TRIGGER stop_derde BEFORE INSERT ON aanvullende_inzet
      WHEN NEW.bron = 'verdeling' AND (SELECT count(*) FROM aanvullende_inzet WHERE bron = 'verdeling') >= 2
      BEGIN SELECT RAISE(ABORT, 'derde record geweigerd'); END`);
    const voor = inhoud(env);
    const f = await fout(env, 'verdelingen.vaststellen', { id: v.id });
    expect(f.code).not.toBe('intern');
    expect(inhoud(env)).toEqual(voor);
    expect(records(env, v.id)).toEqual([]);
    expect((await ok(env, 'verdelingen.lees', { id: v.id })).status).toBe('advies');
    env.sessie.close();
  });

  it('refuses in Dutch when the pot is not fully handed out or no aanbieder is chosen', async () => {
    const { env, v } = await demo();
    const lees = await ok(env, 'verdelingen.lees', { id: v.id });
    const eerste = (await ok(env, 'verdelingen.voorstel', { id: v.id })).scholen[0];
    await ok(env, 'verdelingen.wijzig', { ...lees, scholen: [{ schoolId: eerste.schoolId, toegekend: eerste.toegekend + 1 }] });
    expect((await fout(env, 'verdelingen.vaststellen', { id: v.id })).melding).toBe(
      'Er is 121 uitgedeeld van 120: vaststellen kan pas als alles precies is uitgedeeld. Er is niets veranderd.',
    );
    await ok(env, 'verdelingen.wijzig', { ...lees, aanbiederId: null });
    expect((await fout(env, 'verdelingen.vaststellen', { id: v.id })).melding).toMatch(
      /^Kies een aanbieder voor de verdeling \(of per school\): .+ hebben er geen\./,
    );
    env.sessie.close();
  });

  it('on a Hoogeveen file: euros in cents, an afspraak made where a school has none, a school with its own aanbieder, and undo removes them', async () => {
    const env = await testOmgeving();
    const h = await hoogeveen(env);
    const voor = inhoud(env);
    const v = await ok(env, 'verdelingen.maak', {
      naam: 'Pot JMW 2020-2021',
      schooljaar: 2020,
      soort: 'euros',
      functie: 'JMW',
      sectoren: ['PO', 'SBO', 'SO'],
      regel: 'gelijk',
      totaal: 1_000_000,
      aanbiederId: h.sww,
      scholen: [{ schoolId: h.scholen.so.id, aanbiederId: h.zelf }],
    });
    const r = await ok(env, 'verdelingen.vaststellen', { id: v.id, datum: '2020-07-01' });
    expect(r).toMatchObject({ records: 3, nieuweAfspraken: 3 });
    const geschreven = records(env, v.id);
    expect(geschreven.map((x) => x.bedrag).sort()).toEqual([333_300, 333_300, 333_400]);
    expect(geschreven[0].bronTekst).toBe('Verdeling Pot JMW 2020-2021');
    const afspraken = env.db
      .prepare("SELECT school_id AS schoolId, aanbieder_id AS aanbiederId, basisuren, status FROM afspraken WHERE functie = 'JMW' ORDER BY school_id")
      .all() as { schoolId: number; aanbiederId: number; basisuren: number; status: string }[];
    expect(afspraken).toEqual(
      expect.arrayContaining([
        { schoolId: h.scholen.so.id, aanbiederId: h.zelf, basisuren: 0, status: 'afgesproken' },
        { schoolId: h.scholen.po.id, aanbiederId: h.sww, basisuren: 0, status: 'afgesproken' },
      ]),
    );
    // The money is in the totals of the schooljaar.
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2020 })).totaal).toBe(1_000_000);
    const o = await ok(env, 'verdelingen.vaststellenOngedaan', { id: v.id });
    expect(o).toMatchObject({ verwijderdeRecords: 3, verwijderdeAfspraken: 3 });
    await ok(env, 'verdelingen.verwijder', { id: v.id });
    expect(inhoud(env)).toEqual(voor);
    env.sessie.close();
  });

  it('an empty file: nothing to divide, nothing to fix', async () => {
    const env = await testOmgeving();
    const v = await ok(env, 'verdelingen.maak', {
      naam: 'Leeg',
      schooljaar: 2020,
      soort: 'uren',
      functie: 'SMW',
      sectoren: ['VO'],
      regel: 'gelijk',
      totaal: 0,
    });
    expect(await ok(env, 'verdelingen.vaststellen', { id: v.id })).toMatchObject({ records: 0, nieuweAfspraken: 0 });
    expect((await ok(env, 'verdelingen.vaststellenOngedaan', { id: v.id })).verwijderdeRecords).toBe(0);
    env.sessie.close();
  });
});
