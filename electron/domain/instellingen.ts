import { z } from 'zod';
import { FUNCTIE_CODES, type Instellingen } from './types';
import { hasAtMostTwoDecimals } from './geld';
import { GRENS_MELDING, UURTARIEF_MAX_CENTS, WEKEN_MAX, WEKEN_MIN } from './grenzen';

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
  .max(UURTARIEF_MAX_CENTS, GRENS_MELDING.uurtarief('Een uurtarief'));

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
    wekenPerSchooljaar: z
      .number({ error: 'Weken per schooljaar moet een getal zijn.' })
      .min(WEKEN_MIN, GRENS_MELDING.weken('Weken per schooljaar'))
      .max(WEKEN_MAX, GRENS_MELDING.weken('Weken per schooljaar'))
      // 40,123456 would be stored but counted as 40,12: refuse what cannot be counted as typed.
      .refine(hasAtMostTwoDecimals, 'Weken per schooljaar mag hoogstens 2 decimalen hebben.'),
    standaardTarieven: z.partialRecord(z.enum(FUNCTIE_CODES), tarief),
  })
  .strict();
