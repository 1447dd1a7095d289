// Results of the verdeling methods (api/verdeling.ts). Amounts follow the pot's soort: hours per
// week as numbers, euros as integer cents. Types only, shared with the renderer.
import type { Leerlingaantal } from '../../domain/dekkingsgraad';
import type { Sector } from '../../domain/types';
import type { PotSoort, VerdeelRegel } from '../../domain/verdeling';

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
