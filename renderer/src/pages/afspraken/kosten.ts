// Live costs of an afspraak in the renderer, with the same pure engine the API uses (docs/regels.md#regel-1 to #regel-3).
import { afspraakMaanden, bedragInSchooljaar, isGeteld, jaarkosten, maandSplitsingen, type KostenContext } from '../../../../electron/domain';
import type { AfspraakBasis, Instellingen, Verdeling } from '../../../../electron/domain/types';
import { tariefInSchooljaar, type Tarief } from '../../../../electron/domain/tarieven';

export function kostenContext(inst: Instellingen | undefined): KostenContext {
  return {
    schooljaarStartMaand: inst?.schooljaarStartMaand ?? 9,
    wekenPerSchooljaar: inst?.wekenPerSchooljaar ?? 40,
    standaardTarieven: inst?.standaardTarieven ?? {},
  };
}

export interface AfspraakKosten {
  jaar: number;
  schooljaar: Verdeling;
  geteld: boolean;
}

export function afspraakKosten(a: AfspraakBasis, ctx: KostenContext): AfspraakKosten {
  return { jaar: jaarkosten(a, ctx), schooljaar: bedragInSchooljaar(a, ctx), geteld: isGeteld(a.status) };
}

/** `sep-dec 2017: 4/12 × € 18.000 = € 6.000` per begrotingsjaar, for the form's calculation. */
export function splitsingPerJaar(a: AfspraakBasis, ctx: KostenContext) {
  return maandSplitsingen(afspraakMaanden(a, ctx.schooljaarStartMaand), jaarkosten(a, ctx));
}

/** What the form needs of an afspraak's regeling and school to know its weeks and rate. */
export interface RegelingTarieven {
  naam: string;
  wekenPerJaar: number | null;
  basisinzet: readonly { sector: string; functie: string; uurtariefCents: number | null }[];
}

/**
 * Weeks and rate as the API applies them (GELDENDE_WEKEN_SQL, GELDEND_TARIEF_SQL in kosten-repo;
 * rule 9): the afspraak's own, else its regeling's (weeks of the regeling, the rate of its
 * basisinzet for the school's sector and the functie), else the functie's tarief valid in the
 * schooljaar (tarieven.lijst), else null so the engine takes the setting. Only for the form's
 * preview of unsaved input; saved afspraken get their amounts from the API.
 */
export function geldendeWekenEnTarief(
  a: Pick<AfspraakBasis, 'wekenPerJaar' | 'uurtariefCents' | 'functie' | 'schooljaar'>,
  regeling: RegelingTarieven | null | undefined,
  sector: string | null | undefined,
  tarieven: readonly Tarief[],
): {
  wekenPerJaar: number | null;
  uurtariefCents: number | null;
  /** The tarief per schooljaar that applies, when one does. */
  tarief: Tarief | null;
  bron: { weken: 'eigen' | 'regeling' | 'schooljaar' | 'instelling'; tarief: 'eigen' | 'regeling' | 'schooljaar' | 'functie' };
} {
  const regelTarief = regeling && sector ? (regeling.basisinzet.find((b) => b.sector === sector && b.functie === a.functie)?.uurtariefCents ?? null) : null;
  const perSchooljaar = tariefInSchooljaar(tarieven, a.functie, a.schooljaar);
  const regelWeken = regeling?.wekenPerJaar ?? null;
  const weken = a.wekenPerJaar ?? regelWeken ?? perSchooljaar?.wekenPerJaar ?? null;
  const tarief = a.uurtariefCents ?? regelTarief ?? perSchooljaar?.uurtariefCents ?? null;
  return {
    wekenPerJaar: weken,
    uurtariefCents: tarief,
    tarief: perSchooljaar,
    bron: {
      weken: a.wekenPerJaar !== null ? 'eigen' : regelWeken !== null ? 'regeling' : weken !== null ? 'schooljaar' : 'instelling',
      tarief: a.uurtariefCents !== null ? 'eigen' : regelTarief !== null ? 'regeling' : tarief !== null ? 'schooljaar' : 'functie',
    },
  };
}
