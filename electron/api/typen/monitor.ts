// Result types of the monitor methods (api/monitor.ts): ondersteuningsvragen (rule 12) and the
// realisatie of the agreed hours.
import type { MonitorGroep, MonitorUitkomst, Norm } from '../../domain/monitor';
import type { FunctieCode } from '../../domain/types';

/** One stored row: school × aanbieder × functie × schooljaar (aanbieder and functie where known). */
export interface Ondersteuningsvragen {
  id: number;
  schooljaar: number;
  schoolId: number;
  aanbiederId: number | null;
  functie: FunctieCode | null;
  vragen: number;
  binnenSchool: number;
  verwezenJeugdhulp: number;
  verwezenWijkteam: number;
  /** Hours the aanbieder reports as delivered for the afspraak with the same keys; null = not reported. */
  gerealiseerdeUren: number | null;
}

/** A row as listed: with the names a user reads. */
export interface OndersteuningsvragenRij extends Ondersteuningsvragen {
  vestigingscode: string;
  schoolnaam: string;
  aanbieder: string | null;
  percentageBinnenSchool: number | null;
}

export interface MonitorInstellingen {
  norm: Norm;
  /** A realisatiegraad below this percentage is flagged (default 90). */
  realisatieDrempel: number;
}

export interface MonitorOverzicht extends MonitorUitkomst {
  /** The gemeente's share per schooljaar with figures, oldest first. */
  trend: ({ schooljaar: number } & MonitorGroep)[];
  /** Schooljaren that have figures (for the page's choice). */
  schooljaren: number[];
}
