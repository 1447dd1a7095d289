// The figures of the Zwolle proposals (docs/regels.md#regel-4), computed from the demo database
// "Voorbeeld Zwolle" as a user would get them: through the API methods and through the CLI.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '..', '..');
const EURO = 100;

/** Runs the real CLI with the Node that runs the tests; never throws, returns code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO, 'bin', 'schoolinzet.mjs'), ...args], { cwd: REPO, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

async function ok<T>(p: Promise<{ ok: true; data: T } | { ok: false; fout: { melding: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.fout.melding);
  return r.data;
}

describe('Voorbeeld Zwolle through the API', () => {
  let env: Awaited<ReturnType<typeof testOmgeving>>;
  beforeAll(async () => {
    env = await testOmgeving(tmpDbPad('voorbeeld-zwolle.db'));
    const r = await ok(env.call('demo.laden', {}));
    expect(r.scholen).toBe(88);
    // The app jumps to the period of the proposals' figures after loading.
    expect(r.periode).toEqual({ schooljaar: 2017, begrotingsjaar: 2017 });
  }, 60_000);
  afterAll(() => env.sessie.close());

  it('schooljaar 2016-2017: JGW € 320.000 and SMW € 366.000, of which onderwijs pays € 343.000', async () => {
    const k = await ok(env.call('kosten.schooljaar', { schooljaar: 2016 }));
    expect(k.perFunctie.JGW).toEqual({ totaal: 320_000 * EURO, gemeente: 160_000 * EURO, onderwijs: 160_000 * EURO, overig: 0 });
    expect(k.perFunctie.SMW).toEqual({ totaal: 366_000 * EURO, gemeente: 183_000 * EURO, onderwijs: 183_000 * EURO, overig: 0 });
    expect(k.totaal).toBe(686_000 * EURO);
    expect(k.onderwijs).toBe(343_000 * EURO);
    // Providers as in the seeds: De Kern, MEE IJsseloevers, Trias Jeugdhulp.
    expect(Object.keys(k.perAanbieder).sort()).toEqual(['De Kern', 'MEE IJsseloevers', 'Trias Jeugdhulp']);
  });

  it('schooljaar 2017-2018: the same inzet, gemeente 100 %; IB/ZC and orthopedagoog paid by onderwijs', async () => {
    const k = await ok(env.call('kosten.schooljaar', { schooljaar: 2017 }));
    expect(k.perFunctie.JGW).toEqual({ totaal: 320_000 * EURO, gemeente: 320_000 * EURO, onderwijs: 0, overig: 0 });
    expect(k.perFunctie.SMW).toEqual({ totaal: 366_000 * EURO, gemeente: 366_000 * EURO, onderwijs: 0, overig: 0 });
    for (const f of ['IB', 'ZC', 'ORTHO'] as const) {
      expect(k.perFunctie[f].totaal, f).toBeGreaterThan(0);
      expect(k.perFunctie[f].gemeente, f).toBe(0);
    }
    expect(k.gemeente).toBe(686_000 * EURO);
  });

  it('begrotingsjaar 2017: gemeente pays 8/12 × € 343.000 + 4/12 × € 686.000 = € 457.333, € 114.333 more than with 50/50', async () => {
    const k = await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2017 }));
    const jgwSmw = k.perFunctie.JGW.gemeente + k.perFunctie.SMW.gemeente;
    expect(Math.abs(jgwSmw - 45_733_333)).toBeLessThanOrEqual(EURO);
    expect(k.gemeente).toBe(jgwSmw); // IB/ZC/ORTHO cost the gemeente nothing
    expect(k.inVoorbereiding.totaal).toBe(0);

    const s = await ok(env.call('scenario.aandelen', { schooljaar: 2017, functies: ['JGW', 'SMW'], aandeelGemeente: 50, aandeelOnderwijs: 50 }));
    const jaar2017 = s.perBegrotingsjaar.find((j) => j.jaar === 2017)!;
    expect(jaar2017.maanden).toBe(4);
    // The difference is exactly what the afspraken of 2017-2018 cost the gemeente now minus what they would under 50/50 ...
    expect(-jaar2017.verschil.gemeente).toBe(jaar2017.huidig.gemeente - jaar2017.scenario.gemeente);
    expect(Math.abs(-jaar2017.verschil.gemeente - 11_433_333)).toBeLessThanOrEqual(EURO);
    // ... and the kosten of 2017 without it are the 50/50 world: 12/12 × € 343.000.
    expect(Math.abs(k.gemeente + jaar2017.verschil.gemeente - 34_300_000)).toBeLessThanOrEqual(EURO);
    // The part of 2016-2017 in 2017 (jan-aug) is 8/12 × € 343.000.
    expect(Math.abs(jgwSmw - jaar2017.huidig.gemeente - 22_866_667)).toBeLessThanOrEqual(EURO);
    // Onderwijs pays exactly that much less over the same months.
    expect(jaar2017.verschil.onderwijs).toBe(-jaar2017.verschil.gemeente);
  });

  it('wijkteam hours: PO schools in the wijk × 4 uur', async () => {
    const w = await ok(env.call('wijkteam.uren', { schooljaar: 2017, sector: 'PO', urenPerSchool: 4, functie: 'JGW' }));
    const scholen = await ok(env.call('scholen.lijst', { sector: 'PO' }));
    const perWijk = new Map<string, number>();
    for (const s of scholen.rijen) perWijk.set(s.wijk ?? '?', (perWijk.get(s.wijk ?? '?') ?? 0) + 1);
    expect(Object.fromEntries(w.perWijk.map((r) => [r.wijk, r.aantalScholen]))).toEqual({ Centrum: 8, Noord: 10, Oost: 8, West: 11, Zuid: 8 });
    for (const r of w.perWijk) {
      expect(r.aantalScholen, r.wijk).toBe(perWijk.get(r.wijk));
      expect(r.uren, r.wijk).toBe(r.aantalScholen * 4);
    }
    expect(w.aantalScholen).toBe(45);
    expect(w.uren).toBe(180);
    // In 2017-2018 25 of them have a JGW at 4 uur.
    expect(w.afgesprokenUren).toBe(100);
  });

  it('schooljaar 2018-2019: JGW on every basisschool (100 %), JGW + SMW near € 1 mln, two afspraken in voorbereiding', async () => {
    const g = await ok(env.call('dekkingsgraad.lijst', { schooljaar: 2018, functie: 'JGW', sector: 'PO' }));
    expect(g.scholen).toBe(45);
    expect(g.scholenGedekt).toBe(45);
    expect(g.aandeelScholen).toBe(1);
    expect(g.nietGedekt).toEqual([]);
    const vorig = await ok(env.call('dekkingsgraad.lijst', { schooljaar: 2017, functie: 'JGW', sector: 'PO' }));
    expect(vorig.scholenGedekt).toBe(25);
    expect(vorig.nietGedekt).toHaveLength(20);

    const k = await ok(env.call('kosten.schooljaar', { schooljaar: 2018 }));
    const jgwSmw = k.perFunctie.JGW.totaal + k.perFunctie.SMW.totaal;
    expect(jgwSmw).toBe((45 * 12_800 + 3 * 2 * 3_200 + 366_000) * EURO);
    expect(jgwSmw).toBeGreaterThan(900_000 * EURO);
    expect(jgwSmw).toBeLessThan(1_100_000 * EURO);
    expect(k.aantalInVoorbereiding).toBe(2);
    expect(k.inVoorbereiding.totaal).toBe((12_800 + 3_000) * EURO);

    const ot = await ok(env.call('dekkingsgraad.ot', { schooljaar: 2018, sector: 'PO' }));
    expect(ot.aantalVolledig).toBe(45);
  });

  it('dekking 2018: € 450.000 structureel first, then the PPN investment; saldo = budget − gemeente cost', async () => {
    const k = await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2018 }));
    const d = await ok(env.call('dekking.begrotingsjaar', { begrotingsjaar: 2018 }));
    expect(d.kostenGemeenteCents).toBe(k.gemeente);
    // 8/12 of 2017-2018 (€ 686.000) + 4/12 of 2018-2019 (€ 961.200), rounded per afspraak.
    expect(Math.abs(d.kostenGemeenteCents - (45_733_333 + 32_040_000))).toBeLessThanOrEqual(EURO);
    expect(d.budgetCents).toBe(1_000_000 * EURO);
    expect(d.posten.map((p) => [p.naam, p.soort, p.bedragCents, p.ingezetCents])).toEqual([
      ['Opgroei- en opvoedondersteuning', 'structureel', 450_000 * EURO, 450_000 * EURO],
      ['PPN investering toegang en preventie jeugd', 'incidenteel', 550_000 * EURO, d.kostenGemeenteCents - 450_000 * EURO],
    ]);
    expect(d.saldoCents).toBe(d.budgetCents - d.kostenGemeenteCents);
    expect(d.tekortCents).toBe(0);
  });

  it('kerncijfers and the three proeftuinen with shrinking budgets', async () => {
    const kc = await ok(env.call('kerncijfers.lijst', {}));
    expect(kc).toEqual([expect.objectContaining({ jaar: 2017, jeugdigen019: 30_000, leerlingenPo: 13_000, leerlingenVo: 11_000 })]);
    const pt = await ok(env.call('proeftuinen.lijst', {}));
    expect(pt).toHaveLength(3);
    for (const p of pt) {
      const volledig = await ok(env.call('proeftuinen.lees', { id: p.id }));
      expect(volledig.eindjaar - volledig.startjaar + 1).toBe(5);
      const bedragen = volledig.budget.map((b) => b.bedragCents);
      expect(bedragen).toEqual([...bedragen].sort((a, b) => b - a));
      expect(new Set(bedragen).size).toBe(5);
    }
  });

  it('dekking 2017: the extra cost of sep-dec 2017 (€ 114.333) is covered by opgroei- en opvoedondersteuning 2017, the old half by the existing budget', async () => {
    const k = await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2017 }));
    const d = await ok(env.call('dekking.begrotingsjaar', { begrotingsjaar: 2017 }));
    expect(d.kostenGemeenteCents).toBe(k.gemeente);
    expect(d.posten.map((p) => [p.naam, p.soort, p.bedragCents])).toEqual([
      ['Bestaande middelen JGW en SMW op scholen', 'structureel', 343_000 * EURO],
      ['Opgroei- en opvoedondersteuning', 'structureel', 114_334 * EURO],
    ]);
    const opgroei = d.posten[1];
    // What opgroei- en opvoedondersteuning pays in 2017 is the extra cost of the gemeente paying 100 % from September.
    expect(Math.abs(opgroei.ingezetCents - 11_433_333)).toBeLessThanOrEqual(EURO);
    expect(d.posten[0].ingezetCents).toBe(343_000 * EURO);
    expect(d.tekortCents).toBe(0);
  });

  it("on 1-1-2018 the JGW and MEE's SMW move to SWT Zwolle: the old afspraak ends 31-12-2017, a new one starts, the cost stays the same to the cent", async () => {
    const { rijen } = await ok(env.call('afspraken.lijst', { schooljaar: 2017, limiet: 1000 }));
    const jgw = rijen.filter((a) => a.functie === 'JGW');
    const perSchool = new Map<number, typeof jgw>();
    for (const a of jgw) perSchool.set(a.schoolId, [...(perSchool.get(a.schoolId) ?? []), a]);
    expect(perSchool.size).toBe(25);
    for (const [, lijst] of perSchool) {
      const oud = lijst.find((a) => a.aanbiederNaam !== 'SWT Zwolle')!;
      const nieuw = lijst.find((a) => a.aanbiederNaam === 'SWT Zwolle')!;
      expect(lijst).toHaveLength(2);
      expect([oud.startdatum, oud.einddatum, nieuw.startdatum, nieuw.einddatum]).toEqual([null, '2017-12-31', '2018-01-01', null]);
      expect(oud.kosten.schooljaar.totaal + nieuw.kosten.schooljaar.totaal).toBe(12_800 * EURO);
    }
    const smw = rijen.filter((a) => a.functie === 'SMW');
    expect(smw.filter((a) => a.aanbiederNaam === 'MEE IJsseloevers').every((a) => a.einddatum === '2017-12-31')).toBe(true);
    expect(smw.filter((a) => a.aanbiederNaam === 'De Kern').every((a) => a.einddatum === null)).toBe(true);
    expect(smw.filter((a) => a.aanbiederNaam === 'SWT Zwolle')).toHaveLength(15);
    const k = await ok(env.call('kosten.schooljaar', { schooljaar: 2017 }));
    // MEE's 44 SMW hours: 4 of 12 months with MEE, 8 with SWT; De Kern keeps the rest of VO.
    expect(k.perAanbieder['MEE IJsseloevers'].totaal).toBe(((44 * 40 * 75 * 4) / 12) * EURO);
    // Rounded per afspraak (docs/regels.md#regel-3): 8/12 of € 12.800 is € 8.533,33 for each of the 25 JGW schools.
    expect(k.perAanbieder['SWT Zwolle'].totaal).toBe(((44 * 40 * 75 * 8) / 12) * EURO + 25 * 853_333);
    const k2018 = await ok(env.call('kosten.schooljaar', { schooljaar: 2018 }));
    expect(k2018.perAanbieder['MEE IJsseloevers']).toBeUndefined();
  });

  it('the Greijdanus College pilot is a named afspraak (JGW of SWT Zwolle on a VO school), in overleg for 2018-2019', async () => {
    const { rijen } = await ok(env.call('afspraken.lijst', { schooljaar: 2018, limiet: 1000 }));
    const pilot = rijen.filter((a) => a.opmerking?.startsWith('Pilot Greijdanus College'));
    expect(pilot).toHaveLength(1);
    expect(pilot[0]).toMatchObject({
      vestigingscode: '17VS00',
      functie: 'JGW',
      aanbiederNaam: 'SWT Zwolle',
      status: 'in_overleg',
      themas: ['Pilot Greijdanus College'],
    });
    expect(pilot[0].schoolNaam).toMatch(/Greijdanus/);
  });

  it('one werkplan per school per schooljaar; the schools of West still wait for the wijkteam in 2018-2019', async () => {
    const w2017 = await ok(env.call('werkplannen.lijst', { schooljaar: 2017 }));
    expect(w2017).toHaveLength(60);
    expect(new Set(w2017.map((w) => w.status))).toEqual(new Set(['goedgekeurd door school en wijkteam']));
    const w2018 = await ok(env.call('werkplannen.lijst', { schooljaar: 2018 }));
    expect(w2018).toHaveLength(80);
    const scholen = await ok(env.call('scholen.lijst', { sector: 'PO' }));
    const west = new Set(scholen.rijen.filter((s) => s.wijk === 'West').map((s) => s.id));
    for (const w of w2018) expect(w.status, String(w.schoolId)).toBe(west.has(w.schoolId) ? 'goedgekeurd door school' : 'goedgekeurd door school en wijkteam');
  });

  it('cost per leerling 2017-2018 over the DUO count of 1 oktober 2017, and per jeugdige over the 30.000 of the kerncijfers', async () => {
    const p = await ok(env.call('kosten.perLeerling', { schooljaar: 2017 }));
    const k = await ok(env.call('kosten.schooljaar', { schooljaar: 2017 }));
    expect(p.teljaar).toBe(2017);
    expect(p.totaal.kostenCents).toBe(k.totaal);
    expect(p.perSector.reduce((n, s) => n + s.leerlingen, 0)).toBe(p.totaal.leerlingen);
    expect(p.perWijk.reduce((n, s) => n + s.kostenCents, 0)).toBe(k.totaal);
    const po = p.perSector.find((s) => s.naam === 'PO')!;
    expect(po.perLeerlingCents).toBe(Math.round(k.perSector.PO.totaal / po.leerlingen));
    expect(p.jeugdigen).toEqual({
      kerncijfersJaar: 2017,
      jeugdigen019: 30_000,
      perJeugdigeCents: Math.round(k.totaal / 30_000),
      gemeentePerJeugdigeCents: Math.round(k.gemeente / 30_000),
    });
    expect(p.vergelijking).toMatchObject({ kerncijfersJaar: 2017, kerncijfersPo: 13_000, kerncijfersVo: 11_000 });
  });

  it('refuses to load the demo a second time and changes nothing', async () => {
    const voor = dump(env.db);
    const r = await env.call('demo.laden', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fout.melding).toMatch(/leeg bestand/);
    expect(dump(env.db)).toEqual(voor);
  });

  it('the trend per begrotingsjaar matches kosten.begrotingsjaar year by year', async () => {
    const t = await ok(env.call('kosten.perJaar', { van: 2015, tot: 2020 }));
    expect(t.jaren.map((j) => j.jaar)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    for (const j of t.jaren) {
      const k = await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: j.jaar }));
      expect([j.totaal, j.gemeente, j.onderwijs, j.overig, j.inVoorbereiding.totaal], String(j.jaar)).toEqual([
        k.totaal,
        k.gemeente,
        k.onderwijs,
        k.overig,
        k.inVoorbereiding.totaal,
      ]);
    }
    expect(t.jaren[0].totaal).toBeGreaterThan(0); // sep-dec 2015
    expect(t.jaren[5].totaal).toBe(0);
  });
});

describe('Voorbeeld Zwolle through the CLI', () => {
  const pad = tmpDbPad('cli-voorbeeld.db');
  beforeAll(async () => {
    const r = await cli('demo', '--db', pad);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Voorbeeld Zwolle is geladen/);
    expect(r.stdout).toMatch(/VOORBEELD/);
  }, 120_000);

  it('kosten --schooljaar 2016-2017 --json: JGW € 320.000, SMW € 366.000, onderwijs € 343.000, in cents', async () => {
    const r = await cli('kosten', '--db', pad, '--schooljaar', '2016-2017', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      'schooljaar',
      'totaal',
      'gemeente',
      'onderwijs',
      'overig',
      'inVoorbereiding',
      'perFunctie',
      'perAanbieder',
      'waarschuwingen',
    ]);
    expect(j.waarschuwingen).toEqual([]);
    expect(j.schooljaar).toBe('2016-2017');
    expect(j.perFunctie.JGW).toEqual({ totaal: 32_000_000, gemeente: 16_000_000, onderwijs: 16_000_000, overig: 0 });
    expect(j.perFunctie.SMW.totaal).toBe(36_600_000);
    expect(j.onderwijs).toBe(34_300_000);
    expect(j.inVoorbereiding).toBe(0);
    expect(Object.keys(j.perAanbieder)).toEqual(['De Kern', 'MEE IJsseloevers', 'Trias Jeugdhulp']);
    expect(Object.keys(j.perAanbieder['De Kern'])).toEqual(['totaal', 'gemeente', 'onderwijs', 'overig']);
  }, 60_000);

  it('kosten --begrotingsjaar 2017 --json: gemeente € 457.333 within one euro', async () => {
    const r = await cli('kosten', '--db', pad, '--begrotingsjaar', '2017', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.begrotingsjaar).toBe(2017);
    expect(Math.abs(j.gemeente - 45_733_333)).toBeLessThanOrEqual(100);
    expect(j.totaal).toBe(j.gemeente + j.onderwijs + j.overig);
  }, 60_000);

  it('kosten --schooljaar 2018-2019 --json shows in voorbereiding as one number', async () => {
    const j = JSON.parse((await cli('kosten', '--db', pad, '--schooljaar', '2018-2019', '--json')).stdout);
    expect(j.inVoorbereiding).toBe(1_580_000);
  }, 60_000);

  it('dekking --begrotingsjaar 2018 --json', async () => {
    const r = await cli('dekking', '--db', pad, '--begrotingsjaar', '2018', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      'begrotingsjaar',
      'kostenGemeente',
      'posten',
      'totaalBudget',
      'saldo',
      'proeftuinen',
      'proeftuinenGemeente',
      'waarschuwingen',
    ]);
    expect(j.waarschuwingen).toEqual([]);
    expect(j.posten).toEqual([
      { naam: 'Opgroei- en opvoedondersteuning', soort: 'structureel', bedrag: 45_000_000 },
      { naam: 'PPN investering toegang en preventie jeugd', soort: 'incidenteel', bedrag: 55_000_000 },
    ]);
    expect(j.totaalBudget).toBe(100_000_000);
    expect(j.saldo).toBe(j.totaalBudget - j.kostenGemeente);
    expect(j.saldo).toBeGreaterThan(0);
    // The demo's proeftuinen (voorbeeldbedragen) are their own lines, paid from their own budget: outside the saldo (docs/regels.md#regel-4).
    expect(j.proeftuinenGemeente).toBe(60_000_000);
  }, 60_000);

  it('dekkingsgraad --schooljaar 2018-2019 --functie JGW --sector PO --json: 100 %', async () => {
    const r = await cli('dekkingsgraad', '--db', pad, '--schooljaar', '2018-2019', '--functie', 'JGW', '--sector', 'PO', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['schooljaar', 'functie', 'sector', 'scholen', 'gedekt', 'percentage', 'leerlingen', 'leerlingenGedekt', 'nietGedekt']);
    expect(j).toMatchObject({ schooljaar: '2018-2019', functie: 'JGW', sector: 'PO', scholen: 45, gedekt: 45, percentage: 100, nietGedekt: [] });
    expect(j.leerlingenGedekt).toBe(j.leerlingen);
    expect(j.leerlingen).toBeGreaterThan(10_000);
  }, 60_000);

  it('dekkingsgraad 2017-2018 lists the 20 basisscholen without JGW', async () => {
    const j = JSON.parse((await cli('dekkingsgraad', '--db', pad, '--schooljaar', '2017-2018', '--functie', 'jgw', '--sector', 'PO', '--json')).stdout);
    expect(j.gedekt).toBe(25);
    expect(j.percentage).toBe(55.6);
    expect(j.nietGedekt).toHaveLength(20);
    expect(j.nietGedekt[0]).toEqual({ vestigingscode: expect.stringMatching(/^[0-9A-Z]{4}\d{2}$/), naam: expect.any(String) });
  }, 60_000);

  it('prints readable Dutch tables with € amounts without --json', async () => {
    const r = await cli('kosten', '--db', pad, '--schooljaar', '2016-2017');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/JGW\s+€ 320\.000\s+€ 160\.000\s+€ 160\.000/);
    expect(r.stdout).toMatch(/Totaal\s+€ 686\.000\s+€ 343\.000\s+€ 343\.000/);
    const d = await cli('dekking', '--db', pad, '--begrotingsjaar', '2018');
    expect(d.stdout).toMatch(/Opgroei- en opvoedondersteuning\s+structureel\s+€ 450\.000/);
    expect(d.stdout).toMatch(/Saldo:\s+€ \d/);
  }, 60_000);

  it.each([
    [['kosten', '--schooljaar', '2017-2019'], /--schooljaar moet een schooljaar zijn/],
    [['kosten'], /Geef óf --begrotingsjaar .* óf --schooljaar/],
    [['kosten', '--begrotingsjaar', '2017', '--schooljaar', '2017-2018'], /Geef óf --begrotingsjaar/],
    [['kosten', '--begrotingsjaar', 'twintig'], /--begrotingsjaar moet een jaartal/],
    [['dekking'], /Geef het begrotingsjaar op/],
    [['dekkingsgraad', '--schooljaar', '2017-2018', '--functie', 'XYZ'], /Onbekende functie "XYZ" bij --functie/],
    [['dekkingsgraad', '--schooljaar', '2017-2018'], /Geef de functie op/],
    [['dekkingsgraad', '--schooljaar', '2017-2018', '--functie', 'JGW', '--sector', 'HBO'], /Onbekende sector "HBO"/],
    [['demo'], /alleen in een leeg bestand/],
  ])(
    '%j exits 1 with a Dutch message on stderr',
    async (args, melding) => {
      const r = await cli(args[0], '--db', pad, ...args.slice(1));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(melding);
      expect(r.stdout).toBe('');
    },
    60_000,
  );
});
