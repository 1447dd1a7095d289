import { z } from 'zod';
import type { Instellingen } from './types';
import { gemeenteCodeVeld, tekstVeld, uurtariefVeld, wekenVeld } from './velden';

export const STANDAARD_INSTELLINGEN: Instellingen = {
  gemeenteNaam: '',
  gemeenteCode: '',
  schooljaarStartMaand: 9,
  wekenPerSchooljaar: 40,
  standaardTarieven: {},
};

export const instellingenInvoer = z
  .object({
    gemeenteNaam: tekstVeld('Gemeente', { max: 100 }).transform((v) => v ?? ''),
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
