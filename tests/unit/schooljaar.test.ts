import { describe, expect, it } from 'vitest';
import {
  aantalMaanden,
  afspraakMaanden,
  maandenInJaar,
  maandenPerBegrotingsjaar,
  maandSplitsingen,
  maandSplitsingTekst,
  parseSchooljaar,
  schooljaarLabel,
  schooljaarMaanden,
  schooljaarPeriode,
} from '../../electron/domain/schooljaar';

const periode = (startdatum: string | null = null, einddatum: string | null = null) => ({
  schooljaar: 2017,
  startdatum,
  einddatum,
});

describe('schooljaar labels', () => {
  it('writes and reads a schooljaar', () => {
    expect(schooljaarLabel(2017)).toBe('2017-2018');
    expect(parseSchooljaar('2017-2018')).toBe(2017);
    expect(parseSchooljaar('2017/2018')).toBe(2017);
    expect(parseSchooljaar('2017/18')).toBe(2017);
    expect(parseSchooljaar(' 2099/00 ')).toBe(2099);
  });

  it('refuses what is not one schooljaar', () => {
    expect(parseSchooljaar('2017-2019')).toBeNull();
    expect(parseSchooljaar('2017')).toBeNull();
    expect(parseSchooljaar('2017/19')).toBeNull();
    expect(parseSchooljaar('schooljaar')).toBeNull();
    expect(parseSchooljaar(null)).toBeNull();
  });
});

describe('months of a schooljaar', () => {
  it('runs 12 months from September by default', () => {
    const m = schooljaarMaanden(2017);
    expect(m).toHaveLength(12);
    expect(m[0]).toEqual({ jaar: 2017, maand: 9 });
    expect(m[11]).toEqual({ jaar: 2018, maand: 8 });
    expect(schooljaarPeriode(2017)).toEqual({ start: '2017-09-01', eind: '2018-08-31' });
  });

  it('follows another start month (August)', () => {
    const m = schooljaarMaanden(2017, 8);
    expect(m[0]).toEqual({ jaar: 2017, maand: 8 });
    expect(m[11]).toEqual({ jaar: 2018, maand: 7 });
    expect(maandenPerBegrotingsjaar(periode(), 8)).toEqual(
      new Map([
        [2017, 5],
        [2018, 7],
      ]),
    );
  });

  it('fits in one calendar year when it starts in January', () => {
    expect(maandenPerBegrotingsjaar(periode(), 1)).toEqual(new Map([[2017, 12]]));
  });
});

describe('afspraakMaanden', () => {
  it('covers the whole schooljaar without dates: 4 + 8', () => {
    expect(afspraakMaanden(periode())).toHaveLength(12);
    expect(maandenPerBegrotingsjaar(periode())).toEqual(
      new Map([
        [2017, 4],
        [2018, 8],
      ]),
    );
  });

  it('counts a mid-year start and end by calendar month', () => {
    // 15 November 2017 through 10 March 2018: nov, dec, jan, feb, mrt.
    const p = periode('2017-11-15', '2018-03-10');
    expect(afspraakMaanden(p).map((m) => `${m.jaar}-${m.maand}`)).toEqual(['2017-11', '2017-12', '2018-1', '2018-2', '2018-3']);
    expect(maandenInJaar(p, 2017)).toBe(2);
    expect(maandenInJaar(p, 2018)).toBe(3);
    expect(maandenInJaar(p, 2019)).toBe(0);
    expect(aantalMaanden(p)).toBe(5);
  });

  it('clamps dates outside the schooljaar', () => {
    const p = periode('2017-01-01', '2019-12-31');
    expect(aantalMaanden(p)).toBe(12);
    expect(maandenInJaar(p, 2017)).toBe(4);
  });

  it('covers nothing when the end lies before the schooljaar', () => {
    expect(aantalMaanden(periode(null, '2017-06-30'))).toBe(0);
    expect(afspraakMaanden(periode(null, '2017-06-30'))).toEqual([]);
  });

  it('counts an early end (beëindigd) only through its end month', () => {
    const p = periode(null, '2017-12-20');
    expect(maandenInJaar(p, 2017)).toBe(4);
    expect(maandenInJaar(p, 2018)).toBe(0);
  });
});

describe('maandSplitsingTekst', () => {
  const maanden = schooljaarMaanden(2017);

  it('writes the split of a schooljaar over calendar years', () => {
    expect(maandSplitsingTekst(maanden, 2017)).toBe('sep-dec 2017: 4/12');
    expect(maandSplitsingTekst(maanden, 2018)).toBe('jan-aug 2018: 8/12');
    expect(maandSplitsingTekst(maanden, 2019)).toBe('2019: 0/12');
  });

  it('writes the seed sum 4/12 × € 343.000 = € 114.333', () => {
    expect(maandSplitsingTekst(maanden, 2017, 34_300_000)).toBe('sep-dec 2017: 4/12 × € 343.000 = € 114.333');
    const s = maandSplitsingen(maanden, 34_300_000);
    expect(s.map((x) => x.bedragCents)).toEqual([11_433_333, 22_866_667]);
  });

  it('writes a single month without a range', () => {
    expect(maandSplitsingTekst(afspraakMaanden(periode('2017-12-01')), 2017)).toBe('dec 2017: 1/12');
  });
});
