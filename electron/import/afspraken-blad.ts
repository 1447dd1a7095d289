// Reading the afspraken sheet (an .xlsx as a user typed it in Excel or LibreOffice) into raw
// rows: the file kind is checked before unzipping, the header row is found and checked column by
// column, and every cell is taken as typed or as Excel cached it. Formulas are never evaluated: a
// formula cell counts with its cached result; one without is an error for that cell. What the rows
// mean is checked in afspraken.ts.
import ExcelJS from 'exceljs';
import { parseDatumTekst } from '../domain/validatie';
import { AFSPRAKEN_KOLOMMEN, kolomLetter, normaliseerKop } from './afspraken-kolommen';
import { ImportFout } from './fout';
import { controleerZipGrenzen } from './zip-grenzen';
import { IMPORT_BESTAND_MAX_BYTES, IMPORT_GRENS_MELDING } from '../domain/grenzen';
import type { ImportMelding } from '../api/typen/importeren';

export type Cel = string | number | boolean | Date | null | { fout: string };

export interface RuweRij {
  rij: number;
  cellen: Cel[];
  formules: boolean[];
}

export interface AfsprakenBlad {
  blad: string;
  kopRij: number;
  rijen: RuweRij[];
  waarschuwingen: ImportMelding[];
}

/** Yields to the event loop in long loops, so progress polls and other work get a turn. */
export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Which sheet is read: its columns in order, its sheet name in the template and how users call it. */
export interface BladSoort {
  /** optioneel: the column may be missing from an older sheet (its header cell empty). */
  kolommen: readonly { kop: string; optioneel?: boolean }[];
  /** The template's sheet name, looked at first. */
  blad: string;
  /** "het afsprakensjabloon": named in messages. */
  sjabloon: string;
  /** "afsprakenblad": what the user calls a filled-in sheet ("dit is geen afsprakenblad"). */
  naam: string;
}

const AFSPRAKEN_BLAD: BladSoort = { kolommen: AFSPRAKEN_KOLOMMEN, blad: 'Afspraken', sjabloon: 'het afsprakensjabloon', naam: 'afsprakenblad' };

export async function leesAfsprakenBlad(inhoud: Buffer | Uint8Array): Promise<AfsprakenBlad> {
  return leesBlad(inhoud, AFSPRAKEN_BLAD);
}

/** Any sheet of the app's templates (afspraken, monitor) by the same rules. */
export async function leesBlad(inhoud: Buffer | Uint8Array, soort: BladSoort): Promise<AfsprakenBlad> {
  const KOLOMMEN = soort.kolommen;
  const bytes = Buffer.isBuffer(inhoud) ? inhoud : Buffer.from(inhoud);
  controleerSoortBestand(bytes, soort);
  // The sizes and counts inside the zip, before exceljs unpacks all of it into memory.
  await controleerZipGrenzen(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFout('Dit bestand is geen leesbare Excel-werkmap (.xlsx): het is beschadigd of het is een zip-bestand met iets anders erin.');
  }
  if (wb.worksheets.length === 0) {
    throw new ImportFout(`Deze Excel-werkmap bevat geen werkblad met gegevens. Gebruik ${soort.sjabloon} van Schoolinzet.`);
  }
  const gevonden = zoekKopregel(wb, soort.blad);
  if (!gevonden) {
    throw new ImportFout([
      { melding: `Dit is geen ${soort.naam}: geen werkblad heeft een kopregel waarvan de eerste kolom "Schooljaar" heet.` },
      { melding: `Verwachte kolommen, in deze volgorde: ${KOLOMMEN.map((k) => k.kop).join(', ')}.` },
    ]);
  }
  const { ws, kopRij } = gevonden;
  const waarschuwingen: ImportMelding[] = [];
  controleerKoppen(ws, kopRij, waarschuwingen, soort);

  const rijen: RuweRij[] = [];
  const laatste = ws.rowCount;
  for (let r = kopRij + 1; r <= laatste; r++) {
    // findRow: a sheet whose last row is 1.048.576 must not make a million empty Row objects.
    const row = ws.findRow(r);
    if (!row?.hasValues) continue;
    const cellen: Cel[] = [];
    const formules: boolean[] = [];
    for (let c = 1; c <= KOLOMMEN.length; c++) {
      const cell = row.getCell(c);
      const { waarde, formule } = celWaarde(cell);
      cellen.push(waarde);
      formules.push(formule);
    }
    if (cellen.every(isLeeg)) continue;
    rijen.push({ rij: r, cellen, formules });
    if (r % 5000 === 0) await tick();
  }
  return { blad: ws.name, kopRij, rijen, waarschuwingen };
}

function controleerSoortBestand(bytes: Buffer, soort: BladSoort): void {
  if (bytes.length === 0) throw new ImportFout('Het bestand is leeg.');
  if (bytes.length > IMPORT_BESTAND_MAX_BYTES) throw new ImportFout(IMPORT_GRENS_MELDING.bestand('Het bestand'));
  const begint = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (begint(0x50, 0x4b, 0x03, 0x04)) return;
  if (begint(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ImportFout('Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx).');
  }
  if (begint(0x50, 0x4b)) throw new ImportFout('Dit zip-bestand is leeg of beschadigd; het is geen Excel-werkmap (.xlsx).');
  if (begint(0x25, 0x50, 0x44, 0x46)) throw new ImportFout('Dit is een PDF-bestand, geen Excel-werkmap (.xlsx).');
  const begin = bytes.subarray(0, 512).toString('latin1');
  if (/schooljaar/i.test(begin) && /[;,\t]/.test(begin)) {
    throw new ImportFout('Dit is een tekstbestand (CSV), geen Excel-werkmap. Open het in Excel en sla het op als Excel-werkmap (.xlsx).');
  }
  throw new ImportFout(`Dit is geen Excel-werkmap (.xlsx). Gebruik ${soort.sjabloon} van Schoolinzet.`);
}

function zoekKopregel(wb: ExcelJS.Workbook, blad: string): { ws: ExcelJS.Worksheet; kopRij: number } | null {
  // The template's own sheet first; else any sheet whose first rows start with "Schooljaar".
  const bladen = [...wb.worksheets].sort((a, b) => Number(b.name === blad) - Number(a.name === blad));
  for (const ws of bladen) {
    for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
      const { waarde } = celWaarde(ws.getRow(r).getCell(1));
      if (typeof waarde === 'string' && normaliseerKop(waarde) === 'schooljaar') return { ws, kopRij: r };
    }
  }
  return null;
}

function controleerKoppen(ws: ExcelJS.Worksheet, kopRij: number, waarschuwingen: ImportMelding[], soort: BladSoort): void {
  const KOLOMMEN = soort.kolommen;
  const row = ws.getRow(kopRij);
  const fouten: ImportMelding[] = [];
  KOLOMMEN.forEach((k, i) => {
    const { waarde } = celWaarde(row.getCell(i + 1));
    const tekst = waarde === null ? '' : toonWaarde(waarde);
    if (normaliseerKop(tekst) === normaliseerKop(k.kop)) return;
    if (k.optioneel && tekst.trim() === '') return;
    fouten.push({
      rij: kopRij,
      kolom: k.kop,
      melding:
        tekst.trim() === ''
          ? `kolom ${kolomLetter(i + 1)} heeft geen kop; daar hoort "${k.kop}".`
          : `kolom ${kolomLetter(i + 1)} heet "${tekst.trim()}"; daar hoort "${k.kop}".`,
    });
  });
  // Most headers wrong: another kind of sheet (a report of Schoolinzet, say), not a sheet with a few typos.
  if (fouten.length * 2 > KOLOMMEN.length) {
    throw new ImportFout(
      `Dit is geen ${soort.naam}: op het werkblad "${ws.name}" wijken ${fouten.length} van de ${KOLOMMEN.length} kolomkoppen af van ${soort.sjabloon}. ` +
        `Is het een rapport van Schoolinzet? Sla het lege sjabloon op (Importeren › Sjabloon opslaan…), vul het in en lees dat bestand in.`,
    );
  }
  if (fouten.length > 0) {
    fouten.push({ melding: `Verwachte kolommen, in deze volgorde: ${KOLOMMEN.map((k) => k.kop).join(', ')}.` });
    throw new ImportFout(fouten);
  }
  for (let c = KOLOMMEN.length + 1; c <= row.cellCount; c++) {
    const { waarde } = celWaarde(row.getCell(c));
    if (!isLeeg(waarde)) {
      waarschuwingen.push({ rij: kopRij, kolom: toonWaarde(waarde!), melding: `kolom ${kolomLetter(c)} hoort niet bij het sjabloon en wordt niet ingelezen.` });
    }
  }
}

/** The value as typed or as cached by Excel; formulas are never evaluated here. */
export function celWaarde(cell: ExcelJS.Cell): { waarde: Cel; formule: boolean } {
  let v: unknown = cell.value;
  let formule = false;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      formule = true;
      v = o.result === undefined ? { fout: 'formule zonder berekende waarde' } : o.result;
    }
  }
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) v = (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    else if ('hyperlink' in o || 'text' in o) v = typeof o.text === 'string' ? o.text : '';
    else if ('error' in o) v = { fout: String(o.error) };
    else if (!('fout' in o)) v = { fout: 'onbekende celinhoud' };
  }
  if (v === undefined) v = null;
  if (typeof v === 'number' && !Number.isFinite(v)) v = { fout: 'geen getal' };
  if (v instanceof Date && Number.isNaN(v.getTime())) v = { fout: 'ongeldige datum' };
  // A cell formatted as a percentage holds 0.5 for 50 %.
  if (typeof v === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%')) v = Math.round(v * 1e6) / 1e4;
  return { waarde: v as Cel, formule };
}

export function isLeeg(c: Cel): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

/** A cell value as the user would recognise it in a message. */
export function toonWaarde(c: Exclude<Cel, null>): string {
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c).replace('.', ',');
  if (typeof c === 'boolean') return c ? 'WAAR' : 'ONWAAR';
  if (c instanceof Date) return datumTekst(isoVanDate(c));
  return c.fout;
}

export function isoVanDate(d: Date): string {
  const twee = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${twee(d.getUTCMonth() + 1)}-${twee(d.getUTCDate())}`;
}

export function datumTekst(iso: string): string {
  const [j, m, d] = iso.split('-');
  return `${d}-${m}-${j}`;
}

/** A date cell, `dd-mm-jjjj` (also with / or . and one-digit day/month), ISO, or an Excel serial number. */
export function leesDatum(c: Exclude<Cel, null>): string | null {
  if (c instanceof Date) return isoVanDate(c);
  if (typeof c === 'number') {
    // LibreOffice and Excel sometimes lose the date format; a serial number is still a date.
    if (!Number.isInteger(c) || c < 20000 || c > 80000) return null;
    return isoVanDate(new Date(Date.UTC(1899, 11, 30) + c * 86_400_000));
  }
  if (typeof c !== 'string') return null;
  return parseDatumTekst(c);
}
