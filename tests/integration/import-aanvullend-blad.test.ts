// Issue 16 item 9: the afsprakenblad's second sheet "Aanvullende inzet" carries the full records of
// aanvullende inzet. Export → import gives "ongewijzigd"; a new or changed row is planned and saved
// with the afspraken sheet in one transaction; one bad row refuses the whole file; a file without
// the sheet (an older template) imports as before. Real SQLite, real xlsx files.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { dump, testOmgeving, testOmgevingMetAanbieders, tmpDbPad } from '../helpers/db';
import { goedeRij, importeerBlad, maakBlad, vulScholen } from '../helpers/afspraken-blad';
import { afspraakInvoer, inzetInvoer, ok, type Env } from '../helpers/registratie';
import { hoogeveen } from '../helpers/hoogeveen';
import { maakAfsprakenSjabloon } from '../../electron/reports/sjabloon';
import { main } from '../../electron/cli/main';
import { AANVULLEND_BLAD, AANVULLEND_KOLOMMEN } from '../../electron/import/aanvullend-kolommen';
import { ImportFout } from '../../electron/import/fout';

const KOPPEN = AANVULLEND_KOLOMMEN.map((k) => k.kop);

/** A row of the sheet Aanvullende inzet by header; the rest empty. */
const inzetRij = (waarden: Record<string, string | number | Date | null>) => KOPPEN.map((k) => waarden[k] ?? null);

/** Opens a workbook, lets `pas` change it, and writes it again (as a user saving in Excel). */
async function bewerk(inhoud: Buffer, pas: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(inhoud as unknown as ArrayBuffer);
  pas(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const records = (env: Env) => env.db.prepare('SELECT * FROM aanvullende_inzet ORDER BY id').all() as Record<string, unknown>[];

async function fout(belofte: Promise<unknown>): Promise<ImportFout> {
  const e = await belofte.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ImportFout);
  return e as ImportFout;
}

describe('het blad Aanvullende inzet (Zwolle-achtig bestand)', () => {
  let env: Env;
  let codes: string[];
  let afspraakId: number;

  beforeEach(async () => {
    env = await testOmgevingMetAanbieders();
    codes = vulScholen(env.db).map((s) => s.code);
    // An afspraak with extra uren on the main sheet: its record is the sheet record (not on the second sheet).
    await importeerBlad(env.db, await maakBlad([goedeRij(codes[0], { 'Extra uren per week': 1, 'Toelichting extra uren': 'Basis extra' })]));
    afspraakId = env.db.prepare('SELECT id FROM afspraken').pluck().get() as number;
    await ok(env, 'aanvullendeInzet.maak', inzetInvoer(afspraakId, { urenPerWeek: 3, startdatum: '2018-01-08', einddatum: '2018-03-30', reden: 'Tijdelijk' }));
    await ok(
      env,
      'aanvullendeInzet.maak',
      inzetInvoer(afspraakId, {
        urenPerWeek: null,
        bedragCents: 250_000,
        startdatum: '2017-10-01',
        einddatum: '2018-06-30',
        reden: 'Cofinanciering SWV',
        doelen: 'Minder verzuim',
        aandeelGemeente: 50,
        aandeelOnderwijs: 0,
        aandeelOverig: 50,
        overigeFinancier: 'Samenwerkingsverband IJssel-Vecht',
        aangevraagdDoor: 'school',
        besluitDatum: '2017-09-15',
        besluitDoor: 'Wethouder',
        verantwoordingUiterlijk: '2018-09-01',
        verantwoordingOntvangen: '2018-08-20',
        verantwoording: 'Doelen gehaald',
      }),
    );
  });

  it('het sjabloon heeft het blad met de kolommen, keuzelijsten en de regels behalve die van de extra-urenkolommen', async () => {
    const { inhoud } = await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(inhoud as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Afspraken', 'Lijsten', AANVULLEND_BLAD, 'Uitleg']);
    const ws = wb.getWorksheet(AANVULLEND_BLAD)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(KOPPEN);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.actualRowCount).toBe(3);
    // By afspraak, then in the order the records were made.
    expect(ws.getCell('I2').value).toBe('Tijdelijk');
    expect(ws.getCell('I3').value).toBe('Cofinanciering SWV');
    expect(ws.getCell('F3').value).toBe(2500);
    expect(ws.getCell('N3').value).toBe('Samenwerkingsverband IJssel-Vecht');
    const validaties = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(validaties).map((v) => v.formulae[0])).toEqual(expect.arrayContaining(['Lijsten!$E$2:$E$4']));
    // The Uitleg sheet covers both sheets.
    const uitleg = (wb.getWorksheet('Uitleg')!.getColumn(1).values as unknown[]).filter((v): v is string => typeof v === 'string');
    expect(uitleg).toEqual(expect.arrayContaining([`Blad ${AANVULLEND_BLAD}`, 'Reden', 'Verantwoording ontvangen', 'Tot en met']));
    expect(uitleg.join(' ')).toContain('Van en Reden');
  });

  it('export → import leest terug als ongewijzigd en verandert niets', async () => {
    const voor = dump(env.db);
    const { inhoud } = await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 });
    const { plan, telling } = await importeerBlad(env.db, inhoud);
    expect(telling).toEqual({ nieuw: 0, gewijzigd: 0, ongewijzigd: 1 });
    expect(plan.aanvullend!.map((r) => r.soort)).toEqual(['ongewijzigd', 'ongewijzigd']);
    const na = dump(env.db);
    expect(na.aanvullende_inzet).toEqual(voor.aanvullende_inzet);
    expect(na.afspraken).toEqual(voor.afspraken);
  });

  it('een gewijzigde en een nieuwe regel, ook bij een afspraak die nieuw is op het blad Afspraken, in één keer', async () => {
    const { inhoud } = await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 });
    const bewerkt = await bewerk(inhoud, (wb) => {
      wb.getWorksheet('Afspraken')!.addRow(goedeRij(codes[1], { Functie: 'SMW' }));
      const ws = wb.getWorksheet(AANVULLEND_BLAD)!;
      ws.getCell('E2').value = 4;
      ws.spliceRows(
        4,
        0,
        inzetRij({
          Schooljaar: '2017-2018',
          Vestigingscode: codes[1],
          Aanbieder: 'De Kern',
          Functie: 'SMW',
          'Uren per week': '1,5',
          Van: '08-01-2018',
          Reden: 'Nieuwe klas',
        }),
      );
    });
    const { plan, telling } = await importeerBlad(env.db, bewerkt);
    expect(telling).toMatchObject({ nieuw: 1, ongewijzigd: 1 });
    expect(plan.aanvullend!.map((r) => r.soort)).toEqual(['gewijzigd', 'ongewijzigd', 'nieuw']);
    expect(plan.aanvullend![0].wijzigingen).toEqual([{ kolom: 'Uren per week', oud: '3', nieuw: '4' }]);
    const alle = records(env);
    expect(alle).toHaveLength(4);
    const nieuw = alle[3];
    const smw = env.db.prepare("SELECT id FROM afspraken WHERE functie = 'SMW'").pluck().get();
    // Empty Tot en met: the end of the schooljaar; empty shares: the afspraak's split.
    expect(nieuw).toMatchObject({
      afspraak_id: smw,
      uren_per_week: 1.5,
      startdatum: '2018-01-08',
      einddatum: '2018-08-31',
      reden: 'Nieuwe klas',
      aandeel_gemeente: 100,
      bron: 'blad',
    });
    expect(alle.find((r) => r.reden === 'Tijdelijk')).toMatchObject({ uren_per_week: 4 });
    // Exported again: the same file reads back unchanged.
    const opnieuw = await importeerBlad(env.db, (await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 })).inhoud);
    expect(opnieuw.plan.aanvullend!.every((r) => r.soort === 'ongewijzigd')).toBe(true);
  });

  it('één foute regel weigert het hele bestand, met blad, rij en kolom, en verandert niets', async () => {
    const { inhoud } = await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 });
    const bewerkt = await bewerk(inhoud, (wb) => {
      // A valid change on the main sheet, that must not be saved either.
      wb.getWorksheet('Afspraken')!.getCell('F2').value = 6;
      const ws = wb.getWorksheet(AANVULLEND_BLAD)!;
      const sleutel = { Schooljaar: '2017-2018', Vestigingscode: codes[0], Aanbieder: 'De Kern', Functie: 'JGW' };
      ws.spliceRows(
        4,
        0,
        inzetRij({ ...sleutel, 'Uren per week': 1, Van: '01-08-2017', 'Tot en met': '31-08-2017', Reden: 'Buiten het jaar' }),
        inzetRij({ ...sleutel, 'Uren per week': 1 }),
        inzetRij({ ...sleutel, 'Uren per week': 1, Reden: 'Te veel', 'Aandeel gemeente (%)': 80, 'Aandeel onderwijs (%)': 40 }),
        inzetRij({ ...sleutel, Functie: 'SMW', 'Uren per week': 1, Reden: 'Geen afspraak' }),
      );
    });
    const voor = dump(env.db);
    const e = await fout(importeerBlad(env.db, bewerkt));
    const blad = `Blad ${AANVULLEND_BLAD}: `;
    expect(e.meldingen).toEqual([
      { rij: 4, kolom: 'Van', melding: `${blad}Van 01-08-2017 ligt buiten schooljaar 2017-2018 (01-09-2017 t/m 31-08-2018).` },
      { rij: 4, kolom: 'Tot en met', melding: `${blad}Tot en met 31-08-2017 ligt buiten schooljaar 2017-2018 (01-09-2017 t/m 31-08-2018).` },
      { rij: 5, kolom: 'Reden', melding: `${blad}Reden is verplicht: waarom is deze inzet nodig?` },
      {
        rij: 6,
        kolom: 'Aandeel gemeente (%)',
        melding: expect.stringMatching(/^Blad Aanvullende inzet: Aandeel gemeente, onderwijs en overig moeten samen precies 100% zijn/),
      },
      {
        rij: 7,
        kolom: 'Functie',
        melding: expect.stringMatching(/^Blad Aanvullende inzet: Er is geen afspraak 2017-2018, .*, SMW: zet die afspraak op het blad Afspraken/),
      },
    ]);
    expect(dump(env.db)).toEqual(voor);
  });

  it('een regel over het hele jaar met de verdeling van de afspraak: hetzelfde bestand opnieuw verandert niets', async () => {
    const { inhoud } = await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 });
    const heelJaar = inzetRij({
      Schooljaar: '2017-2018',
      Vestigingscode: codes[1],
      Aanbieder: 'De Kern',
      Functie: 'SMW',
      'Uren per week': 2,
      Reden: 'Heel jaar',
    });
    const bestand = await bewerk(inhoud, (wb) => {
      wb.getWorksheet('Afspraken')!.addRow(goedeRij(codes[1], { Functie: 'SMW' }));
      wb.getWorksheet(AANVULLEND_BLAD)!.spliceRows(4, 0, heelJaar);
    });
    expect((await importeerBlad(env.db, bestand)).plan.aanvullend!.map((r) => r.soort)).toEqual(['ongewijzigd', 'ongewijzigd', 'nieuw']);
    // That record now counts with the basisuren, so it is what the Extra uren columns stand for;
    // the same file again (those columns empty, the row on this sheet) changes nothing.
    const voor = dump(env.db);
    const opnieuw = await importeerBlad(env.db, bestand);
    expect(opnieuw.telling).toEqual({ nieuw: 0, gewijzigd: 0, ongewijzigd: 2 });
    expect(opnieuw.plan.aanvullend!.every((r) => r.soort === 'ongewijzigd')).toBe(true);
    expect(dump(env.db).aanvullende_inzet).toEqual(voor.aanvullende_inzet);
    // Exported again it shows in the Extra uren columns, and reads back unchanged.
    const { inhoud: nieuw } = await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(nieuw as unknown as ArrayBuffer);
    expect(wb.getWorksheet(AANVULLEND_BLAD)!.actualRowCount).toBe(3);
    expect((await importeerBlad(env.db, nieuw)).telling).toEqual({ nieuw: 0, gewijzigd: 0, ongewijzigd: 2 });
    // Both places filled in for the same record: refused, named.
    const dubbel = await bewerk(nieuw, (w) => w.getWorksheet(AANVULLEND_BLAD)!.spliceRows(4, 0, heelJaar));
    const e = await fout(importeerBlad(env.db, dubbel));
    expect(e.meldingen).toEqual([
      expect.objectContaining({
        rij: 4,
        kolom: 'Reden',
        melding: expect.stringContaining('is de Extra uren per week van de afspraak op het blad Afspraken (rij 3)'),
      }),
    ]);
    expect(dump(env.db).aanvullende_inzet).toEqual(voor.aanvullende_inzet);
  });

  it('een dubbele regel en een verkeerde kop op het blad worden gemeld met het blad erbij', async () => {
    const { inhoud } = await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 });
    const dubbel = await bewerk(inhoud, (wb) => {
      const ws = wb.getWorksheet(AANVULLEND_BLAD)!;
      ws.spliceRows(4, 0, (ws.getRow(2).values as unknown[]).slice(1));
      // "tijdelijk " is the same Reden as "Tijdelijk" (case and spaces do not count).
      ws.getCell('I4').value = 'tijdelijk ';
    });
    const e = await fout(importeerBlad(env.db, dubbel));
    expect(e.meldingen).toEqual([
      { rij: 4, kolom: 'Reden', melding: 'Blad Aanvullende inzet: Dubbele regel: dezelfde afspraak, Van en Reden staan ook in rij 2.' },
    ]);
    const kop = await bewerk(inhoud, (wb) => {
      wb.getWorksheet(AANVULLEND_BLAD)!.getCell('E1').value = 'Uren';
    });
    const e2 = await fout(importeerBlad(env.db, kop));
    expect(e2.meldingen[0]).toEqual({ rij: 1, kolom: 'Uren per week', melding: 'Blad Aanvullende inzet: kolom E heet "Uren"; daar hoort "Uren per week".' });
  });

  it('de opdrachtregel toont de regels van het blad in de proefrun', async () => {
    const dbPad = tmpDbPad();
    const t = await testOmgevingMetAanbieders(dbPad);
    const c = vulScholen(t.db).map((x) => x.code);
    await importeerBlad(t.db, await maakBlad([goedeRij(c[0])]));
    t.sessie.close();
    const bestand = path.join(path.dirname(dbPad), 'Afspraken.xlsx');
    const uit: string[] = [];
    const io = { out: (x: string) => uit.push(x), err: (x: string) => uit.push(x) };
    expect(await main(['export', 'sjabloon', '--schooljaar', '2017-2018', '--db', dbPad, '--out', bestand], io)).toBe(0);
    fs.writeFileSync(
      bestand,
      await bewerk(fs.readFileSync(bestand), (wb) =>
        wb.getWorksheet(AANVULLEND_BLAD)!.spliceRows(
          2,
          0,
          inzetRij({
            Schooljaar: '2017-2018',
            Vestigingscode: c[0],
            Aanbieder: 'De Kern',
            Functie: 'JGW',
            'Uren per week': 1,
            Van: '01-10-2017',
            Reden: 'Extra',
          }),
        ),
      ),
    );
    expect(await main(['import', 'afspraken', bestand, '--db', dbPad, '--dry-run'], io)).toBe(0);
    expect(uit.join('\n')).toContain('Blad Aanvullende inzet: 1 regels: 1 nieuw, 0 gewijzigd, 0 ongewijzigd.');
    expect(uit.join('\n')).toContain(`rij 2: 2017-2018 ${c[0]} De Kern JGW vanaf 01-10-2017: nieuw`);
  });

  it('een ouder sjabloon zonder het blad wordt ingelezen zoals vroeger en laat de regels staan', async () => {
    const voor = records(env);
    const { plan, telling } = await importeerBlad(
      env.db,
      await maakBlad([goedeRij(codes[0], { 'Extra uren per week': 1, 'Toelichting extra uren': 'Basis extra' }), goedeRij(codes[1])]),
    );
    expect(plan.aanvullend).toBeNull();
    expect(telling).toEqual({ nieuw: 1, gewijzigd: 0, ongewijzigd: 1 });
    expect(records(env)).toEqual(voor);
  });
});

describe('het blad Aanvullende inzet via de API, in Hoogeveen en in een leeg bestand', () => {
  const b64 = (b: Buffer) => b.toString('base64');

  it('Hoogeveen: export → import ongewijzigd, een nieuwe regel in het voorbeeld en de samenvatting', async () => {
    const env = await testOmgeving();
    const h = await hoogeveen(env);
    const a = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schooljaar: 2019, schoolId: h.scholen.po.id, aanbiederId: h.sww, functie: 'JMW', regelingId: h.regeling.id }),
    );
    await ok(
      env,
      'aanvullendeInzet.maak',
      inzetInvoer(a.id, {
        urenPerWeek: 2,
        startdatum: '2020-01-06',
        einddatum: '2020-07-31',
        reden: 'Bij uitzondering: onrust in groep 7',
        aangevraagdDoor: 'aanbieder',
      }),
    );
    const { inhoud } = await maakAfsprakenSjabloon(env.db, { schooljaar: 2019 });
    const zelfde = await ok(env, 'import.afsprakenVoorbeeldInhoud', { naam: 'Hoogeveen.xlsx', inhoudBase64: b64(inhoud) });
    expect(zelfde.aanvullend).toMatchObject({ blad: AANVULLEND_BLAD, rijen: 1, ongewijzigd: 1, nieuw: 0, gewijzigd: 0 });
    const bewerkt = await bewerk(inhoud, (wb) => {
      wb.getWorksheet(AANVULLEND_BLAD)!.spliceRows(
        3,
        0,
        inzetRij({
          Schooljaar: '2019-2020',
          Vestigingscode: '04QU00',
          Aanbieder: 'SWW',
          Functie: 'JMW',
          'Vast bedrag': '€ 1.200,00',
          Van: '01-02-2020',
          'Tot en met': '30-06-2020',
          Reden: 'Training weerbaarheid',
          'Aangevraagd door': 'school',
        }),
      );
    });
    const v = await ok(env, 'import.afsprakenVoorbeeldInhoud', { naam: 'Hoogeveen.xlsx', inhoudBase64: b64(bewerkt) });
    expect(v.aanvullend).toMatchObject({ rijen: 2, nieuw: 1, ongewijzigd: 1 });
    expect(v.aanvullend!.wijzigingen[0]).toMatchObject({
      rij: 3,
      soort: 'nieuw',
      label: { vestigingscode: '04QU00', aanbieder: 'Stichting Welzijnswerk', van: '01-02-2020' },
    });
    const uit = await ok(env, 'import.afsprakenUitvoeren', { id: v.id! });
    expect(uit.samenvatting).toContain('Aanvullende inzet: 1 nieuw, 0 gewijzigd, 1 ongewijzigd.');
    expect(env.db.prepare("SELECT bedrag_cents, aangevraagd_door FROM aanvullende_inzet WHERE reden = 'Training weerbaarheid'").get()).toEqual({
      bedrag_cents: 120_000,
      aangevraagd_door: 'school',
    });
    expect(JSON.stringify(dump(env.db))).not.toContain('Zwolle');
  });

  it('leeg bestand: het sjabloon heeft het lege blad; alleen koppen is "geen afspraken", en er verandert niets', async () => {
    const env = await testOmgeving();
    const { inhoud } = await maakAfsprakenSjabloon(env.db);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(inhoud as unknown as ArrayBuffer);
    expect(wb.getWorksheet(AANVULLEND_BLAD)!.actualRowCount).toBe(1);
    const voor = dump(env.db);
    const e = await fout(importeerBlad(env.db, inhoud));
    expect(e.meldingen[0].melding).toContain('geen afspraken');
    // A row naming an afspraak that does not exist in an empty file: named, nothing saved.
    const metRij = await bewerk(inhoud, (w) => {
      w.getWorksheet(AANVULLEND_BLAD)!.spliceRows(
        2,
        0,
        inzetRij({ Schooljaar: '2019-2020', Vestigingscode: '04QU00', Aanbieder: 'SWW', Functie: 'JMW', 'Uren per week': 1, Reden: 'x' }),
      );
    });
    const e2 = await fout(importeerBlad(env.db, metRij));
    expect(e2.meldingen).toEqual([
      { rij: 2, kolom: 'Vestigingscode', melding: 'Blad Aanvullende inzet: 04QU00 staat niet in het scholenregister.' },
      { rij: 2, kolom: 'Aanbieder', melding: 'Blad Aanvullende inzet: "SWW" is geen bekende aanbieder.' },
    ]);
    expect(dump(env.db)).toEqual(voor);
  });
});
