// Generic reading of a delimited text file (CSV as DUO, Excel and others write it) from a Buffer.
// Users pick whatever file they have, so everything that is not a readable table ends in an
// ImportFout in Dutch rather than in half-read data.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ImportFout } from './fout';
import { EXCEL_CEL_MAX, CELLEN_PER_RIJ_MAX, IMPORT_BESTAND_MAX_BYTES, IMPORT_GRENS_MELDING, IMPORT_RIJEN_MAX, TABEL_CELLEN_MAX } from '../domain/grenzen';
import type { ImportMelding } from '../api/typen/importeren';

export type Tekencodering = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';
export type Scheidingsteken = ';' | ',' | '\t';

export interface GelezenTabel {
  /** Header names, trimmed, in file order. */
  headers: string[];
  /** Data rows; every row has exactly headers.length fields, trimmed ("" for empty). */
  rows: string[][];
  encoding: Tekencodering;
  separator: Scheidingsteken;
}

const SCHEIDINGSTEKENS: readonly Scheidingsteken[] = [';', ',', '\t'];
const NAAM_SCHEIDINGSTEKEN: Record<Scheidingsteken, string> = { ';': 'puntkomma', ',': 'komma', '\t': 'tab' };
/** At most this many row problems are listed; a wholly wrong file would otherwise list thousands. */
const MAX_MELDINGEN = 20;

export function leesTabel(buffer: Buffer | Uint8Array): GelezenTabel {
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  if (bytes.length === 0) throw new ImportFout('Het bestand is leeg.');
  if (bytes.length > IMPORT_BESTAND_MAX_BYTES) throw new ImportFout(IMPORT_GRENS_MELDING.bestand('Het bestand'));
  weigerBekendeBinaireFormaten(bytes);

  const { tekst, encoding } = decodeer(bytes);
  if (tekst.trim() === '') throw new ImportFout('Het bestand is leeg.');
  if (lijktBinair(tekst)) {
    throw new ImportFout('Dit is geen tekstbestand (CSV): het bevat onleesbare tekens. Kies een CSV-bestand van DUO.');
  }

  const kopregel = tekst.split(/\r\n|\n|\r/, 1)[0];
  const separator = bepaalScheidingsteken(kopregel);
  controleerGrenzen(tekst, separator);

  let records: string[][];
  try {
    records = parse(tekst, {
      delimiter: separator,
      relax_column_count: true,
      // A stray quote inside an unquoted name (School "De Linde") should not sink the whole file.
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (e) {
    throw new ImportFout(vertaalCsvFout(e));
  }

  // Trimming also turns DUO's single-space "empty" field into "".
  const [kop, ...data] = records.map((r) => r.map((v) => v.trim()));
  const headers = kop ?? [];
  if (headers.some((h) => h === '')) {
    const nr = headers.findIndex((h) => h === '') + 1;
    throw new ImportFout([{ rij: 1, melding: `De kopregel heeft een lege kolomnaam (kolom ${nr}).` }]);
  }
  if (data.length === 0) throw new ImportFout('Het bestand bevat alleen een kopregel en geen gegevens.');

  const meldingen: ImportMelding[] = [];
  data.forEach((rij, i) => {
    if (rij.length === headers.length) return;
    const rijnummer = i + 2;
    const laatste = i === data.length - 1;
    if (laatste && rij.length < headers.length && !eindigtMetRegeleinde(tekst)) {
      meldingen.push({
        rij: rijnummer,
        melding: `De laatste rij is onvolledig (${rij.length} van de ${headers.length} kolommen): het bestand lijkt afgekapt.`,
      });
    } else {
      meldingen.push({
        rij: rijnummer,
        melding: `Deze rij heeft ${rij.length} kolommen, de kopregel ${headers.length}. Is het scheidingsteken overal een ${NAAM_SCHEIDINGSTEKEN[separator]}?`,
      });
    }
  });
  if (meldingen.length > 0) {
    const getoond = meldingen.slice(0, MAX_MELDINGEN);
    if (meldingen.length > MAX_MELDINGEN) {
      getoond.push({ melding: `En nog ${meldingen.length - MAX_MELDINGEN} rijen met hetzelfde probleem.` });
    }
    throw new ImportFout(getoond);
  }

  return { headers, rows: data, encoding, separator };
}

/**
 * Rows, cells (per row and in all) and characters per cell, counted in one pass over the text before the
 * parser builds an array per row: millions of rows of empty cells would otherwise take gigabytes.
 * Quotes are followed as the parser does, so a separator or line break inside quotes does not count.
 */
function controleerGrenzen(tekst: string, separator: Scheidingsteken): void {
  const sep = separator.charCodeAt(0);
  let binnen = false;
  let rij = 1;
  let rijen = 0;
  let cellen = 1;
  let lengte = 0;
  let leeg = true;
  let totaal = 0;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (c === 0x22) {
      binnen = !binnen;
    } else if (!binnen && (c === 0x0a || c === 0x0d)) {
      if (c === 0x0d && tekst.charCodeAt(i + 1) === 0x0a) i++;
      // Empty lines are skipped by the parser and are no rows.
      if (!leeg && ++rijen > IMPORT_RIJEN_MAX + 1) throw new ImportFout(IMPORT_GRENS_MELDING.rijen());
      if (!leeg && (totaal += cellen) > TABEL_CELLEN_MAX) throw new ImportFout(IMPORT_GRENS_MELDING.tabelCellen());
      rij++;
      cellen = 1;
      lengte = 0;
      leeg = true;
      continue;
    } else if (!binnen && c === sep) {
      if (++cellen > CELLEN_PER_RIJ_MAX) throw new ImportFout([{ rij, melding: IMPORT_GRENS_MELDING.cellenPerRij(true) }]);
      lengte = 0;
      leeg = false;
      continue;
    }
    leeg = false;
    if (++lengte > EXCEL_CEL_MAX) throw new ImportFout([{ rij, melding: IMPORT_GRENS_MELDING.celLengte() }]);
  }
  if (!leeg && ++rijen > IMPORT_RIJEN_MAX + 1) throw new ImportFout(IMPORT_GRENS_MELDING.rijen());
}

function weigerBekendeBinaireFormaten(bytes: Buffer): void {
  const begint = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (begint(0x50, 0x4b, 0x03, 0x04) || begint(0x50, 0x4b, 0x05, 0x06)) {
    throw new ImportFout('Dit is een zip-bestand (of een Excel-bestand .xlsx), geen CSV. Pak het zip-bestand eerst uit, of sla het Excel-bestand op als CSV.');
  }
  if (begint(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ImportFout('Dit is een oud Excel-bestand (.xls), geen CSV. Sla het in Excel op als CSV.');
  }
  if (begint(0x25, 0x50, 0x44, 0x46)) throw new ImportFout('Dit is een PDF-bestand, geen CSV.');
  if (begint(0x1f, 0x8b)) throw new ImportFout('Dit is een gecomprimeerd bestand (.gz), geen CSV. Pak het eerst uit.');
}

/**
 * DUO publishes windows-1252 and UTF-8 (with BOM) side by side. Bytes that are valid UTF-8 are
 * read as UTF-8: windows-1252 text with accents is practically never valid UTF-8 by accident.
 */
function decodeer(bytes: Buffer): { tekst: string; encoding: Tekencodering } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM in front of windows-1252 bytes (an editor that added one): decoding leniently would
    // turn "Michaël" into "Micha�l" without a word, so the bytes after the BOM decide.
    try {
      return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      return { tekst: iconv.decode(bytes.subarray(3), 'windows-1252'), encoding: 'windows-1252' };
    }
  }
  // Excel's "Unicode-tekst" export.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { tekst: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  try {
    const tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { tekst, encoding: 'utf-8' };
  } catch {
    return { tekst: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

function lijktBinair(tekst: string): boolean {
  const proef = tekst.slice(0, 64 * 1024);
  let stuur = 0;
  for (let i = 0; i < proef.length; i++) {
    const c = proef.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) stuur++;
  }
  return stuur > proef.length / 100;
}

function bepaalScheidingsteken(kopregel: string): Scheidingsteken {
  const aantallen = SCHEIDINGSTEKENS.map((s) => ({ s, n: telBuitenAanhalingstekens(kopregel, s) }));
  // Ties go to the puntkomma: what Dutch Excel and DUO write.
  const beste = aantallen.reduce((a, b) => (b.n > a.n ? b : a));
  if (beste.n === 0) {
    throw new ImportFout([
      {
        rij: 1,
        melding: 'In de kopregel staat geen scheidingsteken (puntkomma, komma of tab). Is dit wel een CSV-bestand met kolommen?',
      },
    ]);
  }
  return beste.s;
}

function telBuitenAanhalingstekens(regel: string, teken: string): number {
  let binnen = false;
  let n = 0;
  for (const c of regel) {
    if (c === '"') binnen = !binnen;
    else if (c === teken && !binnen) n++;
  }
  return n;
}

function eindigtMetRegeleinde(tekst: string): boolean {
  return /[\r\n]\s*$/.test(tekst);
}

function vertaalCsvFout(e: unknown): ImportMelding[] {
  const fout = e as { code?: string; lines?: number; message?: string };
  const rij = typeof fout.lines === 'number' ? fout.lines : undefined;
  if (fout.code === 'CSV_QUOTE_NOT_CLOSED') {
    return [{ rij, melding: 'Een aanhalingsteken (") wordt niet gesloten: het bestand lijkt afgekapt of beschadigd.' }];
  }
  return [{ rij, melding: `Het bestand is geen geldige CSV (${fout.code ?? 'onbekende fout'}).` }];
}
