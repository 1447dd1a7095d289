// The read layer behind the kosten/dekking/dekkingsgraad/scenario methods (db/kosten-repo.ts):
// regeling overrides, the DUO count year of a schooljaar, no stale data, Dutch input errors, and
// speed at 260.000 afspraken. Data is put in with plain SQL so each case is exact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laadAfspraken, laadScholen } from '../../electron/db/kosten-repo';
import { testOmgeving, testOmgevingMetAanbieders } from '../helpers/db';
import { plannenVan, queryPlannen, volledigeScans } from '../helpers/queryplan';

type Env = Awaited<ReturnType<typeof testOmgeving>>;

function school(env: Env, code: string, sector: string, wijkId: number | null = null): number {
  return Number(
    env.db
      .prepare('INSERT INTO scholen (vestigingscode, brin, naam, sector, wijk_id) VALUES (?, ?, ?, ?, ?)')
      .run(code, code.slice(0, 4), `School ${code}`, sector, wijkId).lastInsertRowid,
  );
}

function afspraak(env: Env, velden: Record<string, unknown>): number {
  const a = { schooljaar: 2017, aanbieder_id: 1, functie: 'JGW', basisuren: 4, aandeel_gemeente: 100, aandeel_onderwijs: 0, status: 'getekend', ...velden };
  const kolommen = Object.keys(a);
  return Number(env.db.prepare(`INSERT INTO afspraken (${kolommen.join(', ')}) VALUES (${kolommen.map((k) => '@' + k).join(', ')})`).run(a).lastInsertRowid);
}

async function ok<T>(p: Promise<{ ok: true; data: T } | { ok: false; fout: { melding: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.fout.melding);
  return r.data;
}

describe('kosten read layer', () => {
  let env: Env;
  beforeEach(async () => {
    env = await testOmgevingMetAanbieders();
    await ok(
      env.call('instellingen.opslaan', {
        gemeenteNaam: 'Zwolle',
        gemeenteCode: '0193',
        schooljaarStartMaand: 9,
        wekenPerSchooljaar: 40,
        standaardTarieven: { JGW: 8_000, SMW: 7_500 },
      }),
    );
  });
  afterEach(() => env.sessie.close());

  it("applies a regeling's weeks and rate where the afspraak has none, per sector and functie", async () => {
    const po = school(env, '11AA00', 'PO');
    const vo = school(env, '22BB00', 'VO');
    const r = Number(env.db.prepare("INSERT INTO regelingen (naam, weken_per_jaar) VALUES ('OT 2017', 38)").run().lastInsertRowid);
    env.db.prepare("INSERT INTO regeling_basisinzet (regeling_id, sector, functie, uren_per_week, uurtarief_cents) VALUES (?, 'PO', 'JGW', 4, 9000)").run(r);
    const viaRegeling = afspraak(env, { school_id: po, regeling_id: r });
    const eigenTarief = afspraak(env, { school_id: po, aanbieder_id: 2, regeling_id: r, uurtarief_cents: 7_000, weken_per_jaar: 39 });
    const andereSector = afspraak(env, { school_id: vo, regeling_id: r });
    const zonderRegeling = afspraak(env, { school_id: vo, aanbieder_id: 2 });

    const perId = new Map(laadAfspraken(env.db, 2017, 2017).map((a) => [a.id, a]));
    expect(perId.get(viaRegeling)).toMatchObject({ wekenPerJaar: 38, uurtariefCents: 9_000, basisurenPerWeek: 4, status: 'getekend' });
    expect(perId.get(eigenTarief)).toMatchObject({ wekenPerJaar: 39, uurtariefCents: 7_000 });
    expect(perId.get(andereSector)).toMatchObject({ wekenPerJaar: 38, uurtariefCents: null });
    expect(perId.get(zonderRegeling)).toMatchObject({ wekenPerJaar: null, uurtariefCents: null });

    const k = await ok(env.call('kosten.schooljaar', { schooljaar: 2017 }));
    // 4 × 38 × € 90 + 4 × 39 × € 70 + 4 × 38 × € 80 + 4 × 40 × € 80
    expect(k.totaal).toBe(1_368_000 + 1_092_000 + 1_216_000 + 1_280_000);
  });

  it('takes the DUO count of the schooljaar start year, else the latest earlier one, else the earliest later one', async () => {
    const a = school(env, '11AA00', 'PO');
    const b = school(env, '22BB00', 'PO');
    const c = school(env, '33CC00', 'VO');
    const ins = env.db.prepare('INSERT INTO leerlingen (school_id, jaar, aantal, onder5) VALUES (?, ?, ?, ?)');
    ins.run(a, 2015, 200, 0);
    ins.run(a, 2018, 230, 0);
    ins.run(b, 2016, null, 1);
    const telling = (sj: number) => Object.fromEntries(laadScholen(env.db, sj).map((s) => [s.id, [s.leerlingen, s.leerlingenJaar]]));
    expect(telling(2016)).toEqual({ [a]: [200, 2015], [b]: ['<5', 2016], [c]: [null, null] });
    expect(telling(2018)).toEqual({ [a]: [230, 2018], [b]: ['<5', 2016], [c]: [null, null] });
    expect(telling(2014)).toEqual({ [a]: [200, 2015], [b]: ['<5', 2016], [c]: [null, null] });

    afspraak(env, { school_id: a, schooljaar: 2016 });
    const g = await ok(env.call('dekkingsgraad.lijst', { schooljaar: 2016, functie: 'JGW', sector: 'PO' }));
    expect(g).toMatchObject({ scholen: 2, scholenGedekt: 1, leerlingen: 200, leerlingenGedekt: 200, aandeelLeerlingen: 1, scholenLeerlingenOnbekend: 1 });
    expect(g.nietGedekt.map((s) => s.vestigingscode)).toEqual(['22BB00']);
  });

  it('reads fresh data on every call: a change through the API shows at once', async () => {
    const a = school(env, '11AA00', 'PO');
    expect((await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2018 }))).totaal).toBe(0);
    const nieuw = await ok(
      env.call('afspraken.maak', {
        schooljaar: 2017,
        schoolId: a,
        aanbiederId: 1,
        functie: 'JGW',
        basisurenPerWeek: 4,
        aandeelGemeente: 100,
        aandeelOnderwijs: 0,
        status: 'getekend',
      }),
    );
    const k = await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2018 }));
    expect(k.totaal).toBe(853_333); // 8/12 × € 12.800
    expect(k.perAanbieder).toEqual({ 'De Kern': { totaal: 853_333, gemeente: 853_333, onderwijs: 0, overig: 0 } });
    await ok(
      env.call('afspraken.wijzig', {
        id: nieuw.id,
        schooljaar: 2017,
        schoolId: a,
        aanbiederId: 1,
        functie: 'JGW',
        basisurenPerWeek: 4,
        aandeelGemeente: 100,
        aandeelOnderwijs: 0,
        status: 'concept',
      }),
    );
    const na = await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2018 }));
    expect(na.totaal).toBe(0);
    expect(na.inVoorbereiding.totaal).toBe(853_333);
  });

  it('dekking takes only the posten of the year asked', async () => {
    const a = school(env, '11AA00', 'PO');
    afspraak(env, { school_id: a, schooljaar: 2018 });
    const p = Number(env.db.prepare("INSERT INTO begrotingsposten (naam, soort) VALUES ('Jeugd', 'structureel')").run().lastInsertRowid);
    env.db.prepare('INSERT INTO begrotingspost_bedragen (begrotingspost_id, jaar, bedrag_cents) VALUES (?, 2018, 300000), (?, 2019, 999999)').run(p, p);
    const d = await ok(env.call('dekking.begrotingsjaar', { begrotingsjaar: 2018 }));
    expect(d).toMatchObject({ kostenGemeenteCents: 426_667, budgetCents: 300_000, saldoCents: -126_667, tekortCents: 126_667 });
    expect(d.posten).toHaveLength(1);
  });

  it('wijkteam.uren with and without a functie to compare with', async () => {
    const w = Number(env.db.prepare("INSERT INTO wijken (naam) VALUES ('Noord')").run().lastInsertRowid);
    const a = school(env, '11AA00', 'PO', w);
    school(env, '22BB00', 'PO', w);
    school(env, '33CC00', 'PO', null);
    afspraak(env, { school_id: a, basisuren: 6 });
    const zonder = await ok(env.call('wijkteam.uren', { schooljaar: 2017, sector: 'PO', urenPerSchool: 4 }));
    expect(zonder.perWijk.map((r) => [r.wijk, r.aantalScholen, r.uren, r.afgesprokenUren])).toEqual([
      ['Noord', 2, 8, null],
      ['Zonder wijk', 1, 4, null],
    ]);
    const met = await ok(env.call('wijkteam.uren', { schooljaar: 2017, sector: 'PO', urenPerSchool: 4, functie: 'JGW' }));
    expect(met.afgesprokenUren).toBe(6);
  });

  it('scenario.basisinzet prices the missing hours at the default rate', async () => {
    const a = school(env, '11AA00', 'PO');
    school(env, '22BB00', 'PO');
    afspraak(env, { school_id: a, basisuren: 2 });
    const s = await ok(
      env.call('scenario.basisinzet', { schooljaar: 2017, sector: 'PO', functie: 'JGW', urenPerWeek: 4, aandeelGemeente: 100, aandeelOnderwijs: 0 }),
    );
    expect(s.aantalNieuw).toBe(1);
    expect(s.aantalVerhoogd).toBe(1);
    expect(s.jaarbedragExtra.totaal).toBe((2 + 4) * 40 * 8_000);
  });

  it.each([
    ['kosten.perJaar', { van: 2019, tot: 2017 }, /Tot en met jaar mag niet voor Van jaar liggen/],
    ['kosten.perJaar', { van: 1990, tot: 2100 }, /hoogstens 50 jaar/],
    ['kosten.begrotingsjaar', { begrotingsjaar: 17 }, /Begrotingsjaar moet een jaartal/],
    ['kosten.begrotingsjaar', {}, /Begrotingsjaar is verplicht/],
    ['dekkingsgraad.lijst', { schooljaar: 2017, functie: 'XYZ' }, /^Functie XYZ bestaat niet/],
    ['dekkingsgraad.overzicht', { schooljaar: 2017, functies: ['JGW', 'XYZ'] }, /^Functie XYZ bestaat niet/],
    ['scenario.aandelen', { schooljaar: 2017, aandeelGemeente: 60, aandeelOnderwijs: 50 }, /samen precies 100%/],
    ['scenario.aandelen', { schooljaar: 2017, aandeelGemeente: 50, aandeelOnderwijs: 0, aandeelOverig: 50 }, /Overige financier is verplicht/],
    [
      'scenario.basisinzet',
      { schooljaar: 2017, sector: 'PO', functie: 'JGW', urenPerWeek: -4, aandeelGemeente: 100, aandeelOnderwijs: 0 },
      /Uren per week mag niet negatief/,
    ],
  ] as const)('%s refuses %j in Dutch', async (method, input, melding) => {
    const r = await env.call(method, input as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fout.code).toBe('ongeldige-invoer');
      expect(r.fout.melding).toMatch(melding);
    }
  });
});

describe('kosten at 260.000 afspraken', () => {
  it('computes a begrotingsjaar, a trend and a dekkingsgraad with a few indexed statements', async () => {
    const env = await testOmgevingMetAanbieders();
    try {
      const insS = env.db.prepare("INSERT INTO scholen (vestigingscode, brin, naam, sector) VALUES (?, 'XXXX', ?, ?)");
      const insA = env.db.prepare(
        "INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, uurtarief_cents, aandeel_gemeente, aandeel_onderwijs, status) VALUES (?, ?, ?, ?, 4, 8000, 50, 50, 'getekend')",
      );
      const functies = ['JGW', 'SMW', 'IB', 'ZC', 'ORTHO'];
      env.db.transaction(() => {
        for (let s = 1; s <= 26_000; s++) insS.run(`S${s}`, `School ${s}`, s % 2 ? 'PO' : 'VO');
        for (const sj of [2017, 2018]) for (let s = 1; s <= 26_000; s++) for (const f of functies) insA.run(sj, s, 1 + (s % 5), f);
      })();
      const {
        resultaat: k,
        plannen: plannenJaar,
        statements: nJaar,
      } = await queryPlannen(env.db, () => ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2018 })));
      expect(k.aantalAfspraken).toBe(260_000);
      // 8/12 of 130.000 afspraken of € 12.800 + 4/12 of 130.000 of € 12.800 = 130.000 × € 12.800.
      expect(k.totaal).toBe(130_000 * 1_280_000);
      const { plannen: plannenTrend, statements: nTrend } = await queryPlannen(env.db, () => ok(env.call('kosten.perJaar', { van: 2017, tot: 2019 })));
      const { plannen: plannenGraad, statements: nGraad } = await queryPlannen(env.db, () =>
        ok(env.call('dekkingsgraad.lijst', { schooljaar: 2018, functie: 'JGW' })),
      );
      // A handful of set-based statements, not one per afspraak or school (durations: npm run bench);
      // since migration 012 one more per schooljaar loaded: its aanvullende inzet (regel-18).
      for (const n of [nJaar, nTrend, nGraad]) expect(n).toBeLessThan(55);
      // The afspraken of the schooljaren asked for come through an index on schooljaar, never a scan of all.
      expect(volledigeScans([...plannenJaar, ...plannenTrend, ...plannenGraad], ['a', 'afspraken'])).toEqual([]);
      const afspraken = plannenVan(plannenJaar, /FROM afspraken a/);
      expect(afspraken.length).toBeGreaterThan(0);
      for (const p of afspraken) expect(p.plan).toContainEqual(expect.stringMatching(/^SEARCH a USING (COVERING )?INDEX \w+ \(schooljaar[=>]/));
    } finally {
      env.sessie.close();
    }
  }, 120_000);
});
