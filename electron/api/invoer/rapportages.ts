// Input schemas of the rapportages and grafieken methods (api/rapportages.ts), in a light file:
// the contract imports them without pulling in exceljs.
import { z } from 'zod';
import { SECTOREN } from '../../domain/types';
import { functieVeld } from '../../domain/validatie';
import { jaarVeld, naamVeld, schooljaarVeld } from '../../domain/velden';
import { idVeld } from '../../domain/validatie';

/** What a report is about: a begrotingsjaar, a schooljaar, or the whole registry. */
export type RapportPeriode = 'begrotingsjaar' | 'schooljaar' | null;

export interface RapportKenmerken {
  /** The title, as on the first sheet, the Rapportages page and in the file name. */
  titel: string;
  /** The title words in the file name (no accents: `Financiele paragraaf`). */
  inBestandsnaam: string;
  periode: RapportPeriode;
  /** Who the report is for, as the first sheet names them: `het college en de gemeenteraad`. */
  publiek: string;
  /** One line for `schoolinzet export` and the page. */
  omschrijving: string;
  /** Made for one aanbieder (aanbiederId): saved from that aanbieder's subsidie, not from the Rapportages page. */
  perAanbieder?: true;
  /** Compares the begrotingsjaar with a referentiejaar the user may pick (default: the year before). */
  referentie?: true;
  /** Made for one saved verdeling (verdelingId): saved from the Verdelingen page. */
  perVerdeling?: true;
}

/**
 * The Excel reports, one entry each. The Rapportages page, `schoolinzet export <soort>`, the
 * input check and the file name follow from this list; reports/rapporten.ts holds each writer
 * (a missing writer is a compile error).
 */
export const RAPPORTEN = {
  financieel: {
    titel: 'Financiële paragraaf',
    inBestandsnaam: 'Financiele paragraaf',
    periode: 'begrotingsjaar',
    publiek: 'het college en de gemeenteraad',
    referentie: true,
    omschrijving:
      'Financiële paragraaf voor het collegevoorstel: meerkosten tegen een referentiejaar (structureel en incidenteel), kosten per functie en aanbieder, verdeling schooljaren, dekking en saldo.',
  },
  bloz: {
    titel: 'BLOZ-overzicht',
    inBestandsnaam: 'BLOZ-overzicht',
    periode: 'schooljaar',
    publiek: 'het BLOZ-overleg (schoolbesturen, gemeente en aanbieders)',
    omschrijving: 'BLOZ-overzicht: alle afspraken van het schooljaar, dekking per wijk en sector, scholen zonder dekking.',
  },
  aanbieders: {
    titel: 'Overzicht per aanbieder',
    inBestandsnaam: 'Overzicht per aanbieder',
    periode: 'schooljaar',
    publiek: 'de aanbieders',
    omschrijving: 'Overzicht per aanbieder: per aanbieder een blad met scholen, uren, bedragen en verdeling over financiers.',
  },
  alles: {
    titel: 'Volledige export',
    inBestandsnaam: 'Volledige export',
    periode: null,
    publiek: 'de controller en de beheerder van het register',
    omschrijving: 'Volledige export: elke tabel van het register op een eigen blad.',
  },
  beschikking: {
    titel: 'Beschikkingsbijlage',
    inBestandsnaam: 'Beschikkingsbijlage',
    periode: 'begrotingsjaar',
    publiek: 'de aanbieder die de subsidie ontvangt',
    perAanbieder: true,
    omschrijving: 'Beschikkingsbijlage: de inzet per school en functie waarop de subsidie van een aanbieder rust, met voorschotschema en voorwaarden.',
  },
  subsidies: {
    titel: 'Subsidieoverzicht',
    inBestandsnaam: 'Subsidieoverzicht',
    periode: 'begrotingsjaar',
    publiek: 'de controller',
    omschrijving: 'Subsidieoverzicht: per aanbieder verleend, bevoorschot, betaald, verantwoord, vastgesteld en saldo.',
  },
  monitor: {
    titel: 'Monitor',
    inBestandsnaam: 'Monitor',
    periode: 'schooljaar',
    publiek: 'het BLOZ-overleg en de beleidsmedewerker',
    omschrijving:
      'Monitor: ondersteuningsvragen en % binnen school per school, wijk, sector en aanbieder tegen de norm, de trend, en gerealiseerde tegen afgesproken uren.',
  },
  verdeling: {
    titel: 'BLOZ-voorstel verdeling',
    inBestandsnaam: 'BLOZ-voorstel verdeling',
    periode: null,
    publiek: 'het BLOZ-overleg (schoolbesturen, gemeente en aanbieders)',
    perVerdeling: true,
    omschrijving:
      'BLOZ-voorstel van een verdeling: wat er wordt verdeeld en volgens welke regel, per school leerlingen, gewicht, quotum en toegekend, en een blad per school; na aanpassing weer in te lezen.',
  },
} as const satisfies Record<string, RapportKenmerken>;

export type RapportSoort = keyof typeof RAPPORTEN;
export const RAPPORT_SOORTEN = Object.keys(RAPPORTEN) as [RapportSoort, ...RapportSoort[]];

export const rapportOpslaanInvoer = z
  .object({
    soort: z.enum(RAPPORT_SOORTEN, { error: `Rapport: kies ${RAPPORT_SOORTEN.slice(0, -1).join(', ')} of ${RAPPORT_SOORTEN.at(-1)}.` }),
    begrotingsjaar: jaarVeld('Begrotingsjaar').optional(),
    schooljaar: schooljaarVeld().optional(),
    /** Only for the beschikkingsbijlage. */
    aanbiederId: idVeld('Aanbieder').optional(),
    /** Only for a report with `referentie` (the financiële paragraaf): the meerkosten are against this year; default the year before. */
    referentiejaar: jaarVeld('Referentiejaar').optional(),
    /** Only for the BLOZ-voorstel of a verdeling. */
    verdelingId: idVeld('Verdeling').optional(),
  })
  .strict();

export const grafiekDekkingInvoer = z
  .object({
    schooljaar: schooljaarVeld(),
    functie: functieVeld.optional(),
    sectoren: z
      .array(z.enum(SECTOREN, { error: `Sector: kies uit ${SECTOREN.join(', ')}.` }))
      .max(SECTOREN.length)
      .optional(),
  })
  .strict();

export const grafiekJarenInvoer = z.object({ vanJaar: jaarVeld('Vanaf jaar').optional(), totJaar: jaarVeld('Tot en met jaar').optional() }).strict();
export const grafiekBegrotingsjaarInvoer = z.object({ begrotingsjaar: jaarVeld('Begrotingsjaar') }).strict();

export const grafiekOpslaanInvoer = z
  .object({
    naam: naamVeld('Naam van de grafiek', 120),
    png: z
      .string({ error: 'Afbeelding: ontbreekt.' })
      .max(30_000_000, 'Afbeelding: te groot (meer dan 20 MB).')
      .regex(/^(data:image\/png;base64,)?[A-Za-z0-9+/]+={0,2}$/, 'Afbeelding: geen PNG-afbeelding.'),
  })
  .strict();
