// afspraken.lijst in windows: the first windows sorted by school walk the schools in name order
// (index scholen_naam), deeper ones sort the keys, and every window fetches its rows by id. Whatever
// path a window takes, the windows together are the whole list, row for row, costs included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OP_NAAM_TOT } from '../../electron/db/afspraken-repo';
import type { Input, Output } from '../../electron/api/contract';
import { metBasis, ok, type Basis, type Env } from '../helpers/registratie';

let env: Env;
let d: Basis;
const SCHOLEN = Math.ceil((OP_NAAM_TOT + 2_000) / 3);

beforeAll(async () => {
  ({ env, d } = await metBasis());
  const db = env.db;
  db.transaction(() => {
    const school = db.prepare(`INSERT INTO scholen (vestigingscode, brin, naam, sector, wijk_id) VALUES (?, ?, ?, ?, ?)`);
    const afspraak = db.prepare(
      `INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, aandeel_gemeente, aandeel_onderwijs, status, startdatum)
       VALUES (?, ?, ?, ?, ?, 100, 0, ?, ?)`,
    );
    // Names that differ only in case or accents, and names shared by several vestigingen.
    const namen = ['De Regenboog', 'de regenboog', 'DE REGENBOOG', 'Het Mozaïek', 'het mozaiek', "'t Startpunt", 'École Internationale', 'Zonnewijzer'];
    const statussen = ['concept', 'afgesproken', 'getekend'];
    for (let i = 0; i < SCHOLEN; i++) {
      const code = `${(60_000 + i).toString(36).toUpperCase()}00`;
      const naam = `${namen[(i * 7) % namen.length]} ${i % 13}`;
      const id = Number(school.run(code, code.slice(0, 4), naam, i % 5 ? 'PO' : 'VO', i % 4 ? d.centrum.id : null).lastInsertRowid);
      for (const [f, functie] of ['SMW', 'JGW', 'IB'].entries()) {
        afspraak.run(2020, id, [d.kern, d.mee, d.trias][(i + f) % 3], functie, (i % 9) + f, statussen[(i + f) % 3], i % 6 ? null : '2021-01-01');
      }
      afspraak.run(2019, id, d.kern, 'JGW', 3, 'afgesproken', null);
    }
  })();
});
afterAll(() => env.sessie.close());

type Filter = Omit<Input<'afspraken.lijst'>, 'limiet' | 'offset'>;

/** The list in windows of 700 rows, the way the table asks for it. */
async function inVensters(filter: Filter, totaal: number): Promise<Output<'afspraken.lijst'>['rijen']> {
  const rijen = [];
  for (let offset = 0; offset < totaal; offset += 700) rijen.push(...(await ok(env, 'afspraken.lijst', { ...filter, limiet: 700, offset })).rijen);
  return rijen;
}

describe('afspraken.lijst in windows', () => {
  // Functions: the aanbieder ids exist once beforeAll ran.
  const gevallen: [string, () => Filter][] = [
    ['by school (default)', () => ({ schooljaar: 2020 })],
    ['by school, descending', () => ({ schooljaar: 2020, sorteer: 'school', richting: 'af' })],
    ['by school within a sector and a status', () => ({ schooljaar: 2020, sector: 'PO', status: 'getekend' })],
    ['by school for one aanbieder', () => ({ schooljaar: 2020, aanbiederId: d.kern })],
    ['by basisuren', () => ({ schooljaar: 2020, sorteer: 'basisuren', richting: 'af' })],
    ['by kosten', () => ({ schooljaar: 2020, sorteer: 'kosten' })],
  ];
  it.each(gevallen)('%s: the windows together are the whole list', async (_naam, filter) => {
    const f = filter();
    const alles = await ok(env, 'afspraken.lijst', f);
    expect(alles.rijen).toHaveLength(alles.totaal);
    expect(await inVensters(f, alles.totaal)).toEqual(alles.rijen);
  });

  it('orders by school name without case, then vestigingscode, functie and id, in both directions', async () => {
    const { rijen, totaal } = await ok(env, 'afspraken.lijst', { schooljaar: 2020 });
    expect(totaal).toBe(SCHOLEN * 3);
    expect(totaal).toBeGreaterThan(OP_NAAM_TOT);
    // SQLite's NOCASE folds A-Z only; the rest compares as UTF-8 bytes, which for these names is code unit order.
    const sleutel = (r: (typeof rijen)[number]) => [
      r.schoolNaam.replace(/[A-Z]/g, (c) => c.toLowerCase()),
      r.vestigingscode,
      r.functie,
      String(r.id).padStart(9, '0'),
    ];
    const vergelijk = (a: string[], b: string[]) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return 0;
    };
    const verwacht = [...rijen].sort((a, b) => vergelijk(sleutel(a), sleutel(b)));
    expect(rijen.map((r) => r.id)).toEqual(verwacht.map((r) => r.id));
    const af = await ok(env, 'afspraken.lijst', { schooljaar: 2020, richting: 'af' });
    const naam = (r: (typeof rijen)[number]) => r.schoolNaam.replace(/[A-Z]/g, (c) => c.toLowerCase());
    expect(af.rijen.map(naam)).toEqual(verwacht.map(naam).reverse());
  });

  it('a window on either side of the switch from walking names to sorting gives the same rows', async () => {
    const voor = await ok(env, 'afspraken.lijst', { schooljaar: 2020, limiet: 200, offset: OP_NAAM_TOT - 100 });
    const na = await ok(env, 'afspraken.lijst', { schooljaar: 2020, limiet: 200, offset: OP_NAAM_TOT });
    expect(na.rijen.slice(0, 100)).toEqual(voor.rijen.slice(100));
    expect(voor.totaal).toBe(na.totaal);
    expect(voor.totalen).toEqual(na.totalen);
  });
});
