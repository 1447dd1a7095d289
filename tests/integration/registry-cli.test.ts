// `schoolinzet scholen` lists the schools through the same API as the app.
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { basis, ok } from '../helpers/registratie';

function vang() {
  const out: string[] = [];
  const err: string[] = [];
  return { uitvoer: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('schoolinzet scholen', () => {
  it('prints a table and JSON, filters by sector, refuses an unknown sector', async () => {
    const pad = tmpDbPad();
    const env = await testOmgeving(pad);
    const d = await basis(env);
    await ok(env, 'scholen.wijzig', { ...d.mozaiek, leerlingen: [{ jaar: 2018, aantal: 1234 }] });
    env.sessie.close();

    const t = vang();
    expect(await main(['scholen', '--db', pad], t.uitvoer)).toBe(0);
    const tekst = t.out.join('\n');
    expect(tekst).toMatch(/20CF01\s+Het Mozaïek\s+PO\s+Centrum\s+Stichting Openbaar Onderwijs Zwolle\s+1\.234 \(2018\)/);
    expect(tekst).toContain('3 scholen');

    const j = vang();
    expect(await main(['scholen', '--db', pad, '--sector', 'vo', '--json'], j.uitvoer)).toBe(0);
    expect(JSON.parse(j.out.join('\n')).map((r: { naam: string }) => r.naam)).toEqual(['Carolus Clusius College']);

    const f = vang();
    expect(await main(['scholen', '--db', pad, '--sector', 'HBO'], f.uitvoer)).toBe(1);
    expect(f.err.join('\n')).toMatch(/Onbekende sector "HBO"/);
  });
});

describe('year options', () => {
  it('follow the one year rule (domain/velden.ts), with a message naming the option', async () => {
    const pad = tmpDbPad();
    (await testOmgeving(pad)).sessie.close();
    for (const [args, melding] of [
      [['kosten', '--begrotingsjaar', '1989'], '--begrotingsjaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2018 (niet "1989").'],
      [['dekking', '--begrotingsjaar', '2101'], '--begrotingsjaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2018 (niet "2101").'],
      [['import', 'duo', 'scholen.csv', '--jaar', '1989'], '--jaar moet een jaartal tussen 1990 en 2100 zijn, zoals 2018 (niet "1989").'],
      [['kosten', '--schooljaar', '1989-1990'], '--schooljaar moet een schooljaar zijn zoals 2017-2018: twee opeenvolgende jaren (niet "1989-1990").'],
      [
        ['export', 'sjabloon', '--out', 'sjabloon.xlsx', '--schooljaar', '2017-2019'],
        '--schooljaar moet een schooljaar zijn zoals 2017-2018: twee opeenvolgende jaren (niet "2017-2019").',
      ],
    ] as const) {
      const f = vang();
      expect(await main([...args, '--db', pad], f.uitvoer), args.join(' ')).toBe(1);
      expect(f.err.join('\n')).toContain(melding);
    }
    const g = vang();
    expect(await main(['kosten', '--begrotingsjaar', '1990', '--db', pad], g.uitvoer)).toBe(0);
  });
});
