// Issue 18 part 2: the Monitor template goes out, comes back filled in, and is read by the
// afsprakenblad's rules (row-level Dutch messages, all or nothing, new/changed/unchanged).
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';
import { hoogeveenMonitor as hoogeveen } from '../helpers/hoogeveen-monitor';
import { afspraakInvoer, ok } from '../helpers/registratie';
import { DatabaseSessie } from '../../electron/db/sessie';

function vang() {
  const out: string[] = [];
  const err: string[] = [];
  return { uitvoer: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const KOPPEN = [
  'Schooljaar',
  'Vestigingscode',
  'Schoolnaam',
  'Aanbieder',
  'Functie',
  'Ondersteuningsvragen',
  'Binnen school opgevangen',
  'Verwezen naar jeugdhulp',
  'Verwezen via wijkteam',
  'Gerealiseerde uren',
];

async function metAfspraken() {
  const pad = tmpDbPad('hoogeveen.db');
  const env = await testOmgeving(pad);
  const h = await hoogeveen(env);
  for (const [school, functie] of [
    [h.tamboer, 'JMW'],
    [h.kei, 'JMW'],
    [h.wolfsbos, 'JW'],
  ] as const) {
    await ok(env, 'afspraken.maak', afspraakInvoer({ schooljaar: 2023, schoolId: school.id, aanbiederId: h.sww, functie, uurtariefCents: 6500 }));
  }
  env.sessie.close();
  return pad;
}

async function schrijfBlad(pad: string, rijen: (string | number | null)[][], koppen = KOPPEN) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Monitor');
  ws.addRow(koppen);
  for (const r of rijen) ws.addRow(r);
  await wb.xlsx.writeFile(pad);
}

async function inhoud(dbPad: string) {
  const sessie = await DatabaseSessie.open(dbPad);
  const d = dump(sessie.db());
  sessie.close();
  return d;
}

describe('the Monitor template and import (Hoogeveen)', () => {
  it('exports the template with the columns in order, lists and an explanation; reads it back filled in', async () => {
    const db = await metAfspraken();
    const sjabloon = path.join(path.dirname(db), 'Monitor.xlsx');
    const e = vang();
    expect(await main(['export', 'monitorsjabloon', '--out', sjabloon, '--schooljaar', '2023-2024', '--db', db], e.uitvoer), e.err.join('\n')).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sjabloon);
    const ws = wb.getWorksheet('Monitor')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(KOPPEN);
    expect(ws.getCell('D2').dataValidation.formulae?.[0]).toMatch(/^Lijsten!\$A\$2/);
    expect(ws.getCell('E2').dataValidation.formulae?.[0]).toMatch(/^Lijsten!\$B\$2/);
    expect(wb.getWorksheet('Uitleg')!.getColumn(1).values).toEqual(expect.arrayContaining(['Ondersteuningsvragen', 'Gerealiseerde uren']));
    // One row per counted afspraak, ready to fill in.
    const rijen = [2, 3, 4].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 6));
    expect(rijen).toEqual([
      ['2023-2024', '07KX00', 'De Tamboer', 'Stichting Welzijnswerk', 'JMW'],
      ['2023-2024', '11QM01', 'De Kei', 'Stichting Welzijnswerk', 'JMW'],
      ['2023-2024', '16TE00', 'Wolfsbos Groep', 'Stichting Welzijnswerk', 'JW'],
    ]);
    const cijfers = [
      [30, 20, 5, 5, 150.5],
      [16, 1, 0, 0, 120],
      [8, 6, 1, 1, null],
    ];
    cijfers.forEach((c, i) => c.forEach((v, j) => (ws.getCell(i + 2, 6 + j).value = v)));
    await wb.xlsx.writeFile(sjabloon);

    const voor = await inhoud(db);
    const proef = vang();
    expect(await main(['import', 'monitor', sjabloon, '--dry-run', '--db', db], proef.uitvoer), proef.err.join('\n')).toBe(0);
    expect(proef.out.join('\n')).toContain('3 regels: 3 nieuw, 0 gewijzigd, 0 ongewijzigd');
    expect(proef.out.join('\n')).toContain('er is niets opgeslagen');
    expect(await inhoud(db)).toEqual(voor);

    const echt = vang();
    expect(await main(['import', 'monitor', sjabloon, '--db', db], echt.uitvoer), echt.err.join('\n')).toBe(0);
    const m = vang();
    await main(['monitor', '--schooljaar', '2023-2024', '--db', db, '--json'], m.uitvoer);
    expect(JSON.parse(m.out.join('\n'))).toMatchObject({ vragen: 54, binnenSchool: 27, percentageBinnenSchool: 50 });

    // A matching row updates; the preview says which changed.
    ws.getCell('G3').value = 9;
    await wb.xlsx.writeFile(sjabloon);
    const twee = vang();
    expect(await main(['import', 'monitor', sjabloon, '--db', db], twee.uitvoer), twee.err.join('\n')).toBe(0);
    const tekst = twee.out.join('\n');
    expect(tekst).toContain('3 regels: 0 nieuw, 1 gewijzigd, 2 ongewijzigd');
    expect(tekst).toMatch(/rij 3: 2023-2024 11QM01 Stichting Welzijnswerk JMW: Binnen school opgevangen "1" → "9"/);
    const sessie = await DatabaseSessie.open(db);
    expect(sessie.db().prepare('SELECT count(*) FROM ondersteuningsvragen').pluck().get()).toBe(3);
    expect(
      sessie
        .db()
        .prepare('SELECT binnen_school FROM ondersteuningsvragen o JOIN scholen s ON s.id = o.school_id WHERE s.vestigingscode = ?')
        .pluck()
        .get('11QM01'),
    ).toBe(9);
    sessie.close();
  });

  it('refuses the whole sheet with row-level Dutch messages, saving nothing', async () => {
    const db = await metAfspraken();
    const blad = path.join(path.dirname(db), 'fout.xlsx');
    await schrijfBlad(blad, [
      ['2023-2024', '07KX00', 'De Tamboer', 'SWW', 'JMW', 10, 6, 2, 1, 100],
      ['2023-2024', '11QM01', 'De Kei', 'Stichting Welzijnswerk', 'JMW', 10, 11, 0, 0, null],
      ['2023-2024', '99ZZ00', 'Onbekend', 'SWW', 'JMW', 5, 1, null, null, null],
      ['2023-2024', '07KX00', 'De Tamboer', 'sww', 'jmw', 3, 1, 0, 0, null],
      ['2023-2024', '16TE00', 'Wolfsbos Groep', null, null, 8, 'veel', 0, 0, 12],
      ['2023-2024', '16TE00', 'Wolfsbos Groep', 'Kwadrant', 'JW', 8, 4, 3, 2, null],
    ]);
    const voor = await inhoud(db);
    const f = vang();
    expect(await main(['import', 'monitor', blad, '--db', db], f.uitvoer)).toBe(1);
    const err = f.err.join('\n');
    expect(err).toContain('rij 3, kolom Binnen school opgevangen: Binnen school opgevangen (11) is meer dan het aantal ondersteuningsvragen (10).');
    expect(err).toContain('rij 4, kolom Vestigingscode: 99ZZ00 staat niet in het scholenregister.');
    expect(err).toContain('rij 5: Dubbele regel: 2023-2024, 07KX00, Stichting Welzijnswerk, JMW staat ook in rij 2.');
    expect(err).toContain('rij 6, kolom Binnen school opgevangen: "veel" is geen getal.');
    expect(err).toContain('rij 6, kolom Gerealiseerde uren: Gerealiseerde uren horen bij een afspraak: vul ook Aanbieder en Functie in.');
    expect(err).toContain('rij 7, kolom Aanbieder: "Kwadrant" is geen bekende aanbieder');
    expect(err).toContain('rij 7, kolom Verwezen via wijkteam:');
    expect(err).toContain('Er is niets opgeslagen.');
    expect(await inhoud(db)).toEqual(voor);

    const kop = path.join(path.dirname(db), 'kop.xlsx');
    await schrijfBlad(
      kop,
      [['2023-2024', '07KX00', 'De Tamboer', 'SWW', 'JMW', 10, 6, 2, 1, 100]],
      [...KOPPEN.slice(0, 5), KOPPEN[6], KOPPEN[5], ...KOPPEN.slice(7)],
    );
    const k = vang();
    expect(await main(['import', 'monitor', kop, '--db', db], k.uitvoer)).toBe(1);
    expect(k.err.join('\n')).toContain('kolom F heet "Binnen school opgevangen"; daar hoort "Ondersteuningsvragen".');
    expect(await inhoud(db)).toEqual(voor);
  });
});
