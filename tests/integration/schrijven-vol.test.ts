// Every file the app writes goes through schrijfAtomisch (issue 14): reports, the mutatielog (API
// and CLI --uit), the template and CLI --out. A full disk in the middle of writing (an injected
// ENOSPC at the write call) leaves the old file byte for byte and no temporary file, and the
// message says in Dutch that the disk is full; a file locked by Excel is named as such.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { main } from '../../electron/cli/main';
import { DatabaseSessie } from '../../electron/db/sessie';
import { maakOmgeving } from '../../electron/omgeving';

const mappen: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const m of mappen.splice(0)) fs.rmSync(m, { recursive: true, force: true });
});

function nieuweMap(): string {
  const m = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-vol-'));
  mappen.push(m);
  return m;
}

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/** The disk of `map` fills up after `ruimte` bytes of any file written there through a stream or a write call. */
function volNa(map: string, ruimte = 4096): void {
  let geschreven = 0;
  const inMap = (p: unknown) => typeof p === 'string' && path.dirname(path.resolve(p)) === map; // not the database's own folder
  const echtStream = fs.createWriteStream;
  vi.spyOn(fs, 'createWriteStream').mockImplementation(((p: fs.PathLike, opties?: unknown) => {
    const echt = echtStream(p, opties as never);
    if (!inMap(p)) return echt;
    const vol = new Writable({
      write(chunk: Buffer, _enc, klaar) {
        geschreven += chunk.length;
        if (geschreven > ruimte) return klaar(enospc());
        echt.write(chunk, klaar);
      },
      final(klaar) {
        echt.end(klaar);
      },
    });
    return Object.assign(vol, { path: echt.path, close: (cb?: () => void) => echt.close(cb) }) as unknown as fs.WriteStream;
  }) as typeof fs.createWriteStream);
  const fds = new Set<number>();
  const echtOpen = fs.openSync;
  vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    const fd = (echtOpen as (...a: unknown[]) => number)(p, ...rest);
    if (inMap(p)) fds.add(fd);
    return fd;
  }) as typeof fs.openSync);
  const echtWriteSync = fs.writeSync;
  vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fds.has(fd)) {
      geschreven += typeof data === 'string' ? Buffer.byteLength(data) : (data as Buffer).length;
      if (geschreven > ruimte) throw enospc();
    }
    return (echtWriteSync as (...a: unknown[]) => number)(fd, data, ...rest);
  }) as typeof fs.writeSync);
  const echtWriteFile = fs.writeFileSync;
  vi.spyOn(fs, 'writeFileSync').mockImplementation(((p: fs.PathOrFileDescriptor, data: unknown, opties?: unknown) => {
    if (inMap(p)) {
      const n = typeof data === 'string' ? Buffer.byteLength(data) : (data as Buffer).length;
      if (geschreven + n > ruimte) {
        (echtWriteFile as (...a: unknown[]) => void)(p, (data as Buffer).subarray(0, Math.max(0, ruimte - geschreven)), opties);
        throw enospc();
      }
      geschreven += n;
    }
    return (echtWriteFile as (...a: unknown[]) => void)(p, data, opties);
  }) as typeof fs.writeFileSync);
}

async function demo(): Promise<{ map: string; pad: string }> {
  const map = nieuweMap();
  const pad = path.join(map, 'data', 'demo.db');
  fs.mkdirSync(path.dirname(pad));
  expect(await main(['demo', '--db', pad], { out: () => undefined, err: () => undefined })).toBe(0);
  return { map, pad };
}

function oudBestand(map: string, naam: string): { doel: string; oud: Buffer } {
  const doel = path.join(map, naam);
  const oud = Buffer.from(`vorige versie van ${naam}, met é en ë`);
  fs.writeFileSync(doel, oud);
  return { doel, oud };
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const VOL = /^De schijf is vol: .+ is niet opgeslagen\. Maak ruimte vrij en probeer het opnieuw\.$/;

describe('a full disk while writing', () => {
  it('rapport.opslaan and mutatielog.exporteer keep the old file and say the disk is full', async () => {
    const { map, pad } = await demo();
    const sessie = await DatabaseSessie.open(pad);
    try {
      for (const [methode, invoer, naam] of [
        ['rapport.opslaan', { soort: 'financieel', begrotingsjaar: 2018 }, 'Financieel.xlsx'],
        ['mutatielog.exporteer', {}, 'Mutatielog.xlsx'],
      ] as const) {
        const { doel, oud } = oudBestand(map, naam);
        volNa(map);
        const r = await invoke(methode, invoer, maakOmgeving(sessie, { kiesBestand: async () => doel }));
        vi.restoreAllMocks();
        expect(r, methode).toMatchObject({ ok: false, fout: { code: 'bestand', melding: expect.stringMatching(VOL) } });
        expect(fs.readFileSync(doel).equals(oud), methode).toBe(true);
        expect(fs.readdirSync(map).filter((n) => n !== 'data' && !/^(Financieel|Mutatielog)\.xlsx$/.test(n))).toEqual([]); // no temporary file
        // With room on the disk the same call writes the whole file.
        const goed = await invoke(methode, invoer, maakOmgeving(sessie, { kiesBestand: async () => doel }));
        expect(goed.ok, methode).toBe(true);
        expect(fs.readFileSync(doel).subarray(0, 2).toString()).toBe('PK');
      }
    } finally {
      sessie.close();
    }
  });

  it.each([
    ['mutatielog', '--uit', 'Mutatielog.csv'],
    ['mutatielog', '--uit', 'Mutatielog.xlsx'],
    ['export', 'sjabloon', '--out', 'Afspraken.xlsx'],
    ['export', 'financieel', '--begrotingsjaar', '2018', '--out', 'Financieel.xlsx'],
  ])('CLI %s %s: exit 1, Dutch message, old file byte for byte', async (...argv) => {
    const { map, pad } = await demo();
    const naam = argv.at(-1)!;
    const { doel, oud } = oudBestand(map, naam);
    volNa(map, 200);
    const r = await cli(...argv.slice(0, -1), doel, '--db', pad);
    vi.restoreAllMocks();
    expect(r.err).toMatch(VOL);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(doel).equals(oud)).toBe(true);
    expect(fs.readdirSync(map).sort()).toEqual(['data', naam].sort());
  });

  it('a target locked by another program is a conflict that names Excel', async () => {
    const { map, pad } = await demo();
    const { doel, oud } = oudBestand(map, 'Financieel.xlsx');
    const echtRename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((van, naar) => {
      if (path.resolve(String(naar)) === doel) throw Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' });
      return echtRename(van, naar);
    });
    const sessie = await DatabaseSessie.open(pad);
    const r = await invoke('rapport.opslaan', { soort: 'financieel', begrotingsjaar: 2018 }, maakOmgeving(sessie, { kiesBestand: async () => doel }));
    sessie.close();
    expect(r).toMatchObject({
      ok: false,
      fout: { code: 'conflict', melding: 'Het bestand Financieel.xlsx is geopend in een ander programma (Excel?). Sluit het en probeer het opnieuw.' },
    });
    expect(fs.readFileSync(doel).equals(oud)).toBe(true);
    expect(fs.readdirSync(map).sort()).toEqual(['Financieel.xlsx', 'data']);
  });
});
