// The computed side of the registry: costs per begrotingsjaar and schooljaar, a trend, dekking
// against the begrotingsposten, dekkingsgraad and OT completeness, wijkteam hours and the two
// scenarios. Every handler takes its rows from the per-database read cache (db/lees-cache.ts over
// db/kosten-repo.ts, reloaded whenever the data changed) and hands them to the pure engines in
// domain/; no money is computed here.
import {
  aandelenScenario,
  basisinzetScenario,
  dekkingVoorJaar,
  dekkingsgraad,
  kostenoverzicht,
  otVolledigheid,
  totalenPerBegrotingsjaar,
  wijkteamUren,
} from '../domain';
import {
  afsprakenVan,
  afsprakenVoorBegrotingsjaar,
  instellingenVan,
  lookupsVan,
  postenVan,
  scholenVan,
} from '../db/lees-cache';
import type { Handlers } from './registry';
import type { KostenTrendJaar } from './typen/kosten';

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
    kostenoverzicht(afsprakenVoorBegrotingsjaar(db, begrotingsjaar), { begrotingsjaar }, instellingenVan(db), lookupsVan(db)),

  'kosten.schooljaar': ({ schooljaar }, { db }) =>
    kostenoverzicht(afsprakenVan(db, schooljaar, schooljaar), { schooljaar }, instellingenVan(db), lookupsVan(db)),

  'kosten.perJaar': ({ van, tot }, { db }) => ({
    van,
    tot,
    // One pass over the cached schooljaren van−1..tot (each touches its start year and the next).
    jaren: totalenPerBegrotingsjaar(afsprakenVan(db, van - 1, tot), van, tot, instellingenVan(db)).map(
      (t): KostenTrendJaar => ({ jaar: t.jaar, ...t.geteld, inVoorbereiding: t.inVoorbereiding }),
    ),
  }),

  'dekking.begrotingsjaar': ({ begrotingsjaar }, { db }) =>
    dekkingVoorJaar(afsprakenVoorBegrotingsjaar(db, begrotingsjaar), begrotingsjaar, [...postenVan(db, begrotingsjaar)], instellingenVan(db), lookupsVan(db)),

  'dekkingsgraad.lijst': ({ schooljaar, functie, sector }, { db }) =>
    dekkingsgraad({
      afspraken: afsprakenVan(db, schooljaar, schooljaar),
      scholen: scholenVan(db, schooljaar),
      schooljaar,
      functie,
      sector: sector ?? null,
      wijkNamen: lookupsVan(db).wijkNamen,
    }),

  'dekkingsgraad.ot': ({ schooljaar, sector }, { db }) =>
    otVolledigheid({
      afspraken: afsprakenVan(db, schooljaar, schooljaar),
      scholen: scholenVan(db, schooljaar),
      schooljaar,
      sector: sector ?? null,
      wijkNamen: lookupsVan(db).wijkNamen,
    }),

  'wijkteam.uren': ({ schooljaar, sector, urenPerSchool, functie }, { db }) =>
    wijkteamUren({
      scholen: scholenVan(db, schooljaar),
      sector,
      urenPerSchool,
      wijkNamen: lookupsVan(db).wijkNamen,
      vergelijk: functie
        ? { afspraken: afsprakenVan(db, schooljaar, schooljaar), schooljaar, functie, startMaand: instellingenVan(db).schooljaarStartMaand }
        : undefined,
    }),

  'scenario.basisinzet': (invoer, { db }) =>
    basisinzetScenario(
      afsprakenVan(db, invoer.schooljaar, invoer.schooljaar),
      scholenVan(db, invoer.schooljaar),
      { ...invoer, uurtariefCents: invoer.uurtariefCents ?? null, wekenPerJaar: invoer.wekenPerJaar ?? null },
      instellingenVan(db),
    ),

  'scenario.aandelen': (invoer, { db }) => {
    const scholen = [...lookupsVan(db).scholen].map(([id, s]) => ({ id, sector: s.sector }));
    return aandelenScenario(afsprakenVan(db, invoer.schooljaar, invoer.schooljaar), scholen, invoer, instellingenVan(db));
  },
};
