// Input schemas (zod 4) for the registry: wijken, besturen, scholen, aanbieders, functies,
// regelingen, begrotingsposten, kerncijfers, proeftuinen, and the list/copy requests.
// The afspraak schemas live in validatie.ts; this file reuses its field schemas so that every
// message is Dutch and names the field. No Node imports: the renderer bundles this file too.
import { indexProcentVeld } from './tarieven';
import { RICHTINGEN } from './indicatoren';
import { z } from 'zod';
import { aandelenRegels, altijd, functieVeld, idVeld, optioneleDatumVeld, sectorVeld, statusVeld, strikt } from './validatie';
import {
  aantalVeld,
  centsVeld,
  getalVeld,
  jaarVeld,
  naamVeld,
  percentageVeld,
  schooljaarVeld,
  tekstVeld,
  typeFout,
  urenVeld,
  uurtariefVeld,
  wekenVeld,
} from './velden';
import { GRENS_MELDING, JAAR_MAX } from './grenzen';
import { OT_ROLLEN_LIJST, OT_ROL_LABEL, SECTOREN, type OtRol, type Sector } from './types';

// The contract builds a few inputs of its own as reg.strikt(...).
export { strikt };

/** Flags a duplicate value in a list, at the path of the second occurrence. */
/** `veld`: the field of the row the message belongs to (a form shows it there: a double year under Jaar). */
function uniek<T>(lijst: readonly T[] | undefined, sleutel: (t: T) => unknown, pad: string, melding: (t: T) => string, ctx: z.RefinementCtx, veld?: string) {
  if (!Array.isArray(lijst)) return;
  const gezien = new Set<unknown>();
  lijst.forEach((item, i) => {
    const k = sleutel(item);
    if (gezien.has(k)) ctx.addIssue({ code: 'custom', path: veld ? [pad, i, veld] : [pad, i], message: melding(item) });
    gezien.add(k);
  });
}

export const idInvoer = (label: string) => strikt({ id: idVeld(label) });
/** The records that belong to one afspraak (aanvullende inzet). */
export const afspraakIdInvoer = strikt({ afspraakId: idVeld('Afspraak') });
/** Everything of one schooljaar (aanvullende inzet). */
export const schooljaarInvoer = strikt({ schooljaar: schooljaarVeld() });

// ---- wijk, bestuur, aanbieder --------------------------------------------------------------

export const wijkVelden = { naam: naamVeld('Naam', 100), omschrijving: tekstVeld('Omschrijving', { meerRegels: true }).default(null) };
export const wijkInvoer = strikt(wijkVelden);
export const wijkWijziging = strikt({ id: idVeld('Wijk'), ...wijkVelden });

export const bestuurVelden = {
  /** Bevoegd-gezagnummer of DUO (e.g. 41601); optional for boards typed by hand. */
  nummer: z
    .string({ error: typeFout('Bevoegd-gezagnummer', 'een tekst') })
    .trim()
    .max(20, 'Bevoegd-gezagnummer mag hoogstens 20 tekens hebben.')
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
  naam: naamVeld('Naam'),
};
export const bestuurInvoer = strikt(bestuurVelden);
export const bestuurWijziging = strikt({ id: idVeld('Bestuur'), ...bestuurVelden });

/** One wijk (or none: null) for many schools at once; undo sends each school's previous wijk back. */
const schoolIdsVeld = z
  .array(idVeld('School'), { error: 'Scholen: kies een of meer scholen.' })
  .min(1, 'Scholen: kies een of meer scholen.')
  .max(20_000, 'Scholen: hoogstens 20.000 tegelijk.')
  .refine((l) => new Set(l).size === l.length, 'Scholen: een school staat dubbel in de keuze.');
const wijkOfGeen = idVeld('Wijk').nullable();
export const zetWijkInvoer = strikt({ schoolIds: schoolIdsVeld, wijkId: wijkOfGeen });
export const herstelWijkenInvoer = strikt({
  wijken: z
    .array(strikt({ schoolId: idVeld('School'), wijkId: wijkOfGeen }), { error: 'Wijken: een lijst.' })
    .min(1, 'Wijken: een lijst van een of meer scholen.')
    .max(20_000, 'Wijken: hoogstens 20.000 tegelijk.'),
});

const emailVeld = tekstVeld('E-mailadres', { max: 200 }).refine(
  (v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  'E-mailadres moet een geldig e-mailadres zijn, zoals naam@voorbeeld.nl.',
);

export const aanbiederVelden = {
  naam: naamVeld('Naam'),
  korteNaam: tekstVeld('Korte naam', { max: 50 }).default(null),
  contactpersoon: tekstVeld('Contactpersoon', { max: 200 }).default(null),
  email: emailVeld.default(null),
  opmerking: tekstVeld('Opmerking', { meerRegels: true }).default(null),
};
export const aanbiederInvoer = strikt(aanbiederVelden);
export const aanbiederWijziging = strikt({ id: idVeld('Aanbieder'), ...aanbiederVelden });

// ---- school ----------------------------------------------------------------------------------

/** BRIN + 2 digits (`20CF01`); MBO institutions appear in DUO with the BRIN alone (`25PJ`). */
export const VESTIGINGSCODE_OF_BRIN = /^[0-9A-Z]{4}([0-9]{2})?$/;

export const leerlingenRegel = strikt({
  jaar: jaarVeld('Teljaar'),
  aantal: aantalVeld('Aantal leerlingen').nullable(),
  /** DUO publishes "<5" for very small counts; then aantal is null. */
  onder5: z.boolean({ error: 'Minder dan 5 moet ja of nee zijn.' }).default(false),
});

export const schoolVelden = {
  vestigingscode: z
    .string({ error: typeFout('Vestigingscode', 'een tekst') })
    .trim()
    .toUpperCase()
    .refine((v) => VESTIGINGSCODE_OF_BRIN.test(v), 'Vestigingscode moet bestaan uit de BRIN (4 tekens, cijfers of hoofdletters) en 2 cijfers, zoals 20CF01.'),
  naam: naamVeld('Naam'),
  sector: sectorVeld,
  wijkId: idVeld('Wijk').nullable().default(null),
  bestuurId: idVeld('Bestuur').nullable().default(null),
  denominatie: tekstVeld('Denominatie', { max: 100 }).default(null),
  straat: tekstVeld('Straat', { max: 200 }).default(null),
  huisnummer: tekstVeld('Huisnummer', { max: 20 }).default(null),
  postcode: tekstVeld('Postcode', { max: 10 }).default(null),
  plaats: tekstVeld('Plaats', { max: 100 }).default(null),
  gemeenteCode: tekstVeld('Gemeentecode', { max: 4 })
    .refine((v) => v === null || /^\d{4}$/.test(v), 'Gemeentecode moet uit vier cijfers bestaan, zoals 0193.')
    .default(null),
  nietInDuo: z.boolean({ error: 'Niet meer in DUO moet ja of nee zijn.' }).default(false),
  opmerking: tekstVeld('Opmerking', { meerRegels: true }).default(null),
  /** Left out = unchanged (wijzigen) or none (maken); given = the complete list. */
  leerlingen: z.array(leerlingenRegel, { error: 'Leerlingen moet een lijst per jaar zijn.' }).max(200).optional(),
};

function schoolRegels(invoer: unknown, ctx: z.RefinementCtx): void {
  if (typeof invoer !== 'object' || invoer === null) return;
  const s = invoer as { vestigingscode?: unknown; sector?: unknown; leerlingen?: { jaar: number; aantal: number | null; onder5: boolean }[] };
  if (typeof s.vestigingscode === 'string' && s.vestigingscode.trim().length === 4 && s.sector !== 'MBO') {
    ctx.addIssue({
      code: 'custom',
      path: ['vestigingscode'],
      message: 'Vestigingscode moet de BRIN en 2 cijfers zijn, zoals 20CF01; alleen een MBO-instelling mag de BRIN alleen hebben.',
    });
  }
  uniek(
    s.leerlingen,
    (l) => l.jaar,
    'leerlingen',
    (l) => `Leerlingen: het jaar ${l.jaar} staat er meer dan eens in.`,
    ctx,
  );
  s.leerlingen?.forEach((l, i) => {
    if (!l || typeof l !== 'object') return;
    if (l.onder5 === true && l.aantal !== null) {
      ctx.addIssue({ code: 'custom', path: ['leerlingen', i, 'aantal'], message: `Aantal leerlingen ${l.jaar}: laat het aantal leeg bij "minder dan 5".` });
    }
    if (l.onder5 !== true && l.aantal === null) {
      ctx.addIssue({ code: 'custom', path: ['leerlingen', i, 'aantal'], message: `Aantal leerlingen ${l.jaar} is verplicht (of kies "minder dan 5").` });
    }
  });
}

export const schoolInvoer = strikt(schoolVelden).superRefine(schoolRegels, altijd);
export const schoolWijziging = strikt({ id: idVeld('School'), ...schoolVelden }).superRefine(schoolRegels, altijd);
export type SchoolInvoerGevalideerd = z.output<typeof schoolInvoer>;

// ---- functie ---------------------------------------------------------------------------------

export const betalerVeld = z.enum(['gemeente', 'onderwijs'], { error: 'Betaler moet gemeente of onderwijs zijn.' });

export const otRolVeld = z.enum(OT_ROLLEN_LIJST, { error: `OT-rol moet een van ${OT_ROLLEN_LIJST.map((r) => OT_ROL_LABEL[r]).join(', ')} zijn (of leeg).` });

const functieVelden = {
  code: functieVeld,
  naam: naamVeld('Naam', 100),
  betaler: betalerVeld,
  standaardUurtariefCents: uurtariefVeld('Standaard uurtarief').default(0),
  /** Left out on wijzig = unchanged. */
  otRol: otRolVeld.nullable().optional(),
};
export const functieInvoer = strikt(functieVelden);
export const functieWijziging = strikt(functieVelden);
export const functieCodeInvoer = strikt({ code: functieVeld });

/** Per sector, per OT role, the functie codes that fill it (rule 6). */
export const otSamenstellingInvoer = strikt(
  Object.fromEntries(
    SECTOREN.map((s) => [
      s,
      strikt(
        Object.fromEntries(
          OT_ROLLEN_LIJST.map((r) => [
            r,
            z
              .array(functieVeld, { error: `OT ${s}, ${OT_ROL_LABEL[r]}: een lijst van functies.` })
              .max(20)
              .default([]),
          ]),
        ) as Record<OtRol, z.ZodDefault<z.ZodArray<typeof functieVeld>>>,
      ),
    ]),
  ) as Record<Sector, z.ZodObject<Record<OtRol, z.ZodDefault<z.ZodArray<typeof functieVeld>>>>>,
);

// ---- begrotingspost --------------------------------------------------------------------------

export const bedragPerJaar = (label: string) => strikt({ jaar: jaarVeld('Jaar'), bedragCents: centsVeld(label) });

export const begrotingspostVelden = {
  naam: naamVeld('Naam'),
  soort: z.enum(['structureel', 'incidenteel'], { error: 'Soort moet structureel of incidenteel zijn.' }),
  omschrijving: tekstVeld('Omschrijving', { meerRegels: true }).default(null),
  bedragen: z.array(bedragPerJaar('Bedrag'), { error: 'Bedragen moet een lijst per jaar zijn.' }).max(200).default([]),
};
function begrotingspostRegels(invoer: unknown, ctx: z.RefinementCtx): void {
  const b = invoer as { bedragen?: { jaar: number }[] };
  uniek(
    b?.bedragen,
    (r) => r?.jaar,
    'bedragen',
    (r) => `Bedragen: het jaar ${r.jaar} staat er meer dan eens in.`,
    ctx,
    'jaar',
  );
}
export const begrotingspostInvoer = strikt(begrotingspostVelden).superRefine(begrotingspostRegels, altijd);
export const begrotingspostWijziging = strikt({ id: idVeld('Begrotingspost'), ...begrotingspostVelden }).superRefine(begrotingspostRegels, altijd);

// ---- regeling --------------------------------------------------------------------------------

export const basisinzetRegel = strikt({
  sector: sectorVeld,
  functie: functieVeld,
  urenPerWeek: urenVeld('Uren per week'),
  uurtariefCents: uurtariefVeld('Uurtarief').nullable().default(null),
});

export const regelingVelden = {
  naam: naamVeld('Naam'),
  startdatum: optioneleDatumVeld('Startdatum').default(null),
  einddatum: optioneleDatumVeld('Einddatum').default(null),
  wekenPerJaar: wekenVeld('Weken per jaar').nullable().default(null),
  aandeelGemeente: percentageVeld('Aandeel gemeente').default(100),
  aandeelOnderwijs: percentageVeld('Aandeel onderwijs').default(0),
  aandeelOverig: percentageVeld('Aandeel overig').default(0),
  overigeFinancier: tekstVeld('Overige financier', { max: 200 }).default(null),
  omschrijving: tekstVeld('Omschrijving', { meerRegels: true }).default(null),
  basisinzet: z.array(basisinzetRegel, { error: 'Basisinzet moet een lijst per sector en functie zijn.' }).max(100).default([]),
  begrotingspostIds: z.array(idVeld('Begrotingspost'), { error: 'Begrotingsposten moet een lijst zijn.' }).max(100).default([]),
};

function regelingRegels(invoer: unknown, ctx: z.RefinementCtx): void {
  if (typeof invoer !== 'object' || invoer === null) return;
  const r = invoer as Record<string, unknown>;
  aandelenRegels(r, ctx, { gemeente: 100, onderwijs: 0 });
  if (typeof r.startdatum === 'string' && typeof r.einddatum === 'string' && r.startdatum && r.einddatum && r.einddatum <= r.startdatum) {
    ctx.addIssue({ code: 'custom', path: ['einddatum'], message: 'Einddatum moet na de startdatum liggen.' });
  }
  const basis = r.basisinzet as { sector: string; functie: string }[] | undefined;
  uniek(
    basis,
    (b) => `${b?.sector}/${b?.functie}`,
    'basisinzet',
    (b) => `Basisinzet: ${b.sector} ${b.functie} staat er meer dan eens in.`,
    ctx,
  );
  uniek(
    r.begrotingspostIds as number[] | undefined,
    (id) => id,
    'begrotingspostIds',
    () => 'Begrotingsposten: een begrotingspost staat er meer dan eens in.',
    ctx,
  );
}

export const regelingInvoer = strikt(regelingVelden).superRefine(regelingRegels, altijd);
export const regelingWijziging = strikt({ id: idVeld('Regeling'), ...regelingVelden }).superRefine(regelingRegels, altijd);

// ---- kerncijfers -----------------------------------------------------------------------------

export const kerncijfersInvoer = strikt({
  jaar: jaarVeld('Jaar'),
  jeugdigen019: aantalVeld('Jeugdigen 0-19 jaar').nullable().default(null),
  leerlingenPo: aantalVeld('Leerlingen PO').nullable().default(null),
  leerlingenVo: aantalVeld('Leerlingen VO').nullable().default(null),
});
export const kerncijfersJaarInvoer = strikt({ jaar: jaarVeld('Jaar') });

// ---- proeftuin -------------------------------------------------------------------------------

/** The Ontwikkelagenda's pilots run 5 years; allow a little more for an extension. */
export const MAX_PROEFTUIN_JAREN = 10;

export const indicatorRegel = strikt({
  /** Kept when the proeftuin is changed or restored, so the values stay with their indicator. */
  id: idVeld('Indicator').optional(),
  naam: naamVeld('Naam indicator'),
  eenheid: tekstVeld('Eenheid', { max: 50 }).default(null),
  waarden: z
    .array(
      strikt({
        jaar: jaarVeld('Jaar'),
        waarde: getalVeld('Waarde'),
      }),
      { error: 'Waarden moet een lijst per jaar zijn.' },
    )
    .max(200)
    .default([]),
  // Set on the Monitor page; absent (the proeftuin form) = keep as they are. Herstel brings them back.
  richting: z.enum(RICHTINGEN, { error: 'Richting moet hoger of lager zijn.' }).nullable().optional(),
  bron: tekstVeld('Bron', { max: 500 }).optional(),
  nulmeting: strikt({ jaar: jaarVeld('Jaar nulmeting'), waarde: getalVeld('Nulmeting') })
    .nullable()
    .optional(),
  streefwaarden: z
    .array(strikt({ jaar: jaarVeld('Jaar'), waarde: getalVeld('Streefwaarde') }), { error: 'Streefwaarden moet een lijst per jaar zijn.' })
    .max(200)
    .optional(),
});

export const proeftuinVelden = {
  naam: naamVeld('Naam'),
  startjaar: jaarVeld('Startjaar'),
  eindjaar: jaarVeld('Eindjaar'),
  wijkId: idVeld('Wijk').nullable().default(null),
  omschrijving: tekstVeld('Omschrijving', { meerRegels: true }).default(null),
  budget: z
    .array(
      strikt({
        jaar: jaarVeld('Jaar'),
        /** The gemeente's part (it counts in the dekking); onderwijsCents: the schools' or besturen's part. */
        bedragCents: centsVeld('Budget gemeente'),
        onderwijsCents: centsVeld('Budget onderwijs').default(0),
        redenHoger: tekstVeld('Reden hoger budget', { max: 500, meerRegels: true }).default(null),
      }),
      {
        error: 'Budget moet een lijst per jaar zijn.',
      },
    )
    .max(MAX_PROEFTUIN_JAREN)
    .default([]),
  schoolIds: z.array(idVeld('School'), { error: 'Scholen moet een lijst zijn.' }).max(10_000).default([]),
  /** The opbrengst agreed beforehand (seed 002) and what was realised: content and money. */
  opbrengstAfgesproken: tekstVeld('Afgesproken opbrengst', { meerRegels: true }).default(null),
  opbrengstAfgesprokenCents: centsVeld('Afgesproken opbrengst in geld').nullable().default(null),
  opbrengstGerealiseerd: tekstVeld('Gerealiseerde opbrengst', { meerRegels: true }).default(null),
  opbrengstGerealiseerdCents: centsVeld('Gerealiseerde opbrengst in geld').nullable().default(null),
  indicatoren: z.array(indicatorRegel, { error: 'Indicatoren moet een lijst zijn.' }).max(100).default([]),
};

function proeftuinRegels(invoer: unknown, ctx: z.RefinementCtx): void {
  if (typeof invoer !== 'object' || invoer === null) return;
  const p = invoer as {
    startjaar?: unknown;
    eindjaar?: unknown;
    budget?: { jaar: number }[];
    schoolIds?: number[];
    indicatoren?: { naam: string; waarden?: { jaar: number }[]; streefwaarden?: { jaar: number }[] }[];
  };
  const geldig = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
  if (geldig(p.startjaar) && geldig(p.eindjaar)) {
    const start = p.startjaar;
    const eind = p.eindjaar;
    if (eind < start) ctx.addIssue({ code: 'custom', path: ['eindjaar'], message: 'Eindjaar mag niet voor het startjaar liggen.' });
    else if (eind - start + 1 > MAX_PROEFTUIN_JAREN) {
      ctx.addIssue({ code: 'custom', path: ['eindjaar'], message: `Een proeftuin duurt hoogstens ${MAX_PROEFTUIN_JAREN} jaar (nu ${eind - start + 1}).` });
    }
    p.budget?.forEach((b, i) => {
      if (b && geldig(b.jaar) && (b.jaar < start || b.jaar > eind)) {
        ctx.addIssue({ code: 'custom', path: ['budget', i, 'jaar'], message: `Budget ${b.jaar} valt buiten de looptijd ${start}-${eind}.` });
      }
    });
  }
  uniek(
    p.budget,
    (b) => b?.jaar,
    'budget',
    (b) => `Budget: het jaar ${b.jaar} staat er meer dan eens in.`,
    ctx,
    'jaar',
  );
  uniek(
    p.schoolIds,
    (id) => id,
    'schoolIds',
    () => 'Scholen: een school staat er meer dan eens in.',
    ctx,
  );
  uniek(
    p.indicatoren,
    (i) => i?.naam?.trim?.().toLowerCase(),
    'indicatoren',
    (i) => `Indicatoren: "${i.naam}" staat er meer dan eens in.`,
    ctx,
  );
  p.indicatoren?.forEach((ind, i) => {
    const jaren = new Set<unknown>();
    ind?.waarden?.forEach((w, j) => {
      if (jaren.has(w?.jaar)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicatoren', i, 'waarden', j],
          message: `Indicator ${ind.naam}: het jaar ${w.jaar} staat er meer dan eens in.`,
        });
      }
      jaren.add(w?.jaar);
    });
    const streefJaren = new Set<unknown>();
    ind?.streefwaarden?.forEach((w, j) => {
      if (streefJaren.has(w?.jaar)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicatoren', i, 'streefwaarden', j],
          message: `Indicator ${ind.naam}: de streefwaarde voor ${w.jaar} staat er meer dan eens in.`,
        });
      }
      streefJaren.add(w?.jaar);
    });
  });
}

export const proeftuinInvoer = strikt(proeftuinVelden).superRefine(proeftuinRegels, altijd);
export const proeftuinWijziging = strikt({ id: idVeld('Proeftuin'), ...proeftuinVelden }).superRefine(proeftuinRegels, altijd);

// ---- lists and copying -----------------------------------------------------------------------

export const richtingVeld = z.enum(['op', 'af'], { error: 'Richting moet op of af zijn.' });
const limietVeld = z
  .number({ error: 'Limiet moet een getal zijn.' })
  .refine((v) => Number.isInteger(v) && v >= 1 && v <= 100_000, 'Limiet moet een geheel getal van 1 tot 100.000 zijn.');
const offsetVeld = z.number({ error: 'Begin moet een getal zijn.' }).refine((v) => Number.isInteger(v) && v >= 0, 'Begin moet 0 of meer zijn.');
const zoekVeld = tekstVeld('Zoektekst', { max: 200 }).transform((v) => v ?? '');

export const AFSPRAAK_SORTEERBAAR = [
  'school',
  'vestigingscode',
  'sector',
  'wijk',
  'aanbieder',
  'functie',
  'basisuren',
  'extraUren',
  'status',
  'startdatum',
  'einddatum',
  'kosten',
  'gemeente',
  'onderwijs',
  'id',
] as const;

export const afspraakLijstInvoer = strikt({
  schooljaar: schooljaarVeld(),
  schoolId: idVeld('School').optional(),
  aanbiederId: idVeld('Aanbieder').optional(),
  functie: functieVeld.optional(),
  status: statusVeld.optional(),
  sector: sectorVeld.optional(),
  /** null = schools without a wijk. */
  wijkId: idVeld('Wijk').nullable().optional(),
  /** The School column's filter: part of the name, vestigingscode or plaats. */
  school: zoekVeld.optional(),
  zoek: zoekVeld.optional(),
  sorteer: z.enum(AFSPRAAK_SORTEERBAAR, { error: `Sorteren kan op ${AFSPRAAK_SORTEERBAAR.join(', ')}.` }).default('school'),
  richting: richtingVeld.default('op'),
  limiet: limietVeld.default(100_000),
  offset: offsetVeld.default(0),
});
export type AfspraakLijstFilter = z.output<typeof afspraakLijstInvoer>;

export const SCHOOL_SORTEERBAAR = ['naam', 'vestigingscode', 'sector', 'wijk', 'bestuur', 'plaats', 'leerlingen', 'id'] as const;

export const schoolLijstInvoer = strikt({
  zoek: zoekVeld.optional(),
  sector: sectorVeld.optional(),
  /** null = schools without a wijk. */
  wijkId: idVeld('Wijk').nullable().optional(),
  bestuurId: idVeld('Bestuur').optional(),
  sorteer: z.enum(SCHOOL_SORTEERBAAR, { error: `Sorteren kan op ${SCHOOL_SORTEERBAAR.join(', ')}.` }).default('naam'),
  richting: richtingVeld.default('op'),
  limiet: limietVeld.default(100_000),
  offset: offsetVeld.default(0),
});
export type SchoolLijstFilter = z.output<typeof schoolLijstInvoer>;

// The copy lands in the next schooljaar, which must itself be a supported year (a copy from 2100
// made an afspraak in 2101 that could not be listed or edited).
export const kopieerSchooljaarInvoer = strikt({
  van: schooljaarVeld('Van schooljaar').refine((v) => v < JAAR_MAX, GRENS_MELDING.kopieerJaar('Van schooljaar')),
  /** Rule 7: aanvullende inzet ends with the schooljaar; copied only when asked (new dates, no besluit). */
  aanvullendeInzet: z.boolean({ error: 'Aanvullende inzet kopiëren: ja of nee.' }).default(false),
  /** Index afspraken with their own rate or a fixed amount by this percentage (rule 9); null = as they are. */
  indexProcent: indexProcentVeld('Indexatie').nullable().default(null),
});

export const mutatielogLijstInvoer = strikt({
  entiteit: z
    .string({ error: 'Entiteit moet een tekst zijn.' })
    .trim()
    .min(1, 'Entiteit mag niet leeg zijn.')
    .max(50, 'Entiteit: hoogstens 50 tekens.')
    .optional(),
  entiteitId: z
    .union(
      [
        z.string().trim().min(1, 'Id mag niet leeg zijn.').max(50, 'Id: hoogstens 50 tekens.'),
        z.number().refine(Number.isSafeInteger, 'Id moet een geheel getal zijn.'),
      ],
      {
        error: 'Id moet een nummer of code zijn.',
      },
    )
    .optional(),
  limiet: z
    .number({ error: 'Limiet moet een getal zijn.' })
    .refine((v) => Number.isInteger(v) && v >= 1 && v <= 10_000, 'Limiet moet een geheel getal van 1 tot 10.000 zijn.')
    .default(200),
});

/** mutatielog.exporteer: the whole log, or one entity's. */
export const mutatielogExportInvoer = strikt({ entiteit: mutatielogLijstInvoer.shape.entiteit, entiteitId: mutatielogLijstInvoer.shape.entiteitId });

/** The same date one year later (29 February becomes 28 February); null stays null. */
export function volgendSchooljaarDatum(datum: string | null): string | null {
  if (!datum) return null;
  const jaar = Number(datum.slice(0, 4)) + 1;
  const rest = datum.slice(4) === '-02-29' ? '-02-28' : datum.slice(4);
  return `${jaar}${rest}`;
}

/** Answer of afspraken.kopieerSchooljaar(Voorbeeld): how many are (or would be) made, how many existed. */
export interface KopieerVerslag {
  van: number;
  naar: number;
  aangemaakt: number;
  alBestaand: number;
  /** Of those made: how many had aanvullende inzet in the source year. */
  metAanvullendeInzet: number;
  /** How many records of aanvullende inzet were copied too (rule 7: only when asked; else 0). */
  aanvullendeInzetGekopieerd: number;
  /** Of those made: how many own rates or fixed amounts were indexed, and by how much. */
  geindexeerd: number;
  indexProcent: number | null;
}
