// Reading the afspraken sheet (an .xlsx as a user typed it in Excel or LibreOffice) into raw
// rows: the file kind is checked before unzipping, the header row is found and checked column by
// column, and every cell is taken as typed or as Excel cached it. Formulas are never evaluated: a
// formula cell counts with its cached result; one without is an error for that cell. What the rows
// mean is checked in afspraken.ts.
import { parseDatumTekst } from '../domain/validatie';
import { parseBedrag, parseGetal } from '../domain/geld';
import { AFSPRAKEN_KOLOMMEN, kolomLetter, normaliseerKop } from './afspraken-kolommen';
import { AANVULLEND_BLAD, AANVULLEND_KOLOMMEN } from './aanvullend-kolommen';
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
  /** The afsprakenblad's sheet "Aanvullende inzet" (issue 16 item 9); null: the workbook has none (an older template). */
  aanvullend?: AfsprakenBlad | null;
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
  /** Sheets of the same template that are never this one (the afsprakenblad's "Aanvullende inzet" also starts with Schooljaar). */
  uitsluiten?: readonly string[];
}

const AFSPRAKEN_BLAD: BladSoort = {
  kolommen: AFSPRAKEN_KOLOMMEN,
  blad: 'Afspraken',
  sjabloon: 'het afsprakensjabloon',
  naam: 'afsprakenblad',
  uitsluiten: [AANVULLEND_BLAD],
};
const AANVULLEND_SOORT: BladSoort = {
  kolommen: AANVULLEND_KOLOMMEN,
  blad: AANVULLEND_BLAD,
  sjabloon: 'het afsprakensjabloon',
  naam: `blad ${AANVULLEND_BLAD}`,
};

/** The afspraken sheet and, when the workbook has it, the sheet "Aanvullende inzet" (found by its name only). */
export async function leesAfsprakenBlad(inhoud: Buffer | Uint8Array): Promise<AfsprakenBlad> {
  // The workbook is opened once (its shared strings are read once) for both sheets.
  let bladen: StroomBlad[] = [];
  const afspraken = await leesBlad(inhoud, AFSPRAKEN_BLAD, (alle) => (bladen = alle));
  const blad = bladen.find((b) => normaliseerKop(b.naam) === normaliseerKop(AANVULLEND_BLAD));
  if (!blad) return { ...afspraken, aanvullend: null };
  const tweede = await metBladNaam(AANVULLEND_BLAD, async () => {
    const gevonden = await zoekKopregel([blad], blad.naam);
    if (!gevonden) {
      throw new ImportFout([
        { rij: 1, kolom: 'Schooljaar', melding: 'De kopregel is niet gevonden: de eerste kolom moet "Schooljaar" heten.' },
        { melding: `Verwachte kolommen, in deze volgorde: ${AANVULLEND_KOLOMMEN.map((k) => k.kop).join(', ')}.` },
      ]);
    }
    return leesRijen(gevonden, AANVULLEND_SOORT);
  });
  return { ...afspraken, aanvullend: { ...tweede, waarschuwingen: tweede.waarschuwingen.map((w) => metBlad(AANVULLEND_BLAD, w)) } };
}

/** A message about another sheet than the afspraken sheet says which sheet it is about. */
export function metBlad(blad: string, m: ImportMelding): ImportMelding {
  return { ...m, melding: `Blad ${blad}: ${m.melding}` };
}

async function metBladNaam<T>(blad: string, doe: () => Promise<T>): Promise<T> {
  try {
    return await doe();
  } catch (e) {
    if (e instanceof ImportFout) throw new ImportFout(e.meldingen.map((m) => metBlad(blad, m)));
    throw e;
  }
}

/** Any sheet of the app's templates (afspraken, monitor) by the same rules. */
export async function leesBlad(inhoud: Buffer | Uint8Array, soort: BladSoort, geopend?: (bladen: StroomBlad[]) => void): Promise<AfsprakenBlad> {
  const KOLOMMEN = soort.kolommen;
  const bytes = Buffer.isBuffer(inhoud) ? inhoud : Buffer.from(inhoud);
  controleerSoortBestand(bytes, soort);
  // The sizes and counts inside the zip, before anything is unpacked for real.
  await controleerZipGrenzen(bytes);
  // Row by row (xlsx-stroom.ts): only the rows that are kept take memory.
  const bladen = await openWerkmap(bytes);
  geopend?.(bladen);
  if (bladen.length === 0) {
    throw new ImportFout(`Deze Excel-werkmap bevat geen werkblad met gegevens. Gebruik ${soort.sjabloon} van Schoolinzet.`);
  }
  const uitgesloten = new Set((soort.uitsluiten ?? []).map(normaliseerKop));
  const gevonden = await zoekKopregel(
    bladen.filter((b) => !uitgesloten.has(normaliseerKop(b.naam))),
    soort.blad,
  );
  if (!gevonden) {
    throw new ImportFout([
      { melding: `Dit is geen ${soort.naam}: geen werkblad heeft een kopregel waarvan de eerste kolom "Schooljaar" heet.` },
      { melding: `Verwachte kolommen, in deze volgorde: ${KOLOMMEN.map((k) => k.kop).join(', ')}.` },
    ]);
  }
  return leesRijen(gevonden, soort);
}

/** The header check and the rows of a found sheet. */
async function leesRijen(
  { blad, kop, verder }: { blad: StroomBlad; kop: StroomRij; verder: AsyncGenerator<StroomRij> },
  soort: BladSoort,
): Promise<AfsprakenBlad> {
  const KOLOMMEN = soort.kolommen;
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

/** A value that failed its own column check: makes the cross-field rules skip it. */
export const ONGELDIG = Number.NaN;

/**
 * Reading the cells of one row by column key, each kind with its own Dutch message naming the
 * column (the afspraken sheet and the sheet Aanvullende inzet read their cells alike).
 * `mislukt` holds the columns that already got a message.
 */
export function celLezer<K extends string>(r: RuweRij, index: Record<K, number>, kop: Record<K, string>, fouten: ImportMelding[], blad: string | null = null) {
  const mislukt = new Set<K>();
  const cel = (k: K) => r.cellen[index[k]];
  const fout = (k: K, melding: string) => {
    mislukt.add(k);
    const m: ImportMelding = { rij: r.rij, kolom: kop[k], melding };
    fouten.push(blad ? metBlad(blad, m) : m);
  };
  const celFout = (k: K): boolean => {
    const c = cel(k);
    if (c !== null && typeof c === 'object' && !(c instanceof Date)) {
      fout(k, `de cel bevat een fout (${c.fout}).`);
      return true;
    }
    return false;
  };
  /** Text of a cell; null when empty; undefined after reporting a cell that cannot be text. */
  const tekst = (k: K): string | null | undefined => {
    const c = cel(k);
    if (isLeeg(c)) return null;
    if (celFout(k)) return undefined;
    return toonWaarde(c!).trim();
  };
  const getal = (k: K, soort: 'getal' | 'percentage'): number | null => {
    const c = cel(k);
    if (isLeeg(c)) return null;
    if (celFout(k)) return ONGELDIG;
    let waarde: number | null = null;
    if (typeof c === 'number') waarde = c;
    else if (typeof c === 'string') waarde = parseGetal(soort === 'percentage' ? c.replace(/%\s*$/, '') : c);
    if (waarde === null) {
      fout(k, `"${toonWaarde(c!)}" is geen ${soort}.`);
      return ONGELDIG;
    }
    return waarde;
  };
  const bedrag = (k: K): number | null => {
    const c = cel(k);
    if (isLeeg(c)) return null;
    if (celFout(k)) return ONGELDIG;
    const cents = typeof c === 'number' || typeof c === 'string' ? parseBedrag(c) : null;
    if (cents === null) {
      fout(k, `"${toonWaarde(c!)}" is geen bedrag.`);
      return ONGELDIG;
    }
    return cents;
  };
  const datum = (k: K): string | number | null => {
    const c = cel(k);
    if (isLeeg(c)) return null;
    if (celFout(k)) return ONGELDIG;
    const iso = leesDatum(c!);
    if (!iso) {
      fout(k, `"${toonWaarde(c!)}" is geen datum (schrijf dd-mm-jjjj, zoals 01-08-2018).`);
      return ONGELDIG;
    }
    return iso;
  };
  return { mislukt, cel, fout, celFout, tekst, getal, bedrag, datum };
}
