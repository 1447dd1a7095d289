// Domain types shared by the engines, the database layer and the renderer.
// Money is always integer euro cents. Hours, weeks and percentages are decimal numbers with at
// most two decimals; the engines turn them into integer hundredths before multiplying, so that
// every amount is exact to the cent.

export const SECTOREN = ['PO', 'SBO', 'SO', 'VSO', 'VO', 'PRO', 'MBO'] as const;
export type Sector = (typeof SECTOREN)[number];

/**
 * The functies a new file starts with (domain.md), in the order people know them. A gemeente adds
 * its own (Schoolcoach, JGZ) in the functies table, so a code is any text that table holds.
 */
export const FUNCTIE_CODES = ['SMW', 'JGW', 'JMW', 'JW', 'JP', 'IB', 'ZC', 'ORTHO'] as const;
export type FunctieCode = string;

/** Functies in the order people know them (FUNCTIE_CODES), then the gemeente's own alphabetically. */
export function opFunctieVolgorde(a: FunctieCode, b: FunctieCode): number {
  const standaard: readonly string[] = FUNCTIE_CODES;
  const [i, j] = [standaard.indexOf(a), standaard.indexOf(b)];
  return (i < 0 ? standaard.length : i) - (j < 0 ? standaard.length : j) || a.localeCompare(b);
}

/** The three roles of an ondersteuningsteam (rule 6): IB/ZC, orthopedagoog, the social worker. */
export const OT_ROLLEN_LIJST = ['zorg', 'ortho', 'sociaal'] as const;
export type OtRol = (typeof OT_ROLLEN_LIJST)[number];
export const OT_ROL_LABEL: Record<OtRol, string> = { zorg: 'IB/ZC', ortho: 'orthopedagoog', sociaal: 'sociaal werker' };

/** Status of an afspraak. Only the counted ones go into costs and coverage (docs/regels.md#regel-5). */
export const STATUSSEN = ['concept', 'in_overleg', 'afgesproken', 'getekend', 'beeindigd'] as const;
export type Status = (typeof STATUSSEN)[number];
export const STATUS_LABEL: Record<Status, string> = {
  concept: 'concept',
  in_overleg: 'in overleg',
  afgesproken: 'afgesproken',
  getekend: 'getekend',
  beeindigd: 'beëindigd',
};

/** Integer euro cents. */
export type Cents = number;

/**
 * A schooljaar is identified by the calendar year it starts in: 2017 is schooljaar 2017-2018.
 */
export type SchooljaarStart = number;

/** ISO date `yyyy-mm-dd`. */
export type IsoDatum = string;

export interface Instellingen {
  gemeenteNaam: string;
  /** CBS gemeentecode, four digits, e.g. `0193` for Zwolle. */
  gemeenteCode: string;
  /** 1 = January … 12 = December; default 9 (September). */
  schooljaarStartMaand: number;
  /** Default 40. */
  wekenPerSchooljaar: number;
  /** Default hourly rate per functie, in cents. */
  standaardTarieven: Partial<Record<FunctieCode, Cents>>;
}

/** The fields of an afspraak that the engines need. */
export interface AfspraakBasis {
  id: number;
  schooljaar: SchooljaarStart;
  schoolId: number;
  aanbiederId: number;
  functie: FunctieCode;
  basisurenPerWeek: number;
  /**
   * Not a column: the hours of the afspraak's aanvullende inzet that count together with the
   * basisuren (docs/regels.md#regel-18: records in hours over the afspraak's own months with its own
   * split). The loader (db/kosten-repo.ts) fills it in; on a line of its own (aanvullendeInzetId) the hours of that record.
   */
  extraUrenPerWeek: number;
  /** null = the setting (or the regeling's) applies. */
  wekenPerJaar: number | null;
  /** null = the default rate of the functie applies (unless vastBedragCents is set). */
  uurtariefCents: Cents | null;
  /** A fixed yearly amount replaces hours × weeks × rate. */
  vastBedragCents: Cents | null;
  aandeelGemeente: number;
  aandeelOnderwijs: number;
  aandeelOverig: number;
  overigeFinancier: string | null;
  startdatum: IsoDatum | null;
  einddatum: IsoDatum | null;
  status: Status;
  /**
   * Only on a cost line of an aanvullende inzet record that is costed on its own (regel-18): the
   * record's id. Such a line carries the afspraak's id, school, aanbieder, functie, status, weeks
   * and rate, and the record's hours or amount, dates and split. It is not an afspraak of its own
   * (kostenoverzicht does not count it).
   */
  aanvullendeInzetId?: number;
  /** Only on such a line with a fixed amount: the amount for the record's whole period (regel-18). */
  periodeBedragCents?: Cents | null;
}

/** An afspraak as stored: AfspraakBasis without the derived extraUrenPerWeek, plus the detail fields. */
export interface Afspraak extends Omit<AfspraakBasis, 'extraUrenPerWeek' | 'aanvullendeInzetId' | 'periodeBedragCents'> {
  themas: string[];
  blozAdvies: string | null;
  regelingId: number | null;
  opmerking: string | null;
}

/** Who asked for an aanvullende inzet (issue 16 item 7). */
export const AANGEVRAAGD_DOOR = ['school', 'aanbieder', 'gemeente'] as const;
export type AangevraagdDoor = (typeof AANGEVRAAGD_DOOR)[number];

/** Where a record of aanvullende inzet comes from: typed in the app, written by a verdeling, or from the afsprakenblad. */
export const AANVULLEND_BRONNEN = ['getypt', 'verdeling', 'blad'] as const;
export type AanvullendBron = (typeof AANVULLEND_BRONNEN)[number];
export const AANVULLEND_BRON_LABEL: Record<AanvullendBron, string> = { getypt: 'getypt', verdeling: 'verdeling', blad: 'afsprakenblad' };

/**
 * Aanvullende inzet (issue 16 item 7): a reasoned, time-bound extra on an afspraak, in hours per
 * week or as a fixed amount for its period, with its own financing split. Costs: docs/regels.md#regel-18.
 */
export interface AanvullendeInzet {
  id: number;
  afspraakId: number;
  /** Hours per week, or null when the record is a fixed amount. */
  urenPerWeek: number | null;
  /** The amount for the whole period (not per year), or null when the record is in hours. */
  bedragCents: Cents | null;
  startdatum: IsoDatum;
  einddatum: IsoDatum;
  reden: string;
  doelen: string | null;
  aandeelGemeente: number;
  aandeelOnderwijs: number;
  aandeelOverig: number;
  overigeFinancier: string | null;
  aangevraagdDoor: AangevraagdDoor | null;
  besluitDatum: IsoDatum | null;
  besluitDoor: string | null;
  /** When the verantwoording is due. */
  verantwoordingUiterlijk: IsoDatum | null;
  verantwoordingOntvangen: IsoDatum | null;
  verantwoording: string | null;
  bron: AanvullendBron;
  /** With bron verdeling: the verdeling's id. */
  bronId: number | null;
  /** What the source says, e.g. "Verdeling Maatwerk PO 2025-2026, BLOZ-advies 12-06-2025". */
  bronTekst: string | null;
}

export interface SchoolBasis {
  id: number;
  vestigingscode: string;
  naam: string;
  sector: Sector;
  wijkId: number | null;
  bestuurId: number | null;
}

export type BegrotingspostSoort = 'structureel' | 'incidenteel';

export interface BegrotingspostBedrag {
  begrotingspostId: number;
  naam: string;
  soort: BegrotingspostSoort;
  jaar: number;
  bedragCents: Cents;
  /** Names of the regelingen this post pays for (issue 13 item 4); absent = none known. */
  regelingen?: readonly string[];
}

/** Parts of one amount over the financiers; the three always add up to totaal. */
export interface Verdeling {
  totaal: Cents;
  gemeente: Cents;
  onderwijs: Cents;
  overig: Cents;
}
