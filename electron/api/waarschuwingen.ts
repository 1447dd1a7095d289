// The warnings of rule 13 for a period, from the cached afspraken (db/lees-cache.ts) and the pure
// functions in domain/waarschuwingen.ts. Used by kosten, dekking, charts and reports, so each
// shows the same warning beside the same figure.
import { afsprakenVan, afsprakenVoorBegrotingsjaar, instellingenVan, onthoud } from '../db/lees-cache';
import type { Db } from '../db/open';
import { maandenInJaar } from '../domain/schooljaar';
import type { AfspraakBasis } from '../domain/types';
import {
  nulTariefAfspraken,
  nulTariefWaarschuwing,
  onvolledigeJaren,
  schooljarenInBegrotingsjaar,
  tellingPerSchooljaar,
  type SchooljaarTelling,
  type Waarschuwing,
} from '../domain/waarschuwingen';

function telling(db: Db, schooljaar: number): SchooljaarTelling | undefined {
  return onthoud(db, `waarschuwingen.telling:${schooljaar}`, () =>
    tellingPerSchooljaar(afsprakenVan(db, schooljaar, schooljaar), instellingenVan(db)).get(schooljaar),
  );
}

/** Item 3: the schooljaren begrotingsjaar `jaar` takes months from that are empty or less than half the year before. */
export function jaarWaarschuwingen(db: Db, jaar: number): Waarschuwing[] {
  const startMaand = instellingenVan(db).schooljaarStartMaand;
  const tellingen = new Map<number, SchooljaarTelling>();
  for (const sj of schooljarenInBegrotingsjaar(jaar, startMaand)) {
    for (const s of [sj - 1, sj]) {
      const t = telling(db, s);
      if (t) tellingen.set(s, t);
    }
  }
  return onvolledigeJaren(jaar, startMaand, tellingen);
}

/** Item 2: afspraken with an effective rate of € 0 and no fixed amount among `afspraken`. */
export function nulTariefWaarschuwingen(db: Db, afspraken: readonly AfspraakBasis[]): Waarschuwing[] {
  const lijst = nulTariefAfspraken(afspraken, instellingenVan(db));
  if (lijst.length > 0) {
    // The school of each, so a reader can find them.
    const ids = [...new Set(lijst.map((a) => a.schoolId))];
    const scholen = new Map(
      (
        db.prepare('SELECT id, vestigingscode, naam FROM scholen WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
          id: number;
          vestigingscode: string;
          naam: string;
        }[]
      ).map((s) => [s.id, s]),
    );
    for (const a of lijst) {
      a.vestigingscode = scholen.get(a.schoolId)?.vestigingscode;
      a.schoolNaam = scholen.get(a.schoolId)?.naam;
    }
  }
  const w = nulTariefWaarschuwing(lijst);
  return w ? [w] : [];
}

/** Both, for begrotingsjaar `jaar`: the € 0 afspraken that have months in it, then the incomplete schooljaren. */
export function begrotingsjaarWaarschuwingen(db: Db, jaar: number): Waarschuwing[] {
  // Kept with the data (lees-cache): the dashboard asks for the same year again and again.
  return onthoud(db, `waarschuwingen.begrotingsjaar:${jaar}`, () => {
    const startMaand = instellingenVan(db).schooljaarStartMaand;
    const inJaar = afsprakenVoorBegrotingsjaar(db, jaar).filter((a) => maandenInJaar(a, jaar, startMaand) > 0);
    return [...nulTariefWaarschuwingen(db, inJaar), ...jaarWaarschuwingen(db, jaar)];
  });
}

/** For schooljaar `schooljaar`: its € 0 afspraken. */
export function schooljaarWaarschuwingen(db: Db, schooljaar: number): Waarschuwing[] {
  return onthoud(db, `waarschuwingen.schooljaar:${schooljaar}`, () => nulTariefWaarschuwingen(db, afsprakenVan(db, schooljaar, schooljaar)));
}

/** For the full export: the € 0 afspraken of every schooljaar in the file. */
export function alleWaarschuwingen(db: Db): Waarschuwing[] {
  const r = db.prepare('SELECT min(schooljaar) AS van, max(schooljaar) AS tot FROM afspraken').get() as { van: number | null; tot: number | null };
  return r.van === null || r.tot === null ? [] : nulTariefWaarschuwingen(db, afsprakenVan(db, r.van, r.tot));
}
