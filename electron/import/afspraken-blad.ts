// Reading the afspraken sheet (an .xlsx as a user typed it in Excel or LibreOffice) into raw
// rows: the file kind is checked before unzipping, the header row is found and checked column by
// column, and every cell is taken as typed or as Excel cached it. Formulas are never evaluated: a
// formula cell counts with its cached result; one without is an error for that cell. What the rows
// mean is checked in afspraken.ts.
import { parseDatumTekst } from '../domain/validatie';
import { AFSPRAKEN_KOLOMMEN, kolomLetter, normaliseerKop } from './afspraken-kolommen';
import { ImportFout } from './fout';
import { controleerZipGrenzen } from './zip-grenzen';
import { openWerkmap, type StroomBlad, type StroomCel, type StroomRij } from './xlsx-stroom';
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
  // The sizes and counts inside the zip, before anything is unpacked for real.
  await controleerZipGrenzen(bytes);
  // Row by row (xlsx-stroom.ts): only the rows that are kept take memory.
  const bladen = await openWerkmap(bytes);
  if (bladen.length === 0) {
    throw new ImportFout(`Deze Excel-werkmap bevat geen werkblad met gegevens. Gebruik ${soort.sjabloon} van Schoolinzet.`);
  }
  const gevonden = await zoekKopregel(bladen, soort.blad);
  if (!gevonden) {
    throw new ImportFout([
      { melding: `Dit is geen ${soort.naam}: geen werkblad heeft een kopregel waarvan de eerste kolom "Schooljaar" heet.` },
      { melding: `Verwachte kolommen, in deze volgorde: ${KOLOMMEN.map((k) => k.kop).join(', ')}.` },
    ]);
  }
  const { blad, kop, verder } = gevonden;
  try {
    const waarschuwingen: ImportMelding[] = [];
    controleerKoppen(kop, blad.naam, waarschuwingen, soort);
    const rijen: RuweRij[] = [];
    let gelezen = 0;
    for (let volgende = await verder.next(); !volgende.done; volgende = await verder.next()) {
      const row = volgende.value;
      const cellen: Cel[] = [];
      const formules: boolean[] = [];
      for (let c = 1; c <= KOLOMMEN.length; c++) {
        const { waarde, formule } = celWaarde(row.cellen[c]);
        cellen.push(waarde);
        formules.push(formule);
      }
      if (++gelezen % 5000 === 0) await tick();
      if (cellen.every(isLeeg)) continue;
      rijen.push({ rij: row.nummer, cellen, formules });
    }
    return { blad: blad.naam, kopRij: kop.nummer, rijen, waarschuwingen };
  } finally {
    await verder.return(undefined);
  }
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

/**
 * The template's own sheet first, else the first sheet (in the workbook's order) whose first ten
 * rows have "Schooljaar" in column A: that sheet, its header row and the rest of its rows.
 */
async function zoekKopregel(alle: StroomBlad[], naam: string): Promise<{ blad: StroomBlad; kop: StroomRij; verder: AsyncGenerator<StroomRij> } | null> {
  const bladen = [...alle].sort((a, b) => Number(b.naam === naam) - Number(a.naam === naam));
  for (const blad of bladen) {
    const rijen = blad.rijen();
    for (let volgende = await rijen.next(); !volgende.done && volgende.value.nummer <= 10; volgende = await rijen.next()) {
      const { waarde } = celWaarde(volgende.value.cellen[1]);
      if (typeof waarde === 'string' && normaliseerKop(waarde) === 'schooljaar') return { blad, kop: volgende.value, verder: rijen };
    }
    await rijen.return(undefined);
  }
  return null;
}

function controleerKoppen(row: StroomRij, bladNaam: string, waarschuwingen: ImportMelding[], soort: BladSoort): void {
  const KOLOMMEN = soort.kolommen;
  const kopRij = row.nummer;
  const fouten: ImportMelding[] = [];
  KOLOMMEN.forEach((k, i) => {
    const { waarde } = celWaarde(row.cellen[i + 1]);
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
      `Dit is geen ${soort.naam}: op het werkblad "${bladNaam}" wijken ${fouten.length} van de ${KOLOMMEN.length} kolomkoppen af van ${soort.sjabloon}. ` +
        `Is het een rapport van Schoolinzet? Sla het lege sjabloon op (Importeren › Sjabloon opslaan…), vul het in en lees dat bestand in.`,
    );
  }
  if (fouten.length > 0) {
    fouten.push({ melding: `Verwachte kolommen, in deze volgorde: ${KOLOMMEN.map((k) => k.kop).join(', ')}.` });
    throw new ImportFout(fouten);
  }
  for (let c = KOLOMMEN.length + 1; c < row.cellen.length; c++) {
    const { waarde } = celWaarde(row.cellen[c]);
    if (!isLeeg(waarde)) {
      waarschuwingen.push({ rij: kopRij, kolom: toonWaarde(waarde!), melding: `kolom ${kolomLetter(c)} hoort niet bij het sjabloon en wordt niet ingelezen.` });
    }
  }
}

/** The value as typed or as cached by Excel; formulas are never evaluated here. */
export function celWaarde(cell: StroomCel | undefined): { waarde: Cel; formule: boolean } {
  let v: unknown = cell?.value;
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
  if (typeof v === 'number' && typeof cell?.numFmt === 'string' && cell.numFmt.includes('%')) v = Math.round(v * 1e6) / 1e4;
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
