import { describe, expect, it } from 'vitest';
import { kerncijfersVoor, kostenPerLeerling, kostenPerLeerlingInvoer, type PerLeerlingSchool } from '../../electron/domain/per-leerling';

const school = (
  sector: PerLeerlingSchool['sector'],
  wijkId: number | null,
  leerlingen: PerLeerlingSchool['leerlingen'],
  leerlingenJaar: number | null = 2017,
): PerLeerlingSchool => ({
  sector,
  wijkId,
  leerlingen,
  leerlingenJaar,
});
const v = (totaal: number, gemeente = totaal) => ({ totaal, gemeente, onderwijs: totaal - gemeente, overig: 0 });

const invoer = {
  kosten: {
    totaal: 100_000_00,
    gemeente: 90_000_00,
    perSector: { PO: v(60_000_00, 50_000_00), VO: v(40_000_00) },
    perWijk: { Centrum: v(70_000_00, 60_000_00), 'Zonder wijk': v(30_000_00) },
  },
  scholen: [school('PO', 1, 300), school('PO', 2, 200), school('SBO', 1, '<5'), school('VO', null, 1000, 2016), school('PRO', 2, null, null)],
  wijkNamen: new Map([
    [1, 'Centrum'],
    [2, 'Zuid'],
  ]),
  teljaar: 2017,
  kerncijfers: [
    { jaar: 2015, jeugdigen019: 29_000, leerlingenPo: 12_500, leerlingenVo: 10_800 },
    { jaar: 2017, jeugdigen019: 30_000, leerlingenPo: 13_000, leerlingenVo: 11_000 },
  ],
};

describe('kostenPerLeerling', () => {
  const r = kostenPerLeerling(invoer);

  it('divides the cost of each sector by the pupils of the DUO count, rounded half up to cents', () => {
    expect(r.totaal).toMatchObject({
      kostenCents: 100_000_00,
      leerlingen: 1500,
      scholen: 5,
      scholenZonderTelling: 2,
      perLeerlingCents: 66_67,
      gemeentePerLeerlingCents: 60_00,
    });
    const po = r.perSector.find((s) => s.naam === 'PO')!;
    expect(po).toMatchObject({ leerlingen: 500, perLeerlingCents: 120_00, gemeentePerLeerlingCents: 100_00 });
    // A sector without a known count has no figure per leerling rather than a division by zero.
    const sbo = r.perSector.find((s) => s.naam === 'SBO')!;
    expect(sbo).toMatchObject({ kostenCents: 0, leerlingen: 0, scholenZonderTelling: 1, perLeerlingCents: null });
    expect(r.perSector.map((s) => s.naam)).toEqual(['PO', 'PRO', 'SBO', 'VO']);
  });

  it('per wijk by name, schools without a wijk last; a wijk without cost still shows its pupils', () => {
    expect(r.perWijk.map((w) => [w.naam, w.kostenCents, w.leerlingen, w.perLeerlingCents])).toEqual([
      ['Centrum', 70_000_00, 300, 233_33],
      ['Zuid', 0, 200, 0],
      ['Zonder wijk', 30_000_00, 1000, 30_00],
    ]);
  });

  it('names the count years used and puts the kerncijfers beside the DUO totals', () => {
    expect(r.teljaar).toBe(2017);
    expect(r.teljarenGebruikt).toEqual([2016, 2017]);
    expect(r.jeugdigen).toEqual({ kerncijfersJaar: 2017, jeugdigen019: 30_000, perJeugdigeCents: 3_33, gemeentePerJeugdigeCents: 3_00 });
    expect(r.vergelijking).toEqual({ kerncijfersJaar: 2017, kerncijfersPo: 13_000, kerncijfersVo: 11_000, duoPo: 500, duoVo: 1000 });
  });

  it('without kerncijfers or pupils: no figure, never a division by zero', () => {
    const leeg = kostenPerLeerling({ ...invoer, scholen: [], kerncijfers: [] });
    expect(leeg.totaal.perLeerlingCents).toBeNull();
    expect(leeg.jeugdigen).toBeNull();
    expect(leeg.vergelijking.kerncijfersPo).toBeNull();
  });
});

describe('kerncijfersVoor', () => {
  it('takes the year itself, else the latest before it, else the earliest', () => {
    expect(kerncijfersVoor(invoer.kerncijfers, 2016)?.jaar).toBe(2015);
    expect(kerncijfersVoor(invoer.kerncijfers, 2020)?.jaar).toBe(2017);
    expect(kerncijfersVoor(invoer.kerncijfers, 2010)?.jaar).toBe(2015);
  });
});

describe('kostenPerLeerlingInvoer', () => {
  it('takes a schooljaar or a begrotingsjaar, not both, not neither', () => {
    expect(kostenPerLeerlingInvoer.parse({ schooljaar: 2017 })).toEqual({ schooljaar: 2017 });
    expect(kostenPerLeerlingInvoer.parse({ begrotingsjaar: 2018 })).toEqual({ begrotingsjaar: 2018 });
    expect(kostenPerLeerlingInvoer.safeParse({}).error?.issues[0].message).toBe('Kies een schooljaar of een begrotingsjaar (één van beide).');
    expect(kostenPerLeerlingInvoer.safeParse({ schooljaar: 2017, begrotingsjaar: 2017 }).success).toBe(false);
  });
});
