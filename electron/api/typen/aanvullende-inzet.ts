// Result types of the aanvullende inzet methods (issue 16 item 7).
import type { AanvullendeInzet, Status, Verdeling } from '../../domain/types';

/** A record with what it costs in its schooljaar (docs/regels.md#regel-18). */
export interface AanvullendeInzetRij extends AanvullendeInzet {
  /** Its amount in the schooljaar, split over the financiers; for a record counted with the basisuren: what it adds. */
  kosten: Verdeling;
  /** True when it counts together with the afspraak's basisuren (same months and split, in hours). */
  telMetAfspraak: boolean;
}

/** A record with its afspraak as a list of a schooljaar shows it (CLI, dashboard). */
export interface AanvullendeInzetOverzichtRij extends AanvullendeInzetRij {
  schooljaar: number;
  vestigingscode: string;
  schoolNaam: string;
  aanbiederNaam: string;
  functie: string;
  /** The afspraak's status: the record counts when the afspraak counts (regel-5). */
  status: Status;
}

/** A verantwoording of aanvullende inzet whose due date has passed without a received date (dashboard, issue 16 item 10). */
export interface VerantwoordingVerlopen {
  id: number;
  afspraakId: number;
  schooljaar: number;
  schoolNaam: string;
  functie: string;
  aanbiederNaam: string;
  verantwoordingUiterlijk: string;
  reden: string;
}
