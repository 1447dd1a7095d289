// Result types of the subsidy methods (api/subsidies.ts).
import type { SubsidieStatus, Termijn, VoorschotSchema } from '../../domain/subsidie';
import type { Cents, IsoDatum } from '../../domain/types';

/** One subsidie (aanbieder × begrotingsjaar) as stored: every step's fields, null until taken. */
export interface Subsidie {
  id: number;
  aanbiederId: number;
  begrotingsjaar: number;
  aanvraagDatum: IsoDatum | null;
  aanvraagBedragCents: Cents | null;
  aanvraagKenmerk: string | null;
  verleningDatum: IsoDatum | null;
  verleningKenmerk: string | null;
  verleendCents: Cents | null;
  /** The gemeente's share of the afspraken when it was verleend (the snapshot beside it). */
  berekendCents: Cents | null;
  verleningReden: string | null;
  voorwaarden: string | null;
  voorschotSchema: VoorschotSchema | null;
  begrotingspostIds: number[];
  voorschotten: Termijn[];
  verantwoordingUiterlijk: IsoDatum | null;
  verantwoordingDatum: IsoDatum | null;
  realisatieCents: Cents | null;
  realisatieUren: number | null;
  verantwoordingOpmerking: string | null;
  vaststellingDatum: IsoDatum | null;
  vastgesteldCents: Cents | null;
}

/** The next thing due: an unpaid voorschot or the verantwoording. */
export interface SubsidieDeadline {
  aanbiederId: number;
  aanbieder: string;
  begrotingsjaar: number;
  soort: 'voorschot' | 'verantwoording';
  datum: IsoDatum;
  omschrijving: string;
}

/** One aanbieder's figures in a begrotingsjaar (the Subsidies page row, the CLI's output). */
export interface SubsidieRij {
  aanbiederId: number;
  aanbieder: string;
  begrotingsjaar: number;
  /** The gemeente's share of the aanbieder's counted afspraken in the year, now. */
  kostenGemeente: Cents;
  verleend: Cents | null;
  /** Sum of all voorschot terms (scheduled). */
  bevoorschot: Cents;
  betaald: Cents;
  verantwoord: Cents | null;
  vastgesteld: Cents | null;
  /** vastgesteld − betaald; null before the vaststelling. */
  saldo: Cents | null;
  status: SubsidieStatus;
  /** "afspraken € 412.300, verleend € 398.000: € 14.300 niet beschikt", null when they agree or nothing is verleend. */
  drift: string | null;
  volgendeDeadline: SubsidieDeadline | null;
  subsidie: Subsidie | null;
}

export interface SubsidieOverzicht {
  begrotingsjaar: number;
  rijen: SubsidieRij[];
  /** Plafond warnings (rule 13): verleningen above a begrotingspost's amount. */
  waarschuwingen: string[];
}

/** The answer of a step: the row after it and what the user should know (plafond, vaststelling above verleend). */
export interface SubsidieStapResultaat {
  rij: SubsidieRij;
  waarschuwingen: string[];
}

export interface SubsidieDeadlines {
  vandaag: IsoDatum;
  verlopen: SubsidieDeadline[];
  binnenkort: SubsidieDeadline[];
}
