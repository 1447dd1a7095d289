// Input schemas of the app, bestand and backups methods (api/app.ts, api/backups.ts). Pure (zod
// only): the contract imports them, and through it the renderer's type check.
import { z } from 'zod';

/** A method without input: an empty object, nothing else. */
export const leegInvoer = z.object({}).strict();

/** After bestand.openen answered inGebruik: open that same file read-only by its keuzeId (never a path). */
export const openenAlleenLezenInvoer = z
  .object({ keuzeId: z.string({ error: 'Kies het bestand opnieuw.' }).uuid('Onbekende keuze: kies het bestand opnieuw.') })
  .strict();

/** A bare file name from backups.lijst, never a path. */
export const backupHerstelInvoer = z
  .object({
    naam: z
      .string({ error: 'Kies een reservekopie uit de lijst.' })
      .min(1, 'Kies een reservekopie uit de lijst.')
      .max(255, 'Kies een reservekopie uit de lijst.')
      .regex(/^[^\\/:*?"<>|]+\.db$/, 'Kies een reservekopie uit de lijst.'),
  })
  .strict();
