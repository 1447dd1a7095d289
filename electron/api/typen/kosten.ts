// Result types of the computed methods that are not a domain engine's own result (api/kosten.ts).
import type { Verdeling } from '../../domain/types';

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
