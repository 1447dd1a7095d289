// The reports of issue 15 on a Hoogeveen-like file (seed 003: SWW, JMW/JW/JP, the schools' own IB)
// and on an empty file: the Meerkosten sheet, the wijkteam sheet with JMW as the social worker on
// PO, the aanbieders report per begrotingsjaar with eigen inzet onderwijs apart, nothing of Zwolle;
// and LibreOffice recalculates every workbook to the figures the app stored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schrijfRapport, type RapportVraag } from '../../electron/reports/rapporten';
import { testOmgeving } from '../helpers/db';
import { hoogeveen } from '../helpers/hoogeveen';
import { ok, type Env } from '../helpers/registratie';
import { centen, heeftLibreOffice, LibreOffice, pdfNaarPng, rijMet } from '../helpers/libreoffice';
import { cent, leesWerkmap, rij, waarde } from '../helpers/werkmap';

const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-hoogeveen-rapporten-'));
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));
const ARTIFACTS = path.resolve(import.meta.dirname, '..', '..', 'test-artifacts', 'rapporten');

const VRAGEN: Record<string, RapportVraag> = {
  financieel: { soort: 'financieel', begrotingsjaar: 2020 },
  bloz: { soort: 'bloz', schooljaar: 2019 },
  aanbieders: { soort: 'aanbieders', schooljaar: 2019 },
};
const pad = (bestand: string, naam: string) => path.join(map, `${bestand}-${naam}.xlsx`);
const werkmappen = new Map<string, ExcelJS.Workbook>();
let kosten2020: Awaited<ReturnType<typeof kostenVan>>;

function kostenVan(env: Env) {
  return ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2020 });
}

async function schrijf(env: Env, bestand: string): Promise<void> {
  for (const [naam, vraag] of Object.entries(VRAGEN)) {
    await schrijfRapport(env.db, path.join(map, `${bestand}.db`), pad(bestand, naam), vraag, { gemaakt: new Date(2026, 11, 3, 12, 0) });
    werkmappen.set(`${bestand} ${naam}`, await leesWerkmap(pad(bestand, naam)));
  }
}

beforeAll(async () => {
  const env = await testOmgeving();
  const h = await hoogeveen(env);
  const afspraak = (schoolId: number, functie: string, schooljaar: number) =>
    ok(env, 'afspraken.maak', {
      schooljaar,
      schoolId,
      aanbiederId: h.sww,
      functie,
      basisurenPerWeek: 4,
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      status: 'afgesproken',
      regelingId: h.regeling.id,
    });
  for (const sj of [2019, 2020]) {
    for (const s of Object.values(h.scholen)) await afspraak(s.id, 'JMW', sj);
    for (const s of [h.scholen.vo, h.scholen.vso]) await afspraak(s.id, 'JW', sj);
  }
  // The schools' own intern begeleider, first registered in 2019-2020: paid by onderwijs, no aanbieder.
  await ok(env, 'afspraken.maak', {
    schooljaar: 2019,
    schoolId: h.scholen.po.id,
    aanbiederId: h.zelf,
    functie: 'IB',
    basisurenPerWeek: 4,
    uurtariefCents: 6_000,
    aandeelGemeente: 0,
    aandeelOnderwijs: 100,
    status: 'afgesproken',
  });
  kosten2020 = await kostenVan(env);
  await schrijf(env, 'hoogeveen');
  env.sessie.close();
  const leeg = await testOmgeving();
  await schrijf(leeg, 'leeg');
  leeg.sessie.close();
}, 120_000);

function teksten(ws: ExcelJS.Worksheet): string[] {
  const uit: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && uit.push(c.value)));
  return uit;
}
const blad = (naam: string, bladNaam: string) => werkmappen.get(naam)!.getWorksheet(bladNaam)!;

describe('Hoogeveen: reports of issue 15 without anything of Zwolle', () => {
  it('Meerkosten 2020 against 2019: JMW and JW written out per part of the year, the eigen IB apart', () => {
    const ws = blad('hoogeveen financieel', 'Meerkosten');
    const alles = teksten(ws);
    expect(alles).toContain('Meerkosten 2020 tegen 2019');
    expect(alles).toContain('Inzet van gemeentefuncties (JMW, JW)');
    expect(alles).toContain('Eigen inzet onderwijs (IB)');
    // JMW 5 × 4 × 40 × € 65 + JW 2 × 4 × 40 × € 65 = € 72.800 a year from 2019-2020 on: in 2019 only
    // sep-dec ran, so 2020's jan-aug are the meerkosten.
    expect(alles).toContain('jan-aug 2020: 8/12 × € 72.800 = € 48.533');
    // IB ran from sep 2019 only: in 2020 its jan-aug are meerkosten of the onderwijs (not new any more: 2019 had it).
    expect(alles).toContain('jan-aug 2020: 8/12 × € 9.600 = € 6.400');
    const sam = blad('hoogeveen financieel', 'Samenvatting');
    expect(cent(rij(sam, 'Totaal')[1])).toBe(kosten2020.totaal);
    expect(teksten(sam).join(' ')).not.toMatch(/Zwolle/);
  });

  it('the wijkteam sheet uses JMW, the social worker on PO in Hoogeveen, with the regeling’s 4 uur', () => {
    const ws = blad('hoogeveen bloz', 'Wijkteams');
    expect(teksten(ws)).toContain('JMW: PO-scholen × 4 uur per week');
    expect(rij(ws, 'Hoogeveen-Centrum').slice(1, 4).map(waarde)).toEqual([1, 4, 4]);
  });

  it('aanbieders 2019-2020: SWW per begrotingsjaar, the schools’ own staff as eigen inzet onderwijs', () => {
    const wb = werkmappen.get('hoogeveen aanbieders')!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Over dit rapport', 'Samenvatting', 'Stichting Welzijnswerk', 'Eigen inzet onderwijs']);
    const sam = wb.getWorksheet('Samenvatting')!;
    const totaal = rij(sam, 'Totaal');
    expect(cent(totaal[5]) + cent(totaal[7])).toBe(cent(totaal[1]));
    expect(rij(sam, 'Eigen inzet onderwijs (IB; geen aanbieder)')).toBeDefined();
    for (const ws of wb.worksheets) expect(teksten(ws).join(' '), ws.name).not.toMatch(/Zwolle/);
  });

  it.runIf(heeftLibreOffice)(
    'LibreOffice recalculates every workbook (Hoogeveen and empty) to the stored figures; PDF pages as artifacts',
    () => {
      const lo = new LibreOffice('hoogeveen-rapporten');
      try {
        const alle = ['hoogeveen', 'leeg'].flatMap((b) => Object.keys(VRAGEN).map((n) => pad(b, n)));
        const csv = lo.allesNaarCsv(alle);
        const sam = csv[pad('hoogeveen', 'financieel')]['Samenvatting'];
        expect(centen(rijMet(sam, 'Totaal')[1])).toBe(kosten2020.totaal);
        const meer = csv[pad('hoogeveen', 'financieel')]['Meerkosten'];
        const totaal = meer.filter((r) => r[0] === 'Meerkosten');
        expect(totaal.length).toBe(2);
        const a = csv[pad('hoogeveen', 'aanbieders')]['Samenvatting'];
        expect(centen(rijMet(a, 'Totaal')[5]) + centen(rijMet(a, 'Totaal')[7])).toBe(centen(rijMet(a, 'Totaal')[1]));
        const pdf = lo.allesNaarPdf(alle, path.join(map, 'pdf'));
        for (const p of alle) expect(pdfNaarPng(pdf[p], ARTIFACTS, path.basename(p, '.xlsx'), 60, 4).length, p).toBeGreaterThan(0);
      } finally {
        lo.opruimen();
      }
    },
    240_000,
  );
});

describe('an empty file: every report says "geen" in a sentence', () => {
  it('Meerkosten, wijkteams and the aanbieders summary', () => {
    expect(teksten(blad('leeg financieel', 'Meerkosten'))).toContain('Geen inzet van gemeentefuncties in 2019 of 2020.');
    expect(teksten(blad('leeg financieel', 'Samenvatting'))).toContain('De gemeente heeft in 2020 geen meerkosten tegen 2019.');
    expect(teksten(blad('leeg bloz', 'Wijkteams')).some((t) => /^Er zijn in schooljaar 2019-2020 geen afspraken/.test(t))).toBe(true);
    expect(teksten(blad('leeg aanbieders', 'Samenvatting'))).toContain('Er zijn geen afspraken die meetellen in schooljaar 2019-2020.');
    expect(werkmappen.get('leeg aanbieders')!.worksheets.map((w) => w.name)).toEqual(['Over dit rapport', 'Samenvatting']);
  });
});
