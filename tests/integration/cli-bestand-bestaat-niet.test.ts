// Read commands refuse a --db file that does not exist: Dutch message, exit 1, no file or folder made.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';

const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-bestaat-niet-'));
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const err: string[] = [];
  const code = await main(argv, { out: () => undefined, err: (t) => err.push(t) });
  return { code, err: err.join('\n') };
}

describe('leesopdrachten met een bestand dat niet bestaat', () => {
  const typo = path.join(map, 'submap', 'typo.db');
  it.each([
    ['kosten', '--begrotingsjaar', '2017'],
    ['dekking', '--begrotingsjaar', '2018'],
    ['info'],
    ['export', 'financieel', '--begrotingsjaar', '2018', '--out', path.join(map, 'uit.xlsx')],
    ['scholen'],
    ['mutatielog'],
    ['monitor', '--schooljaar', '2017-2018'],
    ['dekkingsgraad', '--schooljaar', '2017-2018', '--functie', 'JGW'],
    ['werkplannen', '--schooljaar', '2017-2018'],
  ])('%s weigert en maakt niets aan', async (...argv) => {
    const r = await cli(...argv, '--db', typo);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bestaat niet');
    expect(fs.existsSync(path.join(map, 'submap'))).toBe(false);
    expect(fs.existsSync(path.join(map, 'uit.xlsx'))).toBe(false);
  });

  it('export naar een map die niet bestaat: afsluitcode 1, de reden in het Nederlands, geen map gemaakt', async () => {
    const db = path.join(map, 'bestaat.db');
    expect((await cli('info', '--nieuw', '--db', db)).code).toBe(0);
    for (const argv of [
      ['export', 'financieel', '--begrotingsjaar', '2018'],
      ['export', 'alles'],
      ['export', 'sjabloon'],
    ]) {
      const uit = path.join(map, 'geen-map', 'diep', 'uit.xlsx');
      const r = await cli(...argv, '--out', uit, '--db', db);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err, argv.join(' ')).toBe('uit.xlsx kan niet worden opgeslagen: de map bestaat niet.');
      expect(fs.existsSync(path.join(map, 'geen-map'))).toBe(false);
    }
  });

  it('info --nieuw maakt wel een nieuwe database', async () => {
    const nieuw = path.join(map, 'nieuw.db');
    expect((await cli('info', '--nieuw', '--db', nieuw)).code).toBe(0);
    expect(fs.existsSync(nieuw)).toBe(true);
    expect((await cli('info', '--db', nieuw)).code).toBe(0);
  });
});
