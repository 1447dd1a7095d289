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
  otSamenstellingVan,
  postenVan,
  proeftuinGeldVan,
  scholenVan,
} from '../db/lees-cache';
import type { Handlers } from './registry';
import { lijstFuncties } from '../db/functies-repo';
import { controleerFuncties } from './functie-controle';
import { dekkingsgraadVoor, functiesVanSchooljaar, sectorenVanFunctie } from '../reports/gegevens';
import { lijstTarieven } from '../db/tarieven-repo';
import { tariefInSchooljaar } from '../domain/tarieven';
import { begrotingsjaarWaarschuwingen, schooljaarWaarschuwingen } from './waarschuwingen';
import type { KostenTrendJaar } from './typen/kosten';

export type KostenMethode =
  | 'dekkingsgraad.overzicht'
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
  'kosten.begrotingsjaar': ({ begrotingsjaar }, { db }) => ({
    ...kostenoverzicht(afsprakenVoorBegrotingsjaar(db, begrotingsjaar), { begrotingsjaar }, instellingenVan(db), lookupsVan(db)),
    waarschuwingen: begrotingsjaarWaarschuwingen(db, begrotingsjaar),
  }),

  'kosten.schooljaar': ({ schooljaar }, { db }) => ({
    ...kostenoverzicht(afsprakenVan(db, schooljaar, schooljaar), { schooljaar }, instellingenVan(db), lookupsVan(db)),
    waarschuwingen: schooljaarWaarschuwingen(db, schooljaar),
  }),

  'kosten.perJaar': ({ van, tot }, { db }) => ({
    van,
    tot,
    // One pass over the cached schooljaren van−1..tot (each touches its start year and the next).
    jaren: totalenPerBegrotingsjaar(afsprakenVan(db, van - 1, tot), van, tot, instellingenVan(db)).map((t): KostenTrendJaar => ({
      jaar: t.jaar,
      ...t.geteld,
      inVoorbereiding: t.inVoorbereiding,
    })),
  }),

  'dekking.begrotingsjaar': ({ begrotingsjaar }, { db }) => ({
    ...dekkingVoorJaar(
      afsprakenVoorBegrotingsjaar(db, begrotingsjaar),
      begrotingsjaar,
      [...postenVan(db, begrotingsjaar)],
      instellingenVan(db),
      lookupsVan(db),
      proeftuinGeldVan(db),
    ),
    waarschuwingen: begrotingsjaarWaarschuwingen(db, begrotingsjaar),
  }),

  'dekkingsgraad.lijst': ({ schooljaar, functie, sector }, { db }) => {
    controleerFuncties(db, [functie]);
    return dekkingsgraad({
      afspraken: afsprakenVan(db, schooljaar, schooljaar),
      scholen: scholenVan(db, schooljaar),
      schooljaar,
      functie,
      sector: sector ?? null,
      wijkNamen: lookupsVan(db).wijkNamen,
    });
  },

  // Issue 13 item 5: the cards follow the functies the gemeente uses, not a fixed JGW·PO and SMW·VO.
  'dekkingsgraad.overzicht': ({ schooljaar, functies }, { db }) => {
    controleerFuncties(db, functies ?? [], 'functies');
    const afspraken = afsprakenVan(db, schooljaar, schooljaar);
    const lookups = lookupsVan(db);
    const bron = { afspraken, scholen: scholenVan(db, schooljaar), wijkNamen: lookups.wijkNamen, lookups };
    const lijst = lijstFuncties(db);
    const gebruikt = new Set(functiesVanSchooljaar(afspraken, schooljaar));
    const beschikbaar = lijst.filter((f) => gebruikt.has(f.code)).map((f) => ({ functie: f.code, naam: f.naam, standaard: f.betaler === 'gemeente' }));
    const gekozen = functies?.length ? functies : beschikbaar.filter((f) => f.standaard).map((f) => f.functie);
    const namen = new Map(lijst.map((f) => [f.code, f.naam]));
    return {
      schooljaar,
      kaarten: gekozen.map((functie) => {
        const graad = dekkingsgraadVoor(bron, schooljaar, functie);
        return { functie, naam: namen.get(functie) ?? functie, sectoren: sectorenVanFunctie(afspraken, lookups, schooljaar, functie), graad };
      }),
      beschikbaar,
    };
  },

  'dekkingsgraad.ot': ({ schooljaar, sector }, { db }) =>
    otVolledigheid({
      afspraken: afsprakenVan(db, schooljaar, schooljaar),
      scholen: scholenVan(db, schooljaar),
      schooljaar,
      sector: sector ?? null,
      wijkNamen: lookupsVan(db).wijkNamen,
      samenstelling: otSamenstellingVan(db),
    }),

  'wijkteam.uren': ({ schooljaar, sector, urenPerSchool, functie }, { db }) => {
    controleerFuncties(db, [functie]);
    return wijkteamUren({
      scholen: scholenVan(db, schooljaar),
      sector,
      urenPerSchool,
      wijkNamen: lookupsVan(db).wijkNamen,
      vergelijk: functie
        ? { afspraken: afsprakenVan(db, schooljaar, schooljaar), schooljaar, functie, startMaand: instellingenVan(db).schooljaarStartMaand }
        : undefined,
    });
  },

  'scenario.basisinzet': (invoer, { db }) => {
    controleerFuncties(db, [invoer.functie]);
    // The new afspraken of the scenario take the tarief of their schooljaar, as real ones would (rule 9).
    const tarief = tariefInSchooljaar(lijstTarieven(db), invoer.functie, invoer.schooljaar);
    return basisinzetScenario(
      afsprakenVan(db, invoer.schooljaar, invoer.schooljaar),
      scholenVan(db, invoer.schooljaar),
      { ...invoer, uurtariefCents: invoer.uurtariefCents ?? tarief?.uurtariefCents ?? null, wekenPerJaar: invoer.wekenPerJaar ?? tarief?.wekenPerJaar ?? null },
      instellingenVan(db),
    );
  },

  'scenario.aandelen': (invoer, { db }) => {
    controleerFuncties(db, invoer.functies ?? [], 'functies');
    const scholen = [...lookupsVan(db).scholen].map(([id, s]) => ({ id, sector: s.sector }));
    return aandelenScenario(afsprakenVan(db, invoer.schooljaar, invoer.schooljaar), scholen, invoer, instellingenVan(db));
  },
};
