// Checks an .xlsx against the reading limits (domain/grenzen.ts) BEFORE the workbook reader
// unpacks it: a 28 MB file can hold a sheet of hundreds of MB, and exceljs builds all of it in
// memory. First the zip's central directory (the sizes the file claims), then every part is
// inflated once into nothing while its bytes, rows, cells and text lengths are counted, so a
// header that lies about the size is caught too. Nothing is kept: memory stays a few chunks.
import zlib from 'node:zlib';
import {
  BLAD_CELLEN_MAX,
  BLAD_MAX_BYTES,
  EXCEL_CEL_MAX,
  CELLEN_PER_RIJ_MAX,
  GEDEELDE_TEKST_MAX_BYTES,
  IMPORT_GRENS_MELDING,
  IMPORT_RIJEN_MAX,
  WERKMAP_MAX_BYTES,
} from '../domain/grenzen';
import { ImportFout } from './fout';

export interface ZipDeel {
  naam: string;
  methode: number;
  gecomprimeerd: number;
  uitgepakt: number;
  lokaal: number;
}

const EOCD = 0x06054b50;
const CENTRAAL = 0x02014b50;
const LOKAAL = 0x04034b50;
const GEEN_ZIP = 'Dit zip-bestand is beschadigd; het is geen leesbare Excel-werkmap (.xlsx).';

/** The parts of the zip as its central directory lists them. */
export function zipInhoud(bytes: Buffer): ZipDeel[] {
  const van = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= van; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportFout(GEEN_ZIP);
  const delen: ZipDeel[] = [];
  let p = bytes.readUInt32LE(eocd + 16);
  while (p + 46 <= bytes.length && bytes.readUInt32LE(p) === CENTRAAL) {
    const naamLengte = bytes.readUInt16LE(p + 28);
    delen.push({
      methode: bytes.readUInt16LE(p + 10),
      gecomprimeerd: bytes.readUInt32LE(p + 20),
      uitgepakt: bytes.readUInt32LE(p + 24),
      lokaal: bytes.readUInt32LE(p + 42),
      naam: bytes.toString('utf8', p + 46, p + 46 + naamLengte),
    });
    p += 46 + naamLengte + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return delen;
}

interface Totaal {
  cellen: number;
  bytes: number;
}

const isGedeeldeTekst = (naam: string) => /^xl\/sharedStrings\.xml$/i.test(naam);

/** Refuses, in Dutch, an .xlsx whose parts exceed the limits; returns when it is within them. */
export async function controleerZipGrenzen(bytes: Buffer): Promise<void> {
  const delen = zipInhoud(bytes);
  // What the file claims: refused without inflating a byte (0xffffffff is a zip64 size: far too big).
  let geclaimd = 0;
  for (const deel of delen) {
    if (deel.uitgepakt > grensVan(deel)) throw new ImportFout(teGroot(deel));
    if ((geclaimd += deel.uitgepakt) > WERKMAP_MAX_BYTES) throw new ImportFout(IMPORT_GRENS_MELDING.werkmap());
  }
  // What it really holds: a central directory can lie, so count while inflating. Cells and bytes
  // are counted over all parts together: the workbook reader holds every sheet and image.
  const totaal: Totaal = { cellen: 0, bytes: 0 };
  for (const deel of delen) await telDeel(bytes, deel, totaal);
}

function grensVan(deel: ZipDeel): number {
  return isGedeeldeTekst(deel.naam) ? GEDEELDE_TEKST_MAX_BYTES : BLAD_MAX_BYTES;
}

function teGroot(deel: ZipDeel): string {
  if (isGedeeldeTekst(deel.naam)) return IMPORT_GRENS_MELDING.gedeeldeTekst();
  return /^xl\/worksheets\//i.test(deel.naam) ? IMPORT_GRENS_MELDING.blad(deel.naam) : IMPORT_GRENS_MELDING.onderdeel(deel.naam);
}

/** The (compressed) bytes of one part, behind its local header. */
export function deelData(bytes: Buffer, deel: ZipDeel): Buffer {
  if (deel.lokaal + 30 > bytes.length || bytes.readUInt32LE(deel.lokaal) !== LOKAAL) throw new ImportFout(GEEN_ZIP);
  const start = deel.lokaal + 30 + bytes.readUInt16LE(deel.lokaal + 26) + bytes.readUInt16LE(deel.lokaal + 28);
  return bytes.subarray(start, Math.min(bytes.length, start + deel.gecomprimeerd));
}

async function telDeel(bytes: Buffer, deel: ZipDeel, totaal: Totaal): Promise<void> {
  const data = deelData(bytes, deel);
  // Rows, cells and text lengths only in XML; an image is just bytes.
  const teller = /\.(xml|rels)$/i.test(deel.naam) ? new XmlTeller(totaal) : null;
  const grens = grensVan(deel);
  let deelBytes = 0;
  const tel = (stuk: Buffer) => {
    deelBytes += stuk.length;
    if (deelBytes > grens) throw new ImportFout(teGroot(deel));
    if ((totaal.bytes += stuk.length) > WERKMAP_MAX_BYTES) throw new ImportFout(IMPORT_GRENS_MELDING.werkmap());
    teller?.lees(stuk);
  };
  if (deel.methode === 0) return tel(data);
  // Another method than deflate is left to the workbook reader, which refuses it.
  if (deel.methode !== 8) return;
  await new Promise<void>((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let klaar = false;
    const stop = (fout?: unknown) => {
      if (klaar) return;
      klaar = true;
      inflate.destroy();
      if (fout) reject(fout);
      else resolve();
    };
    inflate.on('data', (stuk: Buffer) => {
      try {
        tel(stuk);
      } catch (e) {
        stop(e);
      }
    });
    // A broken stream is the workbook reader's to report, in its own words.
    inflate.on('error', () => stop());
    inflate.on('end', () => stop());
    inflate.end(data);
  });
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMI = 0x3b;
/** Tag names as XmlTeller keeps them: their bytes as one number. */
const ROW = (0x72 * 256 + 0x6f) * 256 + 0x77;
const C = 0x63;

/**
 * Counts rows (<row>), cells (<c>) per row and in all, and the characters of each text between
 * tags (a cell's value or string), over chunks of XML. A count, not a parser: it only has to be
 * at least as strict as the workbook reader's view of the same bytes.
 */
class XmlTeller {
  private inTag = false;
  /** The first bytes of the current tag's name (up to 4, as one number), up to a space, / or >. */
  private tag = 0;
  private tagLengte = 0;
  private tagKlaar = false;
  private tekst = 0;
  private inEntiteit = false;
  private rijen = 0;
  private cellenInRij = 0;

  constructor(private readonly totaal: Totaal) {}

  lees(stuk: Buffer): void {
    for (let i = 0; i < stuk.length; i++) {
      const b = stuk[i];
      if (this.inTag) {
        if (b === GT) {
          this.sluitTagnaam();
          this.inTag = false;
        } else if (!this.tagKlaar) {
          if (b === 0x20 || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) this.sluitTagnaam();
          else if (this.tagLengte < 4) {
            this.tag = this.tag * 256 + b;
            this.tagLengte++;
          } else this.tagKlaar = true;
        }
      } else if (b === LT) {
        this.inTag = true;
        this.tag = 0;
        this.tagLengte = 0;
        this.tagKlaar = false;
        this.tekst = 0;
        this.inEntiteit = false;
      } else if (this.inEntiteit) {
        if (b === SEMI) this.inEntiteit = false;
      } else if ((b & 0xc0) !== 0x80) {
        // A character starts here (UTF-8 continuation bytes do not); an entity is one character.
        if (b === AMP) this.inEntiteit = true;
        if (++this.tekst > EXCEL_CEL_MAX) throw new ImportFout(IMPORT_GRENS_MELDING.celLengte());
      }
    }
  }

  private sluitTagnaam(): void {
    if (this.tagKlaar) return;
    this.tagKlaar = true;
    if (this.tag === ROW) {
      if (++this.rijen > IMPORT_RIJEN_MAX) throw new ImportFout(IMPORT_GRENS_MELDING.rijen());
      this.cellenInRij = 0;
    } else if (this.tag === C) {
      if (++this.cellenInRij > CELLEN_PER_RIJ_MAX) throw new ImportFout(IMPORT_GRENS_MELDING.cellenPerRij());
      if (++this.totaal.cellen > BLAD_CELLEN_MAX) throw new ImportFout(IMPORT_GRENS_MELDING.cellen());
    }
  }
}
