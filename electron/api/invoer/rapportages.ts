// Input schemas of the rapportages and grafieken methods (api/rapportages.ts), in a light file:
// the contract imports them without pulling in exceljs.
import { z } from 'zod';
import { FUNCTIE_CODES, SECTOREN } from '../../domain/types';
import { jaarVeld, schooljaarVeld } from '../../domain/velden';

export const RAPPORT_SOORTEN = ['financieel', 'bloz', 'aanbieders', 'alles', 'monitor'] as const;

export const rapportOpslaanInvoer = z
  .object({
    soort: z.enum(RAPPORT_SOORTEN, { error: 'Rapport: kies financieel, bloz, aanbieders, alles of monitor.' }),
    begrotingsjaar: jaarVeld('Begrotingsjaar').optional(),
    schooljaar: schooljaarVeld().optional(),
  })
  .strict();

export const grafiekDekkingInvoer = z
  .object({
    schooljaar: schooljaarVeld(),
    functie: z.enum(FUNCTIE_CODES, { error: `Functie: kies uit ${FUNCTIE_CODES.join(', ')}.` }).optional(),
    sectoren: z.array(z.enum(SECTOREN, { error: `Sector: kies uit ${SECTOREN.join(', ')}.` })).max(SECTOREN.length).optional(),
  })
  .strict();

export const grafiekJarenInvoer = z.object({ vanJaar: jaarVeld('Vanaf jaar').optional(), totJaar: jaarVeld('Tot en met jaar').optional() }).strict();
export const grafiekBegrotingsjaarInvoer = z.object({ begrotingsjaar: jaarVeld('Begrotingsjaar') }).strict();

export const grafiekOpslaanInvoer = z
  .object({
    naam: z.string({ error: 'Naam: geef de grafiek een naam.' }).trim().min(1, 'Naam: geef de grafiek een naam.').max(120, 'Naam: maximaal 120 tekens.'),
    png: z
      .string({ error: 'Afbeelding: ontbreekt.' })
      .max(30_000_000, 'Afbeelding: te groot (meer dan 20 MB).')
      .regex(/^(data:image\/png;base64,)?[A-Za-z0-9+/]+={0,2}$/, 'Afbeelding: geen PNG-afbeelding.'),
  })
  .strict();

