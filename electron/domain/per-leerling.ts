// Cost per leerling and per jeugdige (issue 13 item 10; docs/regels.md#regel-15). The counted cost
// of a period (docs/regels.md#regel-5), divided by the pupils of the DUO count (1 oktober of the
// count year), per sector and per wijk, and by the young people aged 0-19 of the kerncijfers. The
// kerncijfers' own pupil numbers are put beside the DUO totals, so a reader sees when the two
// sources disagree. Pure: no Node, no SQL. Amounts in cents, rounded half up per division.
import { divRoundHalfUp } from './geld';
import { altijd, strikt } from './validatie';
import { jaarVeld, schooljaarVeld } from './velden';
import { ONBEKENDE_WIJK, type Kostenoverzicht } from './kosten';
import type { Leerlingaantal } from './dekkingsgraad';
import type { Cents, Sector } from './types';

export interface PerLeerlingSchool {
  sector: Sector;
  wijkId: number | null;
  leerlingen: Leerlingaantal;
  /** The count year the school's figure comes from (a school without a count that year uses its nearest). */
  leerlingenJaar: number | null;
}

export interface KerncijfersJaar {
  jaar: number;
  jeugdigen019: number | null;
  leerlingenPo: number | null;
  leerlingenVo: number | null;
}

export interface PerLeerlingRegel {
  naam: string;
  kostenCents: Cents;
  gemeenteCents: Cents;
  /** Pupils of the schools with a known count (DUO "<5" and unknown counts are left out). */
  leerlingen: number;
  scholen: number;
  scholenZonderTelling: number;
  /** null when there are no pupils to divide by. */
  perLeerlingCents: Cents | null;
  gemeentePerLeerlingCents: Cents | null;
}

export interface KostenPerLeerling {
  /** The DUO count year asked for (1 oktober of that year). */
  teljaar: number;
  /** Count years the schools' figures actually come from, ascending (more than one when some schools lack a count of `teljaar`). */
  teljarenGebruikt: number[];
  totaal: PerLeerlingRegel;
  perSector: PerLeerlingRegel[];
  perWijk: PerLeerlingRegel[];
  /** Per jeugdige 0-19 from the kerncijfers of `teljaar`, else the nearest earlier year, else the first; null without kerncijfers. */
  jeugdigen: {
    kerncijfersJaar: number;
    jeugdigen019: number | null;
    perJeugdigeCents: Cents | null;
    gemeentePerJeugdigeCents: Cents | null;
  } | null;
  /** The kerncijfers' pupils beside the DUO totals (PO = PO + SBO, VO = VO + PRO). */
  vergelijking: {
    kerncijfersJaar: number | null;
    kerncijfersPo: number | null;
    kerncijfersVo: number | null;
    duoPo: number;
    duoVo: number;
  };
}

const PO_SECTOREN: readonly Sector[] = ['PO', 'SBO'];
const VO_SECTOREN: readonly Sector[] = ['VO', 'PRO'];

const per = (cents: Cents, aantal: number | null): Cents | null => (aantal && aantal > 0 ? divRoundHalfUp(cents, aantal) : null);

function regel(naam: string, kosten: { totaal: Cents; gemeente: Cents } | undefined, scholen: readonly PerLeerlingSchool[]): PerLeerlingRegel {
  let leerlingen = 0;
  let zonder = 0;
  for (const s of scholen) {
    if (typeof s.leerlingen === 'number') leerlingen += s.leerlingen;
    else zonder++;
  }
  const kostenCents = kosten?.totaal ?? 0;
  const gemeenteCents = kosten?.gemeente ?? 0;
  return {
    naam,
    kostenCents,
    gemeenteCents,
    leerlingen,
    scholen: scholen.length,
    scholenZonderTelling: zonder,
    perLeerlingCents: per(kostenCents, leerlingen),
    gemeentePerLeerlingCents: per(gemeenteCents, leerlingen),
  };
}

/** The kerncijfers of `jaar`, else the latest before it, else the earliest after it. */
export function kerncijfersVoor<K extends { jaar: number }>(lijst: readonly K[], jaar: number): K | null {
  const gesorteerd = [...lijst].sort((a, b) => a.jaar - b.jaar);
  return gesorteerd.filter((k) => k.jaar <= jaar).at(-1) ?? gesorteerd[0] ?? null;
}

function groepeer<T>(items: readonly T[], sleutel: (t: T) => string): Map<string, T[]> {
  const uit = new Map<string, T[]>();
  for (const t of items) {
    const k = sleutel(t);
    const lijst = uit.get(k);
    if (lijst) lijst.push(t);
    else uit.set(k, [t]);
  }
  return uit;
}

export function kostenPerLeerling(invoer: {
  kosten: Pick<Kostenoverzicht, 'totaal' | 'gemeente' | 'perSector' | 'perWijk'>;
  scholen: readonly PerLeerlingSchool[];
  wijkNamen: ReadonlyMap<number, string>;
  teljaar: number;
  kerncijfers: readonly KerncijfersJaar[];
}): KostenPerLeerling {
  const { kosten, scholen, teljaar } = invoer;
  const wijkNaam = (id: number | null) => (id === null ? ONBEKENDE_WIJK : (invoer.wijkNamen.get(id) ?? ONBEKENDE_WIJK));
  const perSectorScholen = groepeer(scholen, (s) => s.sector);
  const perWijkScholen = groepeer(scholen, (s) => wijkNaam(s.wijkId));
  // Every sector and wijk that has schools or cost; wijken by name, "Zonder wijk" last.
  const sectoren = [...new Set([...perSectorScholen.keys(), ...Object.keys(kosten.perSector)])].sort();
  const wijken = [...new Set([...perWijkScholen.keys(), ...Object.keys(kosten.perWijk)])].sort((a, b) =>
    a === ONBEKENDE_WIJK ? 1 : b === ONBEKENDE_WIJK ? -1 : a.localeCompare(b, 'nl'),
  );
  const kc = kerncijfersVoor(invoer.kerncijfers, teljaar);
  const som = (binnen: readonly Sector[]) =>
    scholen.reduce((n, s) => n + (binnen.includes(s.sector) && typeof s.leerlingen === 'number' ? s.leerlingen : 0), 0);
  return {
    teljaar,
    teljarenGebruikt: [...new Set(scholen.map((s) => s.leerlingenJaar).filter((j): j is number => j !== null))].sort((a, b) => a - b),
    totaal: regel('Totaal', kosten, scholen),
    perSector: sectoren.map((s) => regel(s, kosten.perSector[s], perSectorScholen.get(s) ?? [])),
    perWijk: wijken.map((w) => regel(w, kosten.perWijk[w], perWijkScholen.get(w) ?? [])),
    jeugdigen: kc
      ? {
          kerncijfersJaar: kc.jaar,
          jeugdigen019: kc.jeugdigen019,
          perJeugdigeCents: per(kosten.totaal, kc.jeugdigen019),
          gemeentePerJeugdigeCents: per(kosten.gemeente, kc.jeugdigen019),
        }
      : null,
    vergelijking: {
      kerncijfersJaar: kc?.jaar ?? null,
      kerncijfersPo: kc?.leerlingenPo ?? null,
      kerncijfersVo: kc?.leerlingenVo ?? null,
      duoPo: som(PO_SECTOREN),
      duoVo: som(VO_SECTOREN),
    },
  };
}

/** Input of kosten.perLeerling: a schooljaar (its DUO count) or a begrotingsjaar (the count of 1 oktober that year). */
export const kostenPerLeerlingInvoer = strikt({
  schooljaar: schooljaarVeld().optional(),
  begrotingsjaar: jaarVeld('Begrotingsjaar').optional(),
}).superRefine((v, ctx) => {
  if (typeof v !== 'object' || v === null) return;
  const n = Number(v.schooljaar !== undefined) + Number(v.begrotingsjaar !== undefined);
  if (n !== 1) ctx.addIssue({ code: 'custom', path: ['schooljaar'], message: 'Kies een schooljaar of een begrotingsjaar (één van beide).' });
}, altijd);
