// Renders build/icon.svg to the icon files electron-builder uses, with no downloads:
//   build/icon.png        512×512 (macOS dmg, and the source electron-builder falls back to)
//   build/icons/NxN.png   16…512 (Linux AppImage and deb: one file per size for the desktop)
//   build/icon.ico        16…256 (Windows exe, installer, uninstaller and shortcuts)
// Needs rsvg-convert at dev time only (Debian: `apt-get install librsvg2-bin`); the results are
// committed, so CI and packaging never need it. Run: `node scripts/make-icons.mjs`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const buildDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'build');
const svg = path.join(buildDir, 'icon.svg');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function render(size) {
  const r = spawnSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--format', 'png', svg], { maxBuffer: 64 * 1024 * 1024 });
  if (r.error?.code === 'ENOENT') {
    console.error('rsvg-convert ontbreekt. Installeer het met: sudo apt-get install librsvg2-bin');
    process.exit(1);
  }
  if (r.status !== 0) {
    console.error(`rsvg-convert kon ${svg} niet omzetten naar ${size}×${size}: ${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what rsvg-convert writes) to raw RGBA rows. */
function decodeRgba(png) {
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error('Verwacht een 8-bit RGBA-PNG zonder interlacing');
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? out[y * stride + x - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, rgba: out };
}

/**
 * A classic 32-bit BMP icon image (BGRA bottom-up, then an all-zero AND mask), the form every
 * Windows tool reads, including the NSIS compiler, for the sizes below 256.
 */
function bmpEntry(png) {
  const { width, height, rgba } = decodeRgba(png);
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8); // XOR image plus AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(width * height * 4, 20);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = ((height - 1 - y) * width + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  const maskStride = Math.ceil(width / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskStride * height)]);
}

/** An ICO file: BMP images for the small sizes, a PNG image for 256 (as Windows Vista+ expects). */
function ico(images) {
  const dir = Buffer.alloc(6 + 16 * images.length);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(images.length, 4);
  let offset = dir.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    dir[e] = size >= 256 ? 0 : size; // 0 means 256
    dir[e + 1] = size >= 256 ? 0 : size;
    dir.writeUInt16LE(1, e + 4); // colour planes
    dir.writeUInt16LE(32, e + 6); // bits per pixel
    dir.writeUInt32LE(data.length, e + 8);
    dir.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([dir, ...images.map((i) => i.data)]);
}

const pngs = new Map(LINUX_SIZES.map((size) => [size, render(size)]));
fs.mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
fs.writeFileSync(path.join(buildDir, 'icon.png'), pngs.get(512));
for (const [size, png] of pngs) fs.writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png);
fs.writeFileSync(path.join(buildDir, 'icon.ico'), ico(ICO_SIZES.map((size) => ({ size, data: size >= 256 ? pngs.get(size) : bmpEntry(pngs.get(size)) }))));
console.log(`Pictogrammen gemaakt in ${path.relative(process.cwd(), buildDir) || '.'}: icon.png, icons/, icon.ico`);
