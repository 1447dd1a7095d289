// Input schemas of the subsidy methods (api/subsidies.ts). Dates are jjjj-mm-dd; a missing date
// means today. Amounts are integer cents.
import { z } from 'zod';
import { VOORSCHOT_SCHEMAS } from '../../domain/subsidie';
import { isoDatumVeld, idVeld } from '../../domain/validatie';
import { centsVeld, jaarVeld } from '../../domain/velden';

const MAX = 1_000_000_000_00; // € 1 miljard: more is a typing error
const tekst = (label: string, max = 2000) =>
  z
    .string({ error: `${label} moet tekst zijn.` })
    .trim()
    .max(max, `${label}: maximaal ${max} tekens.`);

const sleutel = { aanbiederId: idVeld('Aanbieder'), begrotingsjaar: jaarVeld('Begrotingsjaar') };

export const subsidieLijstInvoer = z.object({ begrotingsjaar: jaarVeld('Begrotingsjaar') }).strict();
export const subsidieSleutelInvoer = z.object(sleutel).strict();
export const subsidieDeadlinesInvoer = z.object({ vandaag: isoDatumVeld('Vandaag').optional(), dagen: z.number().int().min(1).max(366).optional() }).strict();

export const subsidieAanvraagInvoer = z
  .object({
    ...sleutel,
    datum: isoDatumVeld('Datum aanvraag').optional(),
    bedragCents: centsVeld('Aangevraagd bedrag', { max: MAX }),
    kenmerk: tekst('Kenmerk', 100).optional(),
  })
  .strict();

export const subsidieVerleenInvoer = z
  .object({
    ...sleutel,
    datum: isoDatumVeld('Datum verlening').optional(),
    kenmerk: tekst('Kenmerk', 100).optional(),
    /** Absent: the gemeente's share of the afspraken. Another amount needs a reden. */
    bedragCents: centsVeld('Verleend bedrag', { max: MAX }).optional(),
    reden: tekst('Reden').optional(),
    schema: z.enum(VOORSCHOT_SCHEMAS, { error: 'Voorschotten: kies maand, kwartaal, eenmalig of anders.' }).optional(),
    /** Only with schema 'anders': own dates and amounts, adding up to the verleend bedrag. */
    termijnen: z
      .array(z.object({ bedragCents: centsVeld('Bedrag termijn', { max: MAX }), vervaldatum: isoDatumVeld('Vervaldatum') }).strict())
      .min(1, 'Voorschotten: geef minstens één termijn.')
      .max(60, 'Voorschotten: hoogstens 60 termijnen.')
      .optional(),
    begrotingspostIds: z.array(idVeld('Begrotingspost')).max(20).optional(),
    voorwaarden: tekst('Voorwaarden', 10_000).optional(),
    verantwoordingUiterlijk: isoDatumVeld('Verantwoording uiterlijk').optional(),
  })
  .strict();

export const subsidieBetaalInvoer = z
  .object({
    ...sleutel,
    termijn: z.number({ error: 'Termijn moet een getal zijn.' }).int('Termijn moet een heel getal zijn.'),
    datum: isoDatumVeld('Datum betaling').optional(),
  })
  .strict();

export const subsidieVerantwoordInvoer = z
  .object({
    ...sleutel,
    datum: isoDatumVeld('Datum verantwoording').optional(),
    kostenCents: centsVeld('Gerealiseerde kosten', { max: MAX }),
    uren: z.number().nonnegative('Gerealiseerde uren mogen niet negatief zijn.').optional(),
    opmerking: tekst('Opmerking').optional(),
  })
  .strict();

export const subsidieVaststelInvoer = z
  .object({ ...sleutel, datum: isoDatumVeld('Datum vaststelling').optional(), bedragCents: centsVeld('Vastgesteld bedrag', { max: MAX }).optional() })
  .strict();
