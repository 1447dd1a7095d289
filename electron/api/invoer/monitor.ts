// Input schemas of the monitor methods (api/monitor.ts), built from the field builders.
import { z } from 'zod';
import { delenFout } from '../../domain/monitor';
import { functieVeld } from '../../domain/validatie';
import { aantalVeld, jaarurenVeld, percentageVeld, schooljaarVeld } from '../../domain/velden';

export const monitorSchooljaarInvoer = z.object({ schooljaar: schooljaarVeld() }).strict();

const velden = {
  schooljaar: schooljaarVeld(),
  schoolId: z.number({ error: 'School is verplicht: kies een school.' }).int().positive(),
  aanbiederId: z.number().int().positive().nullable().default(null),
  functie: functieVeld.nullable().default(null),
  vragen: aantalVeld('Ondersteuningsvragen'),
  binnenSchool: aantalVeld('Binnen school opgevangen'),
  verwezenJeugdhulp: aantalVeld('Verwezen naar jeugdhulp'),
  verwezenWijkteam: aantalVeld('Verwezen via wijkteam'),
  gerealiseerdeUren: jaarurenVeld('Gerealiseerde uren').nullable().default(null),
};

/** Rule 12: a part never exceeds the total; the error names the part. */
function delenBinnenTotaal(v: { vragen: number; binnenSchool: number; verwezenJeugdhulp: number; verwezenWijkteam: number }, ctx: z.RefinementCtx) {
  const f = delenFout(v);
  if (f) ctx.addIssue({ code: 'custom', path: [f.veld], message: f.melding });
}

export const ondersteuningsvragenInvoer = z.object(velden).strict().superRefine(delenBinnenTotaal);
export const ondersteuningsvragenWijziging = z
  .object({ id: z.number().int().positive(), ...velden })
  .strict()
  .superRefine(delenBinnenTotaal);

export const monitorIdInvoer = z.object({ id: z.number({ error: 'Nummer is verplicht.' }).int().positive() }).strict();

export const monitorInstellingenInvoer = z
  .object({
    norm: z
      .object({ van: percentageVeld('Norm van'), tot: percentageVeld('Norm tot') })
      .strict()
      .refine((n) => n.van <= n.tot, { message: 'Norm: "van" mag niet hoger zijn dan "tot".', path: ['tot'] }),
    realisatieDrempel: percentageVeld('Drempel realisatiegraad'),
  })
  .strict();
