// Rule 12: % binnen school half up to one decimal, in integers, against an independent computation.
import { describe, expect, it } from 'vitest';
import {
  delenFout,
  groep,
  monitorTrend,
  monitorUitkomst,
  normStatus,
  percentageBinnenSchool,
  STANDAARD_NORM,
  type MonitorRegel,
} from '../../electron/domain/monitor';

/** Independent: floor(1000·b/v + ½) as floor((2000·b + v) / (2·v)) in BigInt, then tenths → number. */
function verwacht(binnen: number, vragen: number): number | null {
  if (vragen === 0) return null;
  const tiendes = (2000n * BigInt(binnen) + BigInt(vragen)) / (2n * BigInt(vragen));
  return Number(tiendes) / 10;
}

/** A small deterministic random source (tests must be repeatable). */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('percentageBinnenSchool', () => {
  it('rounds half up to one decimal where floats would not', () => {
    expect(percentageBinnenSchool({ binnenSchool: 2, vragen: 3 })).toBe(66.7);
    expect(percentageBinnenSchool({ binnenSchool: 1, vragen: 16 })).toBe(6.3); // 6,25
    expect(percentageBinnenSchool({ binnenSchool: 1289, vragen: 2000 })).toBe(64.5); // 64,45
    expect(percentageBinnenSchool({ binnenSchool: 0, vragen: 7 })).toBe(0);
    expect(percentageBinnenSchool({ binnenSchool: 7, vragen: 7 })).toBe(100);
    expect(percentageBinnenSchool({ binnenSchool: 0, vragen: 0 })).toBeNull();
  });

  it('matches the independent computation on random data, per row and summed', () => {
    const r = rng(18);
    for (let i = 0; i < 5000; i++) {
      const vragen = r(i % 10 === 0 ? 5 : 100_000);
      const binnen = vragen === 0 ? 0 : r(vragen + 1);
      expect(percentageBinnenSchool({ binnenSchool: binnen, vragen })).toBe(verwacht(binnen, vragen));
    }
  });
});

describe('normStatus', () => {
  it('compares the shown share with the inclusive norm range', () => {
    expect(normStatus(59.9, STANDAARD_NORM)).toBe('onder');
    expect(normStatus(60, STANDAARD_NORM)).toBe('binnen');
    expect(normStatus(70, STANDAARD_NORM)).toBe('binnen');
    expect(normStatus(70.1, STANDAARD_NORM)).toBe('boven');
    expect(normStatus(null, STANDAARD_NORM)).toBeNull();
    expect(normStatus(55, { van: 55, tot: 55 })).toBe('binnen');
  });
});

describe('delenFout', () => {
  it('names the part that exceeds the total, alone or together', () => {
    expect(delenFout({ vragen: 10, binnenSchool: 11, verwezenJeugdhulp: 0, verwezenWijkteam: 0 })?.veld).toBe('binnenSchool');
    expect(delenFout({ vragen: 10, binnenSchool: 5, verwezenJeugdhulp: 11, verwezenWijkteam: 0 })?.veld).toBe('verwezenJeugdhulp');
    const samen = delenFout({ vragen: 10, binnenSchool: 6, verwezenJeugdhulp: 3, verwezenWijkteam: 2 });
    expect(samen?.veld).toBe('verwezenWijkteam');
    expect(samen?.melding).toContain('Verwezen via wijkteam');
    expect(delenFout({ vragen: 10, binnenSchool: 6, verwezenJeugdhulp: 3, verwezenWijkteam: 1 })).toBeNull();
  });
});

describe('monitorUitkomst', () => {
  it('sums per school, wijk, sector, aanbieder and gemeente before dividing', () => {
    const r = rng(7);
    const wijken = ['Centrum', 'Noord', null];
    const aanbieders = ['Stichting Welzijnswerk', 'De Kern', null];
    const rijen: MonitorRegel[] = [];
    for (let i = 0; i < 300; i++) {
      const vragen = r(200);
      const binnen = vragen === 0 ? 0 : r(vragen + 1);
      const school = 1 + r(25);
      rijen.push({
        schooljaar: 2017 + r(2),
        schoolId: school,
        vestigingscode: `10AA${String(school).padStart(2, '0')}`,
        schoolnaam: `School ${school}`,
        sector: school % 3 === 0 ? 'VO' : 'PO',
        wijk: wijken[school % 3],
        aanbieder: aanbieders[r(3)],
        functie: 'JMW',
        vragen,
        binnenSchool: binnen,
        verwezenJeugdhulp: 0,
        verwezenWijkteam: 0,
      });
    }
    const u = monitorUitkomst(2017, rijen, STANDAARD_NORM);
    const eigen = rijen.filter((x) => x.schooljaar === 2017);
    const som = (lijst: MonitorRegel[]) =>
      verwacht(
        lijst.reduce((s, x) => s + x.binnenSchool, 0),
        lijst.reduce((s, x) => s + x.vragen, 0),
      );
    expect(u.totaal.percentageBinnenSchool).toBe(som(eigen));
    for (const s of u.perSchool) expect(s.percentageBinnenSchool).toBe(som(eigen.filter((x) => x.schoolId === s.schoolId)));
    for (const w of u.perWijk) expect(w.percentageBinnenSchool).toBe(som(eigen.filter((x) => (x.wijk ?? 'Zonder wijk') === w.wijk)));
    for (const s of u.perSector) expect(s.percentageBinnenSchool).toBe(som(eigen.filter((x) => x.sector === s.sector)));
    for (const a of u.perAanbieder) expect(a.percentageBinnenSchool).toBe(som(eigen.filter((x) => (x.aanbieder ?? 'Aanbieder onbekend') === a.aanbieder)));
    expect(u.perWijk.map((w) => w.wijk)).toEqual(['Centrum', 'Noord', 'Zonder wijk']);
    expect(u.perSchool.reduce((s, x) => s + x.vragen, 0)).toBe(u.totaal.vragen);
    const trend = monitorTrend(rijen, STANDAARD_NORM);
    expect(trend.map((t) => t.schooljaar)).toEqual([2017, 2018]);
    expect(trend[1].percentageBinnenSchool).toBe(som(rijen.filter((x) => x.schooljaar === 2018)));
  });

  it('gives null shares and no status without vragen (an empty file)', () => {
    const u = monitorUitkomst(2020, [], STANDAARD_NORM);
    expect(u.totaal).toEqual(groep([], STANDAARD_NORM));
    expect(u.totaal.percentageBinnenSchool).toBeNull();
    expect(u.totaal.status).toBeNull();
    expect(u.perSchool).toEqual([]);
  });
});
