// Hand-made .xlsx files for the reading limits (issue 14): a zip of deflated parts whose sheet is
// written as a stream of repeated XML, so a file of a few MB unpacks to hundreds of MB without the
// test ever holding the unpacked text. The central directory may be told to lie about a size.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

export interface Deel {
  naam: string;
  /** The part's text, as chunks (a generator may yield hundreds of MB). */
  inhoud: Iterable<string>;
  /** The uncompressed size the headers claim instead of the real one. */
  geclaimd?: number;
}

/** Deflates the chunks as a stream; returns the compressed bytes and the real uncompressed size. */
async function comprimeer(inhoud: Iterable<string>): Promise<{ data: Buffer; grootte: number }> {
  let grootte = 0;
  const bron = Readable.from(
    (function* () {
      for (const stuk of inhoud) {
        const b = Buffer.from(stuk, 'utf8');
        grootte += b.length;
        yield b;
      }
    })(),
  );
  const uit: Buffer[] = [];
  await pipeline(bron, zlib.createDeflateRaw({ level: 1 }), async (gecomprimeerd: AsyncIterable<Buffer>) => {
    for await (const b of gecomprimeerd) uit.push(b);
  });
  return { data: Buffer.concat(uit), grootte };
}

/** A zip (deflate, no zip64) of the parts. */
export async function maakZip(delen: Deel[]): Promise<Buffer> {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let offset = 0;
  for (const deel of delen) {
    const { data, grootte } = await comprimeer(deel.inhoud);
    const naam = Buffer.from(deel.naam, 'utf8');
    const claim = deel.geclaimd ?? grootte;
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt16LE(8, 8);
    kop.writeUInt32LE(0, 14); // crc: not checked by the limits
    kop.writeUInt32LE(data.length, 18);
    kop.writeUInt32LE(claim, 22);
    kop.writeUInt16LE(naam.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(claim, 24);
    cd.writeUInt16LE(naam.length, 28);
    cd.writeUInt32LE(offset, 42);
    lokaal.push(kop, naam, data);
    centraal.push(cd, naam);
    offset += kop.length + naam.length + data.length;
  }
  const cdGrootte = centraal.reduce((s, b) => s + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(delen.length, 8);
  eocd.writeUInt16LE(delen.length, 10);
  eocd.writeUInt32LE(cdGrootte, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...lokaal, ...centraal, eocd]);
}

const KOP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const STAART = '</sheetData></worksheet>';

/** A sheet of `rijen` rows, each of the same `rij` XML (e.g. `<row><c><v>1</v></c></row>`). */
export function* blad(rij: string, rijen: number): Generator<string> {
  yield KOP;
  const stuk = rij.repeat(Math.max(1, Math.floor(16_384 / rij.length)));
  const perStuk = Math.max(1, Math.floor(16_384 / rij.length));
  let over = rijen;
  while (over >= perStuk) {
    yield stuk;
    over -= perStuk;
  }
  yield rij.repeat(over);
  yield STAART;
}

/** The minimal parts around one sheet, so the file is a workbook as far as the zip goes. */
export function werkmap(sheet: Iterable<string>, extra: Deel[] = [], geclaimd?: number): Promise<Buffer> {
  return maakZip([
    {
      naam: '[Content_Types].xml',
      inhoud: ['<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    },
    { naam: 'xl/workbook.xml', inhoud: ['<workbook><sheets><sheet name="Afspraken" sheetId="1" r:id="rId1"/></sheets></workbook>'] },
    ...extra,
    { naam: 'xl/worksheets/sheet1.xml', inhoud: sheet, geclaimd },
  ]);
}
