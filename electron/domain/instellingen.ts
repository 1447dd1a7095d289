import { z } from 'zod';
import type { Instellingen } from './types';
import { gemeenteCodeVeld, uurtariefVeld, wekenVeld } from './velden';

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
    gemeenteCode: gemeenteCodeVeld('Gemeentecode', { leegMag: true }),
    schooljaarStartMaand: z
      .number({ error: 'Startmaand schooljaar: kies een maand.' })
      .int('Startmaand schooljaar: kies een maand.')
      .min(1, 'Startmaand schooljaar: kies een maand van januari tot december.')
      .max(12, 'Startmaand schooljaar: kies een maand van januari tot december.'),
    wekenPerSchooljaar: wekenVeld('Weken per schooljaar'),
    // Per functie code, the gemeente's own included (the functies table decides which exist).
    standaardTarieven: z.partialRecord(
      z.string().regex(/^[0-9A-Z][0-9A-Z_-]{0,19}$/, 'Standaardtarief: onbekende functiecode.'),
      uurtariefVeld('Standaard uurtarief'),
    ),
  })
  .strict();
