// Input schemas of the rapportages and grafieken methods (api/rapportages.ts), in a light file:
// the contract imports them without pulling in exceljs.
import { z } from 'zod';
import { SECTOREN } from '../domain/types';
import { functieVeld } from '../domain/validatie';

export const RAPPORT_SOORTEN = ['financieel', 'bloz', 'aanbieders', 'alles'] as const;

const jaar = (label: string) =>
  z.number({ error: `${label}: een jaartal.` }).int(`${label}: een jaartal.`).min(1990, `${label}: vanaf 1990.`).max(2100, `${label}: tot 2100.`);

export const rapportOpslaanInvoer = z
  .object({
    soort: z.enum(RAPPORT_SOORTEN, { error: 'Rapport: kies financieel, bloz, aanbieders of alles.' }),
    begrotingsjaar: jaar('Begrotingsjaar').optional(),
    schooljaar: jaar('Schooljaar').optional(),
  })
  .strict();

export const grafiekDekkingInvoer = z
  .object({
    schooljaar: jaar('Schooljaar'),
    functie: functieVeld.optional(),
    sectoren: z.array(z.enum(SECTOREN, { error: `Sector: kies uit ${SECTOREN.join(', ')}.` })).max(SECTOREN.length).optional(),
  })
  .strict();

export const grafiekJarenInvoer = z.object({ vanJaar: jaar('Vanaf jaar').optional(), totJaar: jaar('Tot en met jaar').optional() }).strict();
export const grafiekBegrotingsjaarInvoer = z.object({ begrotingsjaar: jaar('Begrotingsjaar') }).strict();

export const grafiekOpslaanInvoer = z
  .object({
    naam: z.string({ error: 'Naam: geef de grafiek een naam.' }).trim().min(1, 'Naam: geef de grafiek een naam.').max(120, 'Naam: maximaal 120 tekens.'),
    png: z
      .string({ error: 'Afbeelding: ontbreekt.' })
      .max(30_000_000, 'Afbeelding: te groot (meer dan 20 MB).')
      .regex(/^(data:image\/png;base64,)?[A-Za-z0-9+/]+={0,2}$/, 'Afbeelding: geen PNG-afbeelding.'),
  })
  .strict();

