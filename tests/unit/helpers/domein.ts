// Builders for the pure domain tests: an afspraak with sensible defaults, and the Zwolle seed
// data set (JGW on 40 PO schools = € 320.000, SMW on 12 VO schools = € 366.000 a year).
import type { AfspraakBasis, SchoolBasis, Sector } from '../../../electron/domain/types';
import type { KostenContext, KostenLookups } from '../../../electron/domain/kosten';

let volgendId = 1;

export function afspraak(velden: Partial<AfspraakBasis> = {}): AfspraakBasis {
  return {
    id: volgendId++,
    schooljaar: 2017,
    schoolId: 1,
    aanbiederId: 1,
    functie: 'JGW',
    basisurenPerWeek: 4,
    extraUrenPerWeek: 0,
    wekenPerJaar: null,
    uurtariefCents: null,
    vastBedragCents: null,
    aandeelGemeente: 50,
    aandeelOnderwijs: 50,
    aandeelOverig: 0,
    overigeFinancier: null,
    startdatum: null,
    einddatum: null,
    status: 'getekend',
    ...velden,
  };
}

export function school(id: number, sector: Sector, wijkId: number | null = 1, naam = `School ${id}`): SchoolBasis {
  return { id, vestigingscode: `${String(id).padStart(4, '0')}01`, naam, sector, wijkId, bestuurId: null };
}

export const CTX: KostenContext = {
  schooljaarStartMaand: 9,
  wekenPerSchooljaar: 40,
  standaardTarieven: { JGW: 5_000, SMW: 6_100 },
};

export const TRIAS = 1;
export const DE_KERN = 2;
export const MEE = 3;

/** 40 PO schools (ids 1-40) in wijken 1-5, 12 VO schools (ids 101-112) in wijken 1-3. */
export function zwolleScholen(): SchoolBasis[] {
  const po = Array.from({ length: 40 }, (_, i) => school(i + 1, 'PO', (i % 5) + 1));
  const vo = Array.from({ length: 12 }, (_, i) => school(101 + i, 'VO', (i % 3) + 1));
  return [...po, ...vo];
}

/**
 * The seed afspraken of one schooljaar: JGW 4 uur × 40 weken × € 50 = € 8.000 per PO school
 * (40 × 8.000 = € 320.000) and SMW 12,5 uur × 40 × € 61 = € 30.500 per VO school
 * (12 × 30.500 = € 366.000), all with the given gemeente share.
 */
export function zwolleAfspraken(schooljaar: number, aandeelGemeente: number): AfspraakBasis[] {
  const aandelen = { aandeelGemeente, aandeelOnderwijs: 100 - aandeelGemeente };
  return zwolleScholen().map((s) =>
    s.sector === 'PO'
      ? afspraak({ schooljaar, schoolId: s.id, aanbiederId: TRIAS, functie: 'JGW', basisurenPerWeek: 4, ...aandelen })
      : afspraak({ schooljaar, schoolId: s.id, aanbiederId: DE_KERN, functie: 'SMW', basisurenPerWeek: 12.5, ...aandelen }),
  );
}

export function lookups(scholen: SchoolBasis[] = zwolleScholen()): KostenLookups {
  return {
    scholen: new Map(scholen.map((s) => [s.id, s])),
    aanbiederNamen: new Map([
      [TRIAS, 'Trias Jeugdhulp'],
      [DE_KERN, 'De Kern'],
      [MEE, 'MEE IJsseloevers'],
    ]),
    wijkNamen: new Map([
      [1, 'Stadshagen'],
      [2, 'Holtenbroek'],
      [3, 'Zwolle-Zuid'],
      [4, 'Noordoost'],
      [5, 'Centrum'],
    ]),
  };
}
