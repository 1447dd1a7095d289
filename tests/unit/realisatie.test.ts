// Realised against agreed hours: basis × weken × maanden/12 plus each aanvullende inzet record's hours × weken × its own maanden/12, half up to one decimal.
import { describe, expect, it } from 'vitest';
import { realisatie, type RealisatieAfspraak } from '../../electron/domain/realisatie';

let id = 1;
const afspraak = (over: Partial<RealisatieAfspraak> = {}): RealisatieAfspraak => ({
  id: id++,
  schooljaar: 2023,
  schoolId: 1,
  aanbiederId: 1,
  functie: 'JMW',
  basisurenPerWeek: 4,
  aanvullend: [],
  wekenPerJaar: null,
  startdatum: null,
  einddatum: null,
  vestigingscode: '07KX00',
  schoolnaam: 'De Tamboer',
  aanbieder: 'Stichting Welzijnswerk',
  ...over,
});
const O = { drempel: 90, standaardWeken: 40, startMaand: 9 };

/** Independent: realised / (u × w × m / 12) × 100 as an exact fraction in BigInt, half up to tenths. */
function verwacht(gerealiseerd: number, uren: number, weken: number, maanden: number): number {
  const teller = BigInt(Math.round(gerealiseerd * 100)) * 12n * 1000n * 10000n;
  const noemer = BigInt(Math.round(uren * 100)) * BigInt(Math.round(weken * 100)) * BigInt(maanden) * 100n;
  return Number((2n * teller + noemer) / (2n * noemer)) / 10;
}

describe('realisatie', () => {
  it('counts an aanvullende inzet record for its own months only, and one with an amount not at all', () => {
    // A record of its own months counts only those: 3 uur × 40 weken × 4/12 = 40 uur on top of 4 × 40 = 160.
    const deels = afspraak({
      aanvullend: [
        { urenPerWeek: 3, startdatum: '2024-01-08', einddatum: '2024-04-30' },
        { urenPerWeek: null, startdatum: '2023-09-01', einddatum: '2024-08-31' },
      ],
      schoolnaam: 'Deels extra',
    });
    const r = realisatie(2023, [deels], new Map([[deels.id, 200]]), O);
    expect(r.perAfspraak[0]).toMatchObject({ maanden: 12, afgesprokenUren: 200, realisatiegraad: 100 });
  });

  it('takes the agreed hours for the months it ran and flags below the threshold', () => {
    const heel = afspraak();
    const kort = afspraak({ einddatum: '2024-01-31', schoolnaam: 'De Kei', functie: 'JW' }); // sep-jan: 5 months
    const extra = afspraak({
      basisurenPerWeek: 2,
      aanvullend: [{ urenPerWeek: 1.5, startdatum: '2023-09-01', einddatum: '2024-08-31' }],
      wekenPerJaar: 38,
      schoolnaam: 'Wolfsbos Groep',
      aanbieder: 'De Kern',
    });
    const stil = afspraak({ schoolnaam: 'Zonder opgave' });
    const r = realisatie(
      2023,
      [heel, kort, extra, stil],
      new Map([
        [heel.id, 150],
        [kort.id, 66.67],
        [extra.id, 133],
      ]),
      O,
    );
    const per = new Map(r.perAfspraak.map((x) => [x.schoolnaam, x]));
    expect(per.get('De Tamboer')).toMatchObject({ maanden: 12, afgesprokenUren: 160, realisatiegraad: 93.8, onderDrempel: false });
    expect(per.get('De Kei')).toMatchObject({ maanden: 5, afgesprokenUren: 66.67, realisatiegraad: 100, onderDrempel: false });
    expect(per.get('Wolfsbos Groep')).toMatchObject({ afgesprokenUren: 133, realisatiegraad: 100 });
    expect(per.get('Zonder opgave')).toMatchObject({ gerealiseerdeUren: null, realisatiegraad: null, onderDrempel: false });
    const sww = r.perAanbieder.find((a) => a.aanbieder === 'Stichting Welzijnswerk')!;
    // Only reported afspraken count in the share: (150 + 66,67) / (160 + 66,666…) = 95,6 %.
    expect(sww).toMatchObject({ aantalAfspraken: 3, aantalOpgegeven: 2, realisatiegraad: 95.6, onderDrempel: false });
    expect(r.perFunctie.map((f) => f.functie)).toEqual(['JMW', 'JW']);

    const laag = realisatie(2023, [heel], new Map([[heel.id, 143.9]]), O);
    expect(laag.perAfspraak[0]).toMatchObject({ realisatiegraad: 89.9, onderDrempel: true });
    expect(realisatie(2023, [heel], new Map([[heel.id, 144]]), O).perAfspraak[0]).toMatchObject({ realisatiegraad: 90, onderDrempel: false });
    expect(realisatie(2023, [heel], new Map([[heel.id, 144]]), { ...O, drempel: 95 }).totaal.onderDrempel).toBe(true);
  });

  it('matches an independent exact computation on random afspraken', () => {
    let s = 42;
    const rnd = (n: number) => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n;
    for (let i = 0; i < 2000; i++) {
      const uren = (1 + rnd(4000)) / 100;
      const weken = (100 + rnd(5200)) / 100;
      const eind = rnd(2) ? null : `${rnd(2) ? 2023 : 2024}-${String(1 + rnd(12)).padStart(2, '0')}-15`;
      const a = afspraak({ basisurenPerWeek: uren, wekenPerJaar: weken, einddatum: eind });
      const g = rnd(200_000) / 100;
      const r = realisatie(2023, [a], new Map([[a.id, g]]), O).perAfspraak[0];
      if (r.maanden === 0) expect(r.realisatiegraad).toBeNull();
      else expect(r.realisatiegraad).toBe(verwacht(g, uren, weken, r.maanden));
    }
  });
});
