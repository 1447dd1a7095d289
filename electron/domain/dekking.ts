// Dekking: which begrotingsposten pay the municipal (gemeente) cost of a calendar year, and
// the room left or the shortfall. Structurele posten are drawn first and incidentele after,
// in the order given: incidental money (e.g. PPN "maximaal € 550.000") is only used for what
// the structural budget does not cover, which is how the 2017 collegevoorstel reasons.
import { kostenoverzicht, type KostenContext, type KostenLookups } from './kosten';
import type { AfspraakBasis, BegrotingspostBedrag, BegrotingspostSoort, Cents } from './types';

/** The gemeente part of one proeftuin's budget in one year (db/proeftuinen-repo.ts). */
export interface ProeftuinGeld {
  proeftuinId: number;
  naam: string;
  jaar: number;
  gemeenteCents: Cents;
}

/** One proeftuin's own line in the dekking of a year. */
export interface DekkingProeftuin {
  proeftuinId: number;
  naam: string;
  gemeenteCents: Cents;
}

export interface DekkingPost {
  begrotingspostId: number;
  naam: string;
  soort: BegrotingspostSoort;
  bedragCents: Cents;
  /** The part of this post used for the year's cost. */
  ingezetCents: Cents;
  /** bedrag − ingezet: what is left on this post. */
  resterendCents: Cents;
  /** The regelingen this post pays for (their begrotingsposten), by name. */
  regelingen: string[];
}

export interface Dekking {
  jaar: number;
  /** Counted gemeente cost of the year (docs/regels.md#regel-5). */
  kostenGemeenteCents: Cents;
  /** Gemeente part of afspraken in voorbereiding, shown apart. */
  inVoorbereidingGemeenteCents: Cents;
  posten: DekkingPost[];
  structureelCents: Cents;
  incidenteelCents: Cents;
  budgetCents: Cents;
  /** budget − cost; negative is a tekort. */
  saldoCents: Cents;
  /** max(0, cost − budget). */
  tekortCents: Cents;
  /** Proeftuinen with gemeente money this year, each its own line: paid from its own budget, outside the saldo. */
  proeftuinen: DekkingProeftuin[];
  proeftuinenGemeenteCents: Cents;
}

/** Dekking of a given gemeente cost by the posten of `jaar` (posten of other years are ignored). */
export function dekking(
  kostenGemeenteCents: Cents,
  jaar: number,
  posten: readonly BegrotingspostBedrag[],
  inVoorbereidingGemeenteCents: Cents = 0,
  proeftuinGeld: readonly ProeftuinGeld[] = [],
): Dekking {
  const vanJaar = posten.filter((p) => p.jaar === jaar);
  const volgorde = [...vanJaar.filter((p) => p.soort === 'structureel'), ...vanJaar.filter((p) => p.soort === 'incidenteel')];
  let teDekken = Math.max(0, kostenGemeenteCents);
  const ingezet = new Map<BegrotingspostBedrag, Cents>();
  for (const p of volgorde) {
    const deel = Math.max(0, Math.min(p.bedragCents, teDekken));
    ingezet.set(p, deel);
    teDekken -= deel;
  }
  // Report in the caller's order, so a report lists posten as the user entered them.
  const uitPosten = vanJaar.map((p) => {
    const deel = ingezet.get(p) ?? 0;
    return {
      begrotingspostId: p.begrotingspostId,
      naam: p.naam,
      soort: p.soort,
      bedragCents: p.bedragCents,
      ingezetCents: deel,
      resterendCents: p.bedragCents - deel,
      regelingen: [...(p.regelingen ?? [])],
    };
  });
  const structureel = som(vanJaar.filter((p) => p.soort === 'structureel'));
  const incidenteel = som(vanJaar.filter((p) => p.soort === 'incidenteel'));
  const budget = structureel + incidenteel;
  const saldo = budget - kostenGemeenteCents;
  const proeftuinen = proeftuinGeld
    .filter((p) => p.jaar === jaar && p.gemeenteCents !== 0)
    .map((p) => ({ proeftuinId: p.proeftuinId, naam: p.naam, gemeenteCents: p.gemeenteCents }));
  return {
    jaar,
    kostenGemeenteCents,
    inVoorbereidingGemeenteCents,
    posten: uitPosten,
    structureelCents: structureel,
    incidenteelCents: incidenteel,
    budgetCents: budget,
    saldoCents: saldo,
    tekortCents: saldo < 0 ? -saldo : 0,
    proeftuinen,
    proeftuinenGemeenteCents: proeftuinen.reduce((t, p) => t + p.gemeenteCents, 0),
  };
}

/** Dekking of begrotingsjaar `jaar` straight from the afspraken. */
export function dekkingVoorJaar(
  afspraken: readonly AfspraakBasis[],
  jaar: number,
  posten: readonly BegrotingspostBedrag[],
  ctx: KostenContext,
  lookups: KostenLookups,
  proeftuinGeld: readonly ProeftuinGeld[] = [],
): Dekking {
  const kosten = kostenoverzicht(afspraken, { begrotingsjaar: jaar }, ctx, lookups);
  return dekking(kosten.gemeente, jaar, posten, kosten.inVoorbereiding.gemeente, proeftuinGeld);
}

function som(posten: readonly BegrotingspostBedrag[]): Cents {
  let s = 0;
  for (const p of posten) s += p.bedragCents;
  return s;
}
