// Rule 13, "warnings, never silence": a figure that looks like a real number but is not gets a
// warning wherever it is shown. Two here (issue 13 items 2 and 3):
//  - an afspraak whose effective rate is € 0 and that has no fixed amount: it costs € 0 silently;
//  - a begrotingsjaar that takes months from a schooljaar without counted afspraken, or whose
//    counted cost is less than half of the schooljaar before: the year looks cheaper than it is.
// Small pure functions; the API (api/waarschuwingen.ts) feeds them the loaded afspraken.
import { formatEuro } from './geld';
import { maandBereikTekst, schooljaarLabel, schooljaarMaanden } from './schooljaar';
import { bedragInSchooljaar, isGeteld, type KostenContext } from './kosten';
import type { AfspraakBasis, Cents, FunctieCode, SchooljaarStart, Status } from './types';

export type WaarschuwingSoort = 'tarief-nul' | 'schooljaar-zonder-afspraken' | 'schooljaar-onvolledig';

export interface NulTariefAfspraak {
  id: number;
  schoolId: number;
  functie: FunctieCode;
  schooljaar: SchooljaarStart;
  status: Status;
  /** Filled in by the API for display. */
  vestigingscode?: string;
  schoolNaam?: string;
}

export interface Waarschuwing {
  soort: WaarschuwingSoort;
  /** The Dutch sentence shown to the user. */
  tekst: string;
  /** The schooljaar it is about (jaar-waarschuwingen). */
  schooljaar?: SchooljaarStart;
  /** tarief-nul: the afspraken concerned. */
  afspraken?: NulTariefAfspraak[];
}

/** The rate the engines apply (rule 1, after the loader's resolution): own/regeling/tarief, else the standaard rate. */
function effectiefTarief(a: AfspraakBasis, ctx: KostenContext): Cents {
  return a.uurtariefCents ?? ctx.standaardTarieven[a.functie] ?? 0;
}

/** True when the afspraak costs € 0 only because its rate is 0: no fixed amount and an effective rate of 0. */
export function heeftNulTarief(a: AfspraakBasis, ctx: KostenContext): boolean {
  return a.vastBedragCents === null && effectiefTarief(a, ctx) === 0;
}

/** Every afspraak with an effective rate of 0 and no fixed amount, of any status. */
export function nulTariefAfspraken(afspraken: readonly AfspraakBasis[], ctx: KostenContext): NulTariefAfspraak[] {
  const uit: NulTariefAfspraak[] = [];
  for (const a of afspraken) {
    // A line of aanvullende inzet (regel-18) is part of its afspraak, not one more afspraak.
    if (a.aanvullendeInzetId !== undefined) continue;
    if (heeftNulTarief(a, ctx)) uit.push({ id: a.id, schoolId: a.schoolId, functie: a.functie, schooljaar: a.schooljaar, status: a.status });
  }
  return uit;
}

export function nulTariefWaarschuwing(lijst: readonly NulTariefAfspraak[]): Waarschuwing | null {
  if (lijst.length === 0) return null;
  const functies = [...new Set(lijst.map((a) => a.functie))].sort();
  const een = lijst.length === 1;
  return {
    soort: 'tarief-nul',
    tekst:
      `${lijst.length.toLocaleString('nl-NL')} ${een ? 'afspraak heeft' : 'afspraken hebben'} een uurtarief van € 0 en geen vast bedrag ` +
      `(${functies.join(', ')}); ${een ? 'de kosten tellen' : 'hun kosten tellen'} daardoor als € 0. Stel een tarief in bij Tarieven of bij de afspraak.`,
    afspraken: [...lijst],
  };
}

export interface SchooljaarTelling {
  /** Counted afspraken (rule 5). */
  aantal: number;
  /** Their cost over the schooljaar (rule 3, the months they run). */
  totaal: Cents;
}

/** Count and cost of the counted afspraken per schooljaar. */
export function tellingPerSchooljaar(afspraken: readonly AfspraakBasis[], ctx: KostenContext): Map<SchooljaarStart, SchooljaarTelling> {
  const uit = new Map<SchooljaarStart, SchooljaarTelling>();
  for (const a of afspraken) {
    if (!isGeteld(a.status)) continue;
    let t = uit.get(a.schooljaar);
    if (!t) uit.set(a.schooljaar, (t = { aantal: 0, totaal: 0 }));
    // A line of aanvullende inzet (regel-18) adds money to its afspraak, not an afspraak.
    if (a.aanvullendeInzetId === undefined) t.aantal++;
    t.totaal += bedragInSchooljaar(a, ctx).totaal;
  }
  return uit;
}

/** The schooljaren whose months fall in begrotingsjaar `jaar`: jaar−1 (unless the year starts in January) and jaar. */
export function schooljarenInBegrotingsjaar(jaar: number, startMaand: number): SchooljaarStart[] {
  return startMaand === 1 ? [jaar] : [jaar - 1, jaar];
}

/**
 * Item 3: for begrotingsjaar `jaar`, a warning per schooljaar it takes months from that has no
 * counted afspraken, or whose counted cost is less than half of the schooljaar before.
 * `telling` must hold the schooljaren jaar−2..jaar (a missing one counts as empty).
 */
export function onvolledigeJaren(jaar: number, startMaand: number, telling: ReadonlyMap<SchooljaarStart, SchooljaarTelling>): Waarschuwing[] {
  const uit: Waarschuwing[] = [];
  for (const sj of schooljarenInBegrotingsjaar(jaar, startMaand)) {
    const maanden = maandBereikTekst(schooljaarMaanden(sj, startMaand).filter((m) => m.jaar === jaar));
    const t = telling.get(sj);
    if (!t || t.aantal === 0) {
      uit.push({
        soort: 'schooljaar-zonder-afspraken',
        schooljaar: sj,
        tekst: `Schooljaar ${schooljaarLabel(sj)} heeft nog geen afspraken die meetellen; ${maanden} telt daardoor als € 0.`,
      });
      continue;
    }
    const vorig = telling.get(sj - 1);
    if (vorig && vorig.totaal > 0 && t.totaal * 2 < vorig.totaal) {
      uit.push({
        soort: 'schooljaar-onvolledig',
        schooljaar: sj,
        tekst:
          `Schooljaar ${schooljaarLabel(sj)} telt ${formatEuro(t.totaal)} aan afspraken die meetellen, minder dan de helft van ` +
          `schooljaar ${schooljaarLabel(sj - 1)} (${formatEuro(vorig.totaal)}); ${maanden} is daardoor mogelijk nog niet compleet.`,
      });
    }
  }
  return uit;
}

/** A computed result with the warnings that belong beside it. */
export interface MetWaarschuwingen {
  waarschuwingen: Waarschuwing[];
}
