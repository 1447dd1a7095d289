// Tarieven per schooljaar through the API: a rate from a later schooljaar leaves earlier years
// unchanged (rule 9), precedence afspraak > regeling > tarief per schooljaar, indexation with a
// preview of the begrotingsjaren, and refused input that changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dump } from '../helpers/db';
import { afspraakInvoer, fout, metBasis, ok, type Basis, type Env } from '../helpers/registratie';
import { geldendeWekenEnTarief, kostenContext } from '../../renderer/src/pages/afspraken/kosten';

describe('tarieven per schooljaar', () => {
  let env: Env;
  let d: Basis;
  beforeEach(async () => {
    ({ env, d } = await metBasis());
    await ok(env, 'instellingen.opslaan', {
      gemeenteNaam: 'Hoogeveen',
      gemeenteCode: '0118',
      schooljaarStartMaand: 9,
      wekenPerSchooljaar: 40,
      standaardTarieven: { JGW: 7_500, SMW: 7_000 },
    });
    for (const schooljaar of [2017, 2018, 2019]) {
      await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, schooljaar }));
      await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.kern, schooljaar, uurtariefCents: 9_000 }));
    }
  });
  afterEach(() => env.sessie.close());

  it('a new rate from a later schooljaar changes that year on and leaves every earlier year as it was', async () => {
    const voor = await Promise.all([2017, 2018, 2019, 2020].map((j) => ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: j })));
    const voorSj = await Promise.all([2017, 2018].map((s) => ok(env, 'kosten.schooljaar', { schooljaar: s })));
    // 4 u × 40 × € 75 + 4 × 40 × € 90
    expect(voorSj[0].totaal).toBe(1_200_000 + 1_440_000);

    const o = await ok(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2019, uurtariefCents: 8_000, wekenPerJaar: 38 });
    expect(o.functies.find((f) => f.code === 'JGW')!.tarieven).toEqual([
      { functie: 'JGW', vanafSchooljaar: 2019, uurtariefCents: 8_000, wekenPerJaar: 38, totSchooljaar: null },
    ]);

    expect(await ok(env, 'kosten.schooljaar', { schooljaar: 2017 })).toEqual(voorSj[0]);
    expect(await ok(env, 'kosten.schooljaar', { schooljaar: 2018 })).toEqual(voorSj[1]);
    expect(await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2017 })).toEqual(voor[0]);
    expect(await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2018 })).toEqual(voor[1]);
    // 2019-2020: 4 × 38 × € 80 = € 12.160 for the one without its own rate; the one with its own
    // rate keeps € 90 but takes the functie's 38 weeks (it states no weeks of its own).
    const sj19 = await ok(env, 'kosten.schooljaar', { schooljaar: 2019 });
    expect(sj19.totaal).toBe(1_216_000 + 1_368_000);
    // Begrotingsjaar 2019: jan-aug of 2018-2019 (old) + sep-dec of 2019-2020 (new).
    const bj19 = await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2019 });
    expect(bj19.totaal).toBe(Math.round((2_640_000 * 8) / 12) + Math.round((1_216_000 * 4) / 12) + Math.round((1_368_000 * 4) / 12));

    // The Afspraken table: same rate per row and same totals.
    const lijst = await ok(env, 'afspraken.lijst', { schooljaar: 2019 });
    const mozaiek = lijst.rijen.find((r) => r.schoolId === d.mozaiek.id)!;
    expect(mozaiek.kosten).toMatchObject({ uurtariefCents: 8_000, wekenPerJaar: 38, jaar: 1_216_000 });
    expect(lijst.totalen.geteld.totaal).toBe(sj19.totaal);
    const lijst18 = await ok(env, 'afspraken.lijst', { schooljaar: 2018 });
    expect(lijst18.totalen.geteld.totaal).toBe(voorSj[1].totaal);

    // Setting a rate again from 2018 changes 2018 on, 2017 still not.
    await ok(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2018, uurtariefCents: 7_800 });
    expect(await ok(env, 'kosten.schooljaar', { schooljaar: 2017 })).toEqual(voorSj[0]);
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2018 })).totaal).toBe(4 * 40 * 7_800 + 1_440_000);
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2019 })).totaal).toBe(sj19.totaal);
    // Weeks left empty: the setting (no earlier row) was taken.
    const jgw = (await ok(env, 'tarieven.lijst', {})).functies.find((f) => f.code === 'JGW')!;
    expect(jgw.tarieven.map((t) => [t.vanafSchooljaar, t.totSchooljaar, t.wekenPerJaar])).toEqual([
      [2018, 2018, 40],
      [2019, null, 38],
    ]);
  });

  it("the afspraak form's live calculation takes the same weeks and rate as the API", async () => {
    await ok(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2019, uurtariefCents: 8_000, wekenPerJaar: 38 });
    const tarieven = (await ok(env, 'tarieven.lijst', {})).functies.flatMap((f) => f.tarieven);
    for (const schooljaar of [2017, 2018, 2019]) {
      const { rijen } = await ok(env, 'afspraken.lijst', { schooljaar });
      for (const r of rijen) {
        const g = geldendeWekenEnTarief(
          { functie: r.functie, schooljaar, wekenPerJaar: r.wekenPerJaar, uurtariefCents: r.uurtariefCents },
          null,
          r.sector,
          tarieven,
        );
        const ctx = kostenContext(await ok(env, 'instellingen.lezen', {}));
        expect([g.wekenPerJaar ?? ctx.wekenPerSchooljaar, g.uurtariefCents ?? ctx.standaardTarieven[r.functie]]).toEqual([
          r.kosten.wekenPerJaar,
          r.kosten.uurtariefCents,
        ]);
      }
    }
  });

  it('the basisinzet scenario prices new afspraken at the tarief of their schooljaar', async () => {
    await ok(env, 'scholen.maak', { vestigingscode: '30XX00', naam: 'De Nieuwe School', sector: 'PO' });
    await ok(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2019, uurtariefCents: 8_000, wekenPerJaar: 38 });
    const invoer = { sector: 'PO', functie: 'JGW', urenPerWeek: 4, aandeelGemeente: 100, aandeelOnderwijs: 0 } as const;
    const s19 = await ok(env, 'scenario.basisinzet', { ...invoer, schooljaar: 2019 });
    expect(s19.aantalNieuw).toBe(1);
    expect(s19.jaarbedragExtra.totaal).toBe(4 * 38 * 8_000);
    // 2018 keeps the standaard rate and weeks.
    expect((await ok(env, 'scenario.basisinzet', { ...invoer, schooljaar: 2018 })).jaarbedragExtra.totaal).toBe(4 * 40 * 7_500);
  });

  it('a regeling rate comes before the tarief per schooljaar', async () => {
    const r = await ok(env, 'regelingen.maak', {
      naam: 'Regeling Hoogeveen',
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      basisinzet: [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: 9_500 }],
    } as never);
    const a = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.mee, schooljaar: 2019, regelingId: r.id } as never));
    await ok(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2019, uurtariefCents: 8_000 });
    const lijst = await ok(env, 'afspraken.lijst', { schooljaar: 2019 });
    expect(lijst.rijen.find((x) => x.id === a.id)!.kosten.uurtariefCents).toBe(9_500);
    expect(lijst.rijen.find((x) => x.schoolId === d.mozaiek.id && x.id !== a.id)!.kosten.uurtariefCents).toBe(8_000);
  });

  it('indexes from a schooljaar with a preview of the begrotingsjaren it touches, then applies exactly that', async () => {
    await ok(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2017, uurtariefCents: 7_550 });
    const voorDump = dump(env.db);
    const v = await ok(env, 'tarieven.indexeerVoorbeeld', { vanafSchooljaar: 2019, procent: 2.5, functies: ['JGW'] });
    expect(dump(env.db)).toEqual(voorDump);
    expect(v.wijzigingen).toEqual([{ functie: 'JGW', vanafSchooljaar: 2019, oudCents: 7_550, nieuwCents: 7_739, nieuweRij: true }]);
    expect(v.jaren.map((j) => j.jaar)).toEqual([2019, 2020]);
    const bj19 = await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2019 });
    expect(v.jaren[0].voor.totaal).toBe(bj19.totaal);
    // Only sep-dec 2019 of the one afspraak without its own rate: 4/12 × 4 × 40 × € 77,39.
    expect(v.jaren[0].verschil.totaal).toBe(Math.round((4 * 40 * 7_739 * 4) / 12) - Math.round((4 * 40 * 7_550 * 4) / 12));

    const toegepast = await ok(env, 'tarieven.indexeer', { vanafSchooljaar: 2019, procent: 2.5, functies: ['JGW'] });
    expect(toegepast).toEqual(v);
    expect((await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2019 })).totaal).toBe(v.jaren[0].na.totaal);
    expect((await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2020 })).totaal).toBe(v.jaren[1].na.totaal);
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2018 })).totaal).toBe(4 * 40 * 7_550 + 1_440_000);
    const mut = await ok(env, 'mutatielog.lijst', { entiteit: 'tarieven' });
    expect(mut).toHaveLength(1);
  });

  it('indexes all functies when none are named, from the standaard rate where a functie has no row', async () => {
    const v = await ok(env, 'tarieven.indexeer', { vanafSchooljaar: 2019, procent: 2, functies: [] });
    expect(v.wijzigingen.map((w) => [w.functie, w.oudCents, w.nieuwCents])).toContainEqual(['JGW', 7_500, 7_650]);
    expect(v.wijzigingen.map((w) => [w.functie, w.oudCents, w.nieuwCents])).toContainEqual(['SMW', 7_000, 7_140]);
    expect(v.wijzigingen).toHaveLength(8);
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2018 })).totaal).toBe(4 * 40 * 7_500 + 1_440_000);
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2019 })).totaal).toBe(4 * 40 * 7_650 + 1_440_000);
  });

  it('works on an empty file: no rows, every functie on its standaard rate, an indexation preview without years', async () => {
    const leeg = await (await import('../helpers/db')).testOmgeving();
    const o = await ok(leeg, 'tarieven.lijst', {});
    expect(o.functies.map((f) => [f.code, f.tarieven.length])).toContainEqual(['JMW', 0]);
    expect(await ok(leeg, 'tarieven.indexeerVoorbeeld', { vanafSchooljaar: 2024, procent: 2, functies: ['JMW'] })).toEqual({
      wijzigingen: [{ functie: 'JMW', vanafSchooljaar: 2024, oudCents: 0, nieuwCents: 0, nieuweRij: true }],
      jaren: [],
    });
    leeg.sessie.close();
  });

  it('refuses to change a standaard rate that afspraken still take, and allows it for a functie they do not', async () => {
    const voor = dump(env.db);
    const f = await fout(env, 'functies.wijzig', { code: 'JGW', naam: 'Jeugd- en gezinswerker', betaler: 'gemeente', standaardUurtariefCents: 8_000 });
    expect(f.velden).toEqual([
      {
        veld: 'standaardUurtariefCents',
        melding:
          'Het standaard uurtarief van JGW geldt voor 3 afspraken in 2017-2018 tot en met 2019-2020; wijzigen zou die bedragen achteraf veranderen. Zet het nieuwe tarief bij Tarieven per schooljaar, vanaf het schooljaar waarin het ingaat.',
      },
    ]);
    expect(dump(env.db)).toEqual(voor);
    // SMW has no afspraken; JGW's other fields may change as long as the rate stays.
    await ok(env, 'functies.wijzig', { code: 'SMW', naam: 'Schoolmaatschappelijk werk', betaler: 'gemeente', standaardUurtariefCents: 7_100 });
    await ok(env, 'functies.wijzig', { code: 'JGW', naam: 'Jeugd- en gezinswerker (JGW)', betaler: 'gemeente', standaardUurtariefCents: 7_500 });
    // From a tarief per schooljaar on the afspraken no longer take it.
    await ok(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2017, uurtariefCents: 7_500 });
    await ok(env, 'functies.wijzig', { code: 'JGW', naam: 'Jeugd- en gezinswerker', betaler: 'gemeente', standaardUurtariefCents: 8_000 });
    expect((await ok(env, 'kosten.schooljaar', { schooljaar: 2017 })).totaal).toBe(4 * 40 * 7_500 + 1_440_000);
  });

  it('refuses bad input in Dutch, naming the field, and changes nothing', async () => {
    const voor = dump(env.db);
    expect((await fout(env, 'tarieven.zet', { functie: 'XX', vanafSchooljaar: 2019, uurtariefCents: 8_000 })).velden[0]).toMatchObject({ veld: 'functie' });
    expect((await fout(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 1800, uurtariefCents: 8_000 })).velden[0]).toMatchObject({
      veld: 'vanafSchooljaar',
    });
    expect((await fout(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2019, uurtariefCents: -5 })).velden[0].melding).toMatch(/niet negatief/);
    expect((await fout(env, 'tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2019, uurtariefCents: 8_000, wekenPerJaar: 0 })).velden[0]).toMatchObject({
      veld: 'wekenPerJaar',
    });
    expect((await fout(env, 'tarieven.indexeer', { vanafSchooljaar: 2019, procent: 2.555 })).velden[0].melding).toMatch(/2 decimalen/);
    expect((await fout(env, 'tarieven.indexeer', { vanafSchooljaar: 2019, procent: 500 })).velden[0]).toMatchObject({ veld: 'procent' });
    expect(dump(env.db)).toEqual(voor);
  });
});
