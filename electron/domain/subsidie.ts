// The subsidy cycle per aanbieder per begrotingsjaar (issue 17, domain rules 11 and 13): the
// voorschot schedule, the derived status, the default vaststelling, the saldo and the drift
// between the afspraken and the verlening. Pure: the repo and handlers only feed it rows.
import { formatEuro } from './geld';
import type { Cents, IsoDatum } from './types';

export const VOORSCHOT_SCHEMAS = ['maand', 'kwartaal', 'eenmalig', 'anders'] as const;
export type VoorschotSchema = (typeof VOORSCHOT_SCHEMAS)[number];

export const SUBSIDIE_STATUSSEN = ['geen', 'aangevraagd', 'verleend', 'bevoorschot', 'verantwoord', 'vastgesteld'] as const;
export type SubsidieStatus = (typeof SUBSIDIE_STATUSSEN)[number];

export interface Termijn {
  termijn: number;
  bedragCents: Cents;
  vervaldatum: IsoDatum;
  /** The paid date, or null while unpaid. */
  betaaldOp: IsoDatum | null;
}

/** Rule 11: n equal terms of floor(V / n) cents, the remainder on the last; they add up to V. */
export function verdeelInTermijnen(verleend: Cents, n: number): Cents[] {
  if (!Number.isSafeInteger(verleend) || verleend < 0) throw new RangeError('Het verleende bedrag moet een heel, niet-negatief aantal centen zijn.');
  if (!Number.isInteger(n) || n < 1) throw new RangeError('Het aantal termijnen moet minstens 1 zijn.');
  const deel = Math.floor(verleend / n);
  const uit = Array.from({ length: n }, () => deel);
  uit[n - 1] = verleend - deel * (n - 1);
  return uit;
}

const twee = (n: number) => String(n).padStart(2, '0');

/**
 * The terms of a standard schedule in begrotingsjaar `jaar`: monthly on the 1st of each month,
 * quarterly on 1 January, April, July and October, once on 1 January.
 */
export function voorschotSchema(verleend: Cents, schema: Exclude<VoorschotSchema, 'anders'>, jaar: number): Termijn[] {
  const maanden = schema === 'maand' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : schema === 'kwartaal' ? [1, 4, 7, 10] : [1];
  const bedragen = verdeelInTermijnen(verleend, maanden.length);
  return maanden.map((m, i) => ({ termijn: i + 1, bedragCents: bedragen[i], vervaldatum: `${jaar}-${twee(m)}-01`, betaaldOp: null }));
}

/** What the status is derived from. */
export interface SubsidieStappen {
  aanvraagDatum: IsoDatum | null;
  verleningDatum: IsoDatum | null;
  verantwoordingDatum: IsoDatum | null;
  vaststellingDatum: IsoDatum | null;
  voorschotten: readonly Pick<Termijn, 'betaaldOp'>[];
}

/** The furthest step taken; 'geen' when nothing is recorded yet. */
export function subsidieStatus(s: SubsidieStappen | null): SubsidieStatus {
  if (!s) return 'geen';
  if (s.vaststellingDatum) return 'vastgesteld';
  if (s.verantwoordingDatum) return 'verantwoord';
  if (s.verleningDatum && s.voorschotten.some((t) => t.betaaldOp !== null)) return 'bevoorschot';
  if (s.verleningDatum) return 'verleend';
  if (s.aanvraagDatum) return 'aangevraagd';
  return 'geen';
}

export function betaaldTotaal(voorschotten: readonly Pick<Termijn, 'bedragCents' | 'betaaldOp'>[]): Cents {
  return voorschotten.reduce((som, t) => som + (t.betaaldOp !== null ? t.bedragCents : 0), 0);
}

/** The vaststelling offered by default: min(verleend, realised cost). */
export function standaardVaststelling(verleend: Cents, realisatie: Cents): Cents {
  return Math.min(verleend, realisatie);
}

/** Saldo = vastgesteld − paid voorschotten: positive a nabetaling, negative a terugvordering. */
export function saldo(vastgesteld: Cents, betaald: Cents): Cents {
  return vastgesteld - betaald;
}

export function saldoTekst(s: Cents): string {
  if (s > 0) return `nabetaling ${formatEuro(s, { cents: true })}`;
  if (s < 0) return `terugvordering ${formatEuro(-s, { cents: true })}`;
  return 'niets na te betalen of terug te vorderen';
}

/**
 * Drift: the gemeente's share of the afspraken now against the verleend bedrag (a snapshot).
 * null when they agree.
 */
export function driftTekst(afspraken: Cents, verleend: Cents): string | null {
  const verschil = afspraken - verleend;
  if (verschil === 0) return null;
  const kop = `afspraken ${formatEuro(afspraken)}, verleend ${formatEuro(verleend)}`;
  return verschil > 0 ? `${kop}: ${formatEuro(verschil)} niet beschikt` : `${kop}: ${formatEuro(-verschil)} meer beschikt dan de afspraken kosten`;
}

/** The verantwoording's default due date: the setting's day and month (mm-dd) in the next year. */
export function standaardVerantwoordingDatum(jaar: number, maandDag = '04-01'): IsoDatum {
  return `${jaar + 1}-${maandDag}`;
}

export const STATUS_LABEL: Record<SubsidieStatus, string> = {
  geen: 'nog niets vastgelegd',
  aangevraagd: 'aangevraagd',
  verleend: 'verleend',
  bevoorschot: 'bevoorschot',
  verantwoord: 'verantwoord',
  vastgesteld: 'vastgesteld',
};

export interface PlafondPost {
  id: number;
  naam: string;
  /** The post's amount in the year; null when it has none. */
  bedragCents: Cents | null;
}

export interface PlafondOverschrijding {
  posten: string[];
  plafondCents: Cents;
  verleendCents: Cents;
}

/**
 * Plafond (rule 13): the verleend bedragen in a year against the begrotingsposten they are charged
 * to. A subsidie charged to several posts draws on their combined amount, so posts linked through
 * one subsidie are checked together (connected groups); each subsidie counts once per group.
 */
export function plafondOverschrijdingen(
  subsidies: readonly { verleendCents: Cents; postIds: readonly number[] }[],
  posten: ReadonlyMap<number, PlafondPost>,
): PlafondOverschrijding[] {
  const ouder = new Map<number, number>();
  const wortel = (p: number): number => {
    let r = p;
    while ((ouder.get(r) ?? r) !== r) r = ouder.get(r) as number;
    ouder.set(p, r);
    return r;
  };
  for (const s of subsidies) for (const p of s.postIds) if (!ouder.has(p)) ouder.set(p, p);
  for (const s of subsidies) for (let i = 1; i < s.postIds.length; i++) ouder.set(wortel(s.postIds[i]), wortel(s.postIds[0]));
  const groepen = new Map<number, { posten: Set<number>; verleend: Cents }>();
  for (const p of ouder.keys()) {
    const g = groepen.get(wortel(p)) ?? { posten: new Set<number>(), verleend: 0 };
    g.posten.add(p);
    groepen.set(wortel(p), g);
  }
  for (const s of subsidies) if (s.postIds.length) (groepen.get(wortel(s.postIds[0])) as { verleend: Cents }).verleend += s.verleendCents;
  const uit: PlafondOverschrijding[] = [];
  for (const g of groepen.values()) {
    const ps = [...g.posten].sort((a, b) => a - b).map((id) => posten.get(id) ?? { id, naam: `Begrotingspost ${id}`, bedragCents: null });
    const plafond = ps.reduce((som, p) => som + (p.bedragCents ?? 0), 0);
    if (g.verleend > plafond) uit.push({ posten: ps.map((p) => p.naam), plafondCents: plafond, verleendCents: g.verleend });
  }
  return uit;
}

export function plafondTekst(o: PlafondOverschrijding, jaar: number): string {
  const wat =
    o.posten.length === 1 ? `begrotingspost ${o.posten[0]}` : `de begrotingsposten ${o.posten.slice(0, -1).join(', ')} en ${o.posten[o.posten.length - 1]}`;
  return `Let op: op ${wat} is in ${jaar} ${formatEuro(o.verleendCents)} verleend, meer dan het plafond van ${formatEuro(o.plafondCents)} (${formatEuro(o.verleendCents - o.plafondCents)} te veel).`;
}
