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
 * quotePrefix, over-long text is cut by begrensCel. Returns how many cells were cut.
 */
export function beveiligRij(rij: ExcelJS.Row): number {
  let ingekort = 0;
  rij.eachCell((cel) => {
    if (typeof cel.value === 'string') {
      const schoon = begrensCel(cel.value);
      if (schoon !== cel.value) {
        if (cel.value.length > EXCEL_CEL_MAX) ingekort++;
        const stijl = cel.style;
        cel.value = schoon;
        cel.style = stijl;
      }
    }
    if (lijktFormule(cel.value)) cel.style = metQuotePrefix(cel.style as Stijl) as Partial<ExcelJS.Style>;
  });
  return ingekort;
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
