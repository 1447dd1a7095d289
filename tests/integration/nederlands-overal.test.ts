// Dutch everywhere (issue 14): SQLite, file-system and argument-parser errors that can reach a user
// become Dutch messages that say what to do, with exit code 1 (input or file), never 2 (a bug).
// The real CLI runs over a small hostile corpus made here; its whole stdout and stderr are searched
// for English fragments. The API cases (a full database, an offset SQLite cannot take) too.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatabaseFout } from '../../electron/db/open';
import { DatabaseSessie } from '../../electron/db/sessie';
import { main } from '../../electron/cli/main';
import { slotPad } from '../../electron/db/slot';
import { dump, testOmgeving } from '../helpers/db';

const ENGELS = /Error|error:|ENOENT|ENOTDIR|EISDIR|EACCES|ENOSPC|SQLITE|Unexpected|expected|\bkey\b|received|ambiguous|argument|\.ts:\d+/;
const BIN = path.resolve(__dirname, '../../bin/schoolinzet.mjs');
const MAP = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-vijandig-'));
const DB = path.join(MAP, 'demo.db');
afterAll(() => fs.rmSync(MAP, { recursive: true, force: true }));

beforeAll(async () => {
  expect(await main(['demo', '--db', DB], { out: () => undefined, err: () => undefined })).toBe(0);
  fs.mkdirSync(path.join(MAP, 'map.xlsx'));
  fs.writeFileSync(path.join(MAP, 'gewoon-bestand'), 'x');
  fs.writeFileSync(path.join(MAP, 'tekst.db'), 'geen database');
  fs.mkdirSync(path.join(MAP, 'slotmap'));
  fs.copyFileSync(DB, path.join(MAP, 'slotmap', 'kopie.db'));
  fs.mkdirSync(slotPad(path.join(MAP, 'slotmap', 'kopie.db')));
}, 60_000);

function cli(argv: string[]): Promise<{ code: number | null; uitvoer: string }> {
  return new Promise((resolve) => {
    const kind = spawn(process.execPath, [BIN, ...argv], { env: { ...process.env, SCHOOLINZET_DATA: MAP } });
    let uitvoer = '';
    kind.stdout.on('data', (d) => (uitvoer += d));
    kind.stderr.on('data', (d) => (uitvoer += d));
    kind.on('close', (code) => resolve({ code, uitvoer }));
  });
}

const m = (n: string) => path.join(MAP, n);
const CORPUS: [string, string[], RegExp][] = [
  ['info op /dev/null', ['info', '--db', '/dev/null'], /geen gewoon bestand/],
  ['info op een map', ['info', '--db', MAP], /is een map, geen Schoolinzet-bestand/],
  ['info op een tekstbestand', ['info', '--db', m('tekst.db')], /geen Schoolinzet-database/],
  ['een map waar het slotbriefje hoort', ['info', '--db', m('slotmap/kopie.db')], /staat een map met de naam/],
  ['een negatief jaar', ['kosten', '--begrotingsjaar', '-5', '--db', DB], /heeft een waarde nodig.*=-teken/],
  ['een negatief jaar met =', ['kosten', '--begrotingsjaar=-5', '--db', DB], /jaartal tussen/],
  ['een absurd jaar', ['dekking', '--begrotingsjaar', '1e300', '--db', DB], /jaartal tussen/],
  ['een negatief schooljaar', ['dekkingsgraad', '--schooljaar', '-2017', '--functie', 'JGW', '--db', DB], /heeft een waarde nodig/],
  ['een waarde bij een aan/uit-optie', ['info', '--json=ja', '--db', DB], /heeft geen waarde/],
  ['een onbekende optie', ['kosten', '--onzin', '--db', DB], /Onbekende optie --onzin/],
  ['een optie zonder waarde', ['kosten', '--begrotingsjaar'], /heeft een waarde nodig/],
  ['een onbekende opdracht', ['kostenn'], /Onbekende opdracht/],
  ['een bestand dat niet bestaat', ['kosten', '--begrotingsjaar', '2018', '--db', m('typo.db')], /bestaat niet/],
  ['--out is een map', ['export', 'financieel', '--begrotingsjaar', '2018', '--out', m('map.xlsx'), '--db', DB], /is een map, geen bestand/],
  ['--uit in een bestand', ['mutatielog', '--uit', m('gewoon-bestand/x.csv'), '--db', DB], /een deel van het pad is een bestand/],
  ['een import die niet bestaat', ['import', 'duo', m('weg.csv'), '--db', DB], /niet gevonden/],
  ['een import van een map', ['import', 'afspraken', m('map.xlsx'), '--db', DB], /geen bestand/],
  ['een import van geen Excel', ['import', 'afspraken', m('tekst.db'), '--db', DB], /geen Excel-werkmap/],
  ['een te lange zoektekst', ['scholen', '--zoek', 'a'.repeat(300), '--db', DB], /hoogstens 200 tekens/],
];

describe('the CLI over a hostile corpus', () => {
  it('answers every case in Dutch, with exit code 1 and no English', async () => {
    const uitkomsten: { naam: string; code: number | null; uitvoer: string; verwacht: RegExp }[] = [];
    // Three at a time: real processes, but the machine is shared.
    for (let i = 0; i < CORPUS.length; i += 3) {
      const groep = CORPUS.slice(i, i + 3);
      // Each case its own copy of the database: running processes would otherwise meet each
      // other's lock note (that answer is Dutch too, but not the one under test here).
      const r = await Promise.all(
        groep.map(([, argv], j) => {
          const kopie = m(`demo-${i + j}.db`);
          fs.copyFileSync(DB, kopie);
          return cli(argv.map((a) => (a === DB ? kopie : a)));
        }),
      );
      groep.forEach(([naam, , verwacht], j) => uitkomsten.push({ naam, verwacht, ...r[j] }));
    }
    for (const u of uitkomsten) {
      expect(u.uitvoer, u.naam).toMatch(u.verwacht);
      expect(u.uitvoer, u.naam).not.toMatch(ENGELS);
      expect(u.code, `${u.naam}: ${u.uitvoer}`).toBe(1);
    }
  }, 180_000);
});

describe('a full disk when the lock note is written', () => {
  it('opening says the disk is full in Dutch (ENOSPC injected at the write call), and leaves no note', async () => {
    const pad = m('vol.db');
    fs.copyFileSync(DB, pad);
    const echt = fs.writeFileSync;
    const spion = vi.spyOn(fs, 'writeFileSync').mockImplementation(((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      // The note is written whole to a file beside it (then linked into place), or straight with 'wx'.
      if (typeof p === 'string' && p.startsWith(slotPad(pad)))
        throw Object.assign(new Error('ENOSPC: no space left on device, open'), { code: 'ENOSPC', syscall: 'open', path: p });
      return (echt as (...a: unknown[]) => void)(p, ...rest);
    }) as typeof fs.writeFileSync);
    try {
      const fout = await DatabaseSessie.open(pad).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(DatabaseFout);
      expect((fout as Error).message).toBe(
        'vol.db kan niet worden geopend. De schijf is vol: er is niets opgeslagen. Maak ruimte vrij op de schijf (of vraag meer ruimte op de netwerkschijf) en probeer het opnieuw.',
      );
    } finally {
      spion.mockRestore();
    }
    expect(fs.existsSync(slotPad(pad))).toBe(false);
    expect(fs.readdirSync(path.dirname(pad)).filter((n) => n.startsWith('~$vol.db'))).toEqual([]);
  });
});

describe('the API over SQLite limits', () => {
  it('a full database and an offset SQLite cannot take are Dutch, not an internal error, and change nothing', async () => {
    const t = await testOmgeving(m('api.db'));
    try {
      const te = await t.call('afspraken.lijst', { schooljaar: 2017, offset: 1e300 });
      expect(te).toMatchObject({ ok: false, fout: { code: 'ongeldige-invoer', melding: expect.stringMatching(/te groot voor de database/) } });
      expect(JSON.stringify(te)).not.toMatch(ENGELS);

      // The file may not grow by a page: SQLite answers SQLITE_FULL, as on a full disk.
      t.db.pragma(`max_page_count = ${t.db.pragma('page_count', { simple: true })}`);
      const voor = dump(t.db);
      let vol: unknown = null;
      for (let i = 0; i < 200 && vol === null; i++) {
        const r = await t.call('wijken.maak', { naam: `Wijk ${i} ${'x'.repeat(80)}` });
        if (!r.ok) vol = r;
      }
      expect(vol).toMatchObject({
        ok: false,
        fout: { code: 'bestand', melding: expect.stringMatching(/^De schijf is vol: er is niets opgeslagen\. Maak ruimte vrij/) },
      });
      expect(JSON.stringify(vol)).not.toMatch(ENGELS);
      // The wijken before the full one stay; the failed one left nothing behind.
      const na = dump(t.db);
      expect((na.wijken as unknown[]).length).toBeGreaterThanOrEqual((voor.wijken as unknown[]).length);
      expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      t.sessie.close();
    }
  });
});
