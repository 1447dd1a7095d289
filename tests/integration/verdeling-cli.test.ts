// `schoolinzet verdeel` (issue 16 CLI) and the API method behind it, on the demo, a Hoogeveen file
// and an empty file: the division adds up to the pool (docs/regels.md#regel-17), Dutch amounts are
// read, JSON has the keys, bad input is refused in Dutch, and a dry run writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';
import { hoogeveen } from '../helpers/hoogeveen';
import { fout, ok } from '../helpers/registratie';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function inhoud(pad: string) {
  const db = new Database(pad, { readonly: true });
  const d = dump(db as never);
  db.close();
  return d;
}

interface JsonUit {
  totaal: number;
  regel: string;
  stap: number;
  uitgedeeld: number;
  scholen: { vestigingscode: string; naam: string; leerlingen: number | '<5' | null; gewicht: number; quotum: number; toegekend: number }[];
}

describe('schoolinzet verdeel on the demo', () => {
  let pad: string;
  beforeAll(async () => {
    pad = tmpDbPad('demo.db');
    const env = await testOmgeving(pad);
    await ok(env, 'demo.laden', {});
    env.sessie.close();
  });

  it('divides 120 uur JGW over the PO schools by pupils, exactly, and writes nothing', async () => {
    const voor = inhoud(pad);
    const r = await cli(
      'verdeel',
      '--db',
      pad,
      '--schooljaar',
      '2017-2018',
      '--functie',
      'jgw',
      '--sector',
      'PO',
      '--uren',
      '120',
      '--regel',
      'leerlingen',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as JsonUit;
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['totaal', 'regel', 'stap', 'scholen']));
    expect(j).toMatchObject({ totaal: 120, regel: 'leerlingen', stap: 0.5, uitgedeeld: 120 });
    expect(j.scholen.length).toBeGreaterThan(20);
    expect(Object.keys(j.scholen[0])).toEqual(['vestigingscode', 'naam', 'leerlingen', 'gewicht', 'quotum', 'toegekend']);
    expect(j.scholen.reduce((a, s) => a + Math.round(s.toegekend * 100), 0)).toBe(12_000);
    for (const s of j.scholen) {
      expect((s.toegekend * 100) % 50).toBe(0);
      // Largest remainder: never more than one step from the quota.
      expect(Math.abs(s.toegekend - s.quotum)).toBeLessThan(0.5);
      expect(s.gewicht).toBe(typeof s.leerlingen === 'number' ? s.leerlingen : 0);
    }
    expect(inhoud(pad)).toEqual(voor);
    const tabel = await cli(
      'verdeel',
      '--db',
      pad,
      '--schooljaar',
      '2017-2018',
      '--functie',
      'JGW',
      '--sector',
      'PO',
      '--uren',
      '120',
      '--regel',
      'leerlingen',
    );
    expect(tabel.out).toMatch(/Uitgedeeld 120 uur van 120 uur over \d+ scholen\./);
    expect(tabel.out).toContain('Proefberekening: er is niets opgeslagen.');
  });

  it('reads Dutch euro amounts and answers in cents; voet, stap, min and max', async () => {
    const r = await cli(
      'verdeel',
      '--db',
      pad,
      '--schooljaar',
      '2017/2018',
      '--functie',
      'JGW',
      '--sector',
      'PO,SBO',
      '--bedrag',
      '€ 100.000,00',
      '--regel',
      'voet',
      '--voet',
      '1.000',
      '--stap',
      '10,00',
      '--min',
      '1.500',
      '--max',
      '5.000',
      '--json',
    );
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as JsonUit;
    expect(j).toMatchObject({ totaal: 10_000_000, regel: 'voet', stap: 1_000 });
    expect(j.scholen.reduce((a, s) => a + s.toegekend, 0)).toBe(10_000_000);
    for (const s of j.scholen) {
      expect(s.toegekend % 1_000).toBe(0);
      expect(s.toegekend).toBeGreaterThanOrEqual(150_000);
      expect(s.toegekend).toBeLessThanOrEqual(500_000);
    }
    const bedrag = await cli(
      'verdeel',
      '--db',
      pad,
      '--schooljaar',
      '2017-2018',
      '--functie',
      'JGW',
      '--sector',
      'PO',
      '--bedrag',
      '1.234,50',
      '--stap',
      '0,50',
      '--regel',
      'gelijk',
      '--json',
    );
    expect(JSON.parse(bedrag.out) as JsonUit).toMatchObject({ totaal: 123_450, stap: 50, uitgedeeld: 123_450 });
  });

  it('limits to a wijk', async () => {
    const alle = JSON.parse(
      (await cli('verdeel', '--db', pad, '--schooljaar', '2017-2018', '--functie', 'JGW', '--sector', 'PO', '--uren', '12,5', '--regel', 'gelijk', '--json'))
        .out,
    ) as JsonUit;
    const wijken = (
      await cli(
        'verdeel',
        '--db',
        pad,
        '--schooljaar',
        '2017-2018',
        '--functie',
        'JGW',
        '--sector',
        'PO',
        '--wijk',
        'nergens',
        '--uren',
        '12,5',
        '--regel',
        'gelijk',
      )
    ).err;
    expect(wijken).toMatch(/Onbekende wijk "nergens" bij --wijk\. Kies uit /);
    const naam = wijken.match(/Kies uit ([^,.]+)/)?.[1] as string;
    const een = JSON.parse(
      (
        await cli(
          'verdeel',
          '--db',
          pad,
          '--schooljaar',
          '2017-2018',
          '--functie',
          'JGW',
          '--sector',
          'PO',
          '--wijk',
          naam,
          '--uren',
          '12,5',
          '--regel',
          'gelijk',
          '--json',
        )
      ).out,
    ) as JsonUit;
    expect(een.scholen.length).toBeGreaterThan(0);
    expect(een.scholen.length).toBeLessThan(alle.scholen.length);
    expect(een.scholen.reduce((a, s) => a + s.toegekend * 100, 0)).toBe(1_250);
  });

  it('refuses bad input in Dutch, naming the option', async () => {
    const basis = ['verdeel', '--db', pad, '--schooljaar', '2017-2018', '--functie', 'JGW', '--sector', 'PO'];
    const fouten: [string[], RegExp][] = [
      [['--uren', '12,25', '--regel', 'gelijk'], /geen geheel aantal stappen/],
      [['--uren', '12', '--bedrag', '5', '--regel', 'gelijk'], /niet allebei/],
      [['--regel', 'gelijk'], /--uren N .* --bedrag B/],
      [['--uren', 'twaalf', '--regel', 'gelijk'], /--uren moet een aantal uren zijn/],
      [['--uren', '12', '--regel', 'loting'], /Onbekende verdeelregel "loting"/],
      [['--uren', '12', '--regel', 'voet'], /Geef de voet op/],
      [['--uren', '12', '--regel', 'gewicht'], /Geen enkele school heeft een gewicht/],
      [['--uren', '12', '--regel', 'gelijk', '--min', '5'], /minima samen zijn meer dan de pot/],
    ];
    for (const [extra, melding] of fouten) {
      const r = await cli(...basis, ...extra);
      expect(r.code, extra.join(' ')).toBe(1);
      expect(r.err, extra.join(' ')).toMatch(melding);
    }
    const sector = await cli('verdeel', '--db', pad, '--schooljaar', '2017-2018', '--functie', 'JGW', '--sector', 'PO,XX', '--uren', '1', '--regel', 'gelijk');
    expect(sector.err).toMatch(/Onbekende sector "XX"/);
    const functie = await cli('verdeel', '--db', pad, '--schooljaar', '2017-2018', '--functie', 'SWW', '--sector', 'PO', '--uren', '1', '--regel', 'gelijk');
    expect(functie.err).toMatch(/Onbekende functie "SWW"/);
  });
});

describe('verdeling.bereken on a Hoogeveen file and an empty file', () => {
  it('lists a school without a pupil count with weight 0, unless it is given one', async () => {
    const env = await testOmgeving();
    const h = await hoogeveen(env);
    const telling = env.db.prepare('INSERT INTO leerlingen (school_id, jaar, aantal, onder5) VALUES (?, ?, ?, ?)');
    telling.run(h.scholen.po.id, 2020, 310, 0);
    telling.run(h.scholen.sbo.id, 2020, 90, 0);
    // Het Spectrum (SO) has no count.
    const invoer = {
      schooljaar: 2020,
      soort: 'uren' as const,
      functie: 'JMW',
      sectoren: ['PO' as const, 'SBO' as const, 'SO' as const],
      regel: 'leerlingen' as const,
      totaal: 20,
    };
    const v = await ok(env, 'verdeling.bereken', invoer);
    expect(v.scholen.map((s) => [s.vestigingscode, s.leerlingen, s.gewicht, s.toegekend])).toEqual([
      ['04QU00', 310, 310, 15.5],
      ['00WR00', 90, 90, 4.5],
      ['15WK00', null, 0, 0],
    ]);
    const eigen = await ok(env, 'verdeling.bereken', { ...invoer, scholen: [{ schoolId: h.scholen.so.id, gewicht: 100 }] });
    expect(eigen.scholen.map((s) => s.toegekend)).toEqual([12.5, 3.5, 4]);
    expect(eigen.scholen[2].eigenGewicht).toBe(true);
    // A hand edit is kept and marked; uitgedeeld then says the pot no longer adds up.
    const hand = await ok(env, 'verdeling.bereken', { ...invoer, scholen: [{ schoolId: h.scholen.so.id, toegekend: 2 }] });
    expect(hand.scholen[2]).toMatchObject({ berekend: 0, toegekend: 2, handmatig: true });
    expect(hand.uitgedeeld).toBe(22);
    const f = await fout(env, 'verdeling.bereken', { ...invoer, scholen: [{ schoolId: h.scholen.vo.id, gewicht: 1 }] });
    expect(f.melding).toMatch(/valt niet onder deze sectoren/);
    const functie = await fout(env, 'verdeling.bereken', { ...invoer, functie: 'XYZ' });
    expect(functie.melding).toMatch(/Functie XYZ bestaat niet in dit bestand/);
    env.sessie.close();
  });

  it('answers an empty file with a Dutch refusal for a pot and an empty division for none', async () => {
    const env = await testOmgeving();
    const invoer = { schooljaar: 2020, soort: 'euros' as const, functie: 'SMW', sectoren: ['VO' as const], regel: 'gelijk' as const, totaal: 0 };
    expect((await ok(env, 'verdeling.bereken', invoer)).scholen).toEqual([]);
    expect((await fout(env, 'verdeling.bereken', { ...invoer, totaal: 100_00 })).melding).toMatch(/geen scholen om de pot over te verdelen/);
    expect((await fout(env, 'verdeling.bereken', { ...invoer, totaal: 12.5 })).melding).toMatch(/Pot moet een bedrag in hele centen zijn/);
    env.sessie.close();
  });
});

describe('schoolinzet verdeel --vaststellen', () => {
  it('saves and vaststelt after a backup; refused input leaves no trace', async () => {
    const pad = tmpDbPad('vaststellen.db');
    const env = await testOmgeving(pad);
    await ok(env, 'demo.laden', {});
    const aanbieder = env.db
      .prepare(
        "SELECT a.naam FROM afspraken f JOIN aanbieders a ON a.id = f.aanbieder_id WHERE f.functie = 'JGW' AND f.schooljaar = 2017 GROUP BY a.id ORDER BY count(*) DESC LIMIT 1",
      )
      .pluck()
      .get() as string;
    env.sessie.close();
    const map = path.join(path.dirname(pad), 'Schoolinzet-reservekopieen');
    const basis = ['verdeel', '--db', pad, '--schooljaar', '2017-2018', '--functie', 'JGW', '--sector', 'PO', '--uren', '40', '--regel', 'gelijk'];

    const voor = inhoud(pad);
    for (const [extra, melding] of [
      [['--vaststellen', '--aanbieder', aanbieder], /Geef de verdeling een naam met --naam/],
      [['--vaststellen', '--naam', 'Maatwerk'], /Geef met --aanbieder op wie/],
      [['--vaststellen', '--naam', 'Maatwerk', '--aanbieder', 'Niemand'], /Onbekende aanbieder "Niemand"/],
      [['--naam', 'Maatwerk'], /--naam en --aanbieder horen bij --vaststellen/],
    ] as const) {
      const r = await cli(...basis, ...extra);
      expect(r.code, extra.join(' ')).toBe(1);
      expect(r.err).toMatch(melding);
    }
    expect(inhoud(pad)).toEqual(voor);
    expect(fs.existsSync(map) ? fs.readdirSync(map) : []).toEqual([]);

    const r = await cli(...basis, '--vaststellen', '--naam', 'Maatwerk PO', '--aanbieder', aanbieder, '--json');
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as { opgeslagen: boolean; records: number; totaal: number; backup: string; scholen: unknown[] };
    expect(j).toMatchObject({ opgeslagen: true, totaal: 40, aanbieder });
    expect(j.records).toBeGreaterThan(0);
    expect(fs.readdirSync(map)).toContain(j.backup);
    const db = new Database(pad, { readonly: true });
    expect(db.prepare("SELECT sum(uren_per_week) FROM aanvullende_inzet WHERE bron = 'verdeling'").pluck().get()).toBe(40);
    expect(db.prepare('SELECT naam, vastgesteld_op IS NOT NULL AS vast FROM verdelingen').get()).toEqual({ naam: 'Maatwerk PO', vast: 1 });
    db.close();
    const dubbel = await cli(...basis, '--vaststellen', '--naam', 'maatwerk po', '--aanbieder', aanbieder);
    expect(dubbel.err).toMatch(/Er is al een verdeling met de naam maatwerk po/);
  });
});
