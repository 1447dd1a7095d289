import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { leesAfsprakenBlad, maakAfsprakenPlan } from '../../electron/import/afspraken';
import { ImportFout } from '../../electron/import/fout';
import { maakAfsprakenSjabloon } from '../../electron/reports/sjabloon';
import type { Db } from '../../electron/db/open';
import { dump, testOmgevingMetAanbieders, tmpDbPad } from '../helpers/db';
import { goedeRij, importeerBlad, KOPPEN, maakBlad, vulScholen } from '../helpers/afspraken-blad';

let db: Db;
let scholen: { code: string; naam: string }[];

beforeEach(async () => {
  ({ db } = await testOmgevingMetAanbieders());
  scholen = vulScholen(db);
});

async function fouten(inhoud: Buffer): Promise<ImportFout> {
  try {
    await importeerBlad(db, inhoud);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFout);
    return e as ImportFout;
  }
  throw new Error('verwachtte een ImportFout');
}

const afspraken = () => db.prepare('SELECT * FROM afspraken ORDER BY id').all() as Record<string, unknown>[];

describe('afsprakenblad: sjabloon heen en terug', () => {
  it('het sjabloon heeft de 19 koppen, keuzelijsten, een bevroren kopregel en een Uitleg-blad', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await maakAfsprakenSjabloon(db)).inhoud as never);
    const ws = wb.getWorksheet('Afspraken')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(KOPPEN);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^Lijsten!\$A\$2:\$A\$\d+$/)] });
    expect(ws.getCell('E500').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('Q2').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('I2').numFmt).toContain('€');
    expect(ws.getCell('O2').numFmt).toBe('dd-mm-yyyy');
    const lijsten = wb.getWorksheet('Lijsten')!;
    expect(lijsten.state).toBe('hidden');
    expect(lijsten.getColumn(1).values).toContain('MEE IJsseloevers');
    expect(lijsten.getColumn(3).values).toContain('beëindigd');
    const uitleg = wb.getWorksheet('Uitleg')!;
    const uitgelegd = uitleg.getColumn(1).values;
    for (const kop of KOPPEN) expect(uitgelegd).toContain(kop);
  });

  it('een in het sjabloon ingevuld blad (getallen en datumcellen) wordt ingelezen', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await maakAfsprakenSjabloon(db)).inhoud as never);
    const ws = wb.getWorksheet('Afspraken')!;
    ws.getRow(2).values = goedeRij(scholen[0].code, { Schoolnaam: scholen[0].naam, Startdatum: new Date(Date.UTC(2018, 0, 1)) });
    ws.getRow(3).values = goedeRij(scholen[1].code, {
      Functie: 'SMW',
      'Extra uren per week': 1.5,
      'Toelichting extra uren': 'veel zorgleerlingen',
      "Thema's": 'pesten, sociale vaardigheid',
    });
    ws.getRow(4).values = goedeRij(scholen[2].code, { Uurtarief: null, 'Vast bedrag per jaar': 12000, 'Basisuren per week': null, Aanbieder: 'kern' });
    const { telling } = await importeerBlad(db, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(telling).toEqual({ nieuw: 3, gewijzigd: 0, ongewijzigd: 0 });
    const [a, b, c] = afspraken();
    expect(a).toMatchObject({
      schooljaar: 2017,
      functie: 'JGW',
      basisuren: 4,
      uurtarief_cents: 7550,
      aandeel_gemeente: 100,
      startdatum: '2018-01-01',
      status: 'afgesproken',
    });
    expect(b).toMatchObject({ functie: 'SMW', themas: '["pesten","sociale vaardigheid"]' });
    // Extra uren and their toelichting are one record of aanvullende inzet over the afspraak's schooljaar with its split (issue 16 item 9).
    expect(db.prepare('SELECT * FROM aanvullende_inzet').all()).toEqual([
      expect.objectContaining({
        afspraak_id: b.id,
        uren_per_week: 1.5,
        reden: 'veel zorgleerlingen',
        startdatum: '2017-09-01',
        einddatum: '2018-08-31',
        aandeel_gemeente: b.aandeel_gemeente,
        bron: 'blad',
      }),
    ]);
    expect(c).toMatchObject({ vast_bedrag_cents: 1_200_000, basisuren: 0, uurtarief_cents: null });
  });

  it('een gevuld sjabloon van een schooljaar leest terug als "ongewijzigd"', async () => {
    await importeerBlad(db, await maakBlad(scholen.slice(0, 5).map((s, i) => goedeRij(s.code, { 'Basisuren per week': i + 0.25, Einddatum: '31-07-2018' }))));
    const voor = dump(db);
    const { inhoud: sjabloon } = await maakAfsprakenSjabloon(db, { schooljaar: 2017 });
    const plan = await maakAfsprakenPlan(db, await leesAfsprakenBlad(sjabloon));
    expect(plan.rijen.map((r) => r.soort)).toEqual(Array(5).fill('ongewijzigd'));
    expect(plan.waarschuwingen).toEqual([]);
    const { telling } = await importeerBlad(db, sjabloon);
    expect(telling.ongewijzigd).toBe(5);
    expect(dump(db)).toEqual(voor);
  });

  it('een met de hand getypt blad: alles als tekst, spaties, lege rijen', async () => {
    const rijen = [
      goedeRij(` ${scholen[0].code.toLowerCase()} `, {
        Schooljaar: '2017/18 ',
        'Basisuren per week': '4,5',
        Uurtarief: '€ 75,50',
        'Aandeel gemeente (%)': '50',
        'Aandeel onderwijs (%)': '50%',
        Startdatum: '01-09-2017',
        Einddatum: '1-7-2018',
        Status: 'In Overleg ',
      }),
      goedeRij(scholen[1].code, {
        Schooljaar: '2017/2018',
        Functie: 'ib',
        'Basisuren per week': '2.25',
        Uurtarief: '60',
        'Aandeel gemeente (%)': null,
        'Aandeel onderwijs (%)': null,
        Aanbieder: 'MEE',
      }),
      goedeRij(scholen[2].code, { 'Aandeel gemeente (%)': '', 'Aandeel onderwijs (%)': '40', Status: 'beëindigd', Einddatum: '31-12-2017' }),
      [],
      [],
    ];
    const { plan, telling } = await importeerBlad(db, await maakBlad(rijen as never));
    expect(telling.nieuw).toBe(3);
    expect(plan.waarschuwingen).toEqual([]);
    const [a, b, c] = afspraken();
    expect(a).toMatchObject({
      basisuren: 4.5,
      uurtarief_cents: 7550,
      aandeel_gemeente: 50,
      aandeel_onderwijs: 50,
      startdatum: '2017-09-01',
      einddatum: '2018-07-01',
      status: 'in_overleg',
    });
    // IB is paid by onderwijs when both shares are empty.
    expect(b).toMatchObject({ functie: 'IB', basisuren: 2.25, aandeel_gemeente: 0, aandeel_onderwijs: 100 });
    expect(c).toMatchObject({ aandeel_gemeente: 60, aandeel_onderwijs: 40, status: 'beeindigd' });
  });

  it('een geplakte totaalrij wordt nooit stil overgeslagen: de rij staat in de fouten en er wordt niets opgeslagen', async () => {
    const voor = dump(db);
    for (const totaal of [
      ['Totaal', null, null, null, null, { formula: 'SUM(F2:F3)', result: 8 }],
      [null, null, null, null, null, { formula: 'SUM(F2:F3)', result: 8 }, null, null, { formula: 'SUM(I2:I3)', result: 151 }],
    ]) {
      const fout = await fouten(await maakBlad([goedeRij(scholen[0].code), goedeRij(scholen[1].code), [], totaal] as never));
      expect(fout.meldingen).toEqual([
        expect.objectContaining({
          rij: 5,
          melding: expect.stringMatching(
            /^Deze rij heeft geen schooljaar, vestigingscode, aanbieder en functie, maar wel andere waarden \(een totaalrij\?\)\. Verwijder de rij/,
          ),
        }),
      ]);
      expect(dump(db)).toEqual(voor);
    }
  });

  it('een school "Totaal Kindcentrum De Brug" en een aanbieder "Totaal Zorg BV" zijn gewone rijen', async () => {
    db.prepare('UPDATE scholen SET naam = ? WHERE vestigingscode = ?').run('Totaal Kindcentrum De Brug', scholen[0].code);
    db.prepare("INSERT INTO aanbieders (naam) VALUES ('Totaal Zorg BV'), ('Subtotaal Jeugdhulp'), ('Total Care')").run();
    const rijen = [
      goedeRij(scholen[0].code, { Schoolnaam: 'Totaal Kindcentrum De Brug' }),
      goedeRij(scholen[1].code, { Aanbieder: 'Totaal Zorg BV' }),
      goedeRij(scholen[2].code, { Aanbieder: 'Subtotaal Jeugdhulp' }),
      goedeRij(scholen[3].code, { Aanbieder: 'Total Care' }),
    ];
    const { plan, telling } = await importeerBlad(db, await maakBlad(rijen));
    expect(telling.nieuw).toBe(4);
    expect(plan.rijen).toHaveLength(4);
    expect(plan.waarschuwingen).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM afspraken').get()).toEqual({ n: 4 });
  });

  it('formules in gegevenscellen tellen met hun opgeslagen uitkomst, zonder te rekenen', async () => {
    const { telling } = await importeerBlad(db, await maakBlad([goedeRij(scholen[0].code, { 'Basisuren per week': { formula: '2+2', result: 3 } })]));
    expect(telling.nieuw).toBe(1);
    expect(afspraken()[0].basisuren).toBe(3);
  });
});

describe('afsprakenblad: bijwerken en fouten', () => {
  it('een rij met dezelfde sleutel werkt de afspraak bij; het voorbeeld telt nieuw, gewijzigd en ongewijzigd', async () => {
    await importeerBlad(db, await maakBlad([goedeRij(scholen[0].code), goedeRij(scholen[1].code)]));
    db.prepare("UPDATE afspraken SET opmerking = 'blijft staan'").run();
    const blad = await leesAfsprakenBlad(
      await maakBlad([goedeRij(scholen[0].code), goedeRij(scholen[1].code, { 'Basisuren per week': 6 }), goedeRij(scholen[2].code)]),
    );
    const plan = await maakAfsprakenPlan(db, blad);
    expect(plan.rijen.map((r) => r.soort)).toEqual(['ongewijzigd', 'gewijzigd', 'nieuw']);
    expect(plan.rijen[1].wijzigingen).toEqual([{ kolom: 'Basisuren per week', oud: '4', nieuw: '6' }]);
    const { telling } = await importeerBlad(
      db,
      await maakBlad([goedeRij(scholen[0].code), goedeRij(scholen[1].code, { 'Basisuren per week': 6 }), goedeRij(scholen[2].code)]),
    );
    expect(telling).toEqual({ nieuw: 1, gewijzigd: 1, ongewijzigd: 1 });
    const rijen = afspraken();
    expect(rijen).toHaveLength(3);
    expect(rijen[1]).toMatchObject({ basisuren: 6, opmerking: 'blijft staan' });
  });

  it('een afwijkende schoolnaam is een waarschuwing, geen fout', async () => {
    const { plan, telling } = await importeerBlad(db, await maakBlad([goedeRij(scholen[0].code, { Schoolnaam: 'Een heel andere naam' })]));
    expect(telling.nieuw).toBe(1);
    expect(plan.waarschuwingen[0]).toMatchObject({ rij: 2, kolom: 'Schoolnaam' });
  });

  it('elke fout wordt gemeld als rij, kolom en wat er mis is', async () => {
    const f = await fouten(
      await maakBlad([
        goedeRij(scholen[0].code),
        goedeRij(scholen[1].code, { Uurtarief: '75,5o' }),
        goedeRij('99ZZ01', { Functie: 'XYZ', 'Aandeel gemeente (%)': 60 }),
        goedeRij(scholen[0].code),
      ]),
    );
    expect(f.meldingen).toEqual([
      { rij: 3, kolom: 'Uurtarief', melding: '"75,5o" is geen bedrag.' },
      { rij: 4, kolom: 'Vestigingscode', melding: expect.stringContaining('99ZZ01 staat niet in het scholenregister') },
      { rij: 4, kolom: 'Functie', melding: expect.stringContaining('"XYZ" is geen functie') },
      { rij: 4, kolom: 'Aandeel gemeente (%)', melding: 'Aandeel gemeente, onderwijs en overig moeten samen precies 100% zijn (nu 60%).' },
      { rij: 5, melding: expect.stringMatching(/^Dubbele afspraak: 2017-2018, \w+, De Kern, JGW staat ook in rij 2\.$/) },
    ]);
  });

  it('een fout in de laatste rij: er wordt niets opgeslagen', async () => {
    await importeerBlad(db, await maakBlad([goedeRij(scholen[0].code)]));
    const voor = dump(db);
    const rijen = scholen.slice(0, 30).map((s) => goedeRij(s.code, { 'Basisuren per week': 5 }));
    rijen.push(goedeRij(scholen[31].code, { Einddatum: '31-02-2018' }));
    const f = await fouten(await maakBlad(rijen));
    expect(f.meldingen).toEqual([{ rij: 32, kolom: 'Einddatum', melding: expect.stringContaining('"31-02-2018" is geen datum') }]);
    expect(dump(db)).toEqual(voor);
  });
});

describe('schoolinzet import afspraken / export sjabloon', () => {
  it('slaat op met afsluitcode 0, en meldt elke fout met afsluitcode 1 zonder iets op te slaan', async () => {
    const dbPad = tmpDbPad();
    const { sessie } = await testOmgevingMetAanbieders(dbPad);
    const codes = vulScholen(sessie.db());
    sessie.close();
    const map = path.dirname(dbPad);
    const uit: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => uit.push(t), err: (t: string) => err.push(t) };

    const sjabloon = path.join(map, 'Afspraken.xlsx');
    expect(await main(['export', 'sjabloon', '--db', dbPad, '--out', sjabloon], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sjabloon);
    wb.getWorksheet('Afspraken')!.getRow(2).values = goedeRij(codes[0].code);
    wb.getWorksheet('Afspraken')!.getRow(3).values = goedeRij(codes[1].code);
    await wb.xlsx.writeFile(sjabloon);

    expect(await main(['import', 'afspraken', sjabloon, '--db', dbPad, '--dry-run'], io)).toBe(0);
    expect(uit.join('\n')).toMatch(/2 afspraken: 2 nieuw, 0 gewijzigd, 0 ongewijzigd[\s\S]*niets opgeslagen/);
    expect(await main(['import', 'afspraken', sjabloon, '--db', dbPad], io)).toBe(0);
    expect(uit.join('\n')).toMatch(/opgeslagen: 2 nieuw/);

    const fout = path.join(map, 'Fout.xlsx');
    fs.writeFileSync(
      fout,
      await maakBlad([
        goedeRij(codes[0].code, { 'Basisuren per week': 8 }),
        [...goedeRij(codes[2].code, { Uurtarief: '75,5o' })],
        goedeRij(codes[3].code, { Status: 'klaar' }),
      ]),
    );
    const { sessie: s2, db: db2 } = await testOmgevingMetAanbieders(dbPad);
    const voor = dump(db2);
    s2.close();
    err.length = 0;
    expect(await main(['import', 'afspraken', fout, '--db', dbPad], io)).toBe(1);
    expect(err.join('\n')).toContain('rij 3, kolom Uurtarief: "75,5o" is geen bedrag');
    expect(err.join('\n')).toContain('rij 4, kolom Status: "klaar" is geen status');
    expect(err.join('\n')).toContain('Er is niets opgeslagen');
    const { sessie: s3, db: db3 } = await testOmgevingMetAanbieders(dbPad);
    expect(dump(db3)).toEqual(voor);
    s3.close();
  });
});
