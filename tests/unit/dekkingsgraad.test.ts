import { describe, expect, it } from 'vitest';
import { dekkingsgraad, otVolledigheid, type SchoolMetLeerlingen } from '../../electron/domain/dekkingsgraad';
import { afspraak, lookups, school, zwolleAfspraken, zwolleScholen } from './helpers/domein';

const wijkNamen = lookups().wijkNamen;
const metLeerlingen = (leerlingen: SchoolMetLeerlingen['leerlingen'] = 200) => zwolleScholen().map((s) => ({ ...s, leerlingen }));

describe('dekkingsgraad', () => {
  it('is 100 % when every PO school has JGW', () => {
    const d = dekkingsgraad({ afspraken: zwolleAfspraken(2017, 100), scholen: metLeerlingen(), schooljaar: 2017, functie: 'JGW', sector: 'PO', wijkNamen });
    expect(d.scholen).toBe(40);
    expect(d.scholenGedekt).toBe(40);
    expect(d.aandeelScholen).toBe(1);
    expect(d.aandeelLeerlingen).toBe(1);
    expect(d.nietGedekt).toEqual([]);
    expect(Object.keys(d.perWijk)).toHaveLength(5);
    expect(d.perWijk.Stadshagen.aandeelScholen).toBe(1);
    expect(d.leerlingenToelichting).toBeNull();
  });

  it('counts schools and pupils per sector and wijk and lists the uncovered ones', () => {
    const scholen: SchoolMetLeerlingen[] = [
      { ...school(1, 'PO', 1, 'De Regenboog'), leerlingen: 300 },
      { ...school(2, 'PO', 1, 'Het Anker'), leerlingen: 100 },
      { ...school(3, 'PO', 2, 'De Vlinder'), leerlingen: '<5' },
      { ...school(4, 'SBO', null, 'De Brug'), leerlingen: null },
    ];
    const afspraken = [
      afspraak({ schoolId: 1, functie: 'JGW', basisurenPerWeek: 4 }),
      afspraak({ schoolId: 2, functie: 'JGW', basisurenPerWeek: 0 }), // no inzet
      afspraak({ schoolId: 3, functie: 'JGW', status: 'concept' }), // not counted
      afspraak({ schoolId: 4, functie: 'JGW', basisurenPerWeek: 0, vastBedragCents: 500_000 }),
      afspraak({ schoolId: 2, functie: 'SMW' }), // other functie
      afspraak({ schoolId: 2, functie: 'JGW', schooljaar: 2016 }), // other schooljaar
    ];
    const d = dekkingsgraad({ afspraken, scholen, schooljaar: 2017, functie: 'JGW', wijkNamen });
    expect(d.scholen).toBe(4);
    expect(d.scholenGedekt).toBe(2);
    expect(d.aandeelScholen).toBe(0.5);
    // Pupils: known 300 + 100; covered 300. '<5' and unknown are left out, and said so.
    expect(d.leerlingen).toBe(400);
    expect(d.leerlingenGedekt).toBe(300);
    expect(d.aandeelLeerlingen).toBe(0.75);
    expect(d.scholenLeerlingenOnbekend).toBe(2);
    expect(d.leerlingenToelichting).toContain('2 scholen hebben geen bekend leerlingaantal');
    expect(d.perSector.PO).toMatchObject({ scholen: 3, scholenGedekt: 1 });
    expect(d.perSector.SBO).toMatchObject({ scholen: 1, scholenGedekt: 1, aandeelLeerlingen: null });
    expect(d.perWijk.Stadshagen).toMatchObject({ scholen: 2, scholenGedekt: 1, aandeelScholen: 0.5 });
    expect(d.perWijk['Zonder wijk']).toMatchObject({ scholen: 1, scholenGedekt: 1 });
    // Sorted by wijk (Holtenbroek before Stadshagen), then name.
    expect(d.nietGedekt.map((s) => s.naam)).toEqual(['De Vlinder', 'Het Anker']);
    expect(d.nietGedektMaarInVoorbereiding.map((s) => s.naam)).toEqual(['De Vlinder']);
  });

  it('restricts to one sector when asked', () => {
    const d = dekkingsgraad({ afspraken: zwolleAfspraken(2017, 100), scholen: metLeerlingen(), schooljaar: 2017, functie: 'SMW', sector: 'VO' });
    expect(d.scholen).toBe(12);
    expect(d.aandeelScholen).toBe(1);
    const alle = dekkingsgraad({ afspraken: zwolleAfspraken(2017, 100), scholen: metLeerlingen(), schooljaar: 2017, functie: 'SMW' });
    expect(alle.scholenGedekt).toBe(12);
    expect(alle.scholen).toBe(52);
  });
});

describe('otVolledigheid', () => {
  it('needs IB + ORTHO + JGW on PO and ZC + ORTHO + SMW on VO', () => {
    const scholen: SchoolMetLeerlingen[] = [
      { ...school(1, 'PO'), leerlingen: 200 },
      { ...school(2, 'PO'), leerlingen: 200 },
      { ...school(3, 'VO'), leerlingen: 900 },
      { ...school(4, 'SO'), leerlingen: 80 },
    ];
    const afspraken = [
      ...(['IB', 'ORTHO', 'JGW'] as const).map((functie) => afspraak({ schoolId: 1, functie })),
      ...(['IB', 'ORTHO', 'SMW'] as const).map((functie) => afspraak({ schoolId: 2, functie })), // SMW is not the PO role
      ...(['ZC', 'ORTHO', 'SMW'] as const).map((functie) => afspraak({ schoolId: 3, functie })),
      ...(['ZC', 'ORTHO'] as const).map((functie) => afspraak({ schoolId: 4, functie })),
      afspraak({ schoolId: 4, functie: 'JP', status: 'in_overleg' }), // not counted yet
    ];
    const ot = otVolledigheid({ afspraken, scholen, schooljaar: 2017 });
    expect(ot.scholen.map((s) => s.volledig)).toEqual([true, false, true, false]);
    expect(ot.scholen[1].ontbrekend).toEqual(['sociaal']);
    expect(ot.scholen[3].ontbrekend).toEqual(['sociaal']);
    expect(ot.scholen[0].aanwezig).toEqual(['IB', 'JGW', 'ORTHO']);
    expect(ot.aantalVolledig).toBe(2);
    expect(ot.perSector.PO).toEqual({ scholen: 2, volledig: 1 });
  });
});
