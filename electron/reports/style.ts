// Shared workbook conventions for every Excel report: Dutch euro format, header style, frozen
// header rows, autofilter, fitting column widths, landscape A4 print setup with header and
// footer, totals as live formulas with stored results, and user text that never becomes a
// formula. Every report is written with exceljs' streaming writer, so memory stays flat for
// the large ones; a sheet is laid out in memory first (widths must be known before the first
// row is written) except `streamTabel`, which writes row by row.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Inkortingen, plaatsTekst } from './tekstcel';
import type { IngekorteCellen } from '../api/typen/rapportages';
import { heleEurosKloppen, saldoInCenten } from '../domain/geld';

/**
 * Whole euros in Dutch notation whatever the reader's settings: `[$-413]` (LCID 0x0413, nl-NL)
 * binds the format to the Dutch locale, so LibreOffice in an English locale still shows
 * `€ 1.118.000` (a currency tag `[$€-413]` alone binds only the symbol there). Negatives read
 * `-€ 457.334`, as formatEuro writes them (domain/geld.ts). Red is kept for a shortfall.
 */
export const EURO_FORMAAT = '[$-413]"€" #,##0;[$-413]-"€" #,##0';
export const EURO_CENTEN_FORMAAT = '[$-413]"€" #,##0.00;[$-413]-"€" #,##0.00';
/** A saldo where negative is a shortfall (tekort): only that is red. */
export const SALDO_FORMAAT = '[$-413]"€" #,##0;[Red][$-413]-"€" #,##0';
/** A saldo in cents: where whole euros would not add up, or a few cents short would print as "-€ 0". */
export const SALDO_CENTEN_FORMAAT = '[$-413]"€" #,##0.00;[Red][$-413]-"€" #,##0.00';
export const UREN_FORMAAT = '#,##0.0#';
export const GETAL_FORMAAT = '#,##0';
export const PROCENT_FORMAAT = '0.0%';
export const DATUM_FORMAAT = 'dd-mm-yyyy';

export type Soort = 'tekst' | 'euro' | 'euroCenten' | 'saldo' | 'saldoCenten' | 'uren' | 'getal' | 'procent' | 'datum';

const FORMAAT: Record<Soort, string | undefined> = {
  tekst: undefined,
  euro: EURO_FORMAAT,
  euroCenten: EURO_CENTEN_FORMAAT,
  saldo: SALDO_FORMAAT,
  saldoCenten: SALDO_CENTEN_FORMAAT,
  uren: UREN_FORMAAT,
  getal: GETAL_FORMAAT,
  procent: PROCENT_FORMAAT,
  datum: DATUM_FORMAAT,
};

export interface Formule {
  formula: string;
  /** Stored so a viewer that does not recalculate (previews, mail apps) still shows the figure. */
  result: number | string;
}

export type CelWaarde = string | number | Date | Formule | null | undefined;

export interface Kolom {
  kop: string;
  soort?: Soort;
  /** Long texts wrap at this width instead of stretching the column. */
  maxBreedte?: number;
}

/** Cents to the euro number a cell holds. */
export function euro(cents: number): number {
  return cents / 100;
}

/**
 * User text for a cell: always a plain string, never a formula object, number or date. exceljs
 * writes strings as string cells (shared strings here), so `=1+1` stays the text `=1+1`; we
 * also drop a leading tab or carriage return, which some tools treat as a formula prefix.
 */
export function veiligeTekst(waarde: unknown): string | null {
  if (waarde === null || waarde === undefined) return null;
  const tekst = String(waarde);
  // Checked by hand first: this runs for every text cell of a report.
  const eerste = tekst.charCodeAt(0);
  return eerste === 9 || eerste === 13 ? tekst.replace(/^[\t\r]+/, '') : tekst;
}

/** For CSV: a text starting with = + - @ (or tab/CR) gets a leading apostrophe, so no spreadsheet computes it. */
export function veiligeCsvTekst(waarde: unknown): string {
  if (waarde === null || waarde === undefined) return '';
  const tekst = String(waarde);
  return /^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst;
}

/** A1 column letter(s) of a 1-based column number. */
export function kolomLetter(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `Schoolinzet - Financiele paragraaf 2018 - 2026-11-22.xlsx` (no accents or slashes: safe on every disk). */
export function bestandsnaam(rapport: string, periode: string | null, gemaakt: Date): string {
  const schoon = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\\/:*?"<>|]/g, '-');
  const datum = isoDatum(gemaakt);
  return `Schoolinzet - ${schoon(rapport)}${periode ? ` ${schoon(periode)}` : ''} - ${datum}.xlsx`;
}

export function isoDatum(d: Date): string {
  const twee = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`;
}

export function nlDatum(d: Date): string {
  const twee = (n: number) => String(n).padStart(2, '0');
  return `${twee(d.getDate())}-${twee(d.getMonth() + 1)}-${d.getFullYear()}`;
}

/** ISO `yyyy-mm-dd` as a date cell (UTC midnight, so Excel shows that very day). */
export function datumCel(iso: string | null | undefined): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

// ---- styles ------------------------------------------------------------------------------

const DONKER = 'FF1F4E79';
const LICHT = 'FFDDEBF7';
const RAND = 'FF8EA9C1';

const KOP_STIJL: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' }, name: 'Calibri', size: 11 },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: DONKER } },
  alignment: { vertical: 'middle', wrapText: true },
  border: { bottom: { style: 'thin', color: { argb: RAND } } },
};
const TOTAAL_STIJL: Partial<ExcelJS.Style> = {
  font: { bold: true, name: 'Calibri', size: 11 },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: LICHT } },
  border: { top: { style: 'thin', color: { argb: DONKER } }, bottom: { style: 'double', color: { argb: DONKER } } },
};
const TITEL_STIJL: Partial<ExcelJS.Style> = { font: { bold: true, size: 14, name: 'Calibri', color: { argb: DONKER } } };
const ONDERTITEL_STIJL: Partial<ExcelJS.Style> = { font: { italic: true, size: 10, name: 'Calibri', color: { argb: 'FF595959' } } };
const LABEL_STIJL: Partial<ExcelJS.Style> = { font: { bold: true, name: 'Calibri', size: 11 } };
const SECTIE_STIJL: Partial<ExcelJS.Style> = { font: { bold: true, size: 12, name: 'Calibri', color: { argb: DONKER } } };

type RijSoort = 'titel' | 'ondertitel' | 'sectie' | 'kop' | 'data' | 'totaal' | 'label' | 'leeg';

interface BufferRij {
  soort: RijSoort;
  waarden: CelWaarde[];
  formaten: (Soort | undefined)[];
  /** Wrap long text in these columns (0-based); in a header row: align these right. */
  wrap?: boolean[];
}

export interface RapportMeta {
  /** `Financiële paragraaf collegevoorstel`. */
  rapport: string;
  /** `begrotingsjaar 2018` or `schooljaar 2017-2018`; null for the full export. */
  periode: string | null;
  gemeente: string;
  gemaakt: Date;
  /** Who reads it: `het college en de gemeenteraad`. */
  publiek: string;
  /** The file holds the demo (Voorbeeld Zwolle): the first sheet says these are no real figures. */
  voorbeeld: boolean;
  /** What the report is, in a few sentences. */
  omschrijving: string[];
  /** Extra lines on the first sheet (label, text). */
  extra?: [string, string][];
  /** Rule 13: what makes a figure in this report look different from what it is (a € 0 rate, an incomplete year). */
  waarschuwingen?: string[];
}

export interface TabelResultaat {
  /** 1-based row numbers on the sheet. */
  kopRij: number;
  eersteRij: number;
  laatsteRij: number;
  totaalRij: number | null;
}

export interface TabelOpties {
  kolommen: Kolom[];
  rijen: CelWaarde[][];
  /**
   * Columns (0-based) that get a SUBTOTAL(109, …) total; values are the app's totals, stored as
   * the cached result. SUBTOTAL ignores rows hidden by the autofilter, and other subtotals.
   */
  totaal?: { label: string; kolommen: Record<number, number> };
  /** The first table of a sheet gets the frozen header and the autofilter. */
  filter?: boolean;
  /** Without rows, this sentence ("Er zijn geen …") instead of an empty table with a total of € 0. */
  leeg?: string;
  /**
   * Columns (0-based) whose figures are parts of another column in the same row (gemeente, onderwijs
   * and overig of a total). When the shown whole euros of the parts miss the shown total in any row
   * (JGW 2017: € 213.334 + € 106.667 against € 320.000), the total and its parts show cents.
   */
  delen?: { totaal: number; delen: number[] }[];
}

/**
 * Whether a reader who adds a column's printed whole euros gets its printed total, with no "-€ 0"
 * (domain/geld.ts heleEurosKloppen). When not (457.334 + 660.667 against 1.118.000), the column
 * shows cents, so the printed figures add up.
 */
function teltOpInEuros(rijen: CelWaarde[][], kolom: number, totaal: number): boolean {
  const centen = (euro: number) => Math.round(euro * 100);
  const delen = rijen.map((r) => {
    const w = r[kolom];
    return centen(typeof w === 'number' ? w : w && typeof w === 'object' && !(w instanceof Date) && typeof w.result === 'number' ? w.result : 0);
  });
  return heleEurosKloppen(delen, centen(totaal));
}

/** Whether in every row (and the total row) the shown whole euros of the parts give the shown total. */
function rijenTellenOp(rijen: CelWaarde[][], groep: { totaal: number; delen: number[] }, totalen?: Record<number, number>): boolean {
  const centen = (w: CelWaarde) =>
    Math.round((typeof w === 'number' ? w : w && typeof w === 'object' && !(w instanceof Date) && typeof w.result === 'number' ? w.result : 0) * 100);
  const telt = (r: CelWaarde[]) =>
    heleEurosKloppen(
      groep.delen.map((i) => centen(r[i])),
      centen(r[groep.totaal]),
    );
  if (!rijen.every(telt)) return false;
  if (!totalen || !(groep.totaal in totalen)) return true;
  const t: CelWaarde[] = [];
  for (const [i, v] of Object.entries(totalen)) t[Number(i)] = v;
  return telt(t);
}

/**
 * The soorten of a saldo line `a − b = saldo` (cents): whole euros where the shown euros of a and b
 * give the shown saldo, otherwise cents for all three, so the printed figures add up and a saldo a
 * few cents below zero reads "-€ 0,25", never "-€ 0". `deel` is for a and b, `saldo` for the result.
 */
export function saldoSoorten(aCents: number, bCents: number): { deel: 'euro' | 'euroCenten'; saldo: 'saldo' | 'saldoCenten' } {
  return saldoInCenten(aCents, bCents) ? { deel: 'euroCenten', saldo: 'saldoCenten' } : { deel: 'euro', saldo: 'saldo' };
}

/** One sheet, laid out in memory, written on `klaar()`. */
export class Blad {
  private rijen: BufferRij[] = [];
  private bevriesTot = 0;
  private filterBereik: string | null = null;
  private breedteKolommen = 0;
  private vasteBreedtes: (number | undefined)[] = [];
  private kopRijen: number[] = [];

  /** The worksheet is made in `klaar()`: the streaming writer needs the frozen view up front. */
  constructor(
    private readonly maak: (views: Partial<ExcelJS.WorksheetView>[], kopRij: number | undefined, breedtes: number[]) => ExcelJS.Worksheet,
    readonly naam: string,
    private readonly inkortingen: Inkortingen,
  ) {}

  /** Next row number (1-based). */
  get volgendeRij(): number {
    return this.rijen.length + 1;
  }

  titel(tekst: string, ondertitel?: string): this {
    this.rijen.push({ soort: 'titel', waarden: [tekst], formaten: [] });
    if (ondertitel) this.rijen.push({ soort: 'ondertitel', waarden: [ondertitel], formaten: [] });
    this.leeg();
    return this;
  }

  sectie(tekst: string): this {
    this.rijen.push({ soort: 'sectie', waarden: [tekst], formaten: [] });
    return this;
  }

  tekst(tekst: string): this {
    this.rijen.push({ soort: 'ondertitel', waarden: [tekst], formaten: [] });
    return this;
  }

  /** Fix a column's width; label rows wrap their text in it. */
  kolomBreedte(index: number, breedte: number): this {
    this.vasteBreedtes[index] = breedte;
    return this;
  }

  leeg(): this {
    this.rijen.push({ soort: 'leeg', waarden: [], formaten: [] });
    return this;
  }

  /** A label and values in the next columns, e.g. "Saldo" with a formula. */
  regel(waarden: CelWaarde[], formaten: (Soort | undefined)[] = [], vet = false): number {
    this.rijen.push({ soort: vet ? 'totaal' : 'label', waarden, formaten });
    return this.rijen.length;
  }

  tabel(opties: TabelOpties): TabelResultaat {
    const { kolommen, rijen, totaal } = opties;
    const inCenten = new Set<number>();
    if (totaal) for (const [i, t] of Object.entries(totaal.kolommen)) if (!teltOpInEuros(rijen, Number(i), t)) inCenten.add(Number(i));
    for (const groep of opties.delen ?? []) if (!rijenTellenOp(rijen, groep, totaal?.kolommen)) [groep.totaal, ...groep.delen].forEach((i) => inCenten.add(i));
    const kolommenOpPapier = kolommen.map((k, i) => (k.soort === 'euro' && inCenten.has(i) ? { ...k, soort: 'euroCenten' as const } : k));
    if (rijen.length === 0 && opties.leeg) {
      this.rijen.push({ soort: 'ondertitel', waarden: [opties.leeg], formaten: [] });
      const rij = this.rijen.length;
      return { kopRij: rij, eersteRij: rij + 1, laatsteRij: rij, totaalRij: null };
    }
    const formaten = kolommenOpPapier.map((k) => k.soort ?? 'tekst');
    const wrap = kolommen.map((k) => k.maxBreedte !== undefined);
    this.breedteKolommen = Math.max(this.breedteKolommen, kolommen.length);
    kolommen.forEach((k, i) => {
      if (k.maxBreedte !== undefined) this.vasteBreedtes[i] = Math.min(this.vasteBreedtes[i] ?? Infinity, k.maxBreedte);
    });
    // A figure's header sits right, above its figures, so neighbouring headers do not read as one.
    const rechts = kolommenOpPapier.map((k) => k.soort !== undefined && k.soort !== 'tekst' && k.soort !== 'datum');
    this.rijen.push({ soort: 'kop', waarden: kolommen.map((k) => k.kop), formaten: [], wrap: rechts });
    const kopRij = this.rijen.length;
    this.kopRijen.push(kopRij);
    for (const r of rijen) this.rijen.push({ soort: 'data', waarden: r, formaten, wrap });
    const eersteRij = kopRij + 1;
    const laatsteRij = kopRij + rijen.length;
    if (opties.filter) {
      this.bevriesTot = kopRij;
      this.filterBereik = `A${kopRij}:${kolomLetter(kolommen.length)}${Math.max(laatsteRij, kopRij)}`;
    }
    let totaalRij: number | null = null;
    if (totaal) {
      const waarden: CelWaarde[] = kolommen.map(() => null);
      waarden[0] = totaal.label;
      for (const [i, resultaat] of Object.entries(totaal.kolommen)) {
        const kol = kolomLetter(Number(i) + 1);
        waarden[Number(i)] =
          rijen.length === 0 ? { formula: '0', result: 0 } : { formula: `SUBTOTAL(109,${kol}${eersteRij}:${kol}${laatsteRij})`, result: resultaat };
      }
      this.rijen.push({ soort: 'totaal', waarden, formaten });
      totaalRij = this.rijen.length;
    }
    return { kopRij, eersteRij, laatsteRij, totaalRij };
  }

  /** Writes the sheet: widths, frozen header, autofilter, then every row. */
  klaar(): void {
    const views: Partial<ExcelJS.WorksheetView>[] =
      this.bevriesTot > 0
        ? [{ state: 'frozen', xSplit: 0, ySplit: this.bevriesTot, topLeftCell: `A${this.bevriesTot + 1}`, activeCell: `A${this.bevriesTot + 1}` }]
        : [];
    const breedtes = berekenBreedtes(this.rijen, this.vasteBreedtes);
    // The filtered table's header repeats on every page; a sheet of one table repeats its header.
    // Several small tables without a filter share no header worth repeating.
    const kopRij = this.bevriesTot > 0 ? this.bevriesTot : this.kopRijen.length === 1 ? this.kopRijen[0] : undefined;
    const ws = this.maak(views, kopRij, breedtes);
    ws.columns = breedtes.map((width) => ({ width }));
    if (this.filterBereik) ws.autoFilter = this.filterBereik;
    for (const r of this.rijen) schrijfRij(ws, r, this.vasteBreedtes, breedtes, this.inkortingen);
    ws.commit();
  }
}

function schrijfRij(ws: ExcelJS.Worksheet, r: BufferRij, vast: (number | undefined)[], breedtes: number[], inkortingen: Inkortingen): void {
  const row = ws.addRow(r.waarden.map((w) => (w === undefined ? null : w)));
  const basis =
    r.soort === 'kop'
      ? Basis.kop
      : r.soort === 'totaal'
        ? Basis.totaal
        : r.soort === 'titel'
          ? Basis.titel
          : r.soort === 'ondertitel'
            ? Basis.ondertitel
            : r.soort === 'sectie'
              ? Basis.sectie
              : Basis.geen;
  let regels = 1;
  const aantal = r.soort === 'kop' || r.soort === 'totaal' ? Math.max(r.waarden.length, r.formaten.length) : r.waarden.length;
  for (let i = 0; i < aantal; i++) {
    let uitlijning: Uitlijning = Uitlijning.geen;
    if (r.soort === 'kop') {
      regels = Math.max(regels, aantalRegels(r.waarden[i], breedtes[i] ?? 10));
      if (r.wrap?.[i]) uitlijning = Uitlijning.kopRechts;
      // A text header right of a figure header gets the same air as its texts below.
      else if (i > 0 && r.wrap?.[i - 1]) uitlijning = Uitlijning.kopLinks;
    } else if (r.wrap?.[i] || (r.soort === 'label' && vast[i] !== undefined)) {
      uitlijning = Uitlijning.omloop;
      regels = Math.max(regels, aantalRegels(r.waarden[i], breedtes[i] ?? 10));
    }
    // Text right after a right-aligned amount needs some air.
    else if (r.soort === 'data' && i > 0 && (r.formaten[i] ?? 'tekst') === 'tekst') uitlijning = Uitlijning.links;
    else if (r.soort === 'data' || r.soort === 'label') uitlijning = Uitlijning.boven;
    const b = r.soort === 'label' && i === 0 ? Basis.label : basis;
    if (b === Basis.geen && uitlijning === Uitlijning.geen && !r.formaten[i]) continue;
    row.getCell(i + 1).style = gedeeldeStijl(b, r.formaten[i], uitlijning, r.waarden[i] instanceof Date);
  }
  inkortingen.beveilig(row);
  // Spreadsheet programs do not grow a row for wrapped text on their own when opening a file.
  if (r.soort === 'kop') row.height = Math.max(2, regels) * 15;
  else if (regels > 1) row.height = regels * 14.5;
  row.commit();
}

const Basis = { geen: 0, kop: 1, totaal: 2, titel: 3, ondertitel: 4, sectie: 5, label: 6 } as const;
type Basis = (typeof Basis)[keyof typeof Basis];
const Uitlijning = { geen: 0, omloop: 1, links: 2, boven: 3, kopRechts: 4, kopLinks: 5 } as const;
type Uitlijning = (typeof Uitlijning)[keyof typeof Uitlijning];
const BASIS_STIJL: (Partial<ExcelJS.Style> | undefined)[] = [undefined, KOP_STIJL, TOTAAL_STIJL, TITEL_STIJL, ONDERTITEL_STIJL, SECTIE_STIJL, LABEL_STIJL];
const UITLIJNING: (Partial<ExcelJS.Alignment> | undefined)[] = [
  undefined,
  { wrapText: true, vertical: 'top' },
  { vertical: 'top', horizontal: 'left', indent: 1 },
  { vertical: 'top' },
  { vertical: 'middle', horizontal: 'right', wrapText: true },
  { vertical: 'middle', horizontal: 'left', indent: 1, wrapText: true },
];
const SOORT_NUMMER: Record<Soort, number> = { tekst: 1, euro: 2, euroCenten: 3, uren: 4, getal: 5, procent: 6, datum: 7, saldo: 8, saldoCenten: 9 };
const gedeeldeStijlen = new Map<number, Partial<ExcelJS.Style>>();

/**
 * One style object per combination, shared by every cell that has it: exceljs recognises a
 * style object it has seen before by reference (a WeakMap), where a copy per cell costs a full
 * lookup of font, fill, border and format each time. The objects are frozen: a cell never
 * changes its own style after this. A date cell without a format gets its own object, because
 * exceljs gives a style without numFmt a date format only the first time it sees it on a date.
 */
function gedeeldeStijl(basis: Basis, soort: Soort | undefined, uitlijning: Uitlijning, datum: boolean): Partial<ExcelJS.Style> {
  const formaat = soort ? FORMAAT[soort] : undefined;
  const sleutel = ((basis * 16 + (soort ? SOORT_NUMMER[soort] : 0)) * 8 + uitlijning) * 2 + (datum && !formaat ? 1 : 0);
  let stijl = gedeeldeStijlen.get(sleutel);
  if (!stijl) {
    const s: Partial<ExcelJS.Style> = { ...BASIS_STIJL[basis] };
    if (formaat) s.numFmt = formaat;
    const a = UITLIJNING[uitlijning];
    if (a) s.alignment = a;
    stijl = Object.freeze(s);
    gedeeldeStijlen.set(sleutel, stijl);
  }
  return stijl;
}

/**
 * Lines a wrapped text needs in a column of `breedte` characters: words are laid out the way a
 * spreadsheet wraps them. Column width counts the digit 0; average Calibri text is a little
 * narrower, so a line holds slightly more characters than the width (kept on the safe side).
 */
function aantalRegels(w: CelWaarde, breedte: number): number {
  if (typeof w !== 'string' || w === '') return 1;
  const perRegel = Math.max(1, Math.floor(breedte * 1.1) - 2);
  // Most cells (a name, a wijk) fit on one line: no need to lay out their words.
  if (w.length <= perRegel && w.indexOf('\n') < 0) return 1;
  let regels = 0;
  for (const alinea of w.split('\n')) {
    let regel = 0;
    regels++;
    for (const woord of alinea.split(/\s+/).filter(Boolean)) {
      if (regel > 0 && regel + 1 + woord.length > perRegel) {
        regels++;
        regel = 0;
      }
      regel += (regel > 0 ? 1 : 0) + woord.length;
      // A word longer than the line breaks over several lines.
      while (regel > perRegel) {
        regels++;
        regel -= perRegel;
      }
    }
  }
  return Math.max(1, regels);
}

// ---- printing -----------------------------------------------------------------------------

/** Column width units across an A4 landscape page within the margins (a column is 7w + 5 pixels at 96 dpi: 1026 px). */
const A4_BREEDTE = 146;
/** The smallest print scale: 11 pt type × 73 % is 8 pt, the least a reader on paper should get. */
export const MINIMALE_SCHAAL = 73;

export interface Afdruk {
  /** Report title in the page header. */
  titel: string;
  gemeente: string;
  gemaakt: Date;
  /** The header row of the sheet's table (1-based): it repeats at the top of every printed page. */
  kopRij?: number;
  /** Column widths: a sheet wider than fits at the minimum scale prints at that scale over more pages. */
  breedtes?: readonly number[];
}

/**
 * Print setup of every sheet of every report and template: A4 landscape, the table's header row
 * on every page, fitted to the page width unless that would shrink the type below 8 pt; then
 * the sheet prints at 73 % with its columns split over pages and the first column repeated.
 */
export function afdrukInstelling(a: Afdruk): Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'headerFooter'> {
  const breedte = (a.breedtes ?? []).reduce((s, b) => s + b + 0.7, 0);
  const past = breedte <= (A4_BREEDTE * 100) / MINIMALE_SCHAAL;
  const titel = kopVoetTekst(`Schoolinzet – ${a.titel}`);
  return {
    pageSetup: {
      // 9 = A4 (the OOXML paper code).
      paperSize: 9,
      orientation: 'landscape',
      ...(past ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: MINIMALE_SCHAAL, printTitlesColumn: 'A:A' }),
      ...(a.kopRij ? { printTitlesRow: `${a.kopRij}:${a.kopRij}` } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&"-,Bold"${titel}&R${kopVoetTekst(a.gemeente ? `Gemeente ${a.gemeente}` : '')}`,
      oddFooter: `&L${kopVoetTekst(`Gemaakt op ${nlDatum(a.gemaakt)}`)}&C${kopVoetTekst('Pagina')} &P van &N&R&A`,
    } as ExcelJS.HeaderFooter,
  } as Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'headerFooter'>;
}

/** Width per column from what it shows (header, texts, formatted figures), within bounds. */
function berekenBreedtes(rijen: BufferRij[], vast: (number | undefined)[]): number[] {
  const breedtes: number[] = [];
  for (const r of rijen) {
    if (r.soort === 'titel' || r.soort === 'ondertitel' || r.soort === 'sectie' || r.soort === 'leeg') continue;
    r.waarden.forEach((w, i) => {
      // Headers wrap (their row grows), so only their longest word must fit; bold needs a bit more,
      // and a right-aligned figure header two more, so it does not run into the header beside it.
      const lengte =
        r.soort === 'kop'
          ? Math.max(
              ...String(w ?? '')
                .split(/\s+/)
                .map((d) => d.length),
            ) + (r.wrap?.[i] ? 3 : 1)
          : tekstLengte(w, r.formaten[i]);
      breedtes[i] = Math.max(breedtes[i] ?? 8, lengte + 2);
    });
  }
  return breedtes.map((b, i) => (vast[i] !== undefined ? Math.min(b, vast[i]!) : Math.min(b, 60)));
}

function tekstLengte(w: CelWaarde, soort: Soort | undefined): number {
  if (w === null || w === undefined) return 0;
  if (w instanceof Date) return 10;
  const waarde = typeof w === 'object' ? w.result : w;
  if (typeof waarde === 'number') {
    // The length of the Dutch notation, counted instead of formatted (toLocaleString per cell
    // took most of the time of a large report).
    if (soort === 'euro' || soort === 'euroCenten' || soort === 'saldo' || soort === 'saldoCenten')
      return gehelenLengte(Math.round(Math.abs(waarde))) + (soort === 'euroCenten' || soort === 'saldoCenten' ? 6 : 3);
    if (soort === 'procent') return 7;
    return getalLengte(waarde) + 1;
  }
  if (waarde.indexOf('\n') < 0) return waarde.length;
  return Math.max(...waarde.split('\n').map((s) => s.length));
}

/** Characters of a whole number ≥ 0 with thousands separators (1.234.567). */
function gehelenLengte(n: number): number {
  const cijfers = n < 10 ? 1 : Math.floor(Math.log10(n)) + 1;
  return cijfers + Math.floor((cijfers - 1) / 3);
}

/** Characters of a number in Dutch notation with at most two decimals (-1.234,5). */
function getalLengte(x: number): number {
  const honderdsten = Math.round(Math.abs(x) * 100);
  const rest = honderdsten % 100;
  return (x < 0 && honderdsten > 0 ? 1 : 0) + gehelenLengte(Math.floor(honderdsten / 100)) + (rest === 0 ? 0 : rest % 10 === 0 ? 2 : 3);
}

// ---- the workbook ------------------------------------------------------------------------

/** Header/footer text is a format language of its own: a literal & must be doubled. */
function kopVoetTekst(t: string): string {
  return t.replace(/&/g, '&&');
}

/** What every report's writer returns besides its own figures: the cells it had to cut. */
export interface RapportUitkomst {
  /** null when no cell was longer than Excel keeps. */
  ingekort: IngekorteCellen | null;
}

export class Rapport {
  readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  /** Every row of every sheet passes here (Blad does it; a caller of `werkblad` calls `beveilig`). */
  private readonly inkortingen = new Inkortingen();

  private constructor(
    readonly pad: string,
    readonly meta: RapportMeta,
  ) {
    // The folder must exist: a typo in a path is no reason to make folders (and the streaming
    // writer would report a missing one only later, outside any try). ENOENT/ENOTDIR become the
    // Dutch message of schrijfAtomisch.
    if (!fs.statSync(path.dirname(pad)).isDirectory()) throw Object.assign(new Error(`${path.dirname(pad)} is geen map`), { code: 'ENOTDIR' });
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useStyles: true, useSharedStrings: true });
    this.wb.creator = 'Schoolinzet';
    this.wb.created = meta.gemaakt;
    this.wb.title = `${meta.rapport}${meta.periode ? ` ${meta.periode}` : ''}`;
  }

  /** Starts a report at `pad`; its first sheet, "Over dit rapport", is written by `sluit()`. */
  static start(pad: string, meta: RapportMeta): Rapport {
    return new Rapport(pad, meta);
  }

  /** A new sheet with the shared print setup; call `klaar()` on it before the next one. */
  blad(naam: string): Blad {
    return new Blad((views, kopRij, breedtes) => this.werkblad(naam, views, breedtes, kopRij), naam, this.inkortingen);
  }

  /** For a caller of `werkblad`: formula-like text stays text, over-long text is cut and counted. */
  beveilig(rij: ExcelJS.Row): void {
    this.inkortingen.beveilig(rij);
  }

  /**
   * A new worksheet with the print setup, for a caller that streams rows itself: pass the column
   * widths it will set. The header row that repeats on every page is the frozen one, unless given.
   */
  werkblad(naam: string, views: Partial<ExcelJS.WorksheetView>[] = [], breedtes: readonly number[] = [], kopRij?: number): ExcelJS.Worksheet {
    const meta = this.meta;
    const bevroren = views[0]?.state === 'frozen' ? views[0].ySplit : undefined;
    return this.wb.addWorksheet(bladNaam(naam), {
      ...afdrukInstelling({
        titel: `${meta.rapport}${meta.periode ? ` ${meta.periode}` : ''}`,
        gemeente: meta.gemeente,
        gemaakt: meta.gemaakt,
        kopRij: kopRij ?? (bevroren || undefined),
        breedtes,
      }),
      properties: { tabColor: { argb: DONKER } },
      views,
    } as Partial<ExcelJS.AddWorksheetOptions>);
  }

  private overDitRapport(ingekort: IngekorteCellen | null): void {
    const m = this.meta;
    const blad = this.blad('Over dit rapport');
    blad.titel(`${m.rapport}${m.periode ? ` ${m.periode}` : ''}`, 'Gemaakt met Schoolinzet');
    if (m.voorbeeld) {
      blad.sectie('Voorbeeldgegevens');
      blad.regel([null, 'Dit rapport is gemaakt uit de voorbeeldgegevens van Schoolinzet (Voorbeeld Zwolle), niet uit het register van een gemeente.']);
      blad.leeg();
    }
    const regels: [string, string][] = [
      ['Rapport', m.rapport],
      ['Voor', m.publiek],
      ['Gemeente', m.gemeente || '(niet ingesteld in Instellingen)'],
      ['Periode', m.periode ?? 'alle jaren'],
      ['Gemaakt op', `${nlDatum(m.gemaakt)} om ${String(m.gemaakt.getHours()).padStart(2, '0')}:${String(m.gemaakt.getMinutes()).padStart(2, '0')}`],
      ...(m.voorbeeld ? [['Gegevens', 'Voorbeeldgegevens'] as [string, string]] : []),
      ...(m.extra ?? []),
    ];
    for (const [label, tekst] of regels) blad.regel([label, veiligeTekst(tekst)]);
    if (m.waarschuwingen && m.waarschuwingen.length > 0) {
      blad.leeg();
      blad.sectie('Let op');
      for (const t of m.waarschuwingen) blad.regel([null, veiligeTekst(t)]);
    }
    if (ingekort) {
      blad.leeg();
      blad.sectie('Ingekorte cellen');
      blad.regel([null, ingekort.melding]);
      for (const p of ingekort.plaatsen) blad.regel([null, veiligeTekst(plaatsTekst(p))]);
      if (ingekort.aantal > ingekort.plaatsen.length)
        blad.regel([null, `En nog ${(ingekort.aantal - ingekort.plaatsen.length).toLocaleString('nl-NL')} ingekorte cellen.`]);
    }
    blad.leeg();
    blad.sectie('Wat staat erin');
    blad.kolomBreedte(1, 100);
    for (const t of m.omschrijving) blad.regel([null, t]);
    blad.klaar();
  }

  /**
   * Writes "Over dit rapport" last, when every other sheet is written and it is known which cells
   * were cut, and moves it to the front: the streaming writer cannot hold a sheet open while the
   * others stream (it would buffer them all), but the order of the sheets is only the workbook's
   * list. Returns the cut cells (null when none), for the export's result.
   */
  async sluit(): Promise<IngekorteCellen | null> {
    const ingekort = this.inkortingen.uitkomst();
    this.overDitRapport(ingekort);
    // exceljs's list of sheets: index = id, slot 0 empty. The ids (file names) stay; the order moves.
    const lijst = (this.wb as unknown as { _worksheets: unknown[] })._worksheets;
    lijst.splice(1, 0, lijst.pop());
    await this.wb.commit();
    return ingekort;
  }
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] :, unique (caller's job). */
export function bladNaam(naam: string): string {
  const schoon = naam
    .replace(/[\\/?*[\]:]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (schoon || 'Blad').slice(0, 31);
}

/** Unique sheet names for a list (e.g. one per aanbieder). */
export function uniekeBladNamen(namen: string[], gereserveerd: string[] = []): string[] {
  const gebruikt = new Set(gereserveerd.map((n) => n.toLowerCase()));
  return namen.map((n) => {
    let kandidaat = bladNaam(n);
    for (let i = 2; gebruikt.has(kandidaat.toLowerCase()); i++) {
      const achter = ` (${i})`;
      kandidaat = bladNaam(n).slice(0, 31 - achter.length) + achter;
    }
    gebruikt.add(kandidaat.toLowerCase());
    return kandidaat;
  });
}
