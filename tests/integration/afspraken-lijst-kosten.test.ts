// afspraken.lijst computes every row's money with the engines and the weeks/rate that apply
// (own, else regeling, else setting: the same as the kosten read layer), and totals over the whole
// filtered set, not only the requested window, to the cent equal to kosten.schooljaar.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testOmgeving } from '../helpers/db';
import { afspraakInvoer, basis, ok, type Env } from '../helpers/registratie';
import { bedragInSchooljaar, jaarkosten } from '../../electron/domain/kosten';
import { leesInstellingen } from '../../electron/db/instellingen-repo';

let env: Env;
let d: Awaited<ReturnType<typeof basis>>;
beforeEach(async () => {
  env = await testOmgeving();
  d = await basis(env);
  env.db.prepare("UPDATE functies SET standaard_uurtarief_cents = 7500 WHERE code IN ('JGW', 'SMW')").run();
});
afterEach(() => env.sessie.close());

/**
 * A regeling with 38 weeks and € 90 for JGW in PO, and JGW in VO without a rate of its own (written
 * directly: the regelingen API is tested elsewhere).
 */
function regeling(): number {
  const r = Number(env.db.prepare("INSERT INTO regelingen (naam, weken_per_jaar) VALUES ('OT 2017', 38)").run().lastInsertRowid);
  env.db.prepare("INSERT INTO regeling_basisinzet (regeling_id, sector, functie, uren_per_week, uurtarief_cents) VALUES (?, 'PO', 'JGW', 4, 9000)").run(r);
  env.db.prepare("INSERT INTO regeling_basisinzet (regeling_id, sector, functie, uren_per_week, uurtarief_cents) VALUES (?, 'VO', 'JGW', 4, NULL)").run(r);
  return r;
}

describe('afspraken.lijst: money per row and totals', () => {
  it("takes the regeling's weeks and rate where the afspraak has none, like the kosten read layer", async () => {
    const r = regeling();
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, regelingId: r }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.kern, regelingId: r, uurtariefCents: 7_000, wekenPerJaar: 39 }));
    // VO has no rate in the regeling: its weeks (38) but the standard rate (€ 75).
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.carolus.id, aanbiederId: d.kern, regelingId: r, aandeelGemeente: 50, aandeelOnderwijs: 50 }));
    // An odd amount and a shortened period: 4,35 uur from November, 1/3 each way.
    await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({
        schoolId: d.mozaiek.id,
        aanbiederId: d.trias,
        basisurenPerWeek: 4.35,
        uurtariefCents: 7_333,
        startdatum: '2017-11-15',
        aandeelGemeente: 33.33,
        aandeelOnderwijs: 33.33,
        aandeelOverig: 33.34,
        overigeFinancier: 'SWV',
      }),
    );
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.trias, status: 'concept', basisurenPerWeek: 2 }));

    const { rijen, totaal, totalen, aantalInSchooljaar } = await ok(env, 'afspraken.lijst', { schooljaar: 2017 });
    expect([totaal, aantalInSchooljaar]).toEqual([5, 5]);
    const rij = (school: number, aanbieder: number) => rijen.find((x) => x.schoolId === school && x.aanbiederId === aanbieder)!;
    // 4 uur × 38 weken × € 90 = € 13.680 (the regeling), not 4 × 40 × € 75 = € 12.000.
    expect(rij(d.mozaiek.id, d.kern).kosten).toEqual({
      jaar: 1_368_000,
      schooljaar: { totaal: 1_368_000, gemeente: 1_368_000, onderwijs: 0, overig: 0 },
      geteld: true,
      wekenPerJaar: 38,
      uurtariefCents: 9_000,
    });
    // Its own weeks and rate win: 4 × 39 × € 70.
    expect(rij(d.regenboog.id, d.kern).kosten).toMatchObject({ jaar: 1_092_000, wekenPerJaar: 39, uurtariefCents: 7_000 });
    expect(rij(d.carolus.id, d.kern).kosten).toMatchObject({
      jaar: 1_140_000,
      wekenPerJaar: 38,
      uurtariefCents: 7_500,
      schooljaar: { gemeente: 570_000, onderwijs: 570_000 },
    });
    expect(rij(d.regenboog.id, d.trias).kosten).toMatchObject({ geteld: false, jaar: 600_000 });
    // The odd one, by the engine itself: 4,35 × 40 × € 73,33 = € 12.759,42 a year, 10 of 12 months.
    const ctx = leesInstellingen(env.db);
    const oneven = rij(d.mozaiek.id, d.trias);
    expect(oneven.kosten.jaar).toBe(jaarkosten({ ...oneven, extraUrenPerWeek: 0 }, ctx));
    expect(oneven.kosten.schooljaar).toEqual(bedragInSchooljaar({ ...oneven, extraUrenPerWeek: 0 }, ctx));
    expect(oneven.kosten.schooljaar.totaal).toBe(1_063_285);

    // The totals are the dashboard's figures for the schooljaar, to the cent.
    const overzicht = await ok(env, 'kosten.schooljaar', { schooljaar: 2017 });
    expect(totalen.geteld).toMatchObject({
      aantal: 4,
      totaal: overzicht.totaal,
      gemeente: overzicht.gemeente,
      onderwijs: overzicht.onderwijs,
      overig: overzicht.overig,
    });
    expect(totalen.inVoorbereiding).toMatchObject({ aantal: 1, ...overzicht.inVoorbereiding, basisuren: 2, extraUren: 0 });
    expect(totalen.geteld.basisuren).toBe(16.35);
    expect(totalen.geteld.jaar).toBe(1_368_000 + 1_092_000 + 1_140_000 + 1_275_942);
  });

  it('totals cover the whole filtered set, not the window; they follow every change', async () => {
    for (const s of [d.mozaiek, d.regenboog, d.carolus]) {
      await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: s.id, aanbiederId: d.kern }));
      await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: s.id, aanbiederId: d.trias, functie: 'SMW', basisurenPerWeek: 2 }));
    }
    const venster = await ok(env, 'afspraken.lijst', { schooljaar: 2017, limiet: 2, offset: 1 });
    expect(venster.rijen).toHaveLength(2);
    expect(venster.totaal).toBe(6);
    expect(venster.totalen.geteld).toMatchObject({ aantal: 6, totaal: 3 * 1_200_000 + 3 * 600_000, basisuren: 18 });

    const po = await ok(env, 'afspraken.lijst', { schooljaar: 2017, sector: 'PO', limiet: 1 });
    expect([po.totaal, po.aantalInSchooljaar, po.totalen.geteld.totaal]).toEqual([4, 6, 2 * 1_800_000]);
    const zuid = await ok(env, 'afspraken.lijst', { schooljaar: 2017, wijkId: d.zuid.id });
    expect(zuid.rijen.map((r) => r.schoolNaam)).toEqual(['De Regenboog', 'De Regenboog']);
    const zonderWijk = await ok(env, 'afspraken.lijst', { schooljaar: 2017, wijkId: null });
    expect(zonderWijk.totaal).toBe(0);
    // The School column's filter: name, vestigingscode or plaats.
    expect((await ok(env, 'afspraken.lijst', { schooljaar: 2017, school: '02ot' })).rijen.map((r) => r.schoolNaam)).toEqual([
      'Carolus Clusius College',
      'Carolus Clusius College',
    ]);
    expect((await ok(env, 'afspraken.lijst', { schooljaar: 2017, school: 'zwolle' })).totaal).toBe(4);

    // A change (an afspraak, a setting, a regeling) shows at once, although the totals are kept between calls.
    const eerst = (await ok(env, 'afspraken.lijst', { schooljaar: 2017 })).totalen.geteld.totaal;
    env.db.prepare("UPDATE functies SET standaard_uurtarief_cents = 8000 WHERE code = 'JGW'").run();
    const daarna = await ok(env, 'afspraken.lijst', { schooljaar: 2017 });
    expect(daarna.totalen.geteld.totaal).toBe(eerst + 3 * 4 * 40 * 500);
    const id = daarna.rijen[0].id;
    await ok(env, 'afspraken.verwijder', { id });
    expect((await ok(env, 'afspraken.lijst', { schooljaar: 2017 })).totalen.geteld.aantal).toBe(5);
  });

  it('sorts by the amount in the schooljaar and its gemeente or onderwijs part', async () => {
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, basisurenPerWeek: 4 }));
    // More hours but only two months: the smallest amount.
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.kern, basisurenPerWeek: 8, startdatum: '2018-07-01' }));
    await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schoolId: d.carolus.id, aanbiederId: d.kern, vastBedragCents: 2_000_000, aandeelGemeente: 0, aandeelOnderwijs: 100 }),
    );
    const volgorde = async (sorteer: 'kosten' | 'gemeente' | 'onderwijs', richting: 'op' | 'af') =>
      (await ok(env, 'afspraken.lijst', { schooljaar: 2017, sorteer, richting })).rijen.map(
        (r) => r.kosten.schooljaar[sorteer === 'kosten' ? 'totaal' : sorteer],
      );
    expect(await volgorde('kosten', 'op')).toEqual([400_000, 1_200_000, 2_000_000]);
    expect(await volgorde('kosten', 'af')).toEqual([2_000_000, 1_200_000, 400_000]);
    expect(await volgorde('gemeente', 'af')).toEqual([1_200_000, 400_000, 0]);
    expect(await volgorde('onderwijs', 'af')).toEqual([2_000_000, 0, 0]);
  });
});
