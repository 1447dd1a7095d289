// Issue 17: the whole subsidy cycle on the demo (Voorbeeld Zwolle) through the CLI, for every
// aanbieder in 2018: default verlening = the gemeente's share, terms that add up, saldo both ways,
// drift after an afspraak changes, the plafond warning, and refusals that leave the file as it was.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { lijstBackups } from '../../electron/db/backups';
import { testOmgeving, tmpDbPad } from '../helpers/db';

function vang() {
  const out: string[] = [];
  const err: string[] = [];
  return { uitvoer: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function cli(pad: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const v = vang();
  const code = await main([...args, '--db', pad], v.uitvoer);
  return { code, out: v.out.join('\n'), err: v.err.join('\n') };
}

async function json<T = Record<string, unknown>>(pad: string, ...args: string[]): Promise<T> {
  const r = await cli(pad, ...args, '--json');
  expect(r.err, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return JSON.parse(r.out) as T;
}

function hash(pad: string): string {
  const h = crypto.createHash('sha256');
  for (const p of [pad, `${pad}-wal`]) if (fs.existsSync(p)) h.update(fs.readFileSync(p));
  return h.digest('hex');
}

interface Rij {
  aanbieder: string;
  kostenGemeente: number;
  verleend: number | null;
  voorschotten: { termijn: number; bedrag: number; vervaldatum: string; betaald: string | null }[];
  betaald: number;
  vastgesteld: number | null;
  saldo: number | null;
  status: string;
  drift: string | null;
  waarschuwingen?: string[];
}

describe('schoolinzet subsidie on Voorbeeld Zwolle, 2018', () => {
  it('takes every aanbieder from verlening to vaststelling', { timeout: 120_000 }, async () => {
    const pad = tmpDbPad('zwolle.db');
    expect((await cli(pad, 'demo')).code).toBe(0);
    // From 1-1-2018 the demo has SWT Zwolle instead of MEE and the JGW of 2017 (seed 001), so 2018 has
    // two aanbieders the gemeente pays; a third (Trias, one JGW afspraak) lets the test walk three paths.
    const opzet = await testOmgeving(pad);
    const aanbieders = await opzet.call('aanbieders.lijst', {});
    if (!aanbieders.ok) throw new Error(aanbieders.fout.melding);
    const trias = aanbieders.data.find((a) => a.naam === 'Trias Jeugdhulp')!;
    const schoolId = opzet.db.prepare("SELECT id FROM scholen WHERE sector = 'PO' ORDER BY id LIMIT 1").pluck().get() as number;
    const extra = await opzet.call('afspraken.maak', {
      schooljaar: 2018,
      schoolId,
      aanbiederId: trias.id,
      functie: 'JGW',
      basisurenPerWeek: 2,
      uurtariefCents: 7_500,
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      status: 'getekend',
    });
    if (!extra.ok) throw new Error(extra.fout.melding);
    opzet.sessie.close();

    const kosten = await json<{ perAanbieder: Record<string, { gemeente: number }> }>(pad, 'kosten', '--begrotingsjaar', '2018');
    const lijst = await json<{ aanbieders: Rij[]; waarschuwingen: string[] }>(pad, 'subsidie', '--begrotingsjaar', '2018');
    const namen = lijst.aanbieders.map((r) => r.aanbieder);
    // Every aanbieder the gemeente pays for in 2018, none it does not.
    expect(namen).toEqual(
      Object.keys(kosten.perAanbieder)
        .filter((n) => kosten.perAanbieder[n].gemeente > 0)
        .sort((a, b) => a.localeCompare(b, 'nl')),
    );
    expect(namen).toContain('Trias Jeugdhulp');
    expect(namen.length).toBeGreaterThanOrEqual(3);
    for (const r of lijst.aanbieders) {
      expect(r.kostenGemeente).toBe(kosten.perAanbieder[r.aanbieder].gemeente);
      expect(r).toMatchObject({ verleend: null, voorschotten: [], betaald: 0, vastgesteld: null, saldo: null, status: 'geen' });
    }

    const schemas = ['maand', 'kwartaal', 'eenmalig'] as const;
    for (const [i, naam] of namen.entries()) {
      const schema = schemas[i % schemas.length];
      const v = await json<Rij>(pad, 'subsidie', 'verleen', '--aanbieder', naam, '--begrotingsjaar', '2018', '--voorschotten', schema, '--datum', '15-12-2017');
      // The default verleend bedrag is the computed gemeente share.
      expect(v.verleend).toBe(kosten.perAanbieder[naam].gemeente);
      expect(v.status).toBe('verleend');
      const n = { maand: 12, kwartaal: 4, eenmalig: 1 }[schema];
      expect(v.voorschotten).toHaveLength(n);
      expect(v.voorschotten.reduce((s, t) => s + t.bedrag, 0)).toBe(v.verleend);
      const deel = Math.floor((v.verleend as number) / n);
      expect(v.voorschotten.slice(0, -1).every((t) => t.bedrag === deel)).toBe(true);
      expect(v.voorschotten[n - 1].bedrag).toBe((v.verleend as number) - deel * (n - 1));
      expect(v.voorschotten[0].vervaldatum).toBe('2018-01-01');
      expect(v.drift).toBeNull();
      expect(v.waarschuwingen).toEqual([]);
    }
    // A backup before every step, with its own reason.
    expect(lijstBackups(pad).filter((b) => b.reden === 'voor-wijziging').length).toBeGreaterThanOrEqual(namen.length);

    // First aanbieder: all terms paid, realised less than verleend → terugvordering.
    const [eerste, tweede] = namen;
    const v1 = (await json<{ aanbieders: Rij[] }>(pad, 'subsidie', '--begrotingsjaar', '2018', '--aanbieder', eerste)).aanbieders[0];
    for (const t of v1.voorschotten) {
      const b = await json<Rij>(
        pad,
        'subsidie',
        'betaal',
        '--aanbieder',
        eerste,
        '--begrotingsjaar',
        '2018',
        '--termijn',
        String(t.termijn),
        '--datum',
        `02-${String(t.vervaldatum.slice(5, 7))}-2018`,
      );
      expect(b.status).toBe('bevoorschot');
    }
    const verleend1 = v1.verleend as number;
    const realisatie1 = verleend1 - 10_000_00;
    const r1 = await json<Rij>(
      pad,
      'subsidie',
      'verantwoord',
      '--aanbieder',
      eerste,
      '--begrotingsjaar',
      '2018',
      '--kosten',
      (realisatie1 / 100).toFixed(2).replace('.', ','),
      '--datum',
      '20-03-2019',
    );
    expect(r1.status).toBe('verantwoord');
    const s1 = await json<Rij>(
      pad,
      'subsidie',
      'vaststel',
      '--aanbieder',
      eerste,
      '--begrotingsjaar',
      '2018',
      '--bedrag',
      `€ ${(realisatie1 / 100).toFixed(2).replace('.', ',')}`,
      '--datum',
      '01-06-2019',
    );
    expect(s1).toMatchObject({ status: 'vastgesteld', betaald: verleend1, vastgesteld: realisatie1, saldo: -10_000_00 });
    expect((await cli(pad, 'subsidie', 'vaststel', '--aanbieder', eerste, '--begrotingsjaar', '2018', '--bedrag', '1', '--datum', '02-06-2019')).err).toMatch(
      /al vastgesteld/,
    );

    // Second aanbieder: one term paid, vastgesteld at the full amount → nabetaling.
    const v2 = (await json<{ aanbieders: Rij[] }>(pad, 'subsidie', '--begrotingsjaar', '2018', '--aanbieder', tweede)).aanbieders[0];
    await json(pad, 'subsidie', 'betaal', '--aanbieder', tweede, '--begrotingsjaar', '2018', '--termijn', '1', '--datum', '03-01-2018');
    await json(
      pad,
      'subsidie',
      'verantwoord',
      '--aanbieder',
      tweede,
      '--begrotingsjaar',
      '2018',
      '--kosten',
      String((v2.verleend as number) / 100 + 5000).replace('.', ','),
      '--datum',
      '20-03-2019',
    );
    const s2 = await json<Rij>(
      pad,
      'subsidie',
      'vaststel',
      '--aanbieder',
      tweede,
      '--begrotingsjaar',
      '2018',
      '--bedrag',
      String((v2.verleend as number) / 100).replace('.', ','),
      '--datum',
      '01-06-2019',
    );
    expect(s2.saldo).toBe((v2.verleend as number) - v2.voorschotten[0].bedrag);
    expect(s2.saldo).toBeGreaterThan(0);

    // The human table says it in words.
    const tekst = await cli(pad, 'subsidie', '--begrotingsjaar', '2018');
    expect(tekst.code).toBe(0);
    expect(tekst.out).toContain('vastgesteld');

    // Every step is in the mutatielog.
    const env = await testOmgeving(pad);
    const methoden = env.db.prepare("SELECT methode FROM mutatielog WHERE entiteit = 'subsidie' ORDER BY id").pluck().all() as string[];
    expect(new Set(methoden)).toEqual(new Set(['subsidies.verleen', 'subsidies.betaal', 'subsidies.verantwoord', 'subsidies.vaststel']));
    expect(methoden.filter((m) => m === 'subsidies.verleen')).toHaveLength(namen.length);

    // Drift: an afspraak of the third aanbieder changes after the verlening; the verlening stays.
    const derde = namen[2];
    const id = env.db
      .prepare(
        `SELECT a.id FROM afspraken a JOIN aanbieders b ON b.id = a.aanbieder_id
         WHERE b.naam = ? AND a.schooljaar IN (2017, 2018) AND a.status IN ('afgesproken','getekend') AND a.vast_bedrag_cents IS NULL AND a.aandeel_gemeente = 100 ORDER BY a.schooljaar DESC, a.id LIMIT 1`,
      )
      .pluck()
      .get(derde) as number;
    expect(id).toBeGreaterThan(0);
    const afspraak = await env.call('afspraken.lees', { id });
    if (!afspraak.ok) throw new Error(afspraak.fout.melding);
    const gewijzigd = await env.call('afspraken.wijzig', { ...afspraak.data, basisurenPerWeek: afspraak.data.basisurenPerWeek + 2 });
    expect(gewijzigd.ok).toBe(true);
    env.sessie.close();
    const na = (await json<{ aanbieders: Rij[] }>(pad, 'subsidie', '--begrotingsjaar', '2018', '--aanbieder', derde)).aanbieders[0];
    const voor = lijst.aanbieders.find((r) => r.aanbieder === derde) as Rij;
    expect(na.verleend).toBe(voor.kostenGemeente);
    expect(na.kostenGemeente).toBeGreaterThan(voor.kostenGemeente);
    expect(na.drift).toMatch(/^afspraken € [\d.]+, verleend € [\d.]+: € [\d.]+ niet beschikt$/);

    // Plafond: a verlening far above the begrotingsposten is a warning in the result, not a refusal.
    const plafond = await json<Rij>(
      pad,
      'subsidie',
      'verleen',
      '--aanbieder',
      derde,
      '--begrotingsjaar',
      '2018',
      '--bedrag',
      '2.000.000',
      '--reden',
      'Extra inzet na raadsbesluit',
      '--datum',
      '20-12-2017',
    );
    expect(plafond.verleend).toBe(2_000_000_00);
    expect((plafond.waarschuwingen ?? []).join('\n')).toMatch(
      /Let op: op (begrotingspost|de begrotingsposten) .* is in 2018 € [\d.]+ verleend, meer dan het plafond van € [\d.]+/,
    );
    expect((await json<{ waarschuwingen: string[] }>(pad, 'subsidie', '--begrotingsjaar', '2018')).waarschuwingen.length).toBeGreaterThan(0);
  });

  it('refuses bad input with exit code 1, a Dutch message and the file unchanged', { timeout: 120_000 }, async () => {
    const pad = tmpDbPad('zwolle.db');
    expect((await cli(pad, 'demo')).code).toBe(0);
    const lijst = await json<{ aanbieders: Rij[] }>(pad, 'subsidie', '--begrotingsjaar', '2018');
    const naam = lijst.aanbieders[0].aanbieder;
    await json(pad, 'subsidie', 'verleen', '--aanbieder', naam, '--begrotingsjaar', '2018', '--datum', '15-12-2017');
    await json(pad, 'subsidie', 'betaal', '--aanbieder', naam, '--begrotingsjaar', '2018', '--termijn', '1', '--datum', '02-01-2018');
    const vooraf = hash(pad);
    const ander = lijst.aanbieders[1].aanbieder;
    for (const [args, melding] of [
      [['subsidie', 'verleen', '--aanbieder', 'Onbekend BV', '--begrotingsjaar', '2018'], /Onbekende aanbieder "Onbekend BV" bij --aanbieder/],
      [
        ['subsidie', 'verleen', '--aanbieder', ander, '--begrotingsjaar', '2018', '--bedrag', '1.000'],
        /Reden: het verleende bedrag \(€ 1\.000,00\) wijkt af van het aandeel van de gemeente/,
      ],
      [['subsidie', 'betaal', '--aanbieder', naam, '--begrotingsjaar', '2018', '--termijn', '13'], /geen termijn 13; kies 1 tot en met 12/],
      [['subsidie', 'betaal', '--aanbieder', naam, '--begrotingsjaar', '2018', '--termijn', '1'], /Termijn 1 .* is al betaald op 02-01-2018/],
      [
        ['subsidie', 'vaststel', '--aanbieder', naam, '--begrotingsjaar', '2018', '--bedrag', '1.000'],
        /nog niet verantwoord; leg eerst de verantwoording vast/,
      ],
      [['subsidie', 'betaal', '--aanbieder', ander, '--begrotingsjaar', '2018', '--termijn', '1'], /nog geen subsidie verleend/],
      [['subsidie', 'verleen', '--aanbieder', naam, '--begrotingsjaar', '2018'], /al bevoorschot; de verlening kan niet meer opnieuw/],
      [['subsidie', 'verantwoord', '--aanbieder', naam, '--begrotingsjaar', '2018', '--kosten', '12,5o'], /--kosten moet een bedrag zijn/],
      [['subsidie', 'verleen', '--aanbieder', ander, '--begrotingsjaar', '2018', '--datum', '31-02-2018'], /--datum moet een datum zijn als dd-mm-jjjj/],
      [
        ['subsidie', 'verleen', '--aanbieder', ander, '--begrotingsjaar', '2018', '--voorschotten', 'week'],
        /--voorschotten moet maand, kwartaal of eenmalig zijn/,
      ],
      [['subsidie', 'afboeken', '--aanbieder', ander, '--begrotingsjaar', '2018'], /Onbekende stap "afboeken"/],
    ] as const) {
      const r = await cli(pad, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(melding);
      expect(hash(pad), args.join(' ')).toBe(vooraf);
    }
  });
});
