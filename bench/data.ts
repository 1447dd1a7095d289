// The benchmark's workload, generated from a fixed seed so every run does exactly the same work:
// afspraken for every school × 10 schooljaren × 3 functies (the OT of its sector), the rows of a
// 50.000-row afspraken sheet, and the wijken the schools are spread over.
import type { Db } from '../electron/db/open';
import type { FunctieCode, Sector, Status } from '../electron/domain/types';

/** mulberry32: small, fast and the same on every platform. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED = 20171201;
export const SCHOOLJAREN = Array.from({ length: 10 }, (_, i) => 2015 + i);

export interface BenchSchool {
  id: number;
  vestigingscode: string;
  naam: string;
  sector: Sector;
}

/** The three OT roles per sector (domain.md): PO gets JGW, VO SMW; IB or ZC; and the orthopedagoog. */
export function otFuncties(sector: Sector): FunctieCode[] {
  return sector === 'VO' || sector === 'PRO' || sector === 'MBO' || sector === 'VSO' ? ['SMW', 'ZC', 'ORTHO'] : ['JGW', 'IB', 'ORTHO'];
}

/** Columns in the order of INSERT_AFSPRAAK below. */
export type AfspraakRij = [
  schooljaar: number,
  schoolId: number,
  aanbiederId: number,
  functie: FunctieCode,
  basisuren: number,
  extraUren: number,
  uurtariefCents: number | null,
  vastBedragCents: number | null,
  aandeelGemeente: number,
  aandeelOnderwijs: number,
  startdatum: string | null,
  einddatum: string | null,
  status: Status,
  toelichting: string | null,
  themas: string,
];

export const INSERT_AFSPRAAK = `INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, extra_uren, uurtarief_cents,
  vast_bedrag_cents, aandeel_gemeente, aandeel_onderwijs, startdatum, einddatum, status, toelichting_extra_uren, themas)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const THEMAS = ['pesten', 'sociale vaardigheid', 'echtscheiding', 'armoede', 'verzuim', 'weerbaarheid'];
const STATUS_KANS: [Status, number][] = [
  ['getekend', 0.55],
  ['afgesproken', 0.25],
  ['beeindigd', 0.05],
  ['in_overleg', 0.1],
  ['concept', 0.05],
];

function kies<T>(rnd: () => number, lijst: readonly T[]): T {
  return lijst[Math.floor(rnd() * lijst.length)];
}

function status(rnd: () => number): Status {
  let x = rnd();
  for (const [s, p] of STATUS_KANS) if ((x -= p) < 0) return s;
  return 'getekend';
}

/**
 * One afspraak per school × schooljaar × OT functie. Zwolle's rule from 2017: the gemeente pays
 * JGW/SMW in full, onderwijs the IB/ZC/orthopedagoog; before that 50/50. One in eight starts
 * later in the year (the month rule), one in six has extra hours with a toelichting, one in
 * twenty a fixed amount.
 */
export function* genereerAfspraken(scholen: readonly BenchSchool[], schooljaren: readonly number[], aanbieders: number, seed = SEED): Generator<AfspraakRij> {
  const rnd = mulberry32(seed);
  for (const sj of schooljaren) {
    for (const s of scholen) {
      for (const functie of otFuncties(s.sector)) {
        const st = status(rnd);
        const gemeenteBetaalt = functie === 'JGW' || functie === 'SMW';
        const [g, o] = sj < 2017 ? [50, 50] : gemeenteBetaalt ? [100, 0] : [0, 100];
        const laat = rnd() < 0.125;
        const extra = rnd() < 1 / 6 ? Math.round(rnd() * 8) / 2 + 0.5 : 0;
        const vast = rnd() < 0.05;
        yield [
          sj,
          s.id,
          1 + Math.floor(rnd() * aanbieders),
          functie,
          Math.round((2 + rnd() * 6) * 2) / 2,
          extra,
          vast ? null : 6_500 + Math.floor(rnd() * 30) * 100,
          vast ? 500_000 + Math.floor(rnd() * 200) * 10_000 : null,
          g,
          o,
          laat ? `${sj + 1}-0${1 + Math.floor(rnd() * 4)}-01` : null,
          st === 'beeindigd' ? `${sj + 1}-0${3 + Math.floor(rnd() * 4)}-28` : null,
          st,
          extra > 0 ? `Veel zorgleerlingen; ${kies(rnd, THEMAS)} vraagt meer dan de basisinzet.` : null,
          JSON.stringify(rnd() < 0.3 ? [kies(rnd, THEMAS), kies(rnd, THEMAS)].filter((t, i, a) => a.indexOf(t) === i) : []),
        ];
      }
    }
  }
}

/** The afspraak without its extra hours and toelichting: the schema since migration 012. */
const INSERT_AFSPRAAK_012 = `INSERT INTO afspraken (schooljaar, school_id, aanbieder_id, functie, basisuren, uurtarief_cents,
  vast_bedrag_cents, aandeel_gemeente, aandeel_onderwijs, startdatum, einddatum, status, themas)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
/** Extra hours as a record of aanvullende inzet over the afspraak's period with its split (they count with the basisuren, regel-18). */
const INSERT_INZET = `INSERT INTO aanvullende_inzet (afspraak_id, uren_per_week, startdatum, einddatum, reden, aandeel_gemeente, aandeel_onderwijs, bron)
  VALUES (?, ?, ?, ?, ?, ?, ?, 'blad')`;

/**
 * Bulk setup (not measured): every generated afspraak in one prepared transaction. A file of
 * the schema before migration 012 (the migration tests make those) takes the extra hours in its
 * columns; a current one as records of aanvullende inzet (schooljaar from September, the default).
 */
export function vulAfspraken(db: Db, rijen: Iterable<AfspraakRij>): number {
  const oud = (db.prepare("SELECT count(*) FROM pragma_table_info('afspraken') WHERE name = 'extra_uren'").pluck().get() as number) > 0;
  const ins = db.prepare(oud ? INSERT_AFSPRAAK : INSERT_AFSPRAAK_012);
  const inzet = oud ? null : db.prepare(INSERT_INZET);
  let n = 0;
  db.transaction(() => {
    for (const r of rijen) {
      n++;
      if (inzet === null) {
        ins.run(r);
        continue;
      }
      const [sj, school, aanbieder, functie, basis, extra, tarief, vast, g, o, start, eind, status, toelichting, themas] = r;
      const id = Number(ins.run(sj, school, aanbieder, functie, basis, tarief, vast, g, o, start, eind, status, themas).lastInsertRowid);
      if (extra > 0 || toelichting) inzet.run(id, extra, start ?? `${sj}-09-01`, eind ?? `${sj + 1}-08-31`, toelichting ?? 'Overgenomen uit extra uren', g, o);
    }
  })();
  return n;
}

/**
 * Wijken for a national registry: one per two-digit postcode area (`80` Zwolle-ish), so coverage
 * per wijk has ~90 groups of ~100 schools. Schools without a postcode stay without wijk.
 */
export function vulWijken(db: Db): number {
  const gebieden = db
    .prepare(`SELECT DISTINCT substr(postcode, 1, 2) FROM scholen WHERE postcode IS NOT NULL AND postcode <> '' ORDER BY 1`)
    .pluck()
    .all() as string[];
  const ins = db.prepare('INSERT INTO wijken (naam) VALUES (?)');
  db.transaction(() => {
    for (const g of gebieden) ins.run(`Postcodegebied ${g}`);
    db.prepare(
      `UPDATE scholen SET wijk_id = (SELECT id FROM wijken WHERE naam = 'Postcodegebied ' || substr(scholen.postcode, 1, 2)) WHERE postcode IS NOT NULL`,
    ).run();
  })();
  return gebieden.length;
}

export const SHEET_KOPPEN = [
  'Schooljaar',
  'Vestigingscode',
  'Schoolnaam',
  'Aanbieder',
  'Functie',
  'Basisuren per week',
  'Extra uren per week',
  'Weken per jaar',
  'Uurtarief',
  'Vast bedrag per jaar',
  'Aandeel gemeente (%)',
  'Aandeel onderwijs (%)',
  'Aandeel overig (%)',
  'Overige financier',
  'Startdatum',
  'Einddatum',
  'Status',
  'Toelichting extra uren',
  "Thema's",
  'Regeling',
] as const;

/**
 * Rows of an afspraken sheet as a user would fill it: schooljaar `schooljaar` (not in the
 * registry yet, so every row is new), every school with its OT functies at two aanbieders,
 * the first `aantal` of those.
 */
export function genereerSheetRijen(
  scholen: readonly BenchSchool[],
  aanbiederNamen: readonly string[],
  schooljaar: number,
  aantal: number,
  seed = SEED + 1,
): (string | number | null)[][] {
  const rnd = mulberry32(seed);
  const rijen: (string | number | null)[][] = [];
  const label = `${schooljaar}-${schooljaar + 1}`;
  for (let a = 0; a < aanbiederNamen.length && rijen.length < aantal; a++) {
    for (const s of scholen) {
      for (const functie of otFuncties(s.sector)) {
        if (rijen.length >= aantal) return rijen;
        const extra = rnd() < 0.1 ? 2 : null;
        const gemeente = functie === 'JGW' || functie === 'SMW' ? 100 : 0;
        rijen.push([
          label,
          s.vestigingscode,
          s.naam,
          aanbiederNamen[a],
          functie,
          Math.round((2 + rnd() * 6) * 2) / 2,
          extra,
          null,
          70 + Math.floor(rnd() * 20) + 0.5,
          null,
          gemeente,
          100 - gemeente,
          null,
          null,
          null,
          null,
          kies(rnd, ['afgesproken', 'getekend', 'concept']),
          extra ? 'Meer zorgleerlingen dan gemiddeld.' : null,
          rnd() < 0.2 ? kies(rnd, THEMAS) : null,
          null,
        ]);
      }
    }
  }
  return rijen;
}
