// The afsprakenblad is read row by row (issue 14: bounded memory; import/xlsx-stroom.ts). Every
// cell must come out exactly as exceljs's workbook reader gave it before: this test writes
// workbooks by hand (every cell kind, parts in Excel's zip order and the other way round, the
// 1904 date system, text whose multi-byte characters fall across inflate chunks) and compares the
// streamed rows with the rows of a full exceljs load read by the same cell rules.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { celWaarde, isLeeg, leesBlad, type BladSoort, type Cel } from '../../electron/import/afspraken-blad';
import { ImportFout } from '../../electron/import/fout';

const SOORT: BladSoort = { kolommen: [{ kop: 'Schooljaar' }, { kop: 'Waarde' }], blad: 'Afspraken', sjabloon: 'het afsprakensjabloon', naam: 'afsprakenblad' };

const LANG = Array.from({ length: 30_000 }, (_, i) => ['é', '€', 'a', '\u{1D11E}'][i % 4]).join('');

const GEDEELD = [
  'Schooljaar',
  'Waarde',
  'Extra',
  'Michaël_x000D_regel',
  '<r><t xml:space="preserve">Het </t></r><r><rPr><b/></rPr><t>Mozaïek</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh>',
  '2017-2018',
  LANG,
];

/** The cells of column B, one per row from row 2: every kind a cell can be. */
const CELLEN = [
  '<c r="B{r}" t="s"><v>3</v></c>',
  '<c r="B{r}" t="s"><v>4</v></c>',
  '<c r="B{r}" t="inlineStr"><is><t>inline</t></is></c>',
  '<c r="B{r}" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>',
  '<c r="B{r}" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>',
  '<c r="B{r}" s="1"><f>DATE(2017,9,1)</f><v>42979</v></c>',
  '<c r="B{r}" t="b"><f>TRUE()</f><v>1</v></c>',
  '<c r="B{r}" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
  '<c r="B{r}"><f t="shared" ref="B{r}:B99" si="0">1+1</f><v>2</v></c>',
  '<c r="B{r}"><f t="shared" si="0"/><v>2</v></c>',
  '<c r="B{r}"><f t="shared" si="0"/></c>',
  '<c r="B{r}" s="2"><v>0.5</v></c>',
  '<c r="B{r}" s="3"><v>43000</v></c>',
  '<c r="B{r}" t="b"><v>0</v></c>',
  '<c r="B{r}" t="e"><v>#N/A</v></c>',
  '<c r="B{r}"><v>4.25</v></c>',
  '<c r="B{r}" t="str"><v>a &amp;lt; b</v></c>',
  '<c r="B{r}" t="s"><v>6</v></c>',
  '<c r="B{r}" s="1"><v>2</v></c>',
];

function bladXml(): string {
  const rijen = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'];
  CELLEN.forEach((cel, i) => rijen.push(`<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>5</v></c>${cel.replaceAll('{r}', String(i + 2))}</row>`));
  const n = CELLEN.length + 2;
  // A row of only styled empty cells (skipped), and a row after it.
  rijen.push(`<row r="${n}"><c r="A${n}" s="1"/><c r="B${n}" s="2"/></row>`);
  rijen.push(`<row r="${n + 1}"><c r="A${n + 1}" t="s"><v>5</v></c><c r="B${n + 1}"><v>7</v></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rijen.join('')}</sheetData></worksheet>`;
}

const NOTITIES = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Notities</t></is></c></row></sheetData></worksheet>`;

function delen(date1904: boolean): Record<string, string> {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets><sheet name="Notities" sheetId="1" r:id="rId2"/><sheet name="Afspraken" sheetId="2" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': bladXml(),
    'xl/worksheets/sheet2.xml': NOTITIES,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="${GEDEELD.length}" uniqueCount="${GEDEELD.length}">${GEDEELD.map((t) => (t.startsWith('<r>') ? `<si>${t}</si>` : `<si><t>${t}</t></si>`)).join('')}</sst>`,
  };
}

/** A workbook with its parts in the zip in this order. */
async function werkmap(volgorde: string[], date1904 = false): Promise<Buffer> {
  const zip = new JSZip();
  const d = delen(date1904);
  for (const naam of volgorde) zip.file(naam, d[naam]);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const EXCEL_VOLGORDE = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet2.xml',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
];

/** The rows as the reader before streaming had them: a full exceljs load, the same cell rules. */
async function zoalsVoorheen(bytes: Buffer): Promise<{ rij: number; cellen: Cel[]; formules: boolean[] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const ws = wb.getWorksheet('Afspraken')!;
  const rijen: { rij: number; cellen: Cel[]; formules: boolean[] }[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row?.hasValues) continue;
    const uit = [1, 2].map((c) => celWaarde(row.getCell(c)));
    if (uit.every((u) => isLeeg(u.waarde))) continue;
    rijen.push({ rij: r, cellen: uit.map((u) => u.waarde), formules: uit.map((u) => u.formule) });
  }
  return rijen;
}

describe('het afsprakenblad wordt rij voor rij gelezen, precies zoals voorheen', () => {
  it('elke soort cel, in de zip-volgorde van Excel en omgekeerd, ook met het 1904-datumsysteem', async () => {
    for (const [volgorde, date1904] of [
      [EXCEL_VOLGORDE, false],
      [[...EXCEL_VOLGORDE].reverse(), false],
      [EXCEL_VOLGORDE, true],
    ] as const) {
      const bytes = await werkmap([...volgorde], date1904);
      const blad = await leesBlad(bytes, SOORT);
      const verwacht = await zoalsVoorheen(bytes);
      expect(blad.blad).toBe('Afspraken');
      expect(blad.kopRij).toBe(1);
      expect(blad.rijen).toEqual(verwacht);
      // The kinds really are there: text with escapes and rich runs, dates, formulas, errors.
      const b = blad.rijen.map((r) => r.cellen[1]);
      expect(b[0]).toBe('Michaël\rregel');
      expect(b[1]).toBe('Het Mozaïek');
      expect(b[3]).toBe('ab');
      expect(b[5]).toBeInstanceOf(Date);
      expect(b[7]).toEqual({ fout: '#DIV/0!' });
      expect(b[10]).toEqual({ fout: 'formule zonder berekende waarde' });
      expect(b[11]).toBe(50);
      expect(b[17]).toBe(LANG);
      expect(blad.rijen.at(-1)).toEqual({ rij: CELLEN.length + 3, cellen: ['2017-2018', 7], formules: [false, false] });
      // The header's extra column is a warning, as before.
      expect(blad.waarschuwingen).toEqual([{ rij: 1, kolom: 'Extra', melding: 'kolom C hoort niet bij het sjabloon en wordt niet ingelezen.' }]);
    }
  });

  it('een werkmap zonder werkboek, met kapotte XML of met een afgebroken blad: de Nederlandse melding, geen halve rijen', async () => {
    const zonder = await werkmap(EXCEL_VOLGORDE.filter((n) => n !== 'xl/workbook.xml'));
    const met = async (blad: (xml: string) => string) => {
      const zip = new JSZip();
      const d = delen(false);
      for (const naam of EXCEL_VOLGORDE) zip.file(naam, naam === 'xl/worksheets/sheet1.xml' ? blad(d[naam]) : d[naam]);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    };
    // Cut off after the fifth row: well-formed so far, but the rest of the rows is missing.
    const afgebroken = await met((xml) => xml.slice(0, xml.indexOf('<row r="6"')));
    const kapot = await met((xml) => xml.replace('</row><row r="3">', '</rij><row r="3">'));
    for (const bytes of [zonder, afgebroken, kapot]) {
      const fout = await leesBlad(bytes, SOORT).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(ImportFout);
      expect((fout as ImportFout).message).toContain('geen leesbare Excel-werkmap (.xlsx)');
    }
  });
});
