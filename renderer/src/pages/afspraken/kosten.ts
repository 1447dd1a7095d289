// Live costs of an afspraak in the renderer, with the same pure engine the API uses (rules 1-3).
import { afspraakMaanden, bedragInSchooljaar, isGeteld, jaarkosten, maandSplitsingen, type KostenContext } from '../../../../electron/domain';
import type { AfspraakBasis, Instellingen, Verdeling } from '../../../../electron/domain/types';

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
