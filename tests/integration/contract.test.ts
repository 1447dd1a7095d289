import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, contract } from '../../electron/api/contract';
import { handlers } from '../../electron/api/registry';
import { dump, testOmgeving } from '../helpers/db';

// Inputs no method accepts: wrong types, unknown keys, prototype pollution, huge strings, NaN.
const GARBAGE: unknown[] = [
  null,
  42,
  'tekst',
  [],
  true,
  { __onbekend__: 1 },
  JSON.parse('{"__proto__": {"vervuild": true}}'),
  { constructor: { prototype: { vervuild: true } } },
  { id: Number.NaN, naam: 'x'.repeat(1_000_000), __extra: -1 },
];

describe('the API contract', () => {
  let env: Awaited<ReturnType<typeof testOmgeving>>;
  beforeAll(async () => {
    env = await testOmgeving();
  });
  afterAll(() => env.sessie.close());

  it('has a handler for every method and a method for every handler', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(['lezen', 'wijzigen', 'actie']).toContain(contract[name].soort);
  });

  it.each(METHOD_NAMES)('%s rejects garbage with a Dutch message and changes nothing', async (method) => {
    const voor = dump(env.db);
    for (const input of GARBAGE) {
      const result = await env.call(method, input);
      expect(result.ok, `${method} accepted ${JSON.stringify(input)?.slice(0, 80)}`).toBe(false);
      if (result.ok) continue;
      expect(result.fout.code).toBe('ongeldige-invoer');
      expect(result.fout.melding).toMatch(/ongeldig|invoer|fout|verwacht|onbekend|moet|niet/i);
      expect(result.fout.melding).not.toMatch(/\b(expected|invalid|received|unrecognized)\b/i);
    }
    expect(dump(env.db)).toEqual(voor);
    expect(({} as Record<string, unknown>).vervuild).toBeUndefined();
  });

  it('refuses an unknown method name', async () => {
    const result = await env.call('scholen.allesWissen' as never, {});
    expect(result).toMatchObject({ ok: false, fout: { code: 'ongeldige-invoer' } });
  });

  it('saves settings through a wijzigen method and logs the change', async () => {
    const result = await env.call('instellingen.opslaan', {
      gemeenteNaam: 'Zwolle',
      gemeenteCode: '0193',
      schooljaarStartMaand: 9,
      wekenPerSchooljaar: 40,
      standaardTarieven: { JGW: 7_500 },
    });
    expect(result.ok).toBe(true);
    const gelezen = await env.call('instellingen.lezen', {});
    expect(gelezen.ok && gelezen.data).toMatchObject({ gemeenteNaam: 'Zwolle', standaardTarieven: { JGW: 7_500 } });
    const log = env.db.prepare(`SELECT methode, gebruiker FROM mutatielog`).all();
    expect(log).toEqual([{ methode: 'instellingen.opslaan', gebruiker: 'tester' }]);
  });

  it('names the field in Dutch when one value is wrong', async () => {
    const result = await env.call('instellingen.opslaan', {
      gemeenteNaam: 'Zwolle',
      gemeenteCode: '193x',
      schooljaarStartMaand: 13,
      wekenPerSchooljaar: 40,
      standaardTarieven: {},
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fout.velden.map((v) => v.veld)).toEqual(['gemeenteCode', 'schooljaarStartMaand']);
    expect(result.fout.velden[1].melding).toBe('Startmaand schooljaar: kies een maand van januari tot december.');
  });
});
