// `schoolinzet tarieven`, `tarieven zet` and `tarieven indexeer`: Dutch amounts and percentages,
// --json, --dry-run, a backup before every write, and refused input that changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';
import { afspraakInvoer, basis, ok } from '../helpers/registratie';

function vang() {
  const out: string[] = [];
  const err: string[] = [];
  return { uitvoer: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function cli(...args: string[]) {
  const v = vang();
  const code = await main(args, v.uitvoer);
  return { code, out: v.out.join('\n'), err: v.err.join('\n') };
}

function backups(pad: string): string[] {
  const map = path.join(path.dirname(pad), 'Schoolinzet-reservekopieen');
  return fs.existsSync(map) ? fs.readdirSync(map) : [];
}

function inhoud(pad: string) {
  const db = new Database(pad, { readonly: true });
  const d = dump(db as never);
  db.close();
  return d;
}

describe('schoolinzet tarieven', () => {
  let pad: string;
  beforeEach(async () => {
    pad = tmpDbPad('hoogeveen.db');
    const env = await testOmgeving(pad);
    const d = await basis(env);
    await ok(env, 'instellingen.opslaan', {
      gemeenteNaam: 'Hoogeveen',
      gemeenteCode: '0118',
      schooljaarStartMaand: 9,
      wekenPerSchooljaar: 40,
      standaardTarieven: { JMW: 7_500 },
    });
    for (const schooljaar of [2018, 2019])
      await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, schooljaar, functie: 'JMW' }));
    env.sessie.close();
  });

  it('lists the rates per functie with their validity, as a table and as JSON', async () => {
    expect((await cli('tarieven', 'zet', '--db', pad, '--functie', 'JMW', '--vanaf', '2019-2020', '--uurtarief', '€ 80,00', '--weken', '38')).code).toBe(0);
    const t = await cli('tarieven', '--db', pad);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/JMW\s+Jeugdmaatschappelijk werk\s+vóór 2019-2020\s+€ 75,00\s+40/);
    expect(t.out).toMatch(/JMW\s+Jeugdmaatschappelijk werk\s+vanaf 2019-2020\s+€ 80,00\s+38/);
    expect(t.out).toMatch(/Let op: .*JGW.* uurtarief van € 0/);
    const j = await cli('tarieven', '--db', pad, '--json');
    const jmw = JSON.parse(j.out).functies.find((f: { functie: string }) => f.functie === 'JMW');
    expect(jmw).toEqual({
      functie: 'JMW',
      naam: 'Jeugdmaatschappelijk werk',
      standaardUurtarief: 7_500,
      tarieven: [{ vanaf: '2019-2020', tot: null, uurtarief: 8_000, weken: 38 }],
    });
  });

  it('zet: a backup first, then the rate from that schooljaar on; earlier years unchanged', async () => {
    const k18 = JSON.parse((await cli('kosten', '--db', pad, '--schooljaar', '2018-2019', '--json')).out);
    const r = await cli('tarieven', 'zet', '--db', pad, '--functie', 'jmw', '--vanaf', '2019/2020', '--uurtarief', '80,00');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Uurtarief JMW vanaf schooljaar 2019-2020: € 80,00, 40 weken.');
    expect(r.out).toMatch(/Reservekopie vooraf: .*\.db/);
    expect(backups(pad)).toHaveLength(1);
    expect(JSON.parse((await cli('kosten', '--db', pad, '--schooljaar', '2018-2019', '--json')).out)).toEqual(k18);
    expect(JSON.parse((await cli('kosten', '--db', pad, '--schooljaar', '2019-2020', '--json')).out).totaal).toBe(4 * 40 * 8_000);
  });

  it('indexeer: --dry-run shows the effect per begrotingsjaar and changes nothing; without it the rates are raised', async () => {
    const voor = inhoud(pad);
    const droog = await cli('tarieven', 'indexeer', '--db', pad, '--vanaf', '2019-2020', '--procent', '2,5', '--functie', 'JMW', '--dry-run', '--json');
    expect(droog.code).toBe(0);
    const v = JSON.parse(droog.out);
    expect(v).toMatchObject({ vanaf: '2019-2020', procent: 2.5, toegepast: false, backup: null });
    expect(v.wijzigingen).toEqual([{ functie: 'JMW', vanaf: '2019-2020', oud: 7_500, nieuw: 7_688, nieuweRij: true }]);
    expect(v.begrotingsjaren.map((j: { jaar: number }) => j.jaar)).toEqual([2019, 2020]);
    // sep-dec 2019: 4/12 × 4 × 40 × (€ 76,88 − € 75,00)
    expect(v.begrotingsjaren[0].verschil.totaal).toBe(Math.round((4 * 40 * 7_688 * 4) / 12) - Math.round((4 * 40 * 7_500 * 4) / 12));
    expect(inhoud(pad)).toEqual(voor);
    expect(backups(pad)).toHaveLength(0);

    const tekst = await cli('tarieven', 'indexeer', '--db', pad, '--vanaf', '2019-2020', '--procent', '2,5', '--functie', 'JMW');
    expect(tekst.code).toBe(0);
    expect(tekst.out).toMatch(/Geïndexeerd: 2,5% vanaf schooljaar 2019-2020/);
    expect(tekst.out).toMatch(/JMW\s+2019-2020\s+€ 75,00\s+€ 76,88/);
    expect(backups(pad)).toHaveLength(1);
    const lijst = JSON.parse((await cli('tarieven', '--db', pad, '--json')).out);
    expect(lijst.functies.find((f: { functie: string }) => f.functie === 'JMW').tarieven).toEqual([
      { vanaf: '2019-2020', tot: null, uurtarief: 7_688, weken: 40 },
    ]);
  });

  it('refuses bad input with a Dutch message, exit 1, nothing changed and no backup', async () => {
    const voor = inhoud(pad);
    const gevallen: [string[], RegExp][] = [
      [['tarieven', 'zet', '--functie', 'XYZ', '--vanaf', '2019-2020', '--uurtarief', '80'], /Onbekende functie "XYZ"/],
      [['tarieven', 'zet', '--functie', 'JMW', '--vanaf', '2019', '--uurtarief', '80'], /--vanaf moet een schooljaar zijn/],
      [['tarieven', 'zet', '--functie', 'JMW', '--vanaf', '2019-2020', '--uurtarief', 'tachtig'], /--uurtarief moet een bedrag/],
      [['tarieven', 'zet', '--functie', 'JMW', '--vanaf', '2019-2020', '--uurtarief=-80'], /--uurtarief moet een bedrag/],
      [['tarieven', 'zet', '--functie', 'JMW', '--vanaf', '2019-2020', '--uurtarief', '200.000,00'], /niet aannemelijk/],
      [['tarieven', 'zet', '--functie', 'JMW', '--vanaf', '2019-2020'], /Geef het uurtarief op/],
      [['tarieven', 'zet', '--functie', 'JMW', '--vanaf', '2019-2020', '--uurtarief', '80', '--weken', '0'], /--weken moet/],
      [['tarieven', 'zet', '--functie', 'JMW', '--vanaf', '2019-2020', '--uurtarief', '80', '--weken', '60'], /Weken per jaar moet tussen 1 en 52 liggen/],
      [['tarieven', 'indexeer', '--vanaf', '2019-2020', '--procent', 'twee'], /--procent moet een percentage/],
      [['tarieven', 'indexeer', '--vanaf', '2019-2020', '--procent', '2,555'], /2 decimalen/],
      [['tarieven', 'indexeer', '--vanaf', '2019-2020', '--procent', '2', '--functie', 'ABC'], /Onbekende functie "ABC"/],
      [['tarieven', 'indexeer', '--procent', '2'], /Geef het schooljaar op/],
      [['tarieven', 'verhoog'], /Onbekende opdracht "tarieven verhoog"/],
      [['tarieven', '--procent', '2'], /hoort bij tarieven zet of tarieven indexeer/],
    ];
    for (const [args, melding] of gevallen) {
      const r = await cli(...args, '--db', pad);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(melding);
    }
    expect(inhoud(pad)).toEqual(voor);
    expect(backups(pad)).toHaveLength(0);
    // A mistyped file name is not a new registry.
    const typo = path.join(path.dirname(pad), 'hoogeven.db');
    const r = await cli('tarieven', 'zet', '--db', typo, '--functie', 'JMW', '--vanaf', '2019-2020', '--uurtarief', '80');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Het bestand .*hoogeven\.db bestaat niet/);
    expect(fs.existsSync(typo)).toBe(false);
  });
});
