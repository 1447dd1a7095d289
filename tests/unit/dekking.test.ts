import { describe, expect, it } from 'vitest';
import { dekking, dekkingVoorJaar } from '../../electron/domain/dekking';
import type { BegrotingspostBedrag } from '../../electron/domain/types';
import { afspraak, CTX, lookups, zwolleAfspraken } from './helpers/domein';

const posten = (jaar: number): BegrotingspostBedrag[] => [
  { begrotingspostId: 2, naam: 'PPN investering toegang en preventie jeugd', soort: 'incidenteel', jaar, bedragCents: 55_000_000 },
  { begrotingspostId: 1, naam: 'Opgroei- en opvoedondersteuning', soort: 'structureel', jaar, bedragCents: 45_000_000 },
];

describe('dekking', () => {
  it('covers 2018 from € 450.000 structureel first, then the incidentele € 550.000', () => {
    // 2017-2018 and 2018-2019 at gemeente 100 %: 8/12 + 4/12 of € 686.000 = € 686.000 in 2018.
    const afspraken = [...zwolleAfspraken(2017, 100), ...zwolleAfspraken(2018, 100)];
    const d = dekkingVoorJaar(afspraken, 2018, [...posten(2018), ...posten(2019)], CTX, lookups());
    expect(Math.abs(d.kostenGemeenteCents - 68_600_000)).toBeLessThanOrEqual(100);
    expect(d.structureelCents).toBe(45_000_000);
    expect(d.incidenteelCents).toBe(55_000_000);
    expect(d.budgetCents).toBe(100_000_000); // posten of 2019 are not counted
    expect(d.saldoCents).toBe(100_000_000 - d.kostenGemeenteCents);
    expect(d.tekortCents).toBe(0);
    // Listed in the order given; structureel used in full, incidenteel for the rest.
    expect(d.posten.map((p) => p.begrotingspostId)).toEqual([2, 1]);
    const [ppn, structureel] = d.posten;
    expect(structureel.ingezetCents).toBe(45_000_000);
    expect(structureel.resterendCents).toBe(0);
    expect(ppn.ingezetCents).toBe(d.kostenGemeenteCents - 45_000_000);
    expect(ppn.resterendCents).toBe(d.saldoCents);
  });

  it('reports a tekort when the cost exceeds all posten', () => {
    const d = dekking(110_000_000, 2019, posten(2019));
    expect(d.saldoCents).toBe(-10_000_000);
    expect(d.tekortCents).toBe(10_000_000);
    expect(d.posten.every((p) => p.resterendCents === 0)).toBe(true);
  });

  it('leaves the incidentele post untouched when the structurele is enough', () => {
    const d = dekking(30_000_000, 2018, posten(2018));
    expect(d.posten.find((p) => p.soort === 'incidenteel')?.ingezetCents).toBe(0);
    expect(d.posten.find((p) => p.soort === 'structureel')?.resterendCents).toBe(15_000_000);
    expect(d.saldoCents).toBe(70_000_000);
  });

  it('keeps afspraken in voorbereiding out of the cost but shows their gemeente part', () => {
    const concept = afspraak({ schooljaar: 2018, status: 'concept', aandeelGemeente: 100, aandeelOnderwijs: 0 });
    const d = dekkingVoorJaar([concept], 2018, posten(2018), CTX, lookups());
    expect(d.kostenGemeenteCents).toBe(0);
    expect(d.inVoorbereidingGemeenteCents).toBe(266_667); // 4/12 × € 8.000
  });

  it('gives each proeftuin with gemeente money in the year its own line, outside the posten and the saldo', () => {
    const geld = [
      { proeftuinId: 1, naam: 'Proeftuin Krakeel', jaar: 2018, gemeenteCents: 12_000_001 },
      { proeftuinId: 1, naam: 'Proeftuin Krakeel', jaar: 2019, gemeenteCents: 10_000_000 },
      { proeftuinId: 2, naam: 'Proeftuin Centrum', jaar: 2018, gemeenteCents: 0 },
      { proeftuinId: 3, naam: 'Proeftuin Oost', jaar: 2018, gemeenteCents: 5_000_000 },
    ];
    const zonder = dekking(30_000_000, 2018, posten(2018));
    const met = dekking(30_000_000, 2018, posten(2018), 0, geld);
    expect(met.proeftuinen).toEqual([
      { proeftuinId: 1, naam: 'Proeftuin Krakeel', gemeenteCents: 12_000_001 },
      { proeftuinId: 3, naam: 'Proeftuin Oost', gemeenteCents: 5_000_000 },
    ]);
    expect(met.proeftuinenGemeenteCents).toBe(17_000_001);
    // Cost, posten, budget, saldo and tekort are those without the proeftuinen.
    expect({ ...met, proeftuinen: [], proeftuinenGemeenteCents: 0 }).toEqual(zonder);
    expect(zonder.proeftuinen).toEqual([]);
  });
});
