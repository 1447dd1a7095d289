// Robustness of every import: the real DUO files import with the right counts and a second import
// changes nothing; ≥ 200 broken inputs each end in a Dutch message and leave the database as it was.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { maakDuoImportPlan, voerDuoImportUit, duoVoorbeeld } from '../../electron/import/duo-opslaan';
import { ImportFout } from '../../electron/import/fout';
import type { Db } from '../../electron/db/open';
import { dump, testOmgevingMetAanbieders, tmpDbPad } from '../helpers/db';
import { DUO_MAP, goedeRij, importeerBlad, KOPPEN, maakBlad, vulScholen, type CelInvoer } from '../helpers/afspraken-blad';

const bytes = (naam: string) => fs.readFileSync(path.join(DUO_MAP, naam));
// The school and pupil files; the bevoegde-gezagen list has its own import (besturen-wijken.test.ts).
const DUO_BESTANDEN = fs.readdirSync(DUO_MAP).filter((f) => f.endsWith('.csv') && !f.includes('examen') && !f.includes('bevoegde-gezagen'));

function duo(db: Db, bestanden: { naam: string; inhoud: Buffer }[], gemeenteCode: string | null = '0193') {
  const plan = maakDuoImportPlan(db, bestanden, { gemeenteCode, gemeenteNaam: 'Zwolle' });
  voerDuoImportUit(db, plan, 'test');
  return duoVoorbeeld(plan, gemeenteCode).aantallen;
}

/** A Dutch message: no English runtime error text leaks through. */
function isNederlands(melding: string): boolean {
  return melding.trim().length > 10 && !/undefined|NaN|\bnull\b|Error|Cannot|Unexpected|TypeError|is not a function|ENOENT/.test(melding);
}

describe('DUO: elk bestand uit de fixtures', () => {
  it.each([
    // naam, gemeente, nieuwe scholen, leerlingtellingen nieuw
    ['duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv', '0193', 45],
    ['duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv', '0118', 31],
    ['duo_vo_02-alle-vestigingen-vo_ZWOLLE_HOOGEVEEN.csv', '0193', 25],
    ['duo_so_09-alle-vestigingen-sbo-so-en-vso_ZWOLLE_HOOGEVEEN.csv', '0193', 18],
    ['duo_mbo_01-adressen-mbo-instellingen_ZWOLLE.csv', '0193', 3],
    ['DERIVED_edugis_scholen20241122_ZWOLLE_HOOGEVEEN.csv', '0193', 86],
  ] as const)('%s (gemeente %s) levert %i nieuwe scholen; de tweede keer verandert niets', async (naam, gemeente, nieuw) => {
    const { db } = await testOmgevingMetAanbieders();
    const eerste = duo(db, [{ naam, inhoud: bytes(naam) }], gemeente);
    expect(eerste.nieuw).toBe(nieuw);
    expect((db.prepare('SELECT count(*) AS n FROM scholen').get() as { n: number }).n).toBe(nieuw);
    const voor = dump(db);
    const tweede = duo(db, [{ naam, inhoud: bytes(naam) }], gemeente);
    expect(tweede).toMatchObject({
      nieuw: 0,
      gewijzigd: 0,
      ongewijzigd: nieuw,
      nietMeerInBestand: 0,
      nieuweBesturen: 0,
      leerlingenNieuw: 0,
      leerlingenGewijzigd: 0,
    });
    expect(dump(db)).toEqual(voor);
  });

  it('alle DUO-bestanden van Zwolle samen: scholen, besturen en de leerlingen van 2025', async () => {
    const { db } = await testOmgevingMetAanbieders();
    const bestanden = DUO_BESTANDEN.filter((f) => !f.includes('edugis')).map((naam) => ({ naam, inhoud: bytes(naam) }));
    const a = duo(db, bestanden);
    expect(a.nieuw).toBe(45 + 25 + 18 + 3);
    expect(a.nieuweBesturen).toBeGreaterThan(5);
    const som = (sectoren: string) =>
      (
        db
          .prepare(`SELECT sum(l.aantal) AS n FROM leerlingen l JOIN scholen s ON s.id = l.school_id WHERE l.jaar = 2025 AND s.sector IN (${sectoren})`)
          .get() as { n: number }
      ).n;
    // README: 2025 Zwolle basisonderwijs and special education 12,897 pupils, VO 12,671.
    expect(som("'PO','SBO','SO','VSO'")).toBe(12_897);
    expect(som("'VO','PRO'")).toBe(12_671);
    const voor = dump(db);
    expect(duo(db, bestanden)).toMatchObject({ nieuw: 0, gewijzigd: 0, leerlingenNieuw: 0, leerlingenGewijzigd: 0 });
    expect(dump(db)).toEqual(voor);
  });

  it('een school die uit het bestand verdwijnt wordt gemarkeerd, nooit verwijderd', async () => {
    const { db } = await testOmgevingMetAanbieders();
    const naam = 'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv';
    const regels = bytes(naam).toString('latin1').split('\r\n');
    duo(db, [{ naam, inhoud: bytes(naam) }]);
    const zonder = regels.filter((r, i) => i === 0 || !r.includes(';0193;') || i !== regels.findIndex((x) => x.includes(';0193;')));
    const a = duo(db, [{ naam, inhoud: Buffer.from(zonder.join('\r\n'), 'latin1') }]);
    expect(a.nietMeerInBestand).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM scholen WHERE niet_in_duo = 1').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM scholen').get()).toEqual({ n: 45 });
    expect(duo(db, [{ naam, inhoud: bytes(naam) }]).weerInBestand).toBe(1);
  });

  it('de landelijke bestanden (basisonderwijs en historische leerlingen) importeren volledig, en opnieuw zonder wijziging', async () => {
    const { db } = await testOmgevingMetAanbieders();
    const bestanden = [
      'national/02.-alle-schoolvestigingen-basisonderwijs.csv',
      'national/06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv',
    ].map((naam) => ({ naam, inhoud: bytes(naam) }));
    const a = duo(db, bestanden, null);
    expect(a.nieuw).toBe(6122);
    expect(a.leerlingenNieuw).toBeGreaterThan(100_000);
    const b = duo(db, bestanden, null);
    expect(b).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 6122, leerlingenNieuw: 0, leerlingenGewijzigd: 0 });
  });

  it('via de API: de gemeente uit de instellingen, een backup vooraf, en een verlopen voorbeeld', async () => {
    const dbPad = tmpDbPad();
    const { omgeving, db, sessie } = await testOmgevingMetAanbieders(dbPad);
    const naam = path.join(DUO_MAP, 'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv');
    const o = { ...omgeving, kiesBestanden: async () => [naam] };
    const zonderGemeente = await invoke('import.duoVoorbeeld', {}, o);
    expect(zonderGemeente.ok).toBe(false);
    if (!zonderGemeente.ok) expect(zonderGemeente.fout.melding).toMatch(/gemeentecode/);
    db.prepare(`INSERT INTO instellingen (sleutel, waarde) VALUES ('gemeenteCode', '"0193"')`).run();
    const v = await invoke('import.duoVoorbeeld', {}, o);
    if (!v.ok) throw new Error(v.fout.melding);
    expect(v.data.aantallen.nieuw).toBe(45);
    expect(dump(db).scholen).toEqual([]);
    const r = await invoke('import.duoUitvoeren', { id: v.data.id! }, o);
    if (!r.ok) throw new Error(r.fout.melding);
    expect(r.data.backup).toMatch(/voor-import\.db$/);
    expect(dump(db).scholen).toHaveLength(45);
    const nogmaals = await invoke('import.duoUitvoeren', { id: v.data.id! }, o);
    expect(nogmaals.ok).toBe(false);
    if (!nogmaals.ok) expect(nogmaals.fout.melding).toMatch(/verlopen of al uitgevoerd/);
    sessie.close();
  });
});

// ---- broken inputs -----------------------------------------------------------------------------

function willekeurig(zaad: number) {
  let s = zaad >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

function kapotteDuoBestanden(): { naam: string; inhoud: Buffer }[] {
  const uit: { naam: string; inhoud: Buffer }[] = [];
  const rnd = willekeurig(42);
  for (const naam of DUO_BESTANDEN) {
    const inhoud = bytes(naam);
    const tekst = inhoud.toString('latin1');
    const regelStarts = [...tekst.matchAll(/\n/g)].map((m) => m.index! + 1).filter((i) => i < tekst.length - 5);
    // Truncated in the first field of a row: the last row is incomplete.
    for (let k = 0; k < 6; k++) {
      const start = regelStarts[Math.floor(rnd() * regelStarts.length)];
      uit.push({ naam: `${naam} afgekapt ${k}`, inhoud: inhoud.subarray(0, start + 2) });
    }
    const [kop, ...rest] = tekst.split('\r\n');
    // Wrong separators: the header with commas, or the data with commas.
    uit.push({ naam: `${naam} kop-komma`, inhoud: Buffer.from([kop.replaceAll(';', ','), ...rest].join('\r\n'), 'latin1') });
    uit.push({ naam: `${naam} data-komma`, inhoud: Buffer.from([kop, ...rest.map((r) => r.replaceAll(';', ','))].join('\r\n'), 'latin1') });
    uit.push({ naam: `${naam} data-tab`, inhoud: Buffer.from([kop, ...rest.map((r) => r.replaceAll(';', '\t'))].join('\r\n'), 'latin1') });
    // Wrong headers.
    uit.push({
      naam: `${naam} andere-kop`,
      inhoud: Buffer.from([kop.replace(/vestigings(code|nummer)|instellingscode|brin[ _]?nummer/gi, 'IETS'), ...rest].join('\r\n'), 'latin1'),
    });
    uit.push({ naam: `${naam} alleen-kop`, inhoud: Buffer.from(kop + '\r\n', 'latin1') });
    uit.push({ naam: `${naam} vreemde-kop`, inhoud: Buffer.from(['A;B;C;D', ...rest].join('\r\n'), 'latin1') });
  }
  for (let k = 0; k < 20; k++) {
    const n = 1 + Math.floor(rnd() * 20_000);
    uit.push({ naam: `rommel ${k}`, inhoud: Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256))) });
  }
  uit.push({ naam: 'leeg', inhoud: Buffer.alloc(0) });
  uit.push({ naam: 'spaties', inhoud: Buffer.from('   \r\n  \r\n') });
  uit.push({ naam: 'pdf', inhoud: Buffer.from('%PDF-1.4 blabla') });
  uit.push({ naam: 'gz', inhoud: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]) });
  uit.push({ naam: 'xls', inhoud: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) });
  uit.push({ naam: 'utf16-rommel', inhoud: Buffer.from([0xff, 0xfe, 0, 0, 1, 0, 2, 0]) });
  uit.push({ naam: 'open-aanhalingsteken', inhoud: Buffer.from('VESTIGINGSCODE;VESTIGINGSNAAM;GEMEENTENUMMER\r\n"20CF01;De school;0193\r\n') });
  uit.push({ naam: 'examen', inhoud: bytes('duo_vo_examenkandidaten-en-geslaagden-2019-2024_ZWOLLE_HOOGEVEEN.csv') });
  return uit;
}

/** Every bad value per column of the afspraken sheet, with the column the message must name. */
const SLECHTE_WAARDEN: [string, CelInvoer, Partial<Record<string, CelInvoer>>?][] = [
  ['Schooljaar', '2017-2019'],
  ['Schooljaar', 'dit jaar'],
  ['Schooljaar', 2017.5],
  ['Schooljaar', null],
  ['Schooljaar', '17-18'],
  ['Vestigingscode', '99ZZ01'],
  ['Vestigingscode', '20CF1'],
  ['Vestigingscode', null],
  ['Vestigingscode', 'school'],
  ['Aanbieder', 'Onbekende BV'],
  ['Aanbieder', null],
  ['Aanbieder', 12],
  ['Functie', 'XYZ'],
  ['Functie', null],
  ['Functie', 3],
  ['Regeling', 'Een regeling die niet bestaat'],
  ['Basisuren per week', '-1'],
  ['Basisuren per week', 'vier'],
  ['Basisuren per week', '4,555'],
  ['Basisuren per week', 200],
  ['Basisuren per week', null],
  ['Basisuren per week', '4,5,6'],
  ['Extra uren per week', '-2'],
  ['Extra uren per week', 'x'],
  ['Extra uren per week', '1,2,3'],
  ['Extra uren per week', 1000],
  ['Weken per jaar', '0'],
  ['Weken per jaar', '60'],
  ['Weken per jaar', 'abc'],
  ['Weken per jaar', -4],
  ['Uurtarief', '75,5o'],
  ['Uurtarief', '-10'],
  ['Uurtarief', '€ abc'],
  ['Uurtarief', 75.555],
  ['Uurtarief', '1.23.4'],
  ['Vast bedrag per jaar', 'x'],
  ['Vast bedrag per jaar', 1000],
  ['Vast bedrag per jaar', '-5'],
  ['Vast bedrag per jaar', '12,345'],
  ['Aandeel gemeente (%)', '101'],
  ['Aandeel gemeente (%)', '-5'],
  ['Aandeel gemeente (%)', 'abc'],
  ['Aandeel gemeente (%)', 50],
  ['Aandeel gemeente (%)', 33.333],
  ['Aandeel onderwijs (%)', 'veel'],
  ['Aandeel onderwijs (%)', '20 procent'],
  ['Aandeel onderwijs (%)', '-1'],
  ['Aandeel overig (%)', '1O'],
  ['Aandeel overig (%)', 'x'],
  ['Aandeel overig (%)', 150],
  ['Overige financier', 'x'.repeat(201)],
  ['Overige financier', null, { 'Aandeel gemeente (%)': 90, 'Aandeel overig (%)': 10 }],
  ['Startdatum', '31-02-2018'],
  ['Startdatum', 'morgen'],
  ['Startdatum', 12],
  ['Startdatum', '2018/13/01'],
  ['Einddatum', '01-08-2017', { Startdatum: '01-09-2017' }],
  ['Einddatum', 'x'],
  ['Einddatum', '32-01-2018'],
  ['Einddatum', null, { Status: 'beëindigd' }],
  ['Status', 'klaar'],
  ['Status', null],
  ['Status', 5],
  ['Toelichting extra uren', 'x'.repeat(2001), { 'Extra uren per week': 1 }],
  ['Toelichting extra uren', null, { 'Extra uren per week': 2 }],
  ["Thema's", 'x'.repeat(101)],
  ['Schooljaar', { formula: '1/0' }],
  ['Uurtarief', { formula: 'A1+1' }],
];

describe('robuust: kapotte invoer eindigt in een Nederlandse melding en verandert niets', () => {
  let db: Db;
  let codes: string[];
  let voor: Record<string, unknown[]>;
  let aantal = 0;

  beforeAll(async () => {
    ({ db } = await testOmgevingMetAanbieders());
    codes = vulScholen(db).map((s) => s.code);
    await importeerBlad(db, await maakBlad([goedeRij(codes[0]), goedeRij(codes[1])]));
    voor = dump(db);
  });

  async function verwachtFout(doe: () => unknown, kolom?: string, naam = ''): Promise<ImportFout> {
    aantal++;
    let fout: unknown;
    try {
      await doe();
    } catch (e) {
      fout = e;
    }
    expect(fout, `verwachtte een ImportFout: ${naam}`).toBeInstanceOf(ImportFout);
    const f = fout as ImportFout;
    expect(f.meldingen.length).toBeGreaterThan(0);
    for (const m of f.meldingen) expect(isNederlands(m.melding), m.melding).toBe(true);
    if (kolom) expect(f.meldingen.map((m) => m.kolom)).toContain(kolom);
    expect(dump(db)).toEqual(voor);
    return f;
  }

  it('kapotte DUO-bestanden', async () => {
    const lijst = kapotteDuoBestanden();
    expect(lijst.length).toBeGreaterThanOrEqual(100);
    for (const b of lijst) {
      // A tab-separated copy is a valid file (DUO or Excel may write either): it imports as well.
      if (b.naam.endsWith('data-tab')) continue;
      await verwachtFout(() => duo(db, [b]), undefined, b.naam);
    }
    // A good file next to a broken one: nothing of the good one is saved either.
    const goed = { naam: 'po.csv', inhoud: bytes('duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv') };
    await verwachtFout(() => duo(db, [goed, lijst[0]]));
  });

  it('slechte waarden in elke kolom van het afsprakenblad', async () => {
    const gedekt = new Set<string>();
    for (const [i, [kolom, waarde, extra]] of SLECHTE_WAARDEN.entries()) {
      const positie = i % 4;
      const rijen = [0, 1, 2, 3].map((k) => goedeRij(codes[k + 2], { Functie: 'SMW' }));
      rijen.splice(positie, 0, goedeRij(codes[10], { ...extra, [kolom]: waarde }));
      const f = await verwachtFout(async () => importeerBlad(db, await maakBlad(rijen)), kolom);
      expect(f.meldingen.find((m) => m.kolom === kolom)!.rij).toBe(positie + 2);
      gedekt.add(kolom);
    }
    // Schoolnaam is for the reader only: a mismatch is a warning (tested elsewhere).
    expect([...gedekt].sort()).toEqual(KOPPEN.filter((k) => k !== 'Schoolnaam').sort());
  });

  it('dubbele sleutels, koppen, werkmappen die geen afsprakenblad zijn', async () => {
    // Duplicates, also spelled differently (short name, lower case, 2017/18).
    await verwachtFout(async () => importeerBlad(db, await maakBlad([goedeRij(codes[3]), goedeRij(codes[3])])));
    await verwachtFout(async () =>
      importeerBlad(db, await maakBlad([goedeRij(codes[3]), goedeRij(codes[3].toLowerCase(), { Aanbieder: 'kern', Schooljaar: '2017/18' })])),
    );
    await verwachtFout(async () =>
      importeerBlad(db, await maakBlad([goedeRij(codes[3]), goedeRij(codes[4]), goedeRij(codes[3], { 'Basisuren per week': 9 })])),
    );
    // Headers: swapped, missing, renamed, absent, empty sheet.
    const kop = [...KOPPEN];
    [kop[5], kop[6]] = [kop[6], kop[5]];
    await verwachtFout(async () => importeerBlad(db, await maakBlad([goedeRij(codes[3])], { koppen: kop })), 'Basisuren per week');
    await verwachtFout(async () => importeerBlad(db, await maakBlad([goedeRij(codes[3])], { koppen: KOPPEN.slice(0, 18) })), "Thema's");
    await verwachtFout(
      async () => importeerBlad(db, await maakBlad([goedeRij(codes[3])], { koppen: KOPPEN.map((k) => (k === 'Uurtarief' ? 'Tarief' : k)) })),
      'Uurtarief',
    );
    await verwachtFout(async () => importeerBlad(db, await maakBlad([goedeRij(codes[3])], { koppen: KOPPEN.map(() => null) })));
    await verwachtFout(async () => importeerBlad(db, await maakBlad([])));
    await verwachtFout(async () => importeerBlad(db, await maakBlad([[], [], []])));
    // Not a workbook at all, or a zip of something else, or a damaged one.
    const zip = new JSZip();
    zip.file('leesmij.txt', 'Dit is geen werkmap.');
    const zipBuf = await zip.generateAsync({ type: 'nodebuffer' });
    await verwachtFout(() => importeerBlad(db, zipBuf));
    const word = new JSZip();
    word.file('[Content_Types].xml', '<Types/>');
    word.file('word/document.xml', '<w:document/>');
    await verwachtFout(async () => importeerBlad(db, await word.generateAsync({ type: 'nodebuffer' })));
    const goed = await maakBlad([goedeRij(codes[3]), goedeRij(codes[4])]);
    for (const deel of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      await verwachtFout(() => importeerBlad(db, goed.subarray(0, Math.floor(goed.length * deel))));
    }
    const rnd = willekeurig(7);
    for (let k = 0; k < 10; k++) {
      const kopie = Buffer.from(goed);
      for (let j = 0; j < 50; j++) kopie[30 + Math.floor(rnd() * (kopie.length - 30))] = Math.floor(rnd() * 256);
      // Damaged inside the zip: either refused as a whole, or (when only padding was hit) still valid;
      // it must never half-import.
      try {
        await importeerBlad(db, kopie);
        db.prepare('DELETE FROM afspraken WHERE id > 2').run();
        db.prepare(
          "DELETE FROM mutatielog WHERE methode = 'import.afsprakenUitvoeren' AND id > (SELECT max(id) FROM mutatielog) - 10 AND entiteit_id > '2'",
        ).run();
        aantal++;
      } catch (e) {
        aantal++;
        expect(e).toBeInstanceOf(ImportFout);
        expect(dump(db)).toEqual(voor);
      }
    }
    for (const csv of [
      bytes('duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv'),
      Buffer.from(KOPPEN.join(';') + '\n2017-2018;20CF01'),
      Buffer.alloc(0),
      Buffer.from('%PDF-1.7'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    ]) {
      await verwachtFout(() => importeerBlad(db, csv));
    }
  });

  it('een blad van 50.000 rijen met één fout in de laatste rij slaat niets op', async () => {
    const functies = ['SMW', 'JGW', 'JMW', 'JW', 'JP', 'IB', 'ZC', 'ORTHO'];
    const aanbieders = ['De Kern', 'MEE IJsseloevers', 'Trias Jeugdhulp', 'SWT Zwolle', 'Stichting Welzijnswerk'];
    const rijen: CelInvoer[][] = [];
    outer: for (let jaar = 2030; jaar < 2100; jaar++) {
      for (const code of codes.slice(0, 20)) {
        for (const aanbieder of aanbieders) {
          for (const functie of functies) {
            rijen.push(goedeRij(code, { Schooljaar: `${jaar}-${jaar + 1}`, Aanbieder: aanbieder, Functie: functie }));
            if (rijen.length === 50_000) break outer;
          }
        }
      }
    }
    rijen[rijen.length - 1] = goedeRij(codes[0], { Schooljaar: '2099-2100', Uurtarief: '75,5o' });
    const inhoud = await maakBlad(rijen);
    const f = await verwachtFout(() => importeerBlad(db, inhoud), 'Uurtarief');
    expect(f.meldingen).toEqual([{ rij: 50_001, kolom: 'Uurtarief', melding: '"75,5o" is geen bedrag.' }]);
  }, 120_000);

  it('telt minstens 200 kapotte invoerbestanden', () => {
    expect(aantal).toBeGreaterThanOrEqual(200);
  });
});
