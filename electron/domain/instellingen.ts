import { z } from 'zod';
import { FUNCTIE_CODES, type Instellingen } from './types';
import { centsVeld, MAX_UURTARIEF, wekenVeld } from './velden';

export const STANDAARD_INSTELLINGEN: Instellingen = {
  gemeenteNaam: '',
  gemeenteCode: '',
  schooljaarStartMaand: 9,
  wekenPerSchooljaar: 40,
  standaardTarieven: {},
};

export const instellingenInvoer = z
  .object({
    gemeenteNaam: z.string().trim().max(100, 'Gemeente: maximaal 100 tekens.'),
    gemeenteCode: z
      .string()
      .trim()
      .regex(/^(\d{4})?$/, 'Gemeentecode: vier cijfers, bijvoorbeeld 0193 voor Zwolle.'),
    schooljaarStartMaand: z
      .number({ error: 'Startmaand schooljaar: kies een maand.' })
      .int('Startmaand schooljaar: kies een maand.')
      .min(1, 'Startmaand schooljaar: kies een maand van januari tot december.')
      .max(12, 'Startmaand schooljaar: kies een maand van januari tot december.'),
    wekenPerSchooljaar: wekenVeld('Weken per schooljaar'),
    standaardTarieven: z.partialRecord(z.enum(FUNCTIE_CODES), centsVeld('Standaard uurtarief', { max: MAX_UURTARIEF })),
  })
  .strict();
