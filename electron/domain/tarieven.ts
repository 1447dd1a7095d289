// Tarieven in time (rule 9): the hourly rate and weeks of a functie are valid from a schooljaar
// on, until the next row of that functie. The loaders resolve them per afspraak (db/kosten-repo.ts
// GELDEND_TARIEF_SQL); these pure functions do the same for the live calculation in the afspraak
// form and for indexation. Precedence: afspraak > regeling > tarief per schooljaar > the functie's
// standaard uurtarief (only for schooljaren before its first row).
import { z } from 'zod';
import { divRoundHalfUp, hasAtMostTwoDecimals, hundredths } from './geld';
import type { Cents, FunctieCode, SchooljaarStart } from './types';
import { functieVeld, strikt } from './validatie';
import { schooljaarVeld, typeFout, uurtariefVeld, wekenVeld } from './velden';

export interface Tarief {
  functie: FunctieCode;
  /** Start year of the first schooljaar this row is valid for (2017 = 2017-2018). */
  vanafSchooljaar: SchooljaarStart;
  uurtariefCents: Cents;
  wekenPerJaar: number;
}

/** A row with the schooljaar up to which it applies (null = open ended). */
export interface TariefMetGeldigheid extends Tarief {
  totSchooljaar: SchooljaarStart | null;
}

/** The row of `functie` valid in `schooljaar`: the latest one from that year or before; null when none. */
export function tariefInSchooljaar(tarieven: readonly Tarief[], functie: string, schooljaar: SchooljaarStart): Tarief | null {
  let beste: Tarief | null = null;
  for (const t of tarieven) {
    if (t.functie !== functie || t.vanafSchooljaar > schooljaar) continue;
    if (beste === null || t.vanafSchooljaar > beste.vanafSchooljaar) beste = t;
  }
  return beste;
}

/** Each row with the last schooljaar it applies to (the year before the next row of its functie). */
export function metGeldigheid(tarieven: readonly Tarief[]): TariefMetGeldigheid[] {
  const gesorteerd = [...tarieven].sort((a, b) => a.functie.localeCompare(b.functie) || a.vanafSchooljaar - b.vanafSchooljaar);
  return gesorteerd.map((t, i) => {
    const volgende = gesorteerd[i + 1];
    return { ...t, totSchooljaar: volgende && volgende.functie === t.functie ? volgende.vanafSchooljaar - 1 : null };
  });
}

/** Rule 9: new rate = round(rate × (100 + p) / 100), half up to whole cents; p has at most two decimals. */
export function geindexeerd(tariefCents: Cents, procent: number): Cents {
  return divRoundHalfUp(tariefCents * (10_000 + hundredths(procent)), 10_000);
}

/** An indexation percentage: −50 to 100, at most two decimals (2,5 = 2.5). */
export function indexProcentVeld(label = 'Percentage') {
  return z
    .number({ error: typeFout(label, 'een percentage') })
    .refine(Number.isFinite, `${label} moet een percentage zijn.`)
    .refine(hasAtMostTwoDecimals, `${label} mag hoogstens 2 decimalen hebben.`)
    .refine((v) => v > -50 && v <= 100, `${label} moet tussen −50 en 100 liggen.`);
}

export const tariefZetInvoer = strikt({
  functie: functieVeld,
  vanafSchooljaar: schooljaarVeld('Vanaf schooljaar'),
  uurtariefCents: uurtariefVeld('Uurtarief'),
  /** Empty: the weeks of the row valid before, else the setting. */
  wekenPerJaar: wekenVeld('Weken per jaar').nullable().default(null),
});

export const tariefIndexeerInvoer = strikt({
  vanafSchooljaar: schooljaarVeld('Vanaf schooljaar'),
  procent: indexProcentVeld(),
  /** Empty or absent: every functie. */
  functies: z.array(functieVeld).max(50).default([]),
});

/**
 * The afspraken with the tarief per schooljaar filled in where they state no weeks or rate of
 * their own (or through their regeling): the same resolution as GELDEND_TARIEF_SQL, in TypeScript,
 * for a preview with planned tarieven. Without a row the value stays null (the engines' setting).
 */
export function metTarieven<A extends { functie: string; schooljaar: SchooljaarStart; wekenPerJaar: number | null; uurtariefCents: Cents | null }>(
  afspraken: readonly A[],
  tarieven: readonly Tarief[],
): A[] {
  const cache = new Map<string, Tarief | null>();
  return afspraken.map((a) => {
    if (a.wekenPerJaar !== null && a.uurtariefCents !== null) return a;
    const sleutel = `${a.functie}/${a.schooljaar}`;
    let t = cache.get(sleutel);
    if (t === undefined) {
      t = tariefInSchooljaar(tarieven, a.functie, a.schooljaar);
      cache.set(sleutel, t);
    }
    if (t === null) return a;
    return { ...a, wekenPerJaar: a.wekenPerJaar ?? t.wekenPerJaar, uurtariefCents: a.uurtariefCents ?? t.uurtariefCents };
  });
}

export interface IndexWijziging {
  functie: FunctieCode;
  vanafSchooljaar: SchooljaarStart;
  /** The rate before: of this row, or (for a new row) the one valid in that schooljaar. */
  oudCents: Cents;
  nieuwCents: Cents;
  /** True when the indexation adds a row (no row started in vanafSchooljaar yet). */
  nieuweRij: boolean;
}

/**
 * Indexation from schooljaar `vanaf` by `procent` for `functies`: every row from `vanaf` on is
 * raised, and where no row starts in `vanaf` a new one is made from the rate valid there (or the
 * functie's standaard rate and the weeks setting before its first row). Earlier rows stay as they are.
 */
export function indexeerPlan(
  tarieven: readonly Tarief[],
  functies: readonly FunctieCode[],
  vanaf: SchooljaarStart,
  procent: number,
  basis: { standaardTarieven: Partial<Record<FunctieCode, Cents>>; wekenPerSchooljaar: number },
): { wijzigingen: IndexWijziging[]; tarieven: Tarief[] } {
  const wijzigingen: IndexWijziging[] = [];
  const uit: Tarief[] = [];
  for (const t of tarieven) {
    if (functies.includes(t.functie) && t.vanafSchooljaar >= vanaf) {
      const nieuw = geindexeerd(t.uurtariefCents, procent);
      wijzigingen.push({ functie: t.functie, vanafSchooljaar: t.vanafSchooljaar, oudCents: t.uurtariefCents, nieuwCents: nieuw, nieuweRij: false });
      uit.push({ ...t, uurtariefCents: nieuw });
    } else uit.push(t);
  }
  for (const functie of functies) {
    if (tarieven.some((t) => t.functie === functie && t.vanafSchooljaar === vanaf)) continue;
    const geldend = tariefInSchooljaar(tarieven, functie, vanaf);
    const oud = geldend?.uurtariefCents ?? basis.standaardTarieven[functie] ?? 0;
    const nieuw = geindexeerd(oud, procent);
    wijzigingen.push({ functie, vanafSchooljaar: vanaf, oudCents: oud, nieuwCents: nieuw, nieuweRij: true });
    uit.push({ functie, vanafSchooljaar: vanaf, uurtariefCents: nieuw, wekenPerJaar: geldend?.wekenPerJaar ?? basis.wekenPerSchooljaar });
  }
  wijzigingen.sort((a, b) => a.functie.localeCompare(b.functie) || a.vanafSchooljaar - b.vanafSchooljaar);
  return { wijzigingen, tarieven: uit };
}
