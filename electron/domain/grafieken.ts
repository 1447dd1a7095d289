// Chart series: pure shaping of engine results (kosten, dekking, dekkingsgraad) into the flat
// rows recharts draws. No money is computed here beyond adding up what the engines return;
// amounts stay in cents and the chart components format them.
import type { Dekking } from './dekking';
import type { Dekkingsgraad, Graad } from './dekkingsgraad';
import { isGeteld, kostenoverzicht, type JaarTotalen, type KostenContext, type KostenLookups, type Kostenoverzicht } from './kosten';
import { schooljaarLabel } from './schooljaar';
import { FUNCTIE_CODES, type AfspraakBasis, type Cents, type FunctieCode, type SchooljaarStart, type Verdeling } from './types';

export interface DekkingPunt {
  naam: string;
  scholen: number;
  scholenGedekt: number;
  /** 0-100 with one decimal; null without schools. */
  procentScholen: number | null;
  leerlingen: number;
  leerlingenGedekt: number;
  procentLeerlingen: number | null;
}

export interface DekkingGrafiek {
  schooljaar: SchooljaarStart;
  functie: FunctieCode;
  totaal: DekkingPunt;
  perWijk: DekkingPunt[];
  perSector: DekkingPunt[];
  nietGedekt: number;
  toelichting: string | null;
}

const procent = (f: number | null): number | null => (f === null ? null : Math.round(f * 1000) / 10);

function punt(naam: string, g: Graad): DekkingPunt {
  return {
    naam,
    scholen: g.scholen,
    scholenGedekt: g.scholenGedekt,
    procentScholen: procent(g.aandeelScholen),
    leerlingen: g.leerlingen,
    leerlingenGedekt: g.leerlingenGedekt,
    procentLeerlingen: procent(g.aandeelLeerlingen),
  };
}

export function dekkingGrafiek(d: Dekkingsgraad): DekkingGrafiek {
  return {
    schooljaar: d.schooljaar,
    functie: d.functie,
    totaal: punt('Totaal', d),
    perWijk: Object.entries(d.perWijk).map(([n, g]) => punt(n, g)),
    perSector: Object.entries(d.perSector).map(([n, g]) => punt(n, g)),
    nietGedekt: d.nietGedekt.length,
    toelichting: d.leerlingenToelichting,
  };
}

export interface KostenJaarPunt {
  jaar: number;
  gemeente: Cents;
  onderwijs: Cents;
  overig: Cents;
  totaal: Cents;
  /** Concept and in overleg: drawn apart, never stacked onto the totals. */
  inVoorbereiding: Cents;
  /** Rule 13: why this year is incomplete (empty when it is not); the chart marks the year instead of drawing a real drop. */
  onvolledig?: string[];
}

export function kostenPerJaarReeks(totalen: readonly JaarTotalen[]): KostenJaarPunt[] {
  return totalen
    .map((t) => ({
      jaar: t.jaar,
      gemeente: t.geteld.gemeente,
      onderwijs: t.geteld.onderwijs,
      overig: t.geteld.overig,
      totaal: t.geteld.totaal,
      inVoorbereiding: t.inVoorbereiding.totaal,
    }))
    .sort((a, b) => a.jaar - b.jaar);
}

export interface VerdelingPunt extends Verdeling {
  naam: string;
}

/** Per aanbieder or per functie, largest first. */
export function verdelingReeks(groepen: Readonly<Record<string, Verdeling>>): VerdelingPunt[] {
  return Object.entries(groepen)
    .map(([naam, v]) => ({ naam, totaal: v.totaal, gemeente: v.gemeente, onderwijs: v.onderwijs, overig: v.overig }))
    .sort((a, b) => b.totaal - a.totaal || a.naam.localeCompare(b.naam, 'nl'));
}

export interface KostenVerdelingGrafiek {
  begrotingsjaar: number;
  perAanbieder: VerdelingPunt[];
  perFunctie: VerdelingPunt[];
  totaal: Verdeling;
}

export function kostenVerdelingGrafiek(k: Kostenoverzicht, jaar: number): KostenVerdelingGrafiek {
  return {
    begrotingsjaar: jaar,
    perAanbieder: verdelingReeks(k.perAanbieder),
    perFunctie: verdelingReeks(k.perFunctie),
    totaal: { totaal: k.totaal, gemeente: k.gemeente, onderwijs: k.onderwijs, overig: k.overig },
  };
}

export interface DekkingJaarPunt {
  jaar: number;
  kostenGemeente: Cents;
  structureel: Cents;
  incidenteel: Cents;
  budget: Cents;
  saldo: Cents;
  /** max(0, kosten − budget): drawn in red. */
  tekort: Cents;
  inVoorbereiding: Cents;
  /** Rule 13: why this year's cost is incomplete (see KostenJaarPunt). */
  onvolledig?: string[];
}

export function dekkingPerJaarReeks(dekkingen: readonly Dekking[]): DekkingJaarPunt[] {
  return dekkingen
    .map((d) => ({
      jaar: d.jaar,
      kostenGemeente: d.kostenGemeenteCents,
      structureel: d.structureelCents,
      incidenteel: d.incidenteelCents,
      budget: d.budgetCents,
      saldo: d.saldoCents,
      tekort: d.tekortCents,
      inVoorbereiding: d.inVoorbereidingGemeenteCents,
    }))
    .sort((a, b) => a.jaar - b.jaar);
}

export interface TrendPunt {
  schooljaar: SchooljaarStart;
  label: string;
  /** Hours per week of counted afspraken (basis + extra), per functie. */
  uren: Partial<Record<FunctieCode, number>>;
  /** Cost over the schooljaar, per functie (engine: kostenoverzicht per schooljaar). */
  kosten: Partial<Record<FunctieCode, Cents>>;
  /** Rule 13: why this schooljaar's figures look lower than they are (e.g. afspraken at € 0); set by the API. */
  onvolledig?: string[];
}

export interface TrendGrafiek {
  functies: FunctieCode[];
  punten: TrendPunt[];
}

export function trendReeks(
  afspraken: readonly AfspraakBasis[],
  schooljaren: readonly SchooljaarStart[],
  ctx: KostenContext,
  lookups: KostenLookups,
): TrendGrafiek {
  const gebruikt = new Set<FunctieCode>();
  const punten = [...schooljaren]
    .sort((a, b) => a - b)
    .map((sj) => {
      const k = kostenoverzicht(afspraken, { schooljaar: sj }, ctx, lookups);
      const uren: Partial<Record<FunctieCode, number>> = {};
      for (const a of afspraken) {
        if (a.schooljaar !== sj || !isGeteld(a.status)) continue;
        uren[a.functie] = Math.round(((uren[a.functie] ?? 0) + a.basisurenPerWeek + a.extraUrenPerWeek) * 100) / 100;
        gebruikt.add(a.functie);
      }
      const kosten: Partial<Record<FunctieCode, Cents>> = {};
      for (const [f, v] of Object.entries(k.perFunctie)) {
        kosten[f as FunctieCode] = v.totaal;
        gebruikt.add(f as FunctieCode);
      }
      return { schooljaar: sj, label: schooljaarLabel(sj), uren, kosten };
    });
  const standaard: readonly string[] = FUNCTIE_CODES;
  return { functies: [...standaard.filter((f) => gebruikt.has(f)), ...[...gebruikt].filter((f) => !standaard.includes(f)).sort()], punten };
}
