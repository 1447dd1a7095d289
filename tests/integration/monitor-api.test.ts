// Issue 18 part 1: ondersteuningsvragen through the registry and the CLI, on real SQLite.
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';
import { hoogeveenMonitor as hoogeveen } from '../helpers/hoogeveen-monitor';
import { fout, ok } from '../helpers/registratie';

function vang() {
  const out: string[] = [];
  const err: string[] = [];
  return { uitvoer: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const rij = (over: { schoolId: number } & Record<string, unknown>) => ({
  schooljaar: 2023,
  vragen: 40,
  binnenSchool: 26,
  verwezenJeugdhulp: 6,
  verwezenWijkteam: 4,
  ...over,
});

describe('ondersteuningsvragen', () => {
  it('refuses parts greater than the total, naming the field, and saves nothing', async () => {
    const env = await testOmgeving();
    const h = await hoogeveen(env);
    await ok(env, 'monitor.maak', rij({ schoolId: h.tamboer.id, aanbiederId: h.sww, functie: 'JMW' }));
    const voor = dump(env.db);
    const f1 = await fout(env, 'monitor.maak', rij({ schoolId: h.kei.id, vragen: 10, binnenSchool: 11, verwezenJeugdhulp: 0, verwezenWijkteam: 0 }));
    expect(f1.velden.map((v) => v.veld)).toEqual(['binnenSchool']);
    expect(f1.melding).toContain('Binnen school opgevangen (11) is meer dan het aantal ondersteuningsvragen (10).');
    const f2 = await fout(env, 'monitor.maak', rij({ schoolId: h.kei.id, vragen: 10, binnenSchool: 5, verwezenJeugdhulp: 3, verwezenWijkteam: 3 }));
    expect(f2.velden.map((v) => v.veld)).toEqual(['verwezenWijkteam']);
    const f3 = await fout(env, 'monitor.maak', rij({ schoolId: h.kei.id, vragen: -1 }));
    expect(f3.velden[0].melding).toBe('Ondersteuningsvragen mag niet negatief zijn.');
    const f4 = await fout(env, 'monitor.maak', rij({ schoolId: h.tamboer.id, aanbiederId: h.sww, functie: 'JMW' }));
    expect(f4.melding).toContain('al ondersteuningsvragen');
    const bestaand = (await ok(env, 'monitor.lijst', { schooljaar: 2023 }))[0];
    const f5 = await fout(env, 'monitor.wijzig', {
      ...rij({ schoolId: h.tamboer.id, aanbiederId: h.sww, functie: 'JMW' }),
      id: bestaand.id,
      verwezenJeugdhulp: 41,
    });
    expect(f5.velden.map((v) => v.veld)).toEqual(['verwezenJeugdhulp']);
    expect(dump(env.db)).toEqual(voor);
    // The table refuses it too, should anything bypass the API.
    expect(() => env.db.prepare('UPDATE ondersteuningsvragen SET binnen_school = 100')).not.toThrow();
    expect(() => env.db.prepare('UPDATE ondersteuningsvragen SET binnen_school = 100').run()).toThrow(/CHECK/);
    env.sessie.close();
  });

  it('computes the share per school, wijk, sector, aanbieder and gemeente, with the norm setting (Hoogeveen)', async () => {
    const env = await testOmgeving();
    const h = await hoogeveen(env);
    await ok(
      env,
      'monitor.maak',
      rij({ schoolId: h.tamboer.id, aanbiederId: h.sww, functie: 'JMW', vragen: 30, binnenSchool: 20, verwezenJeugdhulp: 5, verwezenWijkteam: 5 }),
    );
    await ok(
      env,
      'monitor.maak',
      rij({ schoolId: h.tamboer.id, aanbiederId: h.sww, functie: 'JP', vragen: 3, binnenSchool: 1, verwezenJeugdhulp: 2, verwezenWijkteam: 0 }),
    );
    await ok(
      env,
      'monitor.maak',
      rij({ schoolId: h.kei.id, aanbiederId: h.sww, functie: 'JMW', vragen: 16, binnenSchool: 1, verwezenJeugdhulp: 0, verwezenWijkteam: 0 }),
    );
    await ok(env, 'monitor.maak', rij({ schoolId: h.wolfsbos.id, vragen: 8, binnenSchool: 6, verwezenJeugdhulp: 1, verwezenWijkteam: 1 }));
    await ok(
      env,
      'monitor.maak',
      rij({ schooljaar: 2022, schoolId: h.kei.id, aanbiederId: h.sww, functie: 'JW', vragen: 10, binnenSchool: 5, verwezenJeugdhulp: 0, verwezenWijkteam: 0 }),
    );
    const m = await ok(env, 'monitor.overzicht', { schooljaar: 2023 });
    expect(m.totaal).toMatchObject({ vragen: 57, binnenSchool: 28, percentageBinnenSchool: 49.1, status: 'onder' });
    expect(m.perSchool.map((s) => [s.naam, s.percentageBinnenSchool, s.status])).toEqual([
      ['De Kei', 6.3, 'onder'],
      ['De Tamboer', 63.6, 'binnen'],
      ['Wolfsbos Groep', 75, 'boven'],
    ]);
    expect(m.perWijk.map((w) => [w.wijk, w.vragen, w.percentageBinnenSchool])).toEqual([
      ['Hoogeveen-Centrum', 41, 65.9],
      ['Krakeel', 16, 6.3],
    ]);
    expect(m.perSector.map((s) => [s.sector, s.percentageBinnenSchool])).toEqual([
      ['PO', 44.9],
      ['VO', 75],
    ]);
    expect(m.perAanbieder.map((a) => a.aanbieder)).toEqual(['Aanbieder onbekend', 'Stichting Welzijnswerk']);
    expect(m.trend.map((t) => [t.schooljaar, t.percentageBinnenSchool])).toEqual([
      [2022, 50],
      [2023, 49.1],
    ]);
    expect(m.schooljaren).toEqual([2022, 2023]);

    await ok(env, 'monitor.instellingenOpslaan', { norm: { van: 45, tot: 55 }, realisatieDrempel: 85 });
    const m2 = await ok(env, 'monitor.overzicht', { schooljaar: 2023 });
    expect(m2.norm).toEqual({ van: 45, tot: 55 });
    expect(m2.totaal.status).toBe('binnen');
    const nf = await fout(env, 'monitor.instellingenOpslaan', { norm: { van: 70, tot: 60 }, realisatieDrempel: 90 });
    expect(nf.velden[0].veld).toBe('norm.tot');
    env.sessie.close();
  });

  it('undoes a delete with herstel, and an empty file has no figures', async () => {
    const env = await testOmgeving();
    const leeg = await ok(env, 'monitor.overzicht', { schooljaar: 2023 });
    expect(leeg.totaal.percentageBinnenSchool).toBeNull();
    expect(leeg.perSchool).toEqual([]);
    expect(await ok(env, 'monitor.instellingen', {})).toEqual({ norm: { van: 60, tot: 70 }, realisatieDrempel: 90 });
    const h = await hoogeveen(env);
    const r = await ok(env, 'monitor.maak', rij({ schoolId: h.kei.id }));
    const weg = await ok(env, 'monitor.verwijder', { id: r.id });
    expect(await ok(env, 'monitor.lijst', { schooljaar: 2023 })).toEqual([]);
    expect(await ok(env, 'monitor.herstel', weg)).toEqual(r);
    env.sessie.close();
  });
});

describe('schoolinzet monitor', () => {
  it('gives exactly the named JSON keys, and a Dutch table', async () => {
    const pad = tmpDbPad();
    const env = await testOmgeving(pad);
    const h = await hoogeveen(env);
    await ok(
      env,
      'monitor.maak',
      rij({ schoolId: h.tamboer.id, aanbiederId: h.sww, functie: 'JMW', vragen: 3, binnenSchool: 2, verwezenJeugdhulp: 1, verwezenWijkteam: 0 }),
    );
    await ok(
      env,
      'monitor.maak',
      rij({ schoolId: h.kei.id, aanbiederId: h.sww, functie: 'JMW', vragen: 8, binnenSchool: 5, verwezenJeugdhulp: 0, verwezenWijkteam: 2 }),
    );
    env.sessie.close();

    const j = vang();
    expect(await main(['monitor', '--schooljaar', '2023-2024', '--db', pad, '--json'], j.uitvoer)).toBe(0);
    const json = JSON.parse(j.out.join('\n'));
    expect(Object.keys(json)).toEqual([
      'vragen',
      'binnenSchool',
      'verwezenJeugdhulp',
      'verwezenWijkteam',
      'percentageBinnenSchool',
      'norm',
      'perSchool',
      'perWijk',
    ]);
    expect(json).toMatchObject({
      vragen: 11,
      binnenSchool: 7,
      verwezenJeugdhulp: 1,
      verwezenWijkteam: 2,
      percentageBinnenSchool: 63.6,
      norm: { van: 60, tot: 70 },
    });
    expect(json.perSchool).toEqual([
      { vestigingscode: '11QM01', naam: 'De Kei', vragen: 8, binnenSchool: 5, percentageBinnenSchool: 62.5 },
      { vestigingscode: '07KX00', naam: 'De Tamboer', vragen: 3, binnenSchool: 2, percentageBinnenSchool: 66.7 },
    ]);
    expect(json.perWijk).toEqual([
      { wijk: 'Hoogeveen-Centrum', vragen: 3, binnenSchool: 2, percentageBinnenSchool: 66.7 },
      { wijk: 'Krakeel', vragen: 8, binnenSchool: 5, percentageBinnenSchool: 62.5 },
    ]);

    const t = vang();
    expect(await main(['monitor', '--schooljaar', '2023/24', '--db', pad], t.uitvoer)).toBe(0);
    const tekst = t.out.join('\n');
    expect(tekst).toContain('schooljaar 2023-2024');
    expect(tekst).toMatch(/11QM01\s+De Kei\s+8\s+5\s+62,5%\s+binnen de norm/);
    expect(tekst).not.toMatch(/Zwolle/);

    const f = vang();
    expect(await main(['monitor', '--db', pad], f.uitvoer)).toBe(1);
    expect(f.err.join('\n')).toContain('Geef het schooljaar op');
  });
});

describe('realisatie per afspraak, aanbieder and functie', () => {
  it('joins realised hours to the counted afspraken with the same keys; the threshold is a setting', async () => {
    const env = await testOmgeving();
    const h = await hoogeveen(env);
    const maak = (schoolId: number, functie: 'JMW' | 'JW', over: Record<string, unknown> = {}) =>
      ok(env, 'afspraken.maak', {
        schooljaar: 2023,
        schoolId,
        aanbiederId: h.sww,
        functie,
        basisurenPerWeek: 4,
        aandeelGemeente: 100,
        aandeelOnderwijs: 0,
        status: 'getekend',
        ...over,
      });
    await maak(h.tamboer.id, 'JMW');
    await maak(h.kei.id, 'JMW', { status: 'beeindigd', einddatum: '2024-01-31' });
    await maak(h.wolfsbos.id, 'JW', { status: 'concept' });
    await ok(env, 'monitor.maak', rij({ schoolId: h.tamboer.id, aanbiederId: h.sww, functie: 'JMW', gerealiseerdeUren: 140 }));
    await ok(env, 'monitor.maak', rij({ schoolId: h.kei.id, aanbiederId: h.sww, functie: 'JMW', gerealiseerdeUren: 70 }));
    const r = await ok(env, 'monitor.realisatie', { schooljaar: 2023 });
    // The concept afspraak does not count (rule 5).
    expect(r.perAfspraak.map((a) => [a.schoolnaam, a.afgesprokenUren, a.gerealiseerdeUren, a.realisatiegraad, a.onderDrempel])).toEqual([
      ['De Kei', 66.67, 70, 105, false],
      ['De Tamboer', 160, 140, 87.5, true],
    ]);
    expect(r.perAanbieder).toEqual([
      expect.objectContaining({ aanbieder: 'Stichting Welzijnswerk', aantalAfspraken: 2, aantalOpgegeven: 2, realisatiegraad: 92.6, onderDrempel: false }),
    ]);
    await ok(env, 'monitor.instellingenOpslaan', { norm: { van: 60, tot: 70 }, realisatieDrempel: 95 });
    const r2 = await ok(env, 'monitor.realisatie', { schooljaar: 2023 });
    expect(r2.drempel).toBe(95);
    expect(r2.perAanbieder[0].onderDrempel).toBe(true);
    expect((await ok(env, 'monitor.realisatie', { schooljaar: 2030 })).perAfspraak).toEqual([]);
    env.sessie.close();
  });
});

describe('deleting what monitor figures refer to', () => {
  it('refuses a school or aanbieder with monitor figures, naming them, and changes nothing', async () => {
    const env = await testOmgeving();
    const h = await hoogeveen(env);
    await ok(env, 'monitor.maak', rij({ schoolId: h.kei.id, aanbiederId: h.sww, functie: 'JMW' }));
    const voor = dump(env.db);
    expect((await fout(env, 'scholen.verwijder', { id: h.kei.id })).melding).toBe(
      'De school De Kei heeft nog monitorcijfers (2023-2024). Verwijder of verplaats die eerst.',
    );
    expect((await fout(env, 'aanbieders.verwijder', { id: h.sww })).melding).toBe(
      'De aanbieder Stichting Welzijnswerk heeft nog monitorcijfers (2023-2024). Verwijder die eerst.',
    );
    expect(dump(env.db)).toEqual(voor);
    env.sessie.close();
  });
});
