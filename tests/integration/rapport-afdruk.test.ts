// Paper: every workbook of every report in RAPPORTEN, the afspraken template and the monitor
// template, written from the demo and from an empty file, read back with exceljs. Every sheet
// prints A4 landscape, fitted to the width or at a scale that keeps 11 pt text at 8 pt or more,
// and a sheet with a table repeats that table's header row on every page. Money: one Dutch-bound
// format, negatives as -€ (in Excel, LibreOffice in English and the CLI), red only for a tekort.
// The first sheet names the audience, marks the demo, shows no file name; an empty table is a sentence.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laadVoorbeeldZwolle } from '../../electron/demo/voorbeeld-zwolle';
import { invoke } from '../../electron/api/registry';
import { RAPPORTEN, RAPPORT_SOORTEN, schrijfRapport, type RapportVraag } from '../../electron/reports/rapporten';
import { maakAfsprakenSjabloon } from '../../electron/reports/sjabloon';
import { maakMonitorSjabloon } from '../../electron/reports/monitor-sjabloon';
import { EURO_CENTEN_FORMAAT, EURO_FORMAAT, MINIMALE_SCHAAL, SALDO_CENTEN_FORMAAT, SALDO_FORMAAT } from '../../electron/reports/style';
import { heeftLibreOffice, LibreOffice, pdfTekst } from '../helpers/libreoffice';
import { testOmgeving } from '../helpers/db';
import { leesWerkmap, rij, waarde } from '../helpers/werkmap';

const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-afdruk-'));
const werkmappen = new Map<string, ExcelJS.Workbook>();
const sjabloonBuffers = new Map<string, Buffer>();
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

async function schrijfAlles(naam: string, metDemo: boolean): Promise<void> {
  const dbPad = path.join(map, `${naam}.db`);
  const { omgeving, sessie, db } = await testOmgeving(dbPad);
  if (metDemo) await laadVoorbeeldZwolle(invoke, omgeving);
  const aanbiederId = (db.prepare('SELECT id FROM aanbieders ORDER BY id LIMIT 1').pluck().get() as number | undefined) ?? 1;
  for (const soort of RAPPORT_SOORTEN) {
    const vraag: RapportVraag = { soort, begrotingsjaar: 2017, schooljaar: 2017 };
    if ('perAanbieder' in RAPPORTEN[soort]) {
      // The beschikking needs an existing aanbieder: an empty file has none.
      if (!metDemo) continue;
      vraag.aanbiederId = aanbiederId;
    }
    if ('perVerdeling' in RAPPORTEN[soort]) {
      // The BLOZ-voorstel needs a saved verdeling: the demo gets one of 120 uur JGW over the PO schools.
      if (!metDemo) continue;
      const v = await invoke(
        'verdelingen.maak',
        { naam: 'Maatwerk JGW', schooljaar: 2017, soort: 'uren', functie: 'JGW', sectoren: ['PO'], regel: 'leerlingen', totaal: 120 },
        omgeving,
      );
      if (!v.ok) throw new Error(v.fout.melding);
      vraag.verdelingId = v.data.id;
    }
    const pad = path.join(map, `${naam}-${soort}.xlsx`);
    await schrijfRapport(db, dbPad, pad, vraag, { gemaakt: new Date(2026, 10, 22, 10, 0) });
    werkmappen.set(`${naam} ${soort}`, await leesWerkmap(pad));
  }
  for (const [sjabloon, buffer] of [
    ['sjabloon', (await maakAfsprakenSjabloon(db, { schooljaar: 2017 })).inhoud],
    ['monitorsjabloon', (await maakMonitorSjabloon(db, { schooljaar: 2017 })).inhoud],
  ] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as never);
    sjabloonBuffers.set(`${naam} ${sjabloon}`, buffer);
    werkmappen.set(`${naam} ${sjabloon}`, wb);
  }
  sessie.close();
}

beforeAll(async () => {
  await schrijfAlles('demo', true);
  await schrijfAlles('leeg', false);
}, 180_000);

const KOP_KLEUR = 'FF1F4E79';
/** Rows styled as a table header (white on dark blue in column A). */
function kopRijen(ws: ExcelJS.Worksheet): number[] {
  const rijen: number[] = [];
  ws.eachRow((r, nr) => {
    const fill = r.getCell(1).fill as ExcelJS.FillPattern | undefined;
    if (fill?.type === 'pattern' && fill.fgColor?.argb === KOP_KLEUR) rijen.push(nr);
  });
  return rijen;
}
function filterRij(ws: ExcelJS.Worksheet): number | null {
  const f = ws.autoFilter as unknown;
  const bereik = typeof f === 'string' ? f : f && typeof f === 'object' && 'from' in f ? String((f as { from: unknown }).from) : null;
  const m = bereik?.match(/^[A-Z]+(\d+)/);
  return m ? Number(m[1]) : null;
}

describe('every report and template prints on A4 landscape with its header on every page', () => {
  it('wrote every report of RAPPORTEN and both templates', () => {
    for (const soort of RAPPORT_SOORTEN) expect(werkmappen.has(`demo ${soort}`), soort).toBe(true);
    // The empty file has no aanbieder for a beschikking and no verdeling for a BLOZ-voorstel.
    const alleenDemo = RAPPORT_SOORTEN.filter((s) => 'perAanbieder' in RAPPORTEN[s] || 'perVerdeling' in RAPPORTEN[s]).length;
    expect(werkmappen.size).toBe(2 * (RAPPORT_SOORTEN.length + 2) - alleenDemo);
  });

  it('paper A4 (9), landscape, fitted to the width or at a scale of at least 73 %', () => {
    let bladen = 0;
    for (const [naam, wb] of werkmappen) {
      for (const ws of wb.worksheets) {
        if (ws.state === 'hidden') continue;
        bladen++;
        const p = ws.pageSetup;
        const waar = `${naam} / ${ws.name}`;
        expect(p.paperSize, waar).toBe(9);
        expect(p.orientation, waar).toBe('landscape');
        if (p.fitToPage) {
          expect([p.fitToWidth, p.fitToHeight], waar).toEqual([1, 0]);
          // Fitting must not shrink below the minimum: the columns fit at 73 % on A4 (146 width units).
          const breedte = ws.columns.reduce((s, k) => s + (k.width ?? 9) + 0.7, 0);
          expect(breedte, waar).toBeLessThanOrEqual((146 * 100) / MINIMALE_SCHAAL);
        } else expect(p.scale, waar).toBeGreaterThanOrEqual(MINIMALE_SCHAAL);
      }
    }
    expect(bladen).toBeGreaterThan(30);
  });

  it('a sheet with a table repeats its header row on every printed page', () => {
    let metTitels = 0;
    for (const [naam, wb] of werkmappen) {
      for (const ws of wb.worksheets) {
        if (ws.state === 'hidden') continue;
        const waar = `${naam} / ${ws.name}`;
        const koppen = kopRijen(ws);
        const filter = filterRij(ws);
        // The filtered table's header; otherwise the header of the sheet's only table.
        const kop = filter ?? (koppen.length === 1 ? koppen[0] : null);
        if (kop === null) continue;
        expect(ws.pageSetup.printTitlesRow, waar).toBe(`${kop}:${kop}`);
        metTitels++;
      }
    }
    expect(metTitels).toBeGreaterThan(20);
  });
});

const GELD_FORMATEN = [EURO_FORMAAT, EURO_CENTEN_FORMAAT, SALDO_FORMAAT, SALDO_CENTEN_FORMAAT];

describe('money carries the Dutch locale, negatives read -€, red means tekort', () => {
  it('every money cell of every report has a format bound to nl-NL ([$-413]) with -€ for negatives', () => {
    const perWerkmap = new Map<string, number>();
    for (const [naam, wb] of werkmappen) {
      for (const ws of wb.worksheets) {
        // Empty cells too: the template's formatted rows are still to be filled in.
        ws.eachRow({ includeEmpty: true }, (r) =>
          r.eachCell({ includeEmpty: true }, (c) => {
            if (!c.numFmt?.includes('€')) return;
            expect(GELD_FORMATEN, `${naam} / ${ws.name} ${c.address}: ${c.numFmt}`).toContain(c.numFmt);
            perWerkmap.set(naam, (perWerkmap.get(naam) ?? 0) + 1);
          }),
        );
      }
    }
    for (const soort of ['financieel', 'bloz', 'aanbieders', 'beschikking', 'subsidies', 'sjabloon'])
      expect(perWerkmap.get(`demo ${soort}`) ?? 0, soort).toBeGreaterThan(0);
    for (const f of GELD_FORMATEN) {
      expect(f.startsWith('[$-413]'), f).toBe(true);
      expect(f.split(';')[1].replace('[Red]', ''), f).toMatch(/^\[\$-413\]-"€" /);
    }
    // Red only on the saldo, where negative is a tekort.
    expect([EURO_FORMAAT, EURO_CENTEN_FORMAAT].join()).not.toContain('[Red]');
    const saldo = werkmappen.get('demo financieel')!.getWorksheet('Dekking')!;
    let saldoCel: ExcelJS.Cell | null = null;
    saldo.eachRow((r) => {
      if (r.getCell(1).value === 'Saldo (negatief is tekort)') saldoCel = r.getCell(3);
    });
    expect([SALDO_FORMAAT, SALDO_CENTEN_FORMAAT]).toContain(saldoCel!.numFmt);
  });

  it('the CLI writes a negative amount as -€ too', async () => {
    const dbPad = path.join(map, 'tekort.db');
    const { omgeving, sessie, db } = await testOmgeving(dbPad);
    await laadVoorbeeldZwolle(invoke, omgeving);
    db.prepare('DELETE FROM begrotingspost_bedragen WHERE jaar = 2018').run();
    sessie.close();
    const repo = path.resolve(import.meta.dirname, '..', '..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(repo, 'bin', 'schoolinzet.mjs'), 'dekking', '--begrotingsjaar', '2018', '--db', dbPad],
      {
        cwd: repo,
      },
    );
    expect(stdout).toMatch(/Saldo: +-€ \d{3}\.\d{3} \(tekort\)/);
    expect(stdout).not.toContain('€ -');
  }, 60_000);

  it.runIf(heeftLibreOffice)(
    'LibreOffice on an English system still shows € 1.118.000 and -€',
    () => {
      const lo = new LibreOffice('engels', 'en-US');
      try {
        const xlsx = path.join(map, 'demo-financieel.xlsx');
        const tekst = pdfTekst(lo.naarPdf(xlsx, path.join(map, 'pdf-en')));
        expect(tekst).toContain('€ 1.118.000');
        expect(tekst).not.toMatch(/€ \d{1,3},\d{3}\b/);
        expect(tekst).not.toContain('€ -');
      } finally {
        lo.opruimen();
      }
    },
    120_000,
  );
});

/** Texts of every cell of a sheet. */
function teksten(ws: ExcelJS.Worksheet): string[] {
  const uit: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && uit.push(c.value)));
  return uit;
}

describe('the first sheet says who the report is for and whether it holds the demo', () => {
  it('names the audience of RAPPORTEN, marks the demo as Voorbeeldgegevens, never the file name', () => {
    for (const [bestand, metDemo] of [
      ['demo', true],
      ['leeg', false],
    ] as const) {
      for (const soort of RAPPORT_SOORTEN) {
        const wb = werkmappen.get(`${bestand} ${soort}`);
        if (!wb) continue;
        const over = wb.worksheets[0];
        expect(over.name).toBe('Over dit rapport');
        const waar = `${bestand} ${soort}`;
        expect(rij(over, 'Voor')[1], waar).toBe(RAPPORTEN[soort].publiek);
        const alles = teksten(over);
        expect(alles.includes('Voorbeeldgegevens'), waar).toBe(metDemo);
        expect(alles.join(' '), waar).not.toMatch(/\.db\b|schoolinzet-afdruk|Databasebestand/);
      }
    }
    expect(new Set(RAPPORT_SOORTEN.map((s) => RAPPORTEN[s].publiek)).size).toBeGreaterThanOrEqual(5);
  });

  it('an empty afspraken sheet says "geen" in a sentence instead of a table with Totaal € 0', () => {
    const wb = werkmappen.get('leeg financieel')!;
    for (const naam of ['Afspraken', 'In voorbereiding']) {
      const ws = wb.getWorksheet(naam)!;
      const alles = teksten(ws);
      expect(
        alles.some((t) => /^Er zijn geen afspraken .* in 2017\.$/.test(t)),
        `${naam}: ${alles.join(' | ')}`,
      ).toBe(true);
      expect(alles, naam).not.toContain('Totaal');
      expect(kopRijen(ws), naam).toEqual([]);
    }
    // The sjabloon's Uitleg names no file either.
    const uitleg = teksten(werkmappen.get('demo sjabloon')!.getWorksheet('Uitleg')!).join(' ');
    expect(uitleg).not.toMatch(/\.db\b/);
  });
});

/** Rows and columns of an A1 range (`D2:D1000` or `D2`). */
function bereik(ref: string): { c1: number; r1: number; c2: number; r2: number } {
  const deel = (a: string) => {
    const m = a.match(/^([A-Z]+)(\d+)$/)!;
    return { c: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), r: Number(m[2]) };
  };
  const [a, b = a] = ref.split(':');
  const [p, q] = [deel(a), deel(b)];
  return { c1: p.c, r1: p.r, c2: q.c, r2: q.r };
}

describe('the templates: drop-down lists that do not overlap, readable headers, examples from the own registry', () => {
  it('every data validation range of the sheet XML is disjoint from every other, and covers its column from row 2', async () => {
    for (const [naam, buffer] of sjabloonBuffers) {
      const xml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')!.async('string');
      const refs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].flatMap((m) => m[1].split(' '));
      expect(refs.length, naam).toBeGreaterThanOrEqual(2);
      const bereiken = refs.map(bereik);
      for (let i = 0; i < bereiken.length; i++) {
        expect(bereiken[i].r1, `${naam} ${refs[i]}`).toBe(2);
        expect(bereiken[i].r2, `${naam} ${refs[i]}`).toBeGreaterThanOrEqual(1000);
        for (let j = i + 1; j < bereiken.length; j++) {
          const [x, y] = [bereiken[i], bereiken[j]];
          const overlapt = x.c1 <= y.c2 && y.c1 <= x.c2 && x.r1 <= y.r2 && y.r1 <= x.r2;
          expect(overlapt, `${naam}: ${refs[i]} en ${refs[j]}`).toBe(false);
        }
      }
    }
  });

  it('the header row is tall enough for "Aandeel gemeente (%)" at its width', () => {
    const ws = werkmappen.get('demo sjabloon')!.getWorksheet('Afspraken')!;
    const kolom = (ws.getRow(1).values as unknown[]).indexOf('Aandeel gemeente (%)');
    const breedte = ws.getColumn(kolom).width!;
    // Words per line at this width: "Aandeel", "gemeente", "(%)" need three lines unless the column is wide.
    const regels = breedte - 2 >= 'Aandeel gemeente (%)'.length ? 1 : breedte - 2 >= 'gemeente (%)'.length ? 2 : 3;
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(15 * regels);
    expect(regels).toBe(3);
  });

  it("the Uitleg examples are a school and aanbieder of this registry; an empty file gets no other gemeente's school", async () => {
    const voorbeeld = (naam: string, kolom: string) => {
      const ws = werkmappen.get(naam)!.getWorksheet('Uitleg')!;
      return rij(ws, kolom)[3];
    };
    const { db, sessie } = await testOmgeving(path.join(map, 'demo.db'));
    try {
      const code = voorbeeld('demo sjabloon', 'Vestigingscode');
      const school = db.prepare('SELECT naam FROM scholen WHERE vestigingscode = ?').pluck().get(code);
      expect(school, String(code)).toBe(voorbeeld('demo sjabloon', 'Schoolnaam'));
      expect(db.prepare('SELECT count(*) FROM aanbieders WHERE naam = ?').pluck().get(voorbeeld('demo sjabloon', 'Aanbieder'))).toBe(1);
    } finally {
      sessie.close();
    }
    expect(voorbeeld('leeg sjabloon', 'Schoolnaam')).toBe('(de naam van de school)');
    expect(voorbeeld('leeg sjabloon', 'Vestigingscode')).not.toBe('20CF01');
  });
});

/** What a money cell shows: whole euros, or cents with a .00 format (half away from zero). */
function getoond(cel: ExcelJS.Cell): number {
  // SUBTOTAL skips text, as a reader does.
  const w = waarde(cel.value);
  const v = typeof w === 'number' ? w : 0;
  const centen = (cel.numFmt ?? '').includes('0.00');
  const f = centen ? 100 : 1;
  return (Math.sign(v) * Math.round(Math.abs(v) * f + 1e-9)) / f;
}

describe('printed figures add up', () => {
  it('in every table with a total row, the shown figures of a money column add up to its shown total', () => {
    let totalen = 0;
    let metCenten = 0;
    for (const [naam, wb] of werkmappen) {
      for (const ws of wb.worksheets) {
        ws.eachRow((r) =>
          r.eachCell((c) => {
            const v = c.value as { formula?: string } | null;
            const m = v && typeof v === 'object' && v.formula?.match(/^SUBTOTAL\(109,([A-Z]+)(\d+):[A-Z]+(\d+)\)$/);
            if (!m || !c.numFmt?.includes('€')) return;
            let som = 0;
            for (let rijNr = Number(m[2]); rijNr <= Number(m[3]); rijNr++) som += getoond(ws.getCell(`${m[1]}${rijNr}`));
            expect(Math.round(som * 100) + 0, `${naam} / ${ws.name} ${c.address}`).toBe(Math.round(getoond(c) * 100));
            totalen++;
            if (c.numFmt.includes('0.00')) metCenten++;
          }),
        );
      }
    }
    expect(totalen).toBeGreaterThan(10);
    // The demo's Verdeling and Afspraken sheets hold thirds of a year: some columns need cents.
    expect(metCenten).toBeGreaterThan(0);
  });
});
