// Rule 13 through the API and the CLI: an afspraak at € 0 (no rate, no fixed amount) and a
// begrotingsjaar that takes months from an empty or much smaller schooljaar, in a Hoogeveen-like
// file (aanbieder SWW, functies JMW, JW) that sets no rates at first.
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { afspraakInvoer, ok, type Env } from '../helpers/registratie';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('warnings, never silence', () => {
  let pad: string;
  let env: Env;
  let ids: { spectrum: number; wolfert: number; sww: number };
  beforeEach(async () => {
    pad = tmpDbPad('hoogeveen.db');
    env = await testOmgeving(pad);
    await ok(env, 'instellingen.opslaan', {
      gemeenteNaam: 'Hoogeveen',
      gemeenteCode: '0118',
      schooljaarStartMaand: 9,
      wekenPerSchooljaar: 40,
      standaardTarieven: {},
    });
    const spectrum = await ok(env, 'scholen.maak', { vestigingscode: '04QQ00', naam: 'Het Spectrum', sector: 'PO' });
    const wolfert = await ok(env, 'scholen.maak', { vestigingscode: '16AB00', naam: 'Wolfert College', sector: 'VO' });
    const sww = (await ok(env, 'aanbieders.maak', { naam: 'Stichting Welzijnswerk', korteNaam: 'SWW' })).id;
    ids = { spectrum: spectrum.id, wolfert: wolfert.id, sww };
  });

  it('an afspraak at € 0 is listed under waarschuwingen in the API and in kosten --json, until a rate is set', async () => {
    const a = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: ids.spectrum, aanbiederId: ids.sww, functie: 'JMW', schooljaar: 2018 }));
    await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schoolId: ids.wolfert, aanbiederId: ids.sww, functie: 'JW', schooljaar: 2018, vastBedragCents: 1_000_000 }),
    );
    const k = await ok(env, 'kosten.schooljaar', { schooljaar: 2018 });
    expect(k.waarschuwingen).toHaveLength(1);
    expect(k.waarschuwingen[0]).toMatchObject({
      soort: 'tarief-nul',
      afspraken: [{ id: a.id, functie: 'JMW', schoolNaam: 'Het Spectrum', vestigingscode: '04QQ00' }],
    });
    env.sessie.close();

    const j = JSON.parse((await cli('kosten', '--db', pad, '--schooljaar', '2018-2019', '--json')).out);
    expect(j.waarschuwingen).toEqual([
      {
        soort: 'tarief-nul',
        tekst:
          '1 afspraak heeft een uurtarief van € 0 en geen vast bedrag (JMW); de kosten tellen daardoor als € 0. Stel een tarief in bij Tarieven of bij de afspraak.',
        afspraken: [{ id: a.id, vestigingscode: '04QQ00', school: 'Het Spectrum', functie: 'JMW', schooljaar: '2018-2019', status: 'afgesproken' }],
      },
    ]);
    const tekst = await cli('kosten', '--db', pad, '--begrotingsjaar', '2019');
    expect(tekst.out).toContain('Let op: 1 afspraak heeft een uurtarief van € 0');

    expect((await cli('tarieven', 'zet', '--db', pad, '--functie', 'JMW', '--vanaf', '2018-2019', '--uurtarief', '75')).code).toBe(0);
    const na = JSON.parse((await cli('kosten', '--db', pad, '--schooljaar', '2018-2019', '--json')).out);
    expect(na.waarschuwingen).toEqual([]);
    expect(na.totaal).toBe(4 * 40 * 7_500 + 1_000_000);
  });

  it('a begrotingsjaar with months of an empty or much smaller schooljaar says so in kosten and dekking --json', async () => {
    await ok(env, 'tarieven.zet', { functie: 'JMW', vanafSchooljaar: 2017, uurtariefCents: 7_500 });
    for (const schooljaar of [2017, 2018]) {
      await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: ids.spectrum, aanbiederId: ids.sww, functie: 'JMW', schooljaar, basisurenPerWeek: 8 }));
      await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: ids.wolfert, aanbiederId: ids.sww, functie: 'JMW', schooljaar, basisurenPerWeek: 8 }));
    }
    // 2020-2021: only a quarter of 2018-2019's hours, and 2019-2020 nothing counted (a concept only).
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: ids.spectrum, aanbiederId: ids.sww, functie: 'JMW', schooljaar: 2019, status: 'concept' }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: ids.spectrum, aanbiederId: ids.sww, functie: 'JMW', schooljaar: 2020, basisurenPerWeek: 4 }));
    expect((await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2018 })).waarschuwingen).toEqual([]);
    const d19 = await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2019 });
    expect(d19.waarschuwingen.map((w) => w.tekst)).toEqual([
      'Schooljaar 2019-2020 heeft nog geen afspraken die meetellen; sep-dec 2019 telt daardoor als € 0.',
    ]);
    env.sessie.close();

    const k20 = JSON.parse((await cli('kosten', '--db', pad, '--begrotingsjaar', '2020', '--json')).out);
    expect(k20.waarschuwingen).toEqual([
      {
        soort: 'schooljaar-zonder-afspraken',
        schooljaar: '2019-2020',
        tekst: 'Schooljaar 2019-2020 heeft nog geen afspraken die meetellen; jan-aug 2020 telt daardoor als € 0.',
      },
    ]);
    const k21 = JSON.parse((await cli('kosten', '--db', pad, '--begrotingsjaar', '2021', '--json')).out);
    // 2020-2021 is not compared with 2019-2020 (nothing counted there); 2021-2022 is empty.
    expect(k21.waarschuwingen.map((w: { schooljaar: string }) => w.schooljaar)).toEqual(['2021-2022']);
    const d19json = JSON.parse((await cli('dekking', '--db', pad, '--begrotingsjaar', '2019', '--json')).out);
    expect(d19json.waarschuwingen).toEqual([
      {
        soort: 'schooljaar-zonder-afspraken',
        schooljaar: '2019-2020',
        tekst: 'Schooljaar 2019-2020 heeft nog geen afspraken die meetellen; sep-dec 2019 telt daardoor als € 0.',
      },
    ]);
    const tekst = await cli('dekking', '--db', pad, '--begrotingsjaar', '2019');
    expect(tekst.out).toContain('Let op: Schooljaar 2019-2020 heeft nog geen afspraken die meetellen');
  });

  it('a schooljaar with less than half the cost of the one before is named', async () => {
    await ok(env, 'tarieven.zet', { functie: 'JMW', vanafSchooljaar: 2017, uurtariefCents: 7_500 });
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: ids.spectrum, aanbiederId: ids.sww, functie: 'JMW', schooljaar: 2017, basisurenPerWeek: 8 }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: ids.spectrum, aanbiederId: ids.sww, functie: 'JMW', schooljaar: 2018, basisurenPerWeek: 3 }));
    const w = (await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2018 })).waarschuwingen;
    expect(w).toEqual([
      {
        soort: 'schooljaar-onvolledig',
        schooljaar: 2018,
        tekst:
          'Schooljaar 2018-2019 telt € 9.000 aan afspraken die meetellen, minder dan de helft van schooljaar 2017-2018 (€ 24.000); sep-dec 2018 is daardoor mogelijk nog niet compleet.',
      },
    ]);
    // The trend chart marks that schooljaar too (its saved picture carries the reason).
    const trend = await ok(env, 'grafiek.trend', { vanJaar: 2017, totJaar: 2018 });
    expect(trend.punten.map((p) => [p.label, p.onvolledig])).toEqual([
      ['2017-2018', []],
      ['2018-2019', [w[0].tekst]],
    ]);
    env.sessie.close();
  });
});
