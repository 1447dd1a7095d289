import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SchrijfFout, schrijfAtomisch } from '../../electron/bestanden/atomisch';

const mappen: string[] = [];
afterEach(() => {
  for (const m of mappen.splice(0)) fs.rmSync(m, { recursive: true, force: true });
});
function map(): string {
  const m = fs.mkdtempSync(path.join(os.tmpdir(), 'atomisch-'));
  mappen.push(m);
  return m;
}

describe('schrijfAtomisch', () => {
  it('leaves the old file byte-for-byte and no temp file when the disk is full, and says so in Dutch', async () => {
    const m = map();
    const doel = path.join(m, 'Rapport.xlsx');
    const oud = Buffer.from('oude inhoud \u00e9\u00e9n');
    fs.writeFileSync(doel, oud);
    const fout = await schrijfAtomisch(doel, (tmp) => {
      fs.writeFileSync(tmp, 'half');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(SchrijfFout);
    expect((fout as Error).message).toMatch(/^De schijf is vol: Rapport\.xlsx is niet opgeslagen/);
    expect((fout as Error).message).not.toMatch(/Excel/);
    expect(fs.readFileSync(doel).equals(oud)).toBe(true);
    expect(fs.readdirSync(m)).toEqual(['Rapport.xlsx']);
  });

  it('names Excel only for a locked file', async () => {
    const fout = await schrijfAtomisch(path.join(map(), 'a.xlsx'), () => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
    }).catch((e: unknown) => e);
    expect((fout as Error).message).toMatch(/geopend in een ander programma \(Excel\?\)/);
  });

  it('writes the whole file under the chosen name', async () => {
    const m = map();
    const doel = path.join(m, 'Grafiek.png');
    fs.writeFileSync(doel, 'oud');
    const data = Buffer.alloc(100_000, 7);
    await schrijfAtomisch(doel, data);
    expect(fs.readFileSync(doel).equals(data)).toBe(true);
    expect(fs.readdirSync(m)).toEqual(['Grafiek.png']);
  });
});
