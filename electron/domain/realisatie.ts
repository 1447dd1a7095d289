// Realised hours against agreed hours (issue 18 part 2): per afspraak the agreed hours are
// basisuren × weken × (months it ran / 12), plus for each aanvullende inzet record in hours its
// hours × the afspraak's weken × (the record's months / 12); the realisatiegraad is realised /
// agreed × 100, half up to one decimal. Computed in integers: hours and weeks as hundredths, so an
// afspraak's agreed hours are U·W·m / 120000 exactly and a group's share is one exact division of
// sums (never an average of percentages). Pure: the renderer may bundle it.
import { divRoundHalfUp, hundredths } from './geld';
import { aantalMaanden } from './schooljaar';
import type { AanvullendeInzet, AfspraakBasis, FunctieCode } from './types';

export const STANDAARD_DREMPEL = 90;

/** What the computation needs of an afspraak, with the names a user reads. */
export type RealisatieAfspraak = Pick<
  AfspraakBasis,
  'id' | 'schooljaar' | 'schoolId' | 'aanbiederId' | 'functie' | 'basisurenPerWeek' | 'wekenPerJaar' | 'startdatum' | 'einddatum'
> & {
  vestigingscode: string;
  schoolnaam: string;
  aanbieder: string;
  /** Its aanvullende inzet in hours (records with an amount add no hours). */
  aanvullend: readonly Pick<AanvullendeInzet, 'urenPerWeek' | 'startdatum' | 'einddatum'>[];
};

export interface RealisatieRegel {
  afspraakId: number;
  vestigingscode: string;
  schoolnaam: string;
  aanbieder: string;
  functie: FunctieCode;
  maanden: number;
  /** Agreed hours for the months it ran, to two decimals (half up). */
  afgesprokenUren: number;
  /** null: the aanbieder has not reported. */
  gerealiseerdeUren: number | null;
  /** null: not reported, or no agreed hours. */
  realisatiegraad: number | null;
  /** Below the threshold (only when there is a realisatiegraad). */
  onderDrempel: boolean;
}

export interface RealisatieGroep {
  afgesprokenUren: number;
  gerealiseerdeUren: number;
  /** Afspraken with a report; the others are left out of this group's share. */
  aantalOpgegeven: number;
  aantalAfspraken: number;
  realisatiegraad: number | null;
  onderDrempel: boolean;
}

export interface Realisatie {
  schooljaar: number;
  drempel: number;
  perAfspraak: RealisatieRegel[];
  perAanbieder: ({ aanbieder: string } & RealisatieGroep)[];
  perFunctie: ({ functie: string } & RealisatieGroep)[];
  totaal: RealisatieGroep;
}

/** Agreed hours in units of 1/120000 hour: U(hundredths) × W(hundredths) × months. */
function afgesprokenEenheden(a: RealisatieAfspraak, standaardWeken: number, startMaand: number): { eenheden: number; maanden: number } {
  const maanden = aantalMaanden(a, startMaand);
  const weken = hundredths(a.wekenPerJaar ?? standaardWeken);
  let eenheden = hundredths(a.basisurenPerWeek) * weken * maanden;
  for (const r of a.aanvullend) {
    if (r.urenPerWeek === null) continue;
    eenheden += hundredths(r.urenPerWeek) * weken * aantalMaanden({ schooljaar: a.schooljaar, startdatum: r.startdatum, einddatum: r.einddatum }, startMaand);
  }
  return { eenheden, maanden };
}

const EENHEDEN_PER_UUR = 120_000;
/** Realised hundredths of an hour to the same units. */
const PER_HONDERDSTE = EENHEDEN_PER_UUR / 100;

function graad(gerealiseerd: number, afgesproken: number): number | null {
  return afgesproken > 0 ? divRoundHalfUp(gerealiseerd * 1000, afgesproken) / 10 : null;
}

function onder(g: number | null, drempel: number): boolean {
  return g !== null && Math.round(g * 100) < Math.round(drempel * 100);
}

interface Som {
  afgesproken: number;
  gerealiseerd: number;
  opgegeven: number;
  aantal: number;
}

function groep(s: Som, drempel: number): RealisatieGroep {
  // A group's share counts only afspraken with a report: an unreported one is not 0 % delivered.
  const g = graad(s.gerealiseerd, s.afgesproken);
  return {
    afgesprokenUren: divRoundHalfUp(s.afgesproken, PER_HONDERDSTE) / 100,
    gerealiseerdeUren: s.gerealiseerd / PER_HONDERDSTE / 100,
    aantalOpgegeven: s.opgegeven,
    aantalAfspraken: s.aantal,
    realisatiegraad: g,
    onderDrempel: onder(g, drempel),
  };
}

export function realisatie(
  schooljaar: number,
  afspraken: readonly RealisatieAfspraak[],
  /** Realised hours by afspraak id (from the monitor rows with the same four keys). */
  gerealiseerd: ReadonlyMap<number, number>,
  o: { drempel: number; standaardWeken: number; startMaand: number },
): Realisatie {
  const perAanbieder = new Map<string, Som>();
  const perFunctie = new Map<string, Som>();
  const totaal: Som = { afgesproken: 0, gerealiseerd: 0, opgegeven: 0, aantal: 0 };
  const tel = (map: Map<string, Som>, k: string) => {
    let s = map.get(k);
    if (!s) map.set(k, (s = { afgesproken: 0, gerealiseerd: 0, opgegeven: 0, aantal: 0 }));
    return s;
  };
  const perAfspraak: RealisatieRegel[] = [];
  for (const a of afspraken) {
    if (a.schooljaar !== schooljaar) continue;
    const { eenheden, maanden } = afgesprokenEenheden(a, o.standaardWeken, o.startMaand);
    const uren = gerealiseerd.get(a.id);
    const echt = uren === undefined ? null : hundredths(uren) * PER_HONDERDSTE;
    const g = echt === null ? null : graad(echt, eenheden);
    perAfspraak.push({
      afspraakId: a.id,
      vestigingscode: a.vestigingscode,
      schoolnaam: a.schoolnaam,
      aanbieder: a.aanbieder,
      functie: a.functie,
      maanden,
      afgesprokenUren: divRoundHalfUp(eenheden, PER_HONDERDSTE) / 100,
      gerealiseerdeUren: uren ?? null,
      realisatiegraad: g,
      onderDrempel: onder(g, o.drempel),
    });
    for (const s of [tel(perAanbieder, a.aanbieder), tel(perFunctie, a.functie), totaal]) {
      s.aantal++;
      if (echt === null) continue;
      s.opgegeven++;
      s.afgesproken += eenheden;
      s.gerealiseerd += echt;
    }
  }
  const lijst = <K extends string>(map: Map<string, Som>, naam: K) =>
    [...map.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'nl'))
      .map(([k, s]) => ({ [naam]: k, ...groep(s, o.drempel) }) as { [P in K]: string } & RealisatieGroep);
  perAfspraak.sort(
    (a, b) => a.schoolnaam.localeCompare(b.schoolnaam, 'nl') || a.aanbieder.localeCompare(b.aanbieder, 'nl') || a.functie.localeCompare(b.functie),
  );
  return {
    schooljaar,
    drempel: o.drempel,
    perAfspraak,
    perAanbieder: lijst(perAanbieder, 'aanbieder'),
    perFunctie: lijst(perFunctie, 'functie'),
    totaal: groep(totaal, o.drempel),
  };
}
