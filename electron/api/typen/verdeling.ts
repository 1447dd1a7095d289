// Results of the verdeling methods (api/verdeling.ts). Amounts follow the pot's soort: hours per
// week as numbers, euros as integer cents. Types only, shared with the renderer.
import type { Leerlingaantal } from '../../domain/dekkingsgraad';
import type { Sector } from '../../domain/types';
import type { PotSoort, VerdeelRegel, VerdelingStatus } from '../../domain/verdeling';

export interface VerdelingSchoolRij {
  schoolId: number;
  vestigingscode: string;
  naam: string;
  sector: Sector;
  wijk: string | null;
  /** The DUO count of the schooljaar; null = none known. */
  leerlingen: Leerlingaantal;
  /** The weight used (the rule's or the school's own). */
  gewicht: number;
  eigenGewicht: boolean;
  /** P × w / Σw (with a voet: voet + rest × w / Σw), before bounds, rounded to 0,01 uur or 1 cent. */
  quotum: number;
  /** What the rule gives (regel 10 and 17). */
  berekend: number;
  /** What the school gets: the hand-edited value when there is one, else berekend. */
  toegekend: number;
  handmatig: boolean;
  begrensd: 'min' | 'max' | null;
  min: number | null;
  max: number | null;
  aanbiederId: number | null;
}

export interface VerdelingVoorstel {
  schooljaar: number;
  soort: PotSoort;
  functie: string;
  regel: VerdeelRegel;
  totaal: number;
  stap: number;
  voet: number | null;
  /** Σ toegekend; vaststellen only when it equals totaal. */
  uitgedeeld: number;
  scholen: VerdelingSchoolRij[];
}

/** A school's own settings in a saved verdeling (amounts in the pot's soort). */
export interface VerdelingSchoolInstelling {
  schoolId: number;
  gewicht: number | null;
  min: number | null;
  max: number | null;
  toegekend: number | null;
  aanbiederId: number | null;
}

/** What verdelingen.lees returns and verdelingen.wijzig takes back. */
export interface VerdelingRecord {
  id: number;
  naam: string;
  schooljaar: number;
  soort: PotSoort;
  functie: string;
  sectoren: Sector[];
  wijkIds: number[];
  schoolIds: number[];
  regel: VerdeelRegel;
  totaal: number;
  voet: number | null;
  stap: number | null;
  min: number | null;
  max: number | null;
  aanbiederId: number | null;
  voorgelegdOp: string | null;
  adviesDatum: string | null;
  adviesTekst: string | null;
  /** Set by vaststellen only; cleared by undoing it. */
  vastgesteldOp: string | null;
  status: VerdelingStatus;
  scholen: VerdelingSchoolInstelling[];
}

export interface VerdelingRij {
  id: number;
  naam: string;
  schooljaar: number;
  soort: PotSoort;
  functie: string;
  regel: VerdeelRegel;
  totaal: number;
  status: VerdelingStatus;
  /** The date that belongs to the status (null for concept). */
  statusDatum: string | null;
}

/** After reading a BLOZ proposal back: the saved verdeling and what changed. */
export interface VerdelingInlezenResultaat {
  verdeling: VerdelingRecord;
  /** Schools whose allocation changed. */
  gewijzigd: number;
  /** Σ toegekend after the import (hours or cents). */
  uitgedeeld: number;
  waarschuwingen: string[];
  backup: string | null;
}

export interface VaststelResultaat {
  verdeling: VerdelingRecord;
  /** Aanvullende inzet records written. */
  records: number;
  /** Afspraken made (0 basisuren) for schools that had none for the functie and aanbieder. */
  nieuweAfspraken: number;
}

export interface OngedaanResultaat {
  verdeling: VerdelingRecord;
  verwijderdeRecords: number;
  verwijderdeAfspraken: number;
}
