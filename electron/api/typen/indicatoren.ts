// Result types of the indicatoren methods (api/indicatoren.ts, rule 16).
import type { IndicatorStatus, Niveau, Richting } from '../../domain/indicatoren';

/** One stored indicator: lees, verwijder and herstel use this shape. */
export interface IndicatorRecord {
  id: number;
  naam: string;
  eenheid: string | null;
  /** null only for an indicator migrated from the old proeftuin indicators, until the user sets it. */
  richting: Richting | null;
  bron: string | null;
  niveau: Niveau;
  scopeId: number | null;
  nulmeting: { jaar: number; waarde: number } | null;
  jaren: { jaar: number; streefwaarde: number | null; realisatie: number | null }[];
}

/** As listed: with the scope's name and the status in words per year (null: nothing to compare with). */
export interface IndicatorRij extends IndicatorRecord {
  scopeNaam: string | null;
  jaren: { jaar: number; streefwaarde: number | null; realisatie: number | null; status: IndicatorStatus | null }[];
}
