import { describe, expect, it } from 'vitest';
import { wijkteamUren } from '../../electron/domain/wijkteam';
import { afspraak, lookups, school, zwolleAfspraken, zwolleScholen } from './helpers/domein';

describe('wijkteamUren', () => {
  it('gives each wijkteam PO schools × 4 uur (Zwolle 2017)', () => {
    const w = wijkteamUren({ scholen: zwolleScholen(), sector: 'PO', urenPerSchool: 4, wijkNamen: lookups().wijkNamen });
    expect(w.aantalScholen).toBe(40);
    expect(w.uren).toBe(160);
    expect(w.perWijk).toHaveLength(5);
    for (const r of w.perWijk) {
      expect(r.aantalScholen).toBe(8);
      expect(r.uren).toBe(32);
      expect(r.afgesprokenUren).toBeNull();
    }
    expect(w.perWijk.map((r) => r.wijk)).toEqual(['Centrum', 'Holtenbroek', 'Noordoost', 'Stadshagen', 'Zwolle-Zuid']);
  });

  it('sets the norm against the hours agreed, and puts schools without a wijk last', () => {
    const scholen = [school(1, 'PO', 1), school(2, 'PO', 1), school(3, 'PO', null), school(4, 'VO', 1)];
    const afspraken = [
      afspraak({ schoolId: 1, basisurenPerWeek: 4, extraUrenPerWeek: 1.5 }),
      afspraak({ schoolId: 2, basisurenPerWeek: 2.25, status: 'concept' }), // not counted
      afspraak({ schoolId: 4, basisurenPerWeek: 10 }), // VO: not in this sector
    ];
    const w = wijkteamUren({
      scholen,
      sector: 'PO',
      urenPerSchool: 4,
      vergelijk: { afspraken, schooljaar: 2017, functie: 'JGW' },
    });
    expect(w.perWijk.map((r) => [r.wijk, r.aantalScholen, r.uren, r.afgesprokenUren])).toEqual([
      ['Wijk 1', 2, 8, 5.5],
      ['Zonder wijk', 1, 4, 0],
    ]);
    expect(w.uren).toBe(12);
    expect(w.afgesprokenUren).toBe(5.5);
  });

  it('matches the hours of the seed afspraken: every PO school has its 4 uur', () => {
    const w = wijkteamUren({
      scholen: zwolleScholen(),
      sector: 'PO',
      urenPerSchool: 4,
      vergelijk: { afspraken: zwolleAfspraken(2017, 100), schooljaar: 2017, functie: 'JGW' },
    });
    expect(w.afgesprokenUren).toBe(w.uren);
  });
});
