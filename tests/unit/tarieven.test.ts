import { describe, expect, it } from 'vitest';
import { geindexeerd, indexeerPlan, metGeldigheid, metTarieven, tariefInSchooljaar, type Tarief } from '../../electron/domain/tarieven';

const rijen: Tarief[] = [
  { functie: 'JGW', vanafSchooljaar: 2015, uurtariefCents: 7_500, wekenPerJaar: 40 },
  { functie: 'JGW', vanafSchooljaar: 2018, uurtariefCents: 8_000, wekenPerJaar: 38 },
  { functie: 'SMW', vanafSchooljaar: 2016, uurtariefCents: 6_850, wekenPerJaar: 40 },
];

describe('tarieven per schooljaar (rule 9)', () => {
  it('takes the latest row from the schooljaar or before, none before the first', () => {
    expect(tariefInSchooljaar(rijen, 'JGW', 2014)).toBeNull();
    expect(tariefInSchooljaar(rijen, 'JGW', 2015)?.uurtariefCents).toBe(7_500);
    expect(tariefInSchooljaar(rijen, 'JGW', 2017)?.uurtariefCents).toBe(7_500);
    expect(tariefInSchooljaar(rijen, 'JGW', 2018)?.uurtariefCents).toBe(8_000);
    expect(tariefInSchooljaar(rijen, 'JGW', 2030)?.wekenPerJaar).toBe(38);
    expect(tariefInSchooljaar(rijen, 'IB', 2018)).toBeNull();
  });

  it('says up to which schooljaar each row applies', () => {
    expect(metGeldigheid(rijen).map((t) => [t.functie, t.vanafSchooljaar, t.totSchooljaar])).toEqual([
      ['JGW', 2015, 2017],
      ['JGW', 2018, null],
      ['SMW', 2016, null],
    ]);
  });

  it('fills only what the afspraak (or its regeling) does not state', () => {
    const a = { functie: 'JGW', schooljaar: 2019, wekenPerJaar: null, uurtariefCents: null };
    const eigen = { functie: 'JGW', schooljaar: 2019, wekenPerJaar: 39, uurtariefCents: 9_000 };
    const deels = { functie: 'JGW', schooljaar: 2016, wekenPerJaar: 39, uurtariefCents: null };
    const vroeg = { functie: 'JGW', schooljaar: 2010, wekenPerJaar: null, uurtariefCents: null };
    expect(metTarieven([a, eigen, deels, vroeg], rijen)).toEqual([
      { ...a, wekenPerJaar: 38, uurtariefCents: 8_000 },
      eigen,
      { ...deels, uurtariefCents: 7_500 },
      vroeg,
    ]);
  });

  it('indexes half up to whole cents: round(rate × (100 + p) / 100)', () => {
    expect(geindexeerd(7_550, 2.5)).toBe(7_739); // 7.738,75 → 7.739
    expect(geindexeerd(8_123, 2.1)).toBe(8_294); // 8.293,583 → 8.294
    expect(geindexeerd(100, 0.5)).toBe(101); // exactly half a cent: up
    expect(geindexeerd(7, 2.5)).toBe(7); // 7,175 → 7
    expect(geindexeerd(8_000, 0)).toBe(8_000);
    expect(geindexeerd(8_000, -1.25)).toBe(7_900);
    expect(geindexeerd(9_999, 3.33)).toBe(10_332); // 10.331,967 → 10.332
  });

  it('indexes every row from the schooljaar on and adds one where none starts there; earlier rows stay', () => {
    const basis = { standaardTarieven: { IB: 6_000 }, wekenPerSchooljaar: 40 };
    const { wijzigingen, tarieven } = indexeerPlan(rijen, ['JGW', 'IB'], 2017, 2, basis);
    expect(wijzigingen).toEqual([
      { functie: 'IB', vanafSchooljaar: 2017, oudCents: 6_000, nieuwCents: 6_120, nieuweRij: true },
      { functie: 'JGW', vanafSchooljaar: 2017, oudCents: 7_500, nieuwCents: 7_650, nieuweRij: true },
      { functie: 'JGW', vanafSchooljaar: 2018, oudCents: 8_000, nieuwCents: 8_160, nieuweRij: false },
    ]);
    expect(tarieven).toContainEqual(rijen[0]);
    expect(tarieven).toContainEqual(rijen[2]);
    expect(tarieven).toContainEqual({ functie: 'JGW', vanafSchooljaar: 2017, uurtariefCents: 7_650, wekenPerJaar: 40 });
    expect(tarieven).toContainEqual({ functie: 'IB', vanafSchooljaar: 2017, uurtariefCents: 6_120, wekenPerJaar: 40 });
  });
});
