import { z } from 'zod';
import { FUNCTIE_CODES, type Instellingen } from './types';

export const STANDAARD_INSTELLINGEN: Instellingen = {
  gemeenteNaam: '',
  gemeenteCode: '',
  schooljaarStartMaand: 9,
  wekenPerSchooljaar: 40,
  standaardTarieven: {},
};

const tarief = z
  .number({ error: 'Een uurtarief moet een bedrag in centen zijn.' })
  .int('Een uurtarief moet in hele centen zijn.')
  .min(0, 'Een uurtarief mag niet negatief zijn.')
  .max(100_000_00, 'Een uurtarief van meer dan € 100.000 is niet aannemelijk.');

export const instellingenInvoer = z
  .object({
    gemeenteNaam: z.string().trim().max(100, 'Gemeente: maximaal 100 tekens.'),
    gemeenteCode: z
      .string()
      .trim()
      .regex(/^(\d{4})?$/, 'Gemeentecode: vier cijfers, zoals in de DUO-bestanden (bijvoorbeeld 0118).'),
    schooljaarStartMaand: z
      .number({ error: 'Startmaand schooljaar: kies een maand.' })
      .int('Startmaand schooljaar: kies een maand.')
      .min(1, 'Startmaand schooljaar: kies een maand van januari tot december.')
      .max(12, 'Startmaand schooljaar: kies een maand van januari tot december.'),
    wekenPerSchooljaar: z
      .number({ error: 'Weken per schooljaar moet een getal zijn.' })
      .positive('Weken per schooljaar moet groter dan 0 zijn.')
      .max(53, 'Weken per schooljaar kan niet meer dan 53 zijn.'),
    standaardTarieven: z.partialRecord(z.enum(FUNCTIE_CODES), tarief),
  })
  .strict();
