// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the renderer's type program reaches this file without the .d.ts; an import cannot bring a global augmentation
/// <reference path="./exceljs-intern.d.ts" />
// Formula injection, as the README promises: a text cell that starts with = + - @ (or tab / CR)
// is written with Excel's quotePrefix (the ' in front), so Excel keeps it text also when someone
// edits the cell (F2 + Enter), not only when the file is opened. exceljs 4.4 does not know
// quotePrefix: below, its style writer learns this one attribute (a style with `quotePrefix: true`
// gets quotePrefix="1" on its <xf>). The tests read it back from xl/styles.xml.
import type ExcelJS from 'exceljs';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import StyleXform from 'exceljs/lib/xlsx/xform/style/style-xform.js';
import { EXCEL_CEL_MAX } from '../domain/grenzen';
import type { IngekorteCel, IngekorteCellen } from '../api/typen/rapportages';

/** Text that a spreadsheet would take as (the start of) a formula. */
export function lijktFormule(waarde: unknown): boolean {
  if (typeof waarde !== 'string' || waarde.length === 0) return false;
  const c = waarde.charCodeAt(0);
  return c === 61 /* = */ || c === 43 /* + */ || c === 45 /* - */ || c === 64 /* @ */ || c === 9 || c === 13;
}

type Stijl = Partial<ExcelJS.Style> & { quotePrefix?: boolean };
const TEKST: Stijl = Object.freeze({ numFmt: '@', quotePrefix: true });
const varianten = new WeakMap<object, Stijl>();

/** The same style with quotePrefix; one shared object per base style (exceljs caches styles by object). */
function metQuotePrefix(stijl: Stijl | undefined): Stijl {
  if (!stijl || Object.keys(stijl).length === 0) return TEKST;
  let v = varianten.get(stijl);
  if (!v) {
    v = Object.freeze({ ...stijl, numFmt: stijl.numFmt ?? '@', quotePrefix: true });
    varianten.set(stijl, v);
  }
  return v;
}

// Control characters except tab, newline and CR; U+FFFE, U+FFFF; surrogates not in a pair.
const XML_VERBODEN_BRON =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const XML_VERBODEN = new RegExp(XML_VERBODEN_BRON);
const XML_VERBODEN_ALLE = new RegExp(XML_VERBODEN_BRON, 'g');

/**
 * Text longer than Excel's cell limit (EXCEL_CEL_MAX) is cut, with a visible marker that says how
 * long it was: Excel treats a longer cell as damage and "repairs" the whole file. The text fields
 * have lower limits (grenzen.ts), so this is the last line of defence for older data.
 */
export function begrensCel(invoer: string): string {
  // Text from before the normaliser (domain/tekst.ts) may still hold characters XML forbids;
  // one of them makes the whole workbook unreadable, so it becomes U+FFFD here.
  const waarde = XML_VERBODEN.test(invoer) ? invoer.replace(XML_VERBODEN_ALLE, '\uFFFD') : invoer;
  if (waarde.length <= EXCEL_CEL_MAX) return waarde;
  const marker = `… (ingekort: ${waarde.length.toLocaleString('nl-NL')} tekens, Excel toont er hoogstens ${EXCEL_CEL_MAX.toLocaleString('nl-NL')})`;
  let kop = waarde.slice(0, EXCEL_CEL_MAX - marker.length);
  // Never end on half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(kop)) kop = kop.slice(0, -1);
  return kop + marker;
}

/**
 * Every row an export writes passes here after its styles are set: formula-like text gets
 * quotePrefix, over-long text is cut by begrensCel. Returns how many cells were cut; `ingekort`
 * hears of each cut cell (Inkortingen below: where, for the export's first sheet and its result).
 */
export function beveiligRij(rij: ExcelJS.Row, ingekort?: (cel: ExcelJS.Cell) => void): number {
  let aantal = 0;
  rij.eachCell((cel) => {
    if (typeof cel.value === 'string') {
      const schoon = begrensCel(cel.value);
      if (schoon !== cel.value) {
        const kort = cel.value.length > EXCEL_CEL_MAX;
        const stijl = cel.style;
        cel.value = schoon;
        cel.style = stijl;
        if (kort) {
          aantal++;
          ingekort?.(cel);
        }
      }
    }
    if (lijktFormule(cel.value)) cel.style = metQuotePrefix(cel.style as Stijl) as Partial<ExcelJS.Style>;
  });
  return aantal;
}

/** The first sheet and the result list at most this many places; the count is always complete. */
export const INGEKORT_PLAATSEN_MAX = 100;
/** The message names this many places; the first sheet lists them all (up to the maximum above). */
const PLAATSEN_IN_MELDING = 5;

/**
 * Where an export cut cells: every row goes through `beveilig`, and the export says on its first
 * sheet and in its result (API, CLI, the page's message) how many cells were cut and where, so a
 * reader knows the text in those cells is not whole (issue 14).
 */
export class Inkortingen {
  private aantal = 0;
  private readonly plaatsen: IngekorteCel[] = [];

  /** beveiligRij for a row of the sheet `blad` (default: the row's own sheet), counting what it cut. */
  beveilig(rij: ExcelJS.Row, blad?: string): number {
    return beveiligRij(rij, (cel) => {
      this.aantal++;
      if (this.plaatsen.length < INGEKORT_PLAATSEN_MAX) {
        this.plaatsen.push({ blad: blad ?? rij.worksheet.name, rij: rij.number, kolom: cel.address.replace(/\d+$/, '') });
      }
    });
  }

  /** null when nothing was cut. */
  uitkomst(): IngekorteCellen | null {
    if (this.aantal === 0) return null;
    return { aantal: this.aantal, plaatsen: [...this.plaatsen], melding: inkortingMelding(this.aantal, this.plaatsen) };
  }
}

export function plaatsTekst(p: IngekorteCel): string {
  return `blad ${p.blad}, rij ${p.rij}, kolom ${p.kolom}`;
}

/** "2 cellen waren langer dan Excel toont (32.767 tekens) en zijn ingekort …: blad …, rij …, kolom …; …". */
export function inkortingMelding(aantal: number, plaatsen: readonly IngekorteCel[]): string {
  const genoemd = plaatsen.slice(0, PLAATSEN_IN_MELDING).map(plaatsTekst);
  const rest = aantal - genoemd.length;
  const waar = `${genoemd.join('; ')}${rest > 0 ? `; en nog ${rest.toLocaleString('nl-NL')} ${rest === 1 ? 'cel' : 'cellen'}` : ''}`;
  const max = EXCEL_CEL_MAX.toLocaleString('nl-NL');
  return aantal === 1
    ? `1 cel was langer dan Excel toont (${max} tekens) en is ingekort, met een markering aan het eind van de cel: ${waar}.`
    : `${aantal.toLocaleString('nl-NL')} cellen waren langer dan Excel toont (${max} tekens) en zijn ingekort, met een markering aan het eind van de cel: ${waar}.`;
}

// ---- teaching exceljs the attribute ------------------------------------------------------

interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
  addAttribute(name: string, value: unknown): void;
}

const stijlProto = (StyleXform as unknown as { prototype: { render(this: unknown, xml: XmlStream, model: { quotePrefix?: boolean } | undefined): void } })
  .prototype;
const stijlenProto = (
  StylesXform as unknown as {
    prototype: { addStyleModel(this: StylesIntern, model: Stijl | undefined, celType?: number): number };
  }
).prototype;
interface StylesIntern {
  weakMap?: WeakMap<object, number>;
  _addStyle(style: Record<string, unknown>): number;
}

const gemarkeerd = Symbol.for('schoolinzet.quotePrefix');
if (!(stijlProto as Record<symbol, unknown>)[gemarkeerd]) {
  (stijlProto as Record<symbol, unknown>)[gemarkeerd] = true;
  const render = stijlProto.render;
  stijlProto.render = function (xml, model) {
    if (!model?.quotePrefix) return render.call(this, xml, model);
    // The attribute must come right after <xf …> opens, before its child nodes.
    const open = xml.openNode;
    xml.openNode = function (this: XmlStream, naam, attributen) {
      xml.openNode = open;
      open.call(this, naam, attributen);
      this.addAttribute('quotePrefix', '1');
    };
    try {
      render.call(this, xml, model);
    } finally {
      xml.openNode = open;
    }
  };
  const addStyleModel = stijlenProto.addStyleModel;
  stijlenProto.addStyleModel = function (model, celType) {
    if (!model?.quotePrefix) return addStyleModel.call(this, model, celType);
    if (this.weakMap?.has(model)) return this.weakMap.get(model)!;
    const addStyle = this._addStyle;
    this._addStyle = (style) => addStyle.call(this, { ...style, quotePrefix: true });
    try {
      return addStyleModel.call(this, model, celType);
    } finally {
      this._addStyle = addStyle;
    }
  };
}
