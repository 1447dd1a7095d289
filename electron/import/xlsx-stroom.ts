// An .xlsx read row by row (issue 14): memory stays bounded by the rows a caller keeps, not by
// the workbook model exceljs builds of a whole file (1,4 GB for a 50.000-row sheet). The bytes are
// in memory already and checked against the limits (zip-grenzen.ts); each part is inflated from
// the zip's central directory when it is needed: the small ones (workbook, relations, styles,
// shared strings) first, whatever their place in the zip, then a sheet as a stream through a SAX
// parser. A cell comes out as exceljs's workbook reader gives it (cell-xform.js: strings, numbers,
// booleans, errors, dates by the cell's number format, formulas with their cached result) with
// its number format, so the cell rules of afspraken-blad.ts apply unchanged. exceljs's own
// parser, style reader and date rules are used; only the walk over the rows is ours.
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import parseSax from 'exceljs/lib/utils/parse-sax.js';
import exceljsUtils from 'exceljs/lib/utils/utils.js';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import { ImportFout } from './fout';
import { deelData, zipInhoud, type ZipDeel } from './zip-grenzen';

/** A cell as ExcelJS.Cell has it: the value in exceljs's shapes, and the number format of its style. */
export interface StroomCel {
  value: unknown;
  numFmt?: string;
}

export interface StroomRij {
  /** 1-based row number on the sheet. */
  nummer: number;
  /** By column number (1-based); a column without a cell is undefined. */
  cellen: (StroomCel | undefined)[];
}

export interface StroomBlad {
  naam: string;
  /** The rows in the order of the file; stop early by ending the iteration (the inflater stops too). */
  rijen(): AsyncGenerator<StroomRij>;
}

export const ONLEESBAAR = 'Dit bestand is geen leesbare Excel-werkmap (.xlsx): het is beschadigd of het is een zip-bestand met iets anders erin.';

interface SaxTag {
  name: string;
  attributes: Record<string, string>;
}
type SaxGebeurtenis = { eventType: 'opentag'; value: SaxTag } | { eventType: 'closetag'; value: SaxTag } | { eventType: 'text'; value: string };

const { excelToDate, isDateFmt, xmlDecode } = exceljsUtils as {
  excelToDate(v: number, date1904?: boolean): Date;
  isDateFmt(fmt: string | undefined): boolean;
  xmlDecode(tekst: string): string;
};

interface Stijlen {
  parseStream(stream: AsyncIterable<string>): Promise<unknown>;
  getStyleModel(id: number): { numFmt?: string } | undefined;
}

/** The text of a part in chunks, inflated as it is read (UTF-8 kept whole across chunks). */
async function* deelTekst(bytes: Buffer, deel: ZipDeel): AsyncGenerator<string> {
  const data = deelData(bytes, deel);
  const decoder = new StringDecoder('utf8');
  if (deel.methode === 0) {
    yield decoder.write(data) + decoder.end();
    return;
  }
  if (deel.methode !== 8) throw new ImportFout(ONLEESBAAR);
  const inflate = zlib.createInflateRaw();
  inflate.end(data);
  try {
    for await (const stuk of inflate as AsyncIterable<Buffer>) yield decoder.write(stuk);
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    inflate.destroy();
  }
}

async function* gebeurtenissen(bytes: Buffer, deel: ZipDeel): AsyncGenerator<SaxGebeurtenis[]> {
  yield* parseSax(deelTekst(bytes, deel)) as AsyncGenerator<SaxGebeurtenis[]>;
}

/** `_x000D_` escapes in shared and rich text, as exceljs's text reader decodes them. */
function ontsnap(tekst: string): string {
  return tekst.indexOf('_x') < 0 ? tekst : tekst.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The shared strings as plain text: a rich text's runs joined, phonetic runs (rPh) left out. */
async function leesGedeeldeTeksten(bytes: Buffer, deel: ZipDeel | undefined): Promise<string[]> {
  const teksten: string[] = [];
  if (!deel) return teksten;
  let huidig: string[] | null = null;
  let inT = false;
  let inFonetisch = 0;
  for await (const reeks of gebeurtenissen(bytes, deel)) {
    for (const g of reeks) {
      if (g.eventType === 'opentag') {
        if (g.value.name === 'si') huidig = [];
        else if (g.value.name === 'rPh') inFonetisch++;
        else if (g.value.name === 't' && !inFonetisch) inT = true;
      } else if (g.eventType === 'closetag') {
        if (g.value.name === 'si') {
          teksten.push(ontsnap((huidig ?? []).join('')));
          huidig = null;
        } else if (g.value.name === 'rPh') inFonetisch--;
        else if (g.value.name === 't') inT = false;
      } else if (inT && huidig) huidig.push(g.value);
    }
  }
  return teksten;
}

/** The part a relation target points at ("worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml"). */
function doelNaam(doel: string): string {
  return doel.startsWith('/') ? doel.slice(1) : `xl/${doel}`.replace(/\/\.\//g, '/');
}

/** The sheets of the workbook in its own order, each read row by row on demand. */
export async function openWerkmap(bytes: Buffer): Promise<StroomBlad[]> {
  const delen = new Map(zipInhoud(bytes).map((d) => [d.naam.replace(/^\//, ''), d]));
  const werkmap = delen.get('xl/workbook.xml');
  const relaties = delen.get('xl/_rels/workbook.xml.rels');
  if (!werkmap || !relaties) throw new ImportFout(ONLEESBAAR);
  try {
    const doelen = new Map<string, string>();
    for await (const reeks of gebeurtenissen(bytes, relaties)) {
      for (const g of reeks) {
        if (g.eventType === 'opentag' && g.value.name === 'Relationship') doelen.set(g.value.attributes.Id, g.value.attributes.Target);
      }
    }
    const bladen: { naam: string; deel: string }[] = [];
    let date1904 = false;
    for await (const reeks of gebeurtenissen(bytes, werkmap)) {
      for (const g of reeks) {
        if (g.eventType !== 'opentag') continue;
        if (g.value.name === 'workbookPr') date1904 = ['1', 'true'].includes(g.value.attributes.date1904 ?? '');
        if (g.value.name === 'sheet') {
          const doel = doelen.get(g.value.attributes['r:id']);
          if (doel) bladen.push({ naam: g.value.attributes.name ?? '', deel: doelNaam(doel) });
        }
      }
    }
    const stijlenDeel = delen.get('xl/styles.xml');
    const stijlen = new (StylesXform as unknown as new () => Stijlen)();
    if (stijlenDeel) await stijlen.parseStream(deelTekst(bytes, stijlenDeel));
    const gedeeld = await leesGedeeldeTeksten(bytes, delen.get('xl/sharedStrings.xml'));
    return bladen
      .filter((b) => delen.has(b.deel))
      .map((b) => ({ naam: b.naam, rijen: () => leesRijen(bytes, delen.get(b.deel)!, { stijlen, gedeeld, date1904 }) }));
  } catch (e) {
    if (e instanceof ImportFout) throw e;
    throw new ImportFout(ONLEESBAAR);
  }
}

interface Context {
  stijlen: Stijlen;
  gedeeld: string[];
  date1904: boolean;
}

/** A cell while its XML is read: the parts cell-xform.js collects. */
interface CelInBouw {
  kolom: number;
  stijl: number;
  t: string | undefined;
  formule: string | undefined;
  gedeeldeFormule: boolean;
  waarde: string | undefined;
  /** Runs of an inline rich text (<is><r><t>). */
  runs: string[] | undefined;
}

function kolomNummer(ref: string | undefined, vorige: number): number {
  if (!ref) return vorige + 1;
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n || vorige + 1;
}

/** The value exceljs's workbook reader makes of a cell (cell-xform.js parseClose + reconcile). */
function celWaardeVan(c: CelInBouw, ctx: Context): StroomCel {
  const numFmt = c.stijl ? ctx.stijlen.getStyleModel(c.stijl)?.numFmt : undefined;
  const datum = isDateFmt(numFmt);
  if (c.formule || c.gedeeldeFormule) {
    const waarde: { formula: string; result?: unknown } = { formula: c.formule ?? '' };
    if (c.waarde) {
      if (c.t === 'str') waarde.result = xmlDecode(c.waarde);
      else if (c.t === 'b') waarde.result = parseInt(c.waarde, 10) !== 0;
      else if (c.t === 'e') waarde.result = { error: c.waarde };
      else waarde.result = parseFloat(c.waarde);
      if (datum) waarde.result = excelToDate(waarde.result as number, ctx.date1904);
    }
    return { value: waarde, numFmt };
  }
  if (c.runs) return { value: { richText: c.runs.map((text) => ({ text: ontsnap(text) })) }, numFmt };
  if (c.waarde === undefined) return { value: null, numFmt };
  switch (c.t) {
    case 's':
      return { value: ctx.gedeeld[parseInt(c.waarde, 10)] ?? null, numFmt };
    case 'str':
      return { value: xmlDecode(c.waarde), numFmt };
    case 'inlineStr':
      return { value: c.waarde, numFmt };
    case 'b':
      return { value: parseInt(c.waarde, 10) !== 0, numFmt };
    case 'e':
      return { value: { error: c.waarde }, numFmt };
    default: {
      const getal = parseFloat(c.waarde);
      return { value: datum ? excelToDate(getal, ctx.date1904) : getal, numFmt };
    }
  }
}

async function* leesRijen(bytes: Buffer, deel: ZipDeel, ctx: Context): AsyncGenerator<StroomRij> {
  let rij: StroomRij | null = null;
  let vorigeRij = 0;
  let vorigeKolom = 0;
  let cel: CelInBouw | null = null;
  /** Where text goes: the formula, the value (<v>, or <t> of an inline string) or a rich run. */
  let doel: 'f' | 'v' | 'r' | null = null;
  let inRun = false;
  let inFonetisch = 0;
  /** A sheet that ends before </worksheet> is cut off: its missing rows must not pass unnoticed. */
  let heel = false;
  try {
    for await (const reeks of gebeurtenissen(bytes, deel)) {
      const klaar: StroomRij[] = [];
      for (const g of reeks) {
        if (g.eventType === 'text') {
          if (!cel || !doel) continue;
          if (doel === 'f') cel.formule = (cel.formule ?? '') + g.value;
          else if (doel === 'v') cel.waarde = (cel.waarde ?? '') + g.value;
          else if (cel.runs) cel.runs[cel.runs.length - 1] += g.value;
          continue;
        }
        const { name, attributes } = g.value;
        if (g.eventType === 'opentag') {
          switch (name) {
            case 'row':
              vorigeRij = attributes.r ? parseInt(attributes.r, 10) : vorigeRij + 1;
              vorigeKolom = 0;
              rij = { nummer: vorigeRij, cellen: [] };
              break;
            case 'c':
              if (!rij) break;
              vorigeKolom = kolomNummer(attributes.r, vorigeKolom);
              cel = {
                kolom: vorigeKolom,
                stijl: parseInt(attributes.s, 10),
                t: attributes.t,
                formule: undefined,
                gedeeldeFormule: false,
                waarde: undefined,
                runs: undefined,
              };
              break;
            case 'f':
              if (!cel) break;
              doel = 'f';
              if (attributes.t === 'shared') cel.gedeeldeFormule = true;
              break;
            case 'v':
              if (cel) doel = 'v';
              break;
            case 'rPh':
              inFonetisch++;
              break;
            case 'r':
              if (cel && !inFonetisch) {
                inRun = true;
                (cel.runs ??= []).push('');
              }
              break;
            case 't':
              if (cel && !inFonetisch) doel = inRun ? 'r' : 'v';
              break;
            default:
              break;
          }
        } else {
          switch (name) {
            case 'row':
              if (rij) klaar.push(rij);
              rij = null;
              break;
            case 'c':
              if (rij && cel) rij.cellen[cel.kolom] = celWaardeVan(cel, ctx);
              cel = null;
              doel = null;
              break;
            case 'f':
            case 'v':
            case 't':
              doel = null;
              break;
            case 'r':
              inRun = false;
              break;
            case 'rPh':
              inFonetisch--;
              break;
            case 'worksheet':
              heel = true;
              break;
            default:
              break;
          }
        }
      }
      for (const r of klaar) yield r;
    }
    if (!heel) throw new ImportFout(ONLEESBAAR);
  } catch (e) {
    if (e instanceof ImportFout) throw e;
    throw new ImportFout(ONLEESBAAR);
  }
}
