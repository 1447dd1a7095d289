// Two kinds of inzet on a school: the functies the gemeente pays for (JGW, SMW: bought from an
// aanbieder, possibly with a share of the school) and the school's own staff in the
// ondersteuningsteam (IB, ZC, orthopedagoog), which the onderwijs pays from its own formatie.
// Which is which is the functie's betaler (Instellingen → Functies), so a gemeente with other
// functies needs no code change. Reports keep the two apart: the own staff is no aanbieder and
// its first registration is no cost increase of the gemeente (issue 15).
import type { FunctieCode } from './types';

export type Inzetsoort = 'gemeente' | 'onderwijs';
export type Betaler = 'gemeente' | 'onderwijs';

export const INZETSOORT_LABEL: Record<Inzetsoort, string> = {
  gemeente: 'Inzet van gemeentefuncties',
  onderwijs: 'Eigen inzet onderwijs',
};

/** The kind of inzet of a functie: a functie without a known betaler counts as the gemeente's. */
export function inzetsoort(functie: FunctieCode, betalers: ReadonlyMap<FunctieCode, Betaler>): Inzetsoort {
  return betalers.get(functie) === 'onderwijs' ? 'onderwijs' : 'gemeente';
}
