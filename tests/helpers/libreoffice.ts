// LibreOffice headless for the report tests: a throwaway user profile per test file that forces
// recalculation of every formula on load (OOXMLRecalcMode = 0, "always") and a Dutch locale,
// so what we read back is LibreOffice's own result, not the values exceljs cached.
// soffice exits 0 even when it failed: every function checks the files it should have made.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
export const PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => fs.existsSync(p));

/** In CI LibreOffice is required; on a laptop without it the tests skip with a visible message. */
export const heeftLibreOffice = (() => {
  if (SOFFICE && PDFTOPPM) return true;
  if (process.env.CI) throw new Error('LibreOffice (soffice) of pdftoppm ontbreekt: in CI zijn de rapporttests verplicht.');
  console.warn('\n*** LibreOffice-tests OVERGESLAGEN: soffice of pdftoppm niet gevonden (installeer libreoffice-calc-nogui en poppler-utils). ***\n');
  return false;
})();

const PROFIEL = (locale: string) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`;

export class LibreOffice {
  readonly profiel: string;

  /** `locale`: the reader's locale (nl-NL unless a test reads as someone with an English system). */
  constructor(naam: string, locale = 'nl-NL') {
    this.profiel = fs.mkdtempSync(path.join(os.tmpdir(), `schoolinzet-lo-${naam}-`));
    fs.mkdirSync(path.join(this.profiel, 'user'), { recursive: true });
    fs.writeFileSync(path.join(this.profiel, 'user', 'registrymodifications.xcu'), PROFIEL(locale));
  }

  private run(args: string[]): void {
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${this.profiel}`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 120_000 });
  }

  /**
   * Every sheet as rows of cells (`;`-separated, UTF-8, raw values not as shown, so a number
   * reads `457333,4` with the Dutch decimal comma).
   */
  naarCsv(xlsx: string): Record<string, string[][]> {
    const uit = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-csv-'));
    this.run(['--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1', '--outdir', uit, xlsx]);
    const basis = path.basename(xlsx, '.xlsx');
    const bladen: Record<string, string[][]> = {};
    for (const f of fs.readdirSync(uit)) {
      if (!f.startsWith(`${basis}-`) || !f.endsWith('.csv')) continue;
      bladen[f.slice(basis.length + 1, -4)] = leesCsv(fs.readFileSync(path.join(uit, f), 'utf8'));
    }
    if (Object.keys(bladen).length === 0) throw new Error(`LibreOffice maakte geen CSV van ${xlsx}`);
    return bladen;
  }

  /**
   * Several workbooks in one LibreOffice start (each converted once): every sheet of every
   * workbook as CSV rows, by workbook path and sheet name.
   */
  allesNaarCsv(werkmappen: string[]): Record<string, Record<string, string[][]>> {
    const uit = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-csv-'));
    this.run(['--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1', '--outdir', uit, ...werkmappen]);
    const bestanden = fs.readdirSync(uit);
    return Object.fromEntries(
      werkmappen.map((xlsx) => {
        const basis = path.basename(xlsx, '.xlsx');
        const bladen: Record<string, string[][]> = {};
        for (const f of bestanden) {
          // Sheet names may contain "-", so match the workbook name exactly up to the separator.
          if (!f.startsWith(`${basis}-`) || !f.endsWith('.csv')) continue;
          bladen[f.slice(basis.length + 1, -4)] = leesCsv(fs.readFileSync(path.join(uit, f), 'utf8'));
        }
        if (Object.keys(bladen).length === 0) throw new Error(`LibreOffice maakte geen CSV van ${xlsx}`);
        return [xlsx, bladen];
      }),
    );
  }

  /** Several workbooks to PDF in one LibreOffice start; returns the PDF per workbook path. */
  allesNaarPdf(werkmappen: string[], map: string): Record<string, string> {
    fs.mkdirSync(map, { recursive: true });
    const pdfs = werkmappen.map((xlsx) => path.join(map, `${path.basename(xlsx, '.xlsx')}.pdf`));
    for (const pdf of pdfs) fs.rmSync(pdf, { force: true });
    this.run(['--convert-to', 'pdf', '--outdir', map, ...werkmappen]);
    for (const [i, pdf] of pdfs.entries()) {
      if (!fs.existsSync(pdf) || fs.statSync(pdf).size < 1000) throw new Error(`LibreOffice maakte geen PDF van ${werkmappen[i]}`);
    }
    return Object.fromEntries(werkmappen.map((xlsx, i) => [xlsx, pdfs[i]]));
  }

  naarPdf(xlsx: string, map: string): string {
    fs.mkdirSync(map, { recursive: true });
    const pdf = path.join(map, `${path.basename(xlsx, '.xlsx')}.pdf`);
    fs.rmSync(pdf, { force: true });
    this.run(['--convert-to', 'pdf', '--outdir', map, xlsx]);
    if (!fs.existsSync(pdf) || fs.statSync(pdf).size < 1000) throw new Error(`LibreOffice maakte geen PDF van ${xlsx}`);
    return pdf;
  }

  opruimen(): void {
    fs.rmSync(this.profiel, { recursive: true, force: true });
  }
}

/** PDF pages to PNG (`<prefix>-1.png` …); returns the files. */
export function pdfNaarPng(pdf: string, map: string, prefix: string, dpi = 80, maxPaginas?: number): string[] {
  fs.mkdirSync(map, { recursive: true });
  for (const f of fs.readdirSync(map)) if (f.startsWith(`${prefix}-`) && f.endsWith('.png')) fs.rmSync(path.join(map, f));
  const tot = maxPaginas === undefined ? [] : ['-l', String(maxPaginas)];
  execFileSync(PDFTOPPM!, ['-r', String(dpi), ...tot, '-png', pdf, path.join(map, prefix)], { stdio: 'pipe', timeout: 120_000 });
  const pngs = fs
    .readdirSync(map)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(map, f));
  if (pngs.length === 0) throw new Error(`pdftoppm maakte geen PNG van ${pdf}`);
  return pngs;
}

/** The text of a PDF as laid out on the page (pdftotext from poppler, next to pdftoppm). */
export function pdfTekst(pdf: string): string {
  const pdftotext = path.join(path.dirname(PDFTOPPM!), 'pdftotext');
  return execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
}

/** A `;`-separated CSV with `"` quoting (as LibreOffice writes it). */
export function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let quote = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (quote) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') quote = false;
      else veld += c;
    } else if (c === '"') quote = true;
    else if (c === ';') {
      rij.push(veld);
      veld = '';
    } else if (c === '\n') {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
    } else if (c !== '\r') veld += c;
  }
  if (veld !== '' || rij.length > 0) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen;
}

/** A Dutch raw number from the CSV (`457333,4`, `-7333,40000000002`) to cents. */
export function centen(cel: string | undefined): number {
  if (cel === undefined || cel.trim() === '') return 0;
  const n = Number(cel.replace(',', '.'));
  if (!Number.isFinite(n)) throw new Error(`Geen getal: "${cel}"`);
  return Math.round(n * 100);
}

/** The row whose first cell is `label`. */
export function rijMet(rijen: string[][], label: string, kolom = 0): string[] {
  const rij = rijen.find((r) => r[kolom] === label);
  if (!rij) throw new Error(`Geen rij "${label}" in:\n${rijen.map((r) => r.join(';')).join('\n')}`);
  return rij;
}
