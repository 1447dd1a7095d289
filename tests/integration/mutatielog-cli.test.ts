import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { csvCel } from '../../electron/db/mutatielog-csv';
import { neemSlot } from '../../electron/db/slot';
import { testOmgeving, tmpDbPad } from '../helpers/db';

function vangUitvoer() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, uitvoer: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
}

async function bestandMetWijzigingen() {
  const pad = tmpDbPad('zwolle.db');
  const env = await testOmgeving(pad);
  const instellingen = { gemeenteNaam: 'Zwolle', gemeenteCode: '0193', schooljaarStartMaand: 9, wekenPerSchooljaar: 40, standaardTarieven: { JGW: 7_500 } };
  expect((await env.call('instellingen.opslaan', instellingen)).ok).toBe(true);
  expect((await env.call('wijken.maak', { naam: '=HYPERLINK("http://x";"klik")', omschrijving: 'Noord; met "aanhalingstekens"' } as never)).ok).toBe(true);
  expect((await env.call('wijken.maak', { naam: 'Stadshagen' } as never)).ok).toBe(true);
  const aantal = env.db.prepare('SELECT count(*) FROM mutatielog').pluck().get() as number;
  env.sessie.close();
  return { pad, aantal };
}

describe('schoolinzet mutatielog', () => {
  it('writes the whole log as CSV for Excel: BOM, semicolons, oldest first, formulas neutralised', async () => {
    const { pad, aantal } = await bestandMetWijzigingen();
    const uit = path.join(path.dirname(pad), 'mutatielog.csv');
    const v = vangUitvoer();
    expect(await main(['mutatielog', '--db', pad, '--uit', uit], v.uitvoer)).toBe(0);
    expect(v.out.join('\n')).toMatch(new RegExp(`^${aantal} wijzigingen geschreven naar `));
    const bytes = fs.readFileSync(uit);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = bytes.toString('utf8').slice(1).split('\r\n');
    expect(regels.at(-1)).toBe('');
    expect(regels[0]).toBe('Tijd;Tijd (UTC, ISO);Gebruiker;Opdracht;Soort;Id;Oud;Nieuw');
    expect(regels).toHaveLength(aantal + 2);
    expect(regels[1]).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d:\d\d;\d{4}-\d\d-\d\dT[\d:.]+Z;tester;instellingen\.opslaan;/);
    expect(regels.slice(1, -1).map((r) => r.split(';')[3])).toEqual(['instellingen.opslaan', 'wijken.maak', 'wijken.maak'].slice(0, aantal));
    const tekst = bytes.toString('utf8');
    expect(tekst).not.toMatch(/;=HYPERLINK|;"=HYPERLINK/);
    expect(tekst).toContain('Stadshagen');
    expect(fs.readdirSync(path.dirname(uit)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says in Dutch why the file cannot be written (the name is a folder), exit 1', async () => {
    const { pad } = await bestandMetWijzigingen();
    const uit = path.join(path.dirname(pad), 'een-map.csv');
    fs.mkdirSync(uit);
    const v = vangUitvoer();
    expect(await main(['mutatielog', '--db', pad, '--uit', uit], v.uitvoer)).toBe(1);
    expect(v.err.join('\n')).toBe('een-map.csv kan niet worden opgeslagen: dat is een map, geen bestand.');
    expect(fs.readdirSync(path.dirname(uit)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints to the screen without --uit, and filters by entity', async () => {
    const { pad } = await bestandMetWijzigingen();
    const v = vangUitvoer();
    expect(await main(['mutatielog', '--db', pad, '--entiteit', 'wijk'], v.uitvoer)).toBe(0);
    expect(v.out[0]).toBe('\uFEFFTijd;Tijd (UTC, ISO);Gebruiker;Opdracht;Soort;Id;Oud;Nieuw');
    expect(v.out.slice(1).map((r) => r.split(';').slice(2, 5))).toEqual([
      ['tester', 'wijken.maak', 'wijk'],
      ['tester', 'wijken.maak', 'wijk'],
    ]);
  });

  it('quotes and neutralises cells the way Excel needs', () => {
    expect(csvCel('gewoon')).toBe('gewoon');
    expect(csvCel('a;b')).toBe('"a;b"');
    expect(csvCel('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCel('=1+1')).toBe("'=1+1");
    expect(csvCel('+31 38')).toBe("'+31 38");
    expect(csvCel('-5')).toBe("'-5");
    expect(csvCel('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCel('=A1;B1')).toBe(`"'=A1;B1"`);
  });

  it('refuses a file a colleague has open, and reads it with --alleen-lezen', async () => {
    const { pad } = await bestandMetWijzigingen();
    neemSlot(pad, { computer: 'PC-0231', gebruiker: 'j.jansen', pid: 4242, nu: () => new Date(), leeft: () => true });
    const v = vangUitvoer();
    expect(await main(['mutatielog', '--db', pad], v.uitvoer)).toBe(1);
    expect(v.err.join('\n')).toMatch(/Dit bestand is geopend door j\.jansen op PC-0231 sinds \d\d:\d\d\. Je kunt het alleen-lezen openen/);
    const w = vangUitvoer();
    expect(await main(['mutatielog', '--db', pad, '--alleen-lezen'], w.uitvoer)).toBe(0);
    expect(w.out[0]).toContain('Tijd;');
  });
});
