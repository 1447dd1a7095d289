// Result types of the import methods and the records they show (import/*.ts, api/importeren.ts).
// Types only: the contract and the renderer read them without pulling in exceljs or Node.
import type { AanvullendeInzet, Sector } from '../../domain/types';
import type { IngekorteCellen } from './rapportages';
import type { AfspraakGevalideerd } from '../../domain/validatie';

export interface ImportMelding {
  /** Row number as the user sees it in Excel or a text editor: the header is row 1. */
  rij?: number;
  /** Column header as written in the file. */
  kolom?: string;
  melding: string;
}

export type DuoSoort = 'po-adressen' | 'vo-adressen' | 'so-adressen' | 'mbo-instellingen' | 'leerlingen-historisch' | 'leerlingen-vo' | 'edugis';

export interface DuoVestiging {
  vestigingscode: string;
  brin: string;
  naam: string;
  sector: Sector;
  denominatie: string;
  straat: string;
  huisnummer: string;
  /** `8024 AH`, always with the space. */
  postcode: string;
  plaats: string;
  /** Four digits, `0193`; null when the file has no code (edugis). */
  gemeenteCode: string | null;
  gemeenteNaam: string;
  /** BEVOEGD GEZAG NUMMER; null when the file has none (edugis). */
  bestuurNummer: string | null;
  bestuurNaam?: string;
  telefoon?: string;
  website?: string;
}

/** Fields of DuoVestiging that the preview compares and the database writes. */
export type DuoVeld = Exclude<keyof DuoVestiging, 'vestigingscode'>;

export interface VeldWijziging {
  veld: DuoVeld;
  oud: string | null;
  nieuw: string | null;
}

/** What the user sees before confirming; lists are capped, counts are not. */
export interface DuoVoorbeeld {
  gemeenteCode: string | null;
  bestanden: { naam: string; soort: DuoSoort; omschrijving: string; rijen: number; rijenNaFilter: number; encoding: string }[];
  aantallen: {
    nieuw: number;
    gewijzigd: number;
    ongewijzigd: number;
    nietMeerInBestand: number;
    weerInBestand: number;
    nieuweBesturen: number;
    leerlingenNieuw: number;
    leerlingenGewijzigd: number;
    leerlingenOngewijzigd: number;
    leerlingenZonderSchool: number;
    /** Schools without a wijk that a postcode rule gives one after this import (never a wijk a user set). */
    wijkVolgensPostcode: number;
  };
  nieuw: { vestigingscode: string; naam: string; sector: string; plaats: string }[];
  gewijzigd: { vestigingscode: string; naam: string; wijzigingen: (VeldWijziging & { label: string })[] }[];
  nietMeerInBestand: { vestigingscode: string; naam: string; sector: string }[];
  nieuweBesturen: { nummer: string; naam: string }[];
  /** True when a list above holds only the first MAX_LIJST items. */
  ingekort: boolean;
}

export interface AfsprakenPlanRij {
  rij: number;
  soort: 'nieuw' | 'gewijzigd' | 'ongewijzigd';
  bestaandId: number | null;
  waarden: AfspraakGevalideerd;
  /** The columns Extra uren per week and Toelichting extra uren: the afspraak's sheet record of aanvullende inzet (issue 16 item 9). */
  aanvullend?: { urenPerWeek: number; reden: string | null };
  /** That record is a row of the sheet "Aanvullende inzet" of the same file, which writes it; the two columns leave it alone. */
  bladElders?: boolean;
  label: { schooljaar: string; vestigingscode: string; schoolnaam: string; aanbieder: string; functie: string };
  wijzigingen: { kolom: string; oud: string; nieuw: string }[];
}

export interface AfsprakenVoorbeeld {
  bestand: string;
  blad: string;
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  waarschuwingen: ImportMelding[];
  /** New and changed rows (the first MAX_LIJST). */
  wijzigingen: Omit<AfsprakenPlanRij, 'waarden' | 'bestaandId'>[];
  ingekort: boolean;
  /** The sheet "Aanvullende inzet", when the file has it. */
  aanvullend?: AanvullendVoorbeeld;
}

export interface DuoVoorbeeldResultaat extends DuoVoorbeeld {
  /** null when the user cancelled the dialog. */
  id: string | null;
}

export interface AfsprakenVoorbeeldResultaat extends AfsprakenVoorbeeld {
  id: string | null;
}

export interface ImportResultaat {
  /** File name of the backup made just before, if the database is a file. */
  backup: string | null;
  /** When that backup was made (ISO, UTC); the screen shows it in local time. */
  backupTijd: string | null;
  samenvatting: string;
}

export interface SjabloonResultaat {
  opgeslagen: boolean;
  bestand: string | null;
  /** Cells cut at Excel's limit (reports/tekstcel.ts); null when none, or nothing was saved. */
  ingekort: IngekorteCellen | null;
}

/** What an import of DUO's bevoegde-gezagen list would do (import/besturen.ts). */
export interface BesturenPlan {
  bestand: string;
  encoding: string;
  rijen: number;
  nieuw: { nummer: string; naam: string }[];
  gewijzigd: { id: number; nummer: string; oud: string; nieuw: string }[];
  ongewijzigd: number;
  /** Rows without a name: nothing is done with them. */
  zonderNaam: number;
}

/** The preview of a bevoegde-gezagen list; id null when the dialog was cancelled. */
export interface BesturenVoorbeeldResultaat extends BesturenPlan {
  id: string | null;
}

/** One row of the afsprakenblad's sheet "Aanvullende inzet" as planned (issue 16 item 9). */
export interface AanvullendPlanRij {
  rij: number;
  soort: 'nieuw' | 'gewijzigd' | 'ongewijzigd';
  /** The afspraak's key (schooljaar|school|aanbieder|functie): a row of the afspraken sheet or an existing afspraak. */
  afspraakSleutel: string;
  /** The existing afspraak, when there is one before this import. */
  afspraakId: number | null;
  /** The matched record (afspraak + Van + Reden), null for a new one. */
  bestaandId: number | null;
  waarden: Omit<AanvullendeInzet, 'id' | 'afspraakId'>;
  label: { schooljaar: string; vestigingscode: string; schoolnaam: string; aanbieder: string; functie: string; van: string; reden: string };
  wijzigingen: { kolom: string; oud: string; nieuw: string }[];
}

/** The preview of the sheet "Aanvullende inzet" (present only when the file has that sheet). */
export interface AanvullendVoorbeeld {
  blad: string;
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  /** New and changed rows (the first MAX_LIJST). */
  wijzigingen: Omit<AanvullendPlanRij, 'waarden' | 'bestaandId' | 'afspraakId' | 'afspraakSleutel'>[];
  ingekort: boolean;
}
