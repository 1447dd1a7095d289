// Input schemas of the import methods (api/importeren.ts). A file dropped on the Importeren page
// travels as its bytes (base64) with its name: the renderer never sends a path, so the main process
// still only opens files the user picked in its own dialog.
// Pure (zod only): the contract validates with these schemas, the page uses the same limits and the
// same rule for which kind of import a file name is, before it reads a single byte.
import { z } from 'zod';
import { gemeenteCodeVeld, jaarVeld, schooljaarVeld } from '../../domain/velden';
import { IMPORT_BESTAND_MAX_BYTES } from '../../domain/grenzen';

/** A dropped file obeys the same limit as a picked one (domain/grenzen.ts). */
export const MAX_SLEEP_BESTAND = IMPORT_BESTAND_MAX_BYTES;
export const MAX_SLEEP_TOTAAL = 200 * 1024 * 1024;
export const MAX_SLEEP_AANTAL = 20;
export const MAX_NAAM = 255;

export type ImportSoort = 'duo' | 'afspraken';

const EXTENSIES: Record<string, ImportSoort> = { csv: 'duo', txt: 'duo', xlsx: 'afspraken' };

/** .csv/.txt are DUO files, .xlsx an afsprakenblad; anything else is no import (null). */
export function soortVanBestand(naam: string): ImportSoort | null {
  const punt = naam.lastIndexOf('.');
  return punt < 0 ? null : (EXTENSIES[naam.slice(punt + 1).toLowerCase()] ?? null);
}

/** Decoded size of a base64 text, without decoding it. */
export function base64Grootte(tekst: string): number {
  const opvulling = tekst.endsWith('==') ? 2 : tekst.endsWith('=') ? 1 : 0;
  return (tekst.length / 4) * 3 - opvulling;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const MAX_BASE64 = Math.ceil(MAX_SLEEP_BESTAND / 3) * 4;

const bestandsnaam = (soort: ImportSoort, extensies: string) =>
  z
    .string({ error: 'Bestandsnaam ontbreekt.' })
    .min(1, 'Bestandsnaam ontbreekt.')
    .max(MAX_NAAM, `Bestandsnaam: hoogstens ${MAX_NAAM} tekens.`)
    // A name only, shown back to the user: no folders, no control characters.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point of this check
    .refine((n) => !/[\\/\u0000-\u001f\u007f]/.test(n), 'Bestandsnaam: alleen de naam van het bestand, zonder map.')
    .refine((n) => soortVanBestand(n) === soort, `Bestandsnaam: alleen ${extensies}-bestanden.`);

const inhoud = z
  .string({ error: 'Inhoud ontbreekt.' })
  .max(MAX_BASE64, `Inhoud: een bestand mag hoogstens ${mb(MAX_SLEEP_BESTAND)} zijn.`)
  .refine((t) => t.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(t), 'Inhoud: geen geldige base64-tekst.');

const gesleept = (soort: ImportSoort, extensies: string) => z.object({ naam: bestandsnaam(soort, extensies), inhoudBase64: inhoud }).strict();

/** The DUO filter, shared by the dialog and the dropped variant. */
export const duoFilterVelden = {
  gemeenteCode: gemeenteCodeVeld('Gemeentecode').optional(),
  alle: z.boolean().optional(),
  jaar: jaarVeld('Jaar').optional(),
};

export const duoVoorbeeldInvoer = z.object(duoFilterVelden).strict();

export const duoInhoudInvoer = z
  .object({
    bestanden: z
      .array(gesleept('duo', '.csv- of .txt'), { error: 'Bestanden: een lijst.' })
      .min(1, 'Bestanden: sleep minstens één bestand.')
      .max(MAX_SLEEP_AANTAL, `Bestanden: hoogstens ${MAX_SLEEP_AANTAL} tegelijk.`)
      .refine((l) => l.reduce((s, b) => s + base64Grootte(b.inhoudBase64), 0) <= MAX_SLEEP_TOTAAL, `Bestanden: samen hoogstens ${mb(MAX_SLEEP_TOTAAL)}.`),
    ...duoFilterVelden,
  })
  .strict();

export const afsprakenInhoudInvoer = gesleept('afspraken', '.xlsx');
/** The DUO list of bevoegde gezagen, dropped on the page (a .csv like the other DUO files). */
export const besturenInhoudInvoer = gesleept('duo', '.csv- of .txt');

/** A preview's id: the files themselves stay in the main process until the user confirms. */
export const importIdInvoer = z.object({ id: z.string({ error: 'Kies het bestand opnieuw.' }).uuid('Onbekend voorbeeld: kies het bestand opnieuw.') }).strict();

export const sjabloonOpslaanInvoer = z.object({ schooljaar: schooljaarVeld().optional() }).strict();

export const foutenOpslaanInvoer = z
  .object({
    bestand: z.string({ error: 'Bestand moet een tekst zijn.' }).max(500, 'Bestand: hoogstens 500 tekens.').optional(),
    meldingen: z
      .array(
        z
          .object({
            rij: z.number({ error: 'Rij moet een getal zijn.' }).int('Rij moet een geheel getal zijn.').min(0, 'Rij mag niet negatief zijn.').optional(),
            kolom: z.string({ error: 'Kolom moet een tekst zijn.' }).max(300, 'Kolom: hoogstens 300 tekens.'),
            melding: z.string({ error: 'Melding moet een tekst zijn.' }).max(5000, 'Melding: hoogstens 5000 tekens.'),
          })
          .strict(),
        { error: 'Meldingen moet een lijst zijn.' },
      )
      .max(5000, 'Hoogstens 5000 meldingen.'),
  })
  .strict();
