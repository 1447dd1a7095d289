// Ondersteuningsvragen and the share handled within school (domain rule 12), compared with the
// norm range of seed 000 (60-70 %). Pure and in integers: a percentage is computed as whole
// tenths of a percent with an exact half-up division, so no float rounding can tip 64,45 to
// 64,4. Pure (no Node): the renderer may bundle it.
import { divRoundHalfUp } from './geld';
import { ONBEKENDE_SECTOR, ONBEKENDE_WIJK } from './kosten';

/** One row's or one group's counts. */
export interface MonitorTelling {
  vragen: number;
  binnenSchool: number;
  verwezenJeugdhulp: number;
  verwezenWijkteam: number;
}

export type NormStatus = 'onder' | 'binnen' | 'boven';

/** The norm range in percent, both ends inclusive (default 60-70 %, seed 000). */
export interface Norm {
  van: number;
  tot: number;
}

export const STANDAARD_NORM: Norm = { van: 60, tot: 70 };

export const NORM_STATUS_LABEL: Record<NormStatus, string> = {
  onder: 'onder de norm',
  binnen: 'binnen de norm',
  boven: 'boven de norm',
};

/** A group's counts with its derived share and its place against the norm (null: no vragen). */
export interface MonitorGroep extends MonitorTelling {
  percentageBinnenSchool: number | null;
  status: NormStatus | null;
}

/** The parts in the order they are checked, with the label a user sees. */
export const MONITOR_DELEN = [
  { veld: 'binnenSchool', label: 'Binnen school opgevangen' },
  { veld: 'verwezenJeugdhulp', label: 'Verwezen naar jeugdhulp' },
  { veld: 'verwezenWijkteam', label: 'Verwezen via wijkteam' },
] as const;

/**
 * The parts of a row never exceed its total (rule 12): each part on its own, and the three
 * together (a question is handled in one way). Returns the field that tips it over, with a Dutch
 * message naming it; null when the row is fine.
 */
export function delenFout(t: MonitorTelling): { veld: (typeof MONITOR_DELEN)[number]['veld']; melding: string } | null {
  let som = 0;
  for (const { veld, label } of MONITOR_DELEN) {
    const deel = t[veld];
    if (deel > t.vragen) {
      return { veld, melding: `${label} (${deel}) is meer dan het aantal ondersteuningsvragen (${t.vragen}).` };
    }
    som += deel;
    if (som > t.vragen) {
      return {
        veld,
        melding: `${label}: binnen school, jeugdhulp en wijkteam samen (${som}) is meer dan het aantal ondersteuningsvragen (${t.vragen}).`,
      };
    }
  }
  return null;
}

/** Σ binnen / Σ vragen × 100 in whole tenths of a percent, half up; null without vragen. */
export function percentageTiendes(binnenSchool: number, vragen: number): number | null {
  if (vragen <= 0) return null;
  return divRoundHalfUp(binnenSchool * 1000, vragen);
}

/** % binnen school to one decimal (64.5), half up; null without vragen. */
export function percentageBinnenSchool(t: Pick<MonitorTelling, 'binnenSchool' | 'vragen'>): number | null {
  const tiendes = percentageTiendes(t.binnenSchool, t.vragen);
  return tiendes === null ? null : tiendes / 10;
}

/**
 * The rounded share (what the user sees) against the norm, in integer hundredths of a percent:
 * 60,0 with a norm of 60-70 is binnen, 59,9 onder, 70,1 boven.
 */
export function normStatus(percentage: number | null, norm: Norm): NormStatus | null {
  if (percentage === null) return null;
  const p = Math.round(percentage * 100);
  if (p < Math.round(norm.van * 100)) return 'onder';
  if (p > Math.round(norm.tot * 100)) return 'boven';
  return 'binnen';
}

export function leegTelling(): MonitorTelling {
  return { vragen: 0, binnenSchool: 0, verwezenJeugdhulp: 0, verwezenWijkteam: 0 };
}

export function telOp(rijen: readonly MonitorTelling[]): MonitorTelling {
  const som = leegTelling();
  for (const r of rijen) {
    som.vragen += r.vragen;
    som.binnenSchool += r.binnenSchool;
    som.verwezenJeugdhulp += r.verwezenJeugdhulp;
    som.verwezenWijkteam += r.verwezenWijkteam;
  }
  return som;
}

export function groep(rijen: readonly MonitorTelling[], norm: Norm): MonitorGroep {
  const som = telOp(rijen);
  const percentage = percentageBinnenSchool(som);
  return { ...som, percentageBinnenSchool: percentage, status: normStatus(percentage, norm) };
}

/** A monitor row with what it is grouped by. */
export interface MonitorRegel extends MonitorTelling {
  schooljaar: number;
  schoolId: number;
  vestigingscode: string;
  schoolnaam: string;
  sector: string | null;
  wijk: string | null;
  aanbieder: string | null;
  functie: string | null;
}

/** Groups rows by a key, sums them and sorts the groups by key (Dutch collation). */
export function perSleutel<R extends MonitorTelling>(rijen: readonly R[], sleutel: (r: R) => string, norm: Norm): { sleutel: string; groep: MonitorGroep }[] {
  const map = new Map<string, R[]>();
  for (const r of rijen) {
    const k = sleutel(r);
    const lijst = map.get(k);
    if (lijst) lijst.push(r);
    else map.set(k, [r]);
  }
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([k, lijst]) => ({ sleutel: k, groep: groep(lijst, norm) }));
}

export const ZONDER_AANBIEDER = 'Aanbieder onbekend';

export interface MonitorSchoolGroep extends MonitorGroep {
  schoolId: number;
  vestigingscode: string;
  naam: string;
  sector: string;
  wijk: string;
}

export interface MonitorUitkomst {
  schooljaar: number;
  norm: Norm;
  /** The whole gemeente. */
  totaal: MonitorGroep;
  perSchool: MonitorSchoolGroep[];
  perWijk: ({ wijk: string } & MonitorGroep)[];
  perSector: ({ sector: string } & MonitorGroep)[];
  perAanbieder: ({ aanbieder: string } & MonitorGroep)[];
}

/** Every level of rule 12 for one schooljaar's rows. */
export function monitorUitkomst(schooljaar: number, rijen: readonly MonitorRegel[], norm: Norm): MonitorUitkomst {
  const eigen = rijen.filter((r) => r.schooljaar === schooljaar);
  const perSchool = perSleutel(eigen, (r) => String(r.schoolId), norm).map(({ groep: g, sleutel }) => {
    const r = eigen.find((x) => String(x.schoolId) === sleutel)!;
    return {
      schoolId: r.schoolId,
      vestigingscode: r.vestigingscode,
      naam: r.schoolnaam,
      sector: r.sector ?? ONBEKENDE_SECTOR,
      wijk: r.wijk ?? ONBEKENDE_WIJK,
      ...g,
    };
  });
  perSchool.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.vestigingscode.localeCompare(b.vestigingscode));
  return {
    schooljaar,
    norm,
    totaal: groep(eigen, norm),
    perSchool,
    perWijk: perSleutel(eigen, (r) => r.wijk ?? ONBEKENDE_WIJK, norm).map(({ sleutel, groep: g }) => ({ wijk: sleutel, ...g })),
    perSector: perSleutel(eigen, (r) => r.sector ?? ONBEKENDE_SECTOR, norm).map(({ sleutel, groep: g }) => ({ sector: sleutel, ...g })),
    perAanbieder: perSleutel(eigen, (r) => r.aanbieder ?? ZONDER_AANBIEDER, norm).map(({ sleutel, groep: g }) => ({ aanbieder: sleutel, ...g })),
  };
}

/** The gemeente's share per schooljaar, oldest first: the trend. */
export function monitorTrend(rijen: readonly MonitorRegel[], norm: Norm): ({ schooljaar: number } & MonitorGroep)[] {
  return perSleutel(rijen, (r) => String(r.schooljaar), norm)
    .map(({ sleutel, groep: g }) => ({ schooljaar: Number(sleutel), ...g }))
    .sort((a, b) => a.schooljaar - b.schooljaar);
}
