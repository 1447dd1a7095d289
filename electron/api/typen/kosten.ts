// Result types of the computed methods that are not a domain engine's own result (api/kosten.ts).
import type { Dekkingsgraad } from '../../domain/dekkingsgraad';
import type { Sector, Verdeling } from '../../domain/types';

export interface KostenTrendJaar extends Verdeling {
  jaar: number;
  /** Concept and in overleg, apart (docs/regels.md#regel-5). */
  inVoorbereiding: Verdeling;
}

export interface KostenTrend {
  van: number;
  tot: number;
  jaren: KostenTrendJaar[];
}

/** One coverage card of the dashboard: a functie over the sectors where it is deployed. */
export interface DekkingKaart {
  functie: string;
  naam: string;
  sectoren: Sector[];
  graad: Dekkingsgraad;
}

export interface DekkingOverzicht {
  schooljaar: number;
  /** The cards: the functies asked for, else the gemeente-paid functies of the schooljaar. */
  kaarten: DekkingKaart[];
  /** Every functie with an afspraak in the schooljaar, to choose from. */
  beschikbaar: { functie: string; naam: string; standaard: boolean }[];
}
