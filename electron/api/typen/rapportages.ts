// Result types of the rapportages and grafieken methods (api/rapportages.ts).
import type { DekkingGrafiek } from '../../domain/grafieken';
import type { FunctieCode } from '../../domain/types';

export interface OpslaanResultaat {
  /** false when the user cancelled the dialog. */
  opgeslagen: boolean;
  bestand: string | null;
  bestandsnaam: string;
}

export interface DekkingGrafiekResultaat extends DekkingGrafiek {
  /** Functies with afspraken in this schooljaar, for the choice in the screen. */
  functies: FunctieCode[];
  sectoren: string[];
}
