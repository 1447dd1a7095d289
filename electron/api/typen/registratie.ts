// Result types of the registratie methods: the records the repos (db/<area>-repo.ts) return and take.
// Types only: the contract and the renderer read them without pulling in SQLite.
import type { Afspraak, BegrotingspostSoort, Cents, FunctieCode, OtRol, SchoolBasis, Sector, Verdeling } from '../../domain/types';
import type { Richting } from '../../domain/indicatoren';
import type { IngekorteCellen } from './rapportages';

/** One wijk as the form edits it; also what verwijderen returns and herstellen takes. */
export interface Wijk {
  id: number;
  naam: string;
  omschrijving: string | null;
}

export interface WijkRij extends Wijk {
  aantalScholen: number;
}

export interface Bestuur {
  id: number;
  nummer: string | null;
  naam: string;
}

export interface BestuurRij extends Bestuur {
  aantalScholen: number;
}

export interface LeerlingenJaar {
  jaar: number;
  /** null when DUO published "<5" (onder5) */
  aantal: number | null;
  onder5: boolean;
}

/** One school as the form edits it; also what verwijderen returns and herstellen takes. */
export interface School extends SchoolBasis {
  denominatie: string | null;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
  plaats: string | null;
  gemeenteCode: string | null;
  nietInDuo: boolean;
  opmerking: string | null;
  leerlingen: LeerlingenJaar[];
}

/** One line of the schools list, with display fields and the latest pupil count. */
export interface SchoolRij {
  id: number;
  vestigingscode: string;
  brin: string;
  naam: string;
  sector: Sector;
  wijkId: number | null;
  wijk: string | null;
  bestuurId: number | null;
  bestuur: string | null;
  /** Bevoegd-gezagnummer of DUO, beside the name. */
  bestuurNummer: string | null;
  plaats: string | null;
  nietInDuo: boolean;
  /** The latest teljaar with a count, and that count (null + onder5 = "<5"). */
  leerlingenJaar: number | null;
  leerlingen: number | null;
  leerlingenOnder5: boolean;
}

export interface SchoolLijst {
  rijen: SchoolRij[];
  totaal: number;
}

export interface Aanbieder {
  id: number;
  naam: string;
  korteNaam: string | null;
  contactpersoon: string | null;
  email: string | null;
  opmerking: string | null;
}

export interface AanbiederRij extends Aanbieder {
  aantalAfspraken: number;
}

export interface Functie {
  code: FunctieCode;
  naam: string;
  betaler: 'gemeente' | 'onderwijs';
  standaardUurtariefCents: number;
  /** The OT role this functie can fill (rule 6), or null. */
  otRol: OtRol | null;
}

export interface Basisinzet {
  sector: Sector;
  functie: FunctieCode;
  urenPerWeek: number;
  uurtariefCents: number | null;
}

export interface Regeling {
  id: number;
  naam: string;
  startdatum: string | null;
  einddatum: string | null;
  wekenPerJaar: number | null;
  aandeelGemeente: number;
  aandeelOnderwijs: number;
  aandeelOverig: number;
  overigeFinancier: string | null;
  omschrijving: string | null;
  basisinzet: Basisinzet[];
  begrotingspostIds: number[];
}

export interface Begrotingspost {
  id: number;
  naam: string;
  soort: BegrotingspostSoort;
  omschrijving: string | null;
  bedragen: { jaar: number; bedragCents: number }[];
}

export interface Kerncijfers {
  jaar: number;
  jeugdigen019: number | null;
  leerlingenPo: number | null;
  leerlingenVo: number | null;
}

export interface Indicator {
  id: number;
  naam: string;
  eenheid: string | null;
  /** The realisatie per year (the proeftuin form edits these). */
  waarden: { jaar: number; waarde: number }[];
  /**
   * Set on the Monitor page (docs/regels.md#regel-16), carried in the record so that undoing a
   * proeftuin delete brings them back; the form leaves them out and they stay as they are.
   */
  richting: Richting | null;
  bron: string | null;
  nulmeting: { jaar: number; waarde: number } | null;
  streefwaarden: { jaar: number; waarde: number }[];
}

export interface Proeftuin {
  id: number;
  naam: string;
  startjaar: number;
  eindjaar: number;
  wijkId: number | null;
  omschrijving: string | null;
  /**
   * bedragCents: the gemeente's part (in the dekking); onderwijsCents: the onderwijs part (migration 011).
   * redenHoger: why a year is intentionally higher than the year before (domain/proeftuin-budget.ts).
   */
  budget: { jaar: number; bedragCents: number; onderwijsCents: number; redenHoger: string | null }[];
  schoolIds: number[];
  /** The opbrengst agreed beforehand and what was realised, in content and money (seed 002). */
  opbrengstAfgesproken: string | null;
  opbrengstAfgesprokenCents: number | null;
  opbrengstGerealiseerd: string | null;
  opbrengstGerealiseerdCents: number | null;
  indicatoren: Indicator[];
}

export interface ProeftuinRij {
  id: number;
  naam: string;
  startjaar: number;
  eindjaar: number;
  wijkId: number | null;
  wijkNaam: string | null;
  aantalScholen: number;
  /** Gemeente + onderwijs over all years. */
  budgetTotaalCents: number;
  /** The gemeente's part over all years. */
  budgetGemeenteCents: number;
  /** True when every year's budget is at most the year before (as the Ontwikkelagenda intends). */
  budgetKrimpt: boolean;
  /** Years higher than the year before without a reason, in Dutch (rule 13). */
  budgetWaarschuwingen: string[];
}

/**
 * What an afspraak costs, computed by the engines of domain/kosten with the weeks and rate that
 * apply (its own, else its regeling's, else the setting: the same as the kosten read layer).
 */
export interface AfspraakKosten {
  /** The yearly cost (docs/regels.md#regel-1). */
  jaar: Cents;
  /** The amount in its schooljaar (the months it covers), split over the financiers (docs/regels.md#regel-2, #regel-3). */
  schooljaar: Verdeling;
  /** Counted (afgesproken, getekend, beëindigd); otherwise in voorbereiding (docs/regels.md#regel-5). */
  geteld: boolean;
  /** The weeks and hourly rate the amounts were computed with; null rate: none anywhere. */
  wekenPerJaar: number;
  uurtariefCents: Cents | null;
}

/** One line of the afspraken list: the afspraak plus what the table shows next to it. */
export interface AfspraakRij extends Afspraak {
  schoolNaam: string;
  vestigingscode: string;
  plaats: string | null;
  sector: Sector;
  wijkId: number | null;
  wijkNaam: string | null;
  aanbiederNaam: string;
  /** Hours per week of all its aanvullende inzet (records with an amount count 0 here). */
  aanvullendeUren: number;
  /** How many records of aanvullende inzet it has. */
  aantalAanvullend: number;
  /** With its aanvullende inzet (docs/regels.md#regel-18). */
  kosten: AfspraakKosten;
}

/** Sums over a set of afspraken: the amounts in the schooljaar (split), the yearly costs and the hours per week. */
export interface AfspraakTotaal extends Verdeling {
  aantal: number;
  jaar: Cents;
  basisuren: number;
  /** Hours per week of aanvullende inzet. */
  extraUren: number;
}

export interface AfspraakLijst {
  /** The requested window (limiet/offset) of the filtered, sorted afspraken. */
  rijen: AfspraakRij[];
  /** Afspraken that pass the filters and the search. */
  totaal: number;
  /** Afspraken of the schooljaar without any filter or search ("12 van 180"). */
  aantalInSchooljaar: number;
  /** Over every afspraak that passes the filters (not only this window), docs/regels.md#regel-5 kept apart. */
  totalen: { geteld: AfspraakTotaal; inVoorbereiding: AfspraakTotaal };
}

export interface Mutatie {
  id: number;
  tijd: string;
  gebruiker: string;
  methode: string;
  entiteit: string | null;
  entiteitId: string | null;
  oud: unknown;
  nieuw: unknown;
}

export interface MutatielogExport {
  /** false when the user cancelled the dialog. */
  opgeslagen: boolean;
  bestand: string | null;
  bestandsnaam: string;
  /** Changes written. */
  aantal: number;
  /** Cells cut at Excel's limit (reports/tekstcel.ts); null when none. */
  ingekort: IngekorteCellen | null;
}

/** A postcode rule with its wijk's name and the schools whose postcode falls in it (api/wijkregels.ts). */
export interface PostcoderegelRij {
  id: number;
  van: string;
  tot: string;
  wijkId: number;
  wijk: string;
  aantalScholen: number;
}

/** A school without a wijk that a postcode rule gives one. */
export interface WijkInvulling {
  schoolId: number;
  school: string;
  postcode: string;
  wijkId: number;
  wijk: string;
}

export interface WijkToewijzing {
  schoolId: number;
  wijkId: number | null;
}

export interface ZetWijkResultaat {
  /** Schools whose wijk changed. */
  gewijzigd: number;
  /** Every selected school's wijk before: pass it to scholen.herstelWijken to undo. */
  vorige: WijkToewijzing[];
}
