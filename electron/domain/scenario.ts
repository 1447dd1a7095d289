// What-if calculations for a collegevoorstel, side by side with the current cost:
// 1. basisinzet: every school of a sector gets at least N uur per week of a functie;
// 2. aandelen: the same afspraken, financed differently (e.g. gemeente 100 % instead of 50/50).
// Both compute every amount per (virtual) afspraak with the ordinary rules (docs/regels.md#regel-1 to #regel-3) and sum, so the
// figures match what the app will show once the scenario is entered as afspraken.
import { hundredths } from './geld';
import {
  bedragInBegrotingsjaar,
  bedragInSchooljaar,
  isGeteld,
  jaarkosten,
  kostenoverzicht,
  legeVerdeling,
  telOp,
  verdeel,
  verschil,
  type KostenContext,
} from './kosten';
import { begrotingsjarenVanSchooljaar, maandSplitsingTekst, schooljaarMaanden } from './schooljaar';
import type { AfspraakBasis, Cents, FunctieCode, SchoolBasis, Sector, SchooljaarStart, Verdeling } from './types';

export interface ScenarioAandelen {
  aandeelGemeente: number;
  aandeelOnderwijs: number;
  /** Default 0. */
  aandeelOverig?: number;
  overigeFinancier?: string | null;
}

export interface BasisinzetScenario extends ScenarioAandelen {
  schooljaar: SchooljaarStart;
  sector: Sector;
  functie: FunctieCode;
  urenPerWeek: number;
  /** Default: the setting's rate for the functie. */
  uurtariefCents?: Cents | null;
  /** Default: the setting. */
  wekenPerJaar?: number | null;
}

export interface ScenarioSchool {
  schoolId: number;
  vestigingscode: string;
  naam: string;
  wijkId: number | null;
  /** Basisuren per week in counted afspraken of the functie now. */
  huidigeUren: number;
  nieuweUren: number;
  extraUren: number;
  soort: 'nieuw' | 'verhoogd';
  /** Yearly (12-month) cost of the extra hours. */
  extraJaarkostenCents: Cents;
}

export interface ScenarioJaar {
  jaar: number;
  /** Months of the schooljaar in this begrotingsjaar. */
  maanden: number;
  huidig: Verdeling;
  extra: Verdeling;
  /** huidig + extra. */
  nieuw: Verdeling;
  /** e.g. `sep-dec 2017: 4/12 × € 343.000 = € 114.333` for the gemeente part of the extra. */
  toelichting: string;
}

export interface BasisinzetResultaat {
  scenario: BasisinzetScenario;
  scholen: ScenarioSchool[];
  aantalNieuw: number;
  aantalVerhoogd: number;
  /** Schools that already have at least the basisinzet. */
  aantalOngewijzigd: number;
  /** Extra cost for a full year (12 months), split. */
  jaarbedragExtra: Verdeling;
  perBegrotingsjaar: ScenarioJaar[];
  schooljaarTotaal: { huidig: Verdeling; extra: Verdeling; nieuw: Verdeling };
}

export function basisinzetScenario(
  afspraken: readonly AfspraakBasis[],
  scholen: readonly SchoolBasis[],
  scenario: BasisinzetScenario,
  ctx: KostenContext,
): BasisinzetResultaat {
  const { schooljaar, sector, functie } = scenario;
  const doel = hundredths(scenario.urenPerWeek);
  const huidigPerSchool = new Map<number, number>();
  for (const a of afspraken) {
    if (a.schooljaar !== schooljaar || a.functie !== functie || !isGeteld(a.status)) continue;
    huidigPerSchool.set(a.schoolId, (huidigPerSchool.get(a.schoolId) ?? 0) + hundredths(a.basisurenPerWeek));
  }

  const virtueel: AfspraakBasis[] = [];
  const regels: ScenarioSchool[] = [];
  let ongewijzigd = 0;
  for (const s of scholen) {
    if (s.sector !== sector) continue;
    const huidig = huidigPerSchool.get(s.id) ?? 0;
    if (huidig >= doel) {
      ongewijzigd++;
      continue;
    }
    const a = virtueleAfspraak(-(virtueel.length + 1), s.id, (doel - huidig) / 100, scenario);
    virtueel.push(a);
    regels.push({
      schoolId: s.id,
      vestigingscode: s.vestigingscode,
      naam: s.naam,
      wijkId: s.wijkId,
      huidigeUren: huidig / 100,
      nieuweUren: doel / 100,
      extraUren: (doel - huidig) / 100,
      soort: huidig === 0 ? 'nieuw' : 'verhoogd',
      extraJaarkostenCents: jaarkosten(a, ctx),
    });
  }

  const lookups = {
    scholen: new Map(scholen.map((s) => [s.id, s] as const)),
    aanbiederNamen: new Map<number, string>(),
  };
  const filter = { functies: [functie], sectoren: [sector] };
  const jaarbedragExtra = legeVerdeling();
  for (const a of virtueel) telOp(jaarbedragExtra, verdeel(jaarkosten(a, ctx), a));

  const ditSchooljaar = afspraken.filter((a) => a.schooljaar === schooljaar);
  const maanden = schooljaarMaanden(schooljaar, ctx.schooljaarStartMaand);
  const perBegrotingsjaar = begrotingsjarenVanSchooljaar(schooljaar, ctx.schooljaarStartMaand).map((jaar) => {
    // Only the current afspraken of this schooljaar: the scenario is about one schooljaar.
    const huidigDitSchooljaar = verdelingVan(kostenoverzicht(ditSchooljaar, { begrotingsjaar: jaar }, ctx, lookups, filter));
    const extra = legeVerdeling();
    for (const a of virtueel) telOp(extra, bedragInBegrotingsjaar(a, jaar, ctx));
    return {
      jaar,
      maanden: maanden.filter((m) => m.jaar === jaar).length,
      huidig: huidigDitSchooljaar,
      extra,
      nieuw: telOp({ ...huidigDitSchooljaar }, extra),
      toelichting: maandSplitsingTekst(maanden, jaar, jaarbedragExtra.gemeente),
    };
  });

  const huidigSchooljaar = verdelingVan(kostenoverzicht(afspraken, { schooljaar }, ctx, lookups, filter));
  const extraSchooljaar = legeVerdeling();
  for (const a of virtueel) telOp(extraSchooljaar, bedragInSchooljaar(a, ctx));

  return {
    scenario,
    scholen: regels,
    aantalNieuw: regels.filter((r) => r.soort === 'nieuw').length,
    aantalVerhoogd: regels.filter((r) => r.soort === 'verhoogd').length,
    aantalOngewijzigd: ongewijzigd,
    jaarbedragExtra,
    perBegrotingsjaar,
    schooljaarTotaal: {
      huidig: huidigSchooljaar,
      extra: extraSchooljaar,
      nieuw: telOp({ ...huidigSchooljaar }, extraSchooljaar),
    },
  };
}

// ---- different shares --------------------------------------------------------------------

export interface AandelenScenario extends ScenarioAandelen {
  schooljaar: SchooljaarStart;
  /** Empty or absent: all functies. */
  functies?: readonly FunctieCode[];
  /** Empty or absent: all sectors. */
  sectoren?: readonly Sector[];
}

export interface AandelenJaar {
  jaar: number;
  maanden: number;
  huidig: Verdeling;
  scenario: Verdeling;
  /** scenario − huidig: what each financier pays more (or less, negative). */
  verschil: Verdeling;
  /** e.g. `sep-dec 2017: 4/12 × € 343.000 = € 114.333` for the gemeente difference. */
  toelichting: string;
}

export interface AandelenResultaat {
  scenario: AandelenScenario;
  aantalAfspraken: number;
  /** Yearly (12-month) amounts of the afspraken concerned. */
  jaarbedrag: { huidig: Verdeling; scenario: Verdeling; verschil: Verdeling };
  perBegrotingsjaar: AandelenJaar[];
  schooljaarTotaal: { huidig: Verdeling; scenario: Verdeling; verschil: Verdeling };
}

export function aandelenScenario(
  afspraken: readonly AfspraakBasis[],
  scholen: readonly Pick<SchoolBasis, 'id' | 'sector'>[],
  scenario: AandelenScenario,
  ctx: KostenContext,
): AandelenResultaat {
  const sectorVan = new Map(scholen.map((s) => [s.id, s.sector] as const));
  const functies = scenario.functies?.length ? new Set<string>(scenario.functies) : null;
  const sectoren = scenario.sectoren?.length ? new Set<string>(scenario.sectoren) : null;
  const betrokken = afspraken.filter(
    (a) =>
      a.schooljaar === scenario.schooljaar &&
      isGeteld(a.status) &&
      (functies === null || functies.has(a.functie)) &&
      (sectoren === null || sectoren.has(sectorVan.get(a.schoolId) ?? '')),
  );
  const nieuw = betrokken.map((a) => ({ ...a, ...aandelenVan(scenario) }));

  const jaarHuidig = legeVerdeling();
  const jaarScenario = legeVerdeling();
  for (let i = 0; i < betrokken.length; i++) {
    const bedrag = jaarkosten(betrokken[i], ctx);
    telOp(jaarHuidig, verdeel(bedrag, betrokken[i]));
    telOp(jaarScenario, verdeel(bedrag, nieuw[i]));
  }
  const jaarVerschil = verschil(jaarScenario, jaarHuidig);

  const som = (lijst: readonly AfspraakBasis[], f: (a: AfspraakBasis) => Verdeling) => {
    const v = legeVerdeling();
    for (const a of lijst) telOp(v, f(a));
    return v;
  };
  const maanden = schooljaarMaanden(scenario.schooljaar, ctx.schooljaarStartMaand);
  const perBegrotingsjaar = begrotingsjarenVanSchooljaar(scenario.schooljaar, ctx.schooljaarStartMaand).map((jaar) => {
    const huidig = som(betrokken, (a) => bedragInBegrotingsjaar(a, jaar, ctx));
    const scen = som(nieuw, (a) => bedragInBegrotingsjaar(a, jaar, ctx));
    return {
      jaar,
      maanden: maanden.filter((m) => m.jaar === jaar).length,
      huidig,
      scenario: scen,
      verschil: verschil(scen, huidig),
      toelichting: maandSplitsingTekst(maanden, jaar, jaarVerschil.gemeente),
    };
  });
  const sjHuidig = som(betrokken, (a) => bedragInSchooljaar(a, ctx));
  const sjScenario = som(nieuw, (a) => bedragInSchooljaar(a, ctx));
  return {
    scenario,
    aantalAfspraken: betrokken.length,
    jaarbedrag: { huidig: jaarHuidig, scenario: jaarScenario, verschil: jaarVerschil },
    perBegrotingsjaar,
    schooljaarTotaal: { huidig: sjHuidig, scenario: sjScenario, verschil: verschil(sjScenario, sjHuidig) },
  };
}

function aandelenVan(s: ScenarioAandelen) {
  return {
    aandeelGemeente: s.aandeelGemeente,
    aandeelOnderwijs: s.aandeelOnderwijs,
    aandeelOverig: s.aandeelOverig ?? 0,
    overigeFinancier: s.overigeFinancier ?? null,
  };
}

function virtueleAfspraak(id: number, schoolId: number, uren: number, s: BasisinzetScenario): AfspraakBasis {
  return {
    id,
    schooljaar: s.schooljaar,
    schoolId,
    aanbiederId: 0,
    functie: s.functie,
    basisurenPerWeek: uren,
    extraUrenPerWeek: 0,
    wekenPerJaar: s.wekenPerJaar ?? null,
    uurtariefCents: s.uurtariefCents ?? null,
    vastBedragCents: null,
    ...aandelenVan(s),
    startdatum: null,
    einddatum: null,
    status: 'afgesproken',
  };
}

function verdelingVan(v: Verdeling): Verdeling {
  return { totaal: v.totaal, gemeente: v.gemeente, onderwijs: v.onderwijs, overig: v.overig };
}
