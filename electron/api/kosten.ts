// The computed side of the registry: costs per begrotingsjaar and schooljaar, a trend, dekking
// against the begrotingsposten, dekkingsgraad and OT completeness, wijkteam hours and the two
// scenarios. Every handler loads fresh rows (db/kosten-repo.ts) and hands them to the pure
// engines in domain/; no money is computed here.
import {
  aandelenScenario,
  basisinzetScenario,
  dekking,
  dekkingsgraad,
  kostenoverzicht,
  otVolledigheid,
  wijkteamUren,
  type AfspraakBasis,
  type Kostenoverzicht,
  type Verdeling,
} from '../domain';
import {
  laadAfspraken,
  laadAfsprakenVoorBegrotingsjaar,
  laadInstellingen,
  laadLookups,
  laadPosten,
  laadScholen,
  laadSchoolLookup,
  laadWijkNamen,
} from '../db/kosten-repo';
import type { Handlers } from './registry';

export interface KostenTrendJaar extends Verdeling {
  jaar: number;
  /** Concept and in overleg, apart (rule 5). */
  inVoorbereiding: Verdeling;
}

export interface KostenTrend {
  van: number;
  tot: number;
  jaren: KostenTrendJaar[];
}

export type KostenMethode =
  | 'kosten.begrotingsjaar'
  | 'kosten.schooljaar'
  | 'kosten.perJaar'
  | 'dekking.begrotingsjaar'
  | 'dekkingsgraad.lijst'
  | 'dekkingsgraad.ot'
  | 'wijkteam.uren'
  | 'scenario.basisinzet'
  | 'scenario.aandelen';

export const kostenHandlers: Handlers<KostenMethode> = {
  'kosten.begrotingsjaar': ({ begrotingsjaar }, { db }) =>
    kostenoverzicht(laadAfsprakenVoorBegrotingsjaar(db, begrotingsjaar), { begrotingsjaar }, laadInstellingen(db), laadLookups(db)),

  'kosten.schooljaar': ({ schooljaar }, { db }) =>
    kostenoverzicht(laadAfspraken(db, schooljaar, schooljaar), { schooljaar }, laadInstellingen(db), laadLookups(db)),

  'kosten.perJaar': ({ van, tot }, { db }) => {
    const ctx = laadInstellingen(db);
    const lookups = laadLookups(db);
    // One SELECT for the whole span, then each year only sees the two schooljaren that can touch it.
    const perSchooljaar = new Map<number, AfspraakBasis[]>();
    for (const a of laadAfspraken(db, van - 1, tot)) {
      let lijst = perSchooljaar.get(a.schooljaar);
      if (!lijst) perSchooljaar.set(a.schooljaar, (lijst = []));
      lijst.push(a);
    }
    const jaren: KostenTrendJaar[] = [];
    for (let jaar = van; jaar <= tot; jaar++) {
      const relevant = [...(perSchooljaar.get(jaar - 1) ?? []), ...(perSchooljaar.get(jaar) ?? [])];
      const k = kostenoverzicht(relevant, { begrotingsjaar: jaar }, ctx, lookups);
      jaren.push({ jaar, ...alleenVerdeling(k), inVoorbereiding: k.inVoorbereiding });
    }
    return { van, tot, jaren };
  },

  'dekking.begrotingsjaar': ({ begrotingsjaar }, { db }) => {
    const kosten = kostenoverzicht(
      laadAfsprakenVoorBegrotingsjaar(db, begrotingsjaar),
      { begrotingsjaar },
      laadInstellingen(db),
      laadLookups(db),
    );
    return dekking(kosten.gemeente, begrotingsjaar, laadPosten(db, begrotingsjaar), kosten.inVoorbereiding.gemeente);
  },

  'dekkingsgraad.lijst': ({ schooljaar, functie, sector }, { db }) =>
    dekkingsgraad({
      afspraken: laadAfspraken(db, schooljaar, schooljaar),
      scholen: laadScholen(db, schooljaar),
      schooljaar,
      functie,
      sector: sector ?? null,
      wijkNamen: laadWijkNamen(db),
    }),

  'dekkingsgraad.ot': ({ schooljaar, sector }, { db }) =>
    otVolledigheid({
      afspraken: laadAfspraken(db, schooljaar, schooljaar),
      scholen: laadScholen(db, schooljaar),
      schooljaar,
      sector: sector ?? null,
      wijkNamen: laadWijkNamen(db),
    }),

  'wijkteam.uren': ({ schooljaar, sector, urenPerSchool, functie }, { db }) =>
    wijkteamUren({
      scholen: laadScholen(db, schooljaar),
      sector,
      urenPerSchool,
      wijkNamen: laadWijkNamen(db),
      vergelijk: functie ? { afspraken: laadAfspraken(db, schooljaar, schooljaar), schooljaar, functie } : undefined,
    }),

  'scenario.basisinzet': (invoer, { db }) =>
    basisinzetScenario(
      laadAfspraken(db, invoer.schooljaar, invoer.schooljaar),
      laadScholen(db, invoer.schooljaar),
      { ...invoer, uurtariefCents: invoer.uurtariefCents ?? null, wekenPerJaar: invoer.wekenPerJaar ?? null },
      laadInstellingen(db),
    ),

  'scenario.aandelen': (invoer, { db }) => {
    const scholen = [...laadSchoolLookup(db)].map(([id, s]) => ({ id, sector: s.sector }));
    return aandelenScenario(laadAfspraken(db, invoer.schooljaar, invoer.schooljaar), scholen, invoer, laadInstellingen(db));
  },
};

function alleenVerdeling(v: Kostenoverzicht): Verdeling {
  return { totaal: v.totaal, gemeente: v.gemeente, onderwijs: v.onderwijs, overig: v.overig };
}
