// Wijkteam hours: from 2017-2018 Zwolle hands the JGW hours to the sociale wijkteams as
// (number of PO schools in the wijk × basisinzet), e.g. 4 uur per school per week.
// Optionally set against the hours actually agreed, so a shortfall per wijk is visible.
import { isGeteld, ONBEKENDE_WIJK } from './kosten';
import { aantalMaanden, STANDAARD_START_MAAND } from './schooljaar';
import type { AfspraakBasis, FunctieCode, SchoolBasis, Sector, SchooljaarStart } from './types';

export interface WijkteamRegel {
  wijkId: number | null;
  wijk: string;
  aantalScholen: number;
  /** aantalScholen × urenPerSchool. */
  uren: number;
  /**
   * Hours per week in counted afspraken of the functie, averaged over the schooljaar (an afspraak
   * that runs 4 of the 12 months counts for 4/12 of its hours), so a school whose afspraak moves to
   * another aanbieder mid-year counts once; only when afspraken were given.
   */
  afgesprokenUren: number | null;
}

export interface WijkteamSchool {
  schoolId: number;
  wijkId: number | null;
  /** As afgesprokenUren of its wijk; null when no afspraken were given to compare with. */
  afgesprokenUren: number | null;
}

export interface WijkteamUren {
  sector: Sector;
  urenPerSchool: number;
  perWijk: WijkteamRegel[];
  /** The schools of the sector, in the order they were given, with their own agreed hours. */
  perSchool: WijkteamSchool[];
  aantalScholen: number;
  uren: number;
  afgesprokenUren: number | null;
}

export function wijkteamUren(invoer: {
  scholen: readonly SchoolBasis[];
  sector: Sector;
  urenPerSchool: number;
  wijkNamen?: ReadonlyMap<number, string>;
  /** To compare with what was agreed: afspraken of this schooljaar and functie. */
  vergelijk?: { afspraken: readonly AfspraakBasis[]; schooljaar: SchooljaarStart; functie: FunctieCode; startMaand?: number };
}): WijkteamUren {
  const { sector, urenPerSchool } = invoer;
  const perWijk = new Map<number | null, WijkteamRegel>();
  const wijkVanSchool = new Map<number, number | null>();
  const regel = (wijkId: number | null): WijkteamRegel => {
    let r = perWijk.get(wijkId);
    if (!r) {
      const wijk = wijkId === null ? ONBEKENDE_WIJK : (invoer.wijkNamen?.get(wijkId) ?? `Wijk ${wijkId}`);
      r = { wijkId, wijk, aantalScholen: 0, uren: 0, afgesprokenUren: invoer.vergelijk ? 0 : null };
      perWijk.set(wijkId, r);
    }
    return r;
  };
  for (const s of invoer.scholen) {
    if (s.sector !== sector) continue;
    wijkVanSchool.set(s.id, s.wijkId);
    regel(s.wijkId).aantalScholen++;
  }
  // Hours are summed in hundredths so 0,1 + 0,2 stays 0,3.
  const afgesproken = new Map<number | null, number>();
  const perSchool = new Map<number, number>();
  if (invoer.vergelijk) {
    const { afspraken, schooljaar, functie } = invoer.vergelijk;
    for (const a of afspraken) {
      if (a.schooljaar !== schooljaar || a.functie !== functie || !isGeteld(a.status)) continue;
      if (!wijkVanSchool.has(a.schoolId)) continue;
      const wijkId = wijkVanSchool.get(a.schoolId) ?? null;
      const maanden = aantalMaanden(a, invoer.vergelijk.startMaand ?? STANDAARD_START_MAAND);
      const h = Math.round(((a.basisurenPerWeek + a.extraUrenPerWeek) * 100 * maanden) / 12);
      afgesproken.set(wijkId, (afgesproken.get(wijkId) ?? 0) + h);
      perSchool.set(a.schoolId, (perSchool.get(a.schoolId) ?? 0) + h);
    }
  }
  const regels = [...perWijk.values()].sort((a, b) => (a.wijkId === null ? 1 : b.wijkId === null ? -1 : a.wijk.localeCompare(b.wijk, 'nl')));
  let totaalUren = 0;
  let totaalAfgesproken = 0;
  for (const r of regels) {
    r.uren = (r.aantalScholen * Math.round(urenPerSchool * 100)) / 100;
    totaalUren += Math.round(r.uren * 100);
    if (invoer.vergelijk) {
      const h = afgesproken.get(r.wijkId) ?? 0;
      r.afgesprokenUren = h / 100;
      totaalAfgesproken += h;
    }
  }
  return {
    sector,
    urenPerSchool,
    perWijk: regels,
    perSchool: [...wijkVanSchool].map(([schoolId, wijkId]) => ({
      schoolId,
      wijkId,
      afgesprokenUren: invoer.vergelijk ? (perSchool.get(schoolId) ?? 0) / 100 : null,
    })),
    aantalScholen: regels.reduce((s, r) => s + r.aantalScholen, 0),
    uren: totaalUren / 100,
    afgesprokenUren: invoer.vergelijk ? totaalAfgesproken / 100 : null,
  };
}
