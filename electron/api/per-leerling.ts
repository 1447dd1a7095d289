// Cost per leerling and per jeugdige (issue 13 item 10): the counted cost of a schooljaar or a
// begrotingsjaar, the schools with their DUO count of that year and the kerncijfers, from the
// read cache, handed to the pure engine in domain/per-leerling.ts. The financiële paragraaf uses
// the same loader, so the report and the dashboard show one figure.
import { kostenoverzicht } from '../domain/kosten';
import { kostenPerLeerling, type KostenPerLeerling } from '../domain/per-leerling';
import { afsprakenVan, afsprakenVoorBegrotingsjaar, instellingenVan, lookupsVan, scholenVan } from '../db/lees-cache';
import { leerlingenJaarVanSchooljaar } from '../db/kosten-repo';
import { lijstKerncijfers } from '../db/kerncijfers-repo';
import type { Db } from '../db/open';
import type { Handlers } from './registry';

export type { KostenPerLeerling };

export function kostenPerLeerlingVan(db: Db, periode: { schooljaar: number } | { begrotingsjaar: number }): KostenPerLeerling {
  const ctx = instellingenVan(db);
  const lookups = lookupsVan(db);
  // A schooljaar uses the count of its own 1 oktober; a begrotingsjaar the count of 1 oktober of that year.
  const teljaar = 'schooljaar' in periode ? leerlingenJaarVanSchooljaar(periode.schooljaar) : periode.begrotingsjaar;
  const kosten =
    'schooljaar' in periode
      ? kostenoverzicht(afsprakenVan(db, periode.schooljaar, periode.schooljaar), periode, ctx, lookups)
      : kostenoverzicht(afsprakenVoorBegrotingsjaar(db, periode.begrotingsjaar), periode, ctx, lookups);
  return kostenPerLeerling({ kosten, scholen: scholenVan(db, teljaar), wijkNamen: lookups.wijkNamen, teljaar, kerncijfers: lijstKerncijfers(db) });
}

export const perLeerlingHandlers: Handlers<'kosten.perLeerling'> = {
  'kosten.perLeerling': ({ schooljaar, begrotingsjaar }, { db }) =>
    kostenPerLeerlingVan(db, schooljaar !== undefined ? { schooljaar } : { begrotingsjaar: begrotingsjaar as number }),
};
