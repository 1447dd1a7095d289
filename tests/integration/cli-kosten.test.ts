// `schoolinzet kosten` on a Hoogeveen-like file (aanbieder SWW; functies JMW, JP and the school's own
// IB) and on an empty one: the printed figures add up (docs/regels.md#regel-20), the eigen inzet
// onderwijs is one row and no aanbieder, and --json keeps whole cents.
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { testOmgeving, testOmgevingMetAanbieders, tmpDbPad } from '../helpers/db';

function vang() {
  const out: string[] = [];
  const err: string[] = [];
  return { uitvoer: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function kosten(pad: string, ...args: string[]): Promise<string> {
  const v = vang();
  expect(await main(['kosten', ...args, '--db', pad], v.uitvoer), v.err.join('\n')).toBe(0);
  return v.out.join('\n');
}

/** The amounts of a printed table row, in cents (`€ 1.234,56` or `€ 1.234`). */
function bedragen(tekst: string, label: RegExp): number[] {
  const regel = tekst.split('\n').find((r) => label.test(r));
  if (!regel) throw new Error(`Geen regel ${label} in:\n${tekst}`);
  return [...regel.matchAll(/(-?)€ ([\d.]+)(?:,(\d\d))?/g)].map((m) => (m[1] ? -1 : 1) * (Number(m[2].replace(/\./g, '')) * 100 + Number(m[3] ?? 0)));
}

describe('schoolinzet kosten', () => {
  it('Hoogeveen-like: whole euros while they add up, cents when a row would not, eigen inzet as one row', async () => {
    const pad = tmpDbPad();
    const env = await testOmgevingMetAanbieders(pad);
    const school = (code: string, naam: string) =>
      Number(
        env.db.prepare("INSERT INTO scholen (vestigingscode, brin, naam, sector) VALUES (?, ?, ?, 'PO')").run(code, code.slice(0, 4), naam).lastInsertRowid,
      );
    const a = school('09XX00', 'De Tamarisk');
    const b = school('10YY00', 'Het Palet');
    const afspraak = env.db.prepare(
      "INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, uurtarief_cents, aandeel_gemeente, aandeel_onderwijs, status) VALUES (2019, ?, 5, ?, ?, ?, ?, ?, 'getekend')",
    );
    afspraak.run(a, 'JMW', 4, 7_500, 100, 0); // € 12.000
    afspraak.run(b, 'IB', 2, 6_000, 0, 100); // € 4.800, the school's own staff
    env.sessie.close();

    const heel = await kosten(pad, '--schooljaar', '2019-2020');
    expect(heel).toMatch(/^Totaal +€ 16\.800 +€ 12\.000 +€ 4\.800 +€ 0$/m);
    expect(heel).toMatch(/^Stichting Welzijnswerk +€ 12\.000 /m);
    expect(heel).toMatch(/^Eigen inzet onderwijs \(geen aanbieder\) +€ 4\.800 +€ 0 +€ 4\.800 +€ 0$/m);
    expect(heel).not.toContain('Zwolle');

    const env2 = await testOmgeving(pad);
    env2.db
      .prepare(
        "INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, uurtarief_cents, aandeel_gemeente, aandeel_onderwijs, status) VALUES (2019, ?, 5, 'JP', 1, 2_501, 50, 50, 'getekend')",
      )
      .run(a);
    env2.sessie.close();
    // JP: 1 uur × 40 weken × € 25,01 = € 1.000,40, half and half € 500,20: whole euros € 500 + € 500 = € 1.000 — adds up.
    // Over begrotingsjaar 2019 (4/12): € 333,47 as € 166,74 + € 166,73 → € 167 + € 167 = € 334 against € 333: cents.
    const jaar = await kosten(pad, '--begrotingsjaar', '2019');
    for (const label of [/^JMW /, /^IB /, /^JP /, /^Totaal /, /^Stichting Welzijnswerk /, /^Eigen inzet onderwijs /]) {
      const [totaal, gemeente, onderwijs, overig] = bedragen(jaar, label);
      expect(gemeente + onderwijs + overig, `${label}`).toBe(totaal);
    }
    expect(jaar).toMatch(/^JP +€ 333,47 +€ 166,74 +€ 166,73 +€ 0,00$/m);
    // Down the columns too: the functies' printed figures add up to the printed Totaal row.
    const totaal = bedragen(jaar, /^Totaal /);
    const som = [/^JMW /, /^IB /, /^JP /].map((l) => bedragen(jaar, l)).reduce((s, r) => s.map((x, i) => x + r[i]));
    expect(som).toEqual(totaal);

    // --json stays in whole cents, whatever the text shows.
    const j = JSON.parse(await kosten(pad, '--begrotingsjaar', '2019', '--json'));
    expect(j.perFunctie.JP).toEqual({ totaal: 33_347, gemeente: 16_674, onderwijs: 16_673, overig: 0 });
    expect(Object.keys(j.perAanbieder)).toEqual(['Eigen inzet onderwijs (geen aanbieder)', 'Stichting Welzijnswerk']);
  });

  it('an empty file prints empty tables with a zero total', async () => {
    const pad = tmpDbPad();
    (await testOmgeving(pad)).sessie.close();
    const tekst = await kosten(pad, '--begrotingsjaar', '2020');
    expect(tekst).toMatch(/^Totaal +€ 0 +€ 0 +€ 0 +€ 0$/m);
  });
});
