import { describe, expect, it } from 'vitest';
import {
  heeftNulTarief,
  nulTariefAfspraken,
  nulTariefWaarschuwing,
  onvolledigeJaren,
  schooljarenInBegrotingsjaar,
  tellingPerSchooljaar,
} from '../../electron/domain/waarschuwingen';
import { afspraak, CTX } from './helpers/domein';

describe('no silent € 0 (item 2)', () => {
  it('flags an effective rate of 0 without a fixed amount, whatever the status', () => {
    expect(heeftNulTarief(afspraak({ functie: 'JMW' }), CTX)).toBe(true); // no standaard rate for JMW
    expect(heeftNulTarief(afspraak({ functie: 'JGW' }), CTX)).toBe(false); // € 50 standaard
    expect(heeftNulTarief(afspraak({ functie: 'JGW', uurtariefCents: 0 }), CTX)).toBe(true);
    expect(heeftNulTarief(afspraak({ functie: 'JMW', vastBedragCents: 0 }), CTX)).toBe(false); // a fixed amount is a choice
    expect(heeftNulTarief(afspraak({ functie: 'JMW', uurtariefCents: 7_500 }), CTX)).toBe(false);
    const lijst = nulTariefAfspraken(
      [afspraak({ id: 7, functie: 'JMW', status: 'concept' }), afspraak({ id: 8 }), afspraak({ id: 9, functie: 'JW', uurtariefCents: 0 })],
      CTX,
    );
    expect(lijst.map((a) => [a.id, a.functie, a.status])).toEqual([
      [7, 'JMW', 'concept'],
      [9, 'JW', 'getekend'],
    ]);
    const w = nulTariefWaarschuwing(lijst)!;
    expect(w.soort).toBe('tarief-nul');
    expect(w.tekst).toBe(
      '2 afspraken hebben een uurtarief van € 0 en geen vast bedrag (JMW, JW); hun kosten tellen daardoor als € 0. Stel een tarief in bij Tarieven of bij de afspraak.',
    );
    expect(w.afspraken).toHaveLength(2);
    expect(nulTariefWaarschuwing([])).toBeNull();
  });
});

describe('an incomplete year says so (item 3)', () => {
  const telling = tellingPerSchooljaar(
    [
      afspraak({ schooljaar: 2017 }), // 4 × 40 × € 50 = € 8.000
      afspraak({ schooljaar: 2017 }),
      afspraak({ schooljaar: 2018 }),
      afspraak({ schooljaar: 2018 }),
      afspraak({ schooljaar: 2019, status: 'concept' }), // not counted
      afspraak({ schooljaar: 2020, startdatum: '2021-03-01' }), // 6 of 12 months
    ],
    CTX,
  );

  it('counts the counted afspraken and their cost per schooljaar', () => {
    expect(telling.get(2017)).toEqual({ aantal: 2, totaal: 1_600_000 });
    expect(telling.get(2019)).toBeUndefined();
    expect(telling.get(2020)).toEqual({ aantal: 1, totaal: 400_000 });
  });

  it('names the schooljaren a begrotingsjaar takes months from', () => {
    expect(schooljarenInBegrotingsjaar(2019, 9)).toEqual([2018, 2019]);
    expect(schooljarenInBegrotingsjaar(2019, 1)).toEqual([2019]);
  });

  it('warns for a schooljaar without counted afspraken, with its months in that begrotingsjaar', () => {
    expect(onvolledigeJaren(2018, 9, telling)).toEqual([]);
    expect(onvolledigeJaren(2019, 9, telling)).toEqual([
      {
        soort: 'schooljaar-zonder-afspraken',
        schooljaar: 2019,
        tekst: 'Schooljaar 2019-2020 heeft nog geen afspraken die meetellen; sep-dec 2019 telt daardoor als € 0.',
      },
    ]);
    expect(onvolledigeJaren(2020, 9, telling).map((w) => w.tekst)).toEqual([
      'Schooljaar 2019-2020 heeft nog geen afspraken die meetellen; jan-aug 2020 telt daardoor als € 0.',
    ]);
    // Start month August: 2019-2020 runs aug 2019-jul 2020.
    expect(onvolledigeJaren(2019, 8, telling)[0].tekst).toContain('aug-dec 2019 telt daardoor als € 0');
  });

  it('warns when a schooljaar counts less than half of the one before, not at exactly half', () => {
    const t = new Map([
      [2020, { aantal: 10, totaal: 1_000_000 }],
      [2021, { aantal: 3, totaal: 499_999 }],
      [2022, { aantal: 3, totaal: 250_000 }],
    ]);
    const w = onvolledigeJaren(2021, 9, t);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ soort: 'schooljaar-onvolledig', schooljaar: 2021 });
    expect(w[0].tekst).toBe(
      'Schooljaar 2021-2022 telt € 5.000 aan afspraken die meetellen, minder dan de helft van schooljaar 2020-2021 (€ 10.000); sep-dec 2021 is daardoor mogelijk nog niet compleet.',
    );
    // Exactly half (2023: € 1.250 after € 2.500) is no warning, nor is a little more than half (2022).
    expect(onvolledigeJaren(2023, 9, new Map([...t, [2023, { aantal: 1, totaal: 125_000 }]]))).toEqual([]);
  });
});
