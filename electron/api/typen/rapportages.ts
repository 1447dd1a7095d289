// Result types of the rapportages and grafieken methods (api/rapportages.ts).
import type { DekkingGrafiek } from '../../domain/grafieken';
import type { FunctieCode } from '../../domain/types';

export interface OpslaanResultaat {
  /** false when the user cancelled the dialog. */
  opgeslagen: boolean;
  bestand: string | null;
  bestandsnaam: string;
}

/** A cell an export cut at Excel's limit (reports/tekstcel.ts), by sheet, row and column letter. */
export interface IngekorteCel {
  blad: string;
  rij: number;
  kolom: string;
}

/** The cells an export cut: how many, where (at most 100 places) and the Dutch message that says so. */
export interface IngekorteCellen {
  aantal: number;
  plaatsen: IngekorteCel[];
  melding: string;
}

export interface RapportOpslaanResultaat extends OpslaanResultaat {
  /** null when no cell had to be cut. */
  ingekort: IngekorteCellen | null;
}

export interface DekkingGrafiekResultaat extends DekkingGrafiek {
  /** Functies with afspraken in this schooljaar, for the choice in the screen. */
  functies: FunctieCode[];
  sectoren: string[];
}
