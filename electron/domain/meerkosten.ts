// Meerkosten of a begrotingsjaar against a reference year (default: the year before), per
// financier, for the inzet of gemeentefuncties and the eigen inzet onderwijs apart (issue 15).
//
// How a difference is written out: every month of the year is set against the same month of the
// reference year. A month's yearly rate is the sum of the split yearly cost (rules 1-2) of the
// counted afspraken that run in it. Consecutive months with the same difference in yearly rate
// form one line, written the way seed 001 does: `sep-dec 2017: 4/12 × € 343.000 = € 114.333`.
// A line for part of the year is incidenteel; a line for the whole year whose difference is still
// there in December is structureel. When the December difference is not already a whole-year
// line, it is given as the structurele doorwerking from the next year on (that yearly difference).
// The exact meerkosten are the engine's amounts (rule 3, rounded per afspraak); what the written
// lines miss by that rounding is its own line, so the lines add up to the meerkosten to the cent.
//
// A functie without any cost in the reference year whose first counted afspraak is in or after
// it is named as nieuw geregistreerd and kept out of the meerkosten: registering the schools' own
// IB/ZC/orthopedagoog from 2017-2018 on is no cost increase.
import { formatEuro } from './geld';
import { bedragInBegrotingsjaar, isGeteld, jaarkosten, legeVerdeling, telOp, verdeel, verschil, type KostenContext } from './kosten';
import { afspraakMaandBereik, bedragVoorMaanden, jaarMaandVanIndex, maandBereikTekst, maandIndex } from './schooljaar';
import { inzetsoort, type Betaler, type Inzetsoort } from './eigen-inzet';
import { opFunctieVolgorde, type AfspraakBasis, type Cents, type FunctieCode, type SchooljaarStart, type Verdeling } from './types';

export type Financier = 'gemeente' | 'onderwijs' | 'overig';
export const FINANCIERS: readonly Financier[] = ['gemeente', 'onderwijs', 'overig'];

export interface MeerkostenRegel {
  financier: Financier;
  /** `sep-dec 2017: 4/12 × € 343.000 = € 114.333`, `Afronding per afspraak` or the doorwerking. */
  tekst: string;
  /** Months in the year (0 for the rounding line and the doorwerking). */
  maanden: number;
  /** Difference in yearly rate against the same months of the reference year. */
  jaarverschilCents: Cents;
  /** The amount in the begrotingsjaar; null for the doorwerking (not in this year's meerkosten). */
  bedragCents: Cents | null;
  soort: 'incidenteel' | 'structureel' | 'afronding';
}

export interface NieuweFunctie {
  functie: FunctieCode;
  eersteSchooljaar: SchooljaarStart;
  kosten: Verdeling;
}

export interface MeerkostenSectie {
  inzet: Inzetsoort;
  /** The functies in this section with cost in either year (nieuw geregistreerd ones included). */
  functies: FunctieCode[];
  /** Cost in the year and the reference year, without the nieuw geregistreerde functies. */
  kosten: Verdeling;
  referentie: Verdeling;
  /** kosten − referentie. */
  meerkosten: Verdeling;
  /** The written-out lines; per financier the amounts add up to meerkosten exactly. */
  regels: MeerkostenRegel[];
  /** The structurele doorwerking from the next year on (bedragCents null): one per financier at most. */
  doorwerking: MeerkostenRegel[];
  nieuw: NieuweFunctie[];
}

export interface Meerkosten {
  jaar: number;
  referentiejaar: number;
  secties: Record<Inzetsoort, MeerkostenSectie>;
}

export function meerkosten(invoer: {
  afspraken: readonly AfspraakBasis[];
  jaar: number;
  referentiejaar: number;
  ctx: KostenContext;
  betalers: ReadonlyMap<FunctieCode, Betaler>;
  /** First schooljaar with a counted afspraak, per functie (all years of the file). */
  eersteSchooljaar: ReadonlyMap<FunctieCode, SchooljaarStart>;
}): Meerkosten {
  const { jaar, referentiejaar: ref, ctx } = invoer;
  const geteld = invoer.afspraken.filter((a) => isGeteld(a.status));
  // Cost per functie in both years, to find the nieuw geregistreerde.
  const perFunctie = new Map<FunctieCode, { nu: Verdeling; toen: Verdeling }>();
  for (const a of geteld) {
    let f = perFunctie.get(a.functie);
    if (!f) perFunctie.set(a.functie, (f = { nu: legeVerdeling(), toen: legeVerdeling() }));
    telOp(f.nu, bedragInBegrotingsjaar(a, jaar, ctx));
    telOp(f.toen, bedragInBegrotingsjaar(a, ref, ctx));
  }
  const nieuw = new Set<FunctieCode>();
  for (const [functie, f] of perFunctie) {
    const eerste = invoer.eersteSchooljaar.get(functie);
    if (f.toen.totaal === 0 && f.nu.totaal !== 0 && eerste !== undefined && eerste >= ref) nieuw.add(functie);
  }
  const sectie = (inzet: Inzetsoort): MeerkostenSectie => {
    const hier = geteld.filter((a) => inzetsoort(a.functie, invoer.betalers) === inzet);
    const functies = [...new Set(hier.map((a) => a.functie))]
      .filter((f) => {
        const k = perFunctie.get(f)!;
        return k.nu.totaal !== 0 || k.toen.totaal !== 0;
      })
      .sort(opFunctieVolgorde);
    const mee = hier.filter((a) => !nieuw.has(a.functie));
    const kosten = legeVerdeling();
    const referentie = legeVerdeling();
    for (const a of mee) {
      telOp(kosten, bedragInBegrotingsjaar(a, jaar, ctx));
      telOp(referentie, bedragInBegrotingsjaar(a, ref, ctx));
    }
    const verschillen = verschil(kosten, referentie);
    const { regels, doorwerking } = schrijfUit(mee, jaar, ref, ctx, verschillen);
    return {
      inzet,
      functies,
      kosten,
      referentie,
      meerkosten: verschillen,
      regels,
      doorwerking,
      nieuw: [...nieuw]
        .filter((f) => inzetsoort(f, invoer.betalers) === inzet)
        .sort(opFunctieVolgorde)
        .map((functie) => ({ functie, eersteSchooljaar: invoer.eersteSchooljaar.get(functie)!, kosten: perFunctie.get(functie)!.nu })),
    };
  };
  return { jaar, referentiejaar: ref, secties: { gemeente: sectie('gemeente'), onderwijs: sectie('onderwijs') } };
}

/** Yearly rate per month (12 entries) of a calendar year, per financier. */
function tarieven(afspraken: readonly AfspraakBasis[], jaar: number, ctx: KostenContext): Record<Financier, number[]> {
  const uit: Record<Financier, number[]> = { gemeente: Array(12).fill(0), onderwijs: Array(12).fill(0), overig: Array(12).fill(0) };
  const eerste = maandIndex(jaar, 1);
  for (const a of afspraken) {
    const [van, tot] = afspraakMaandBereik(a, ctx.schooljaarStartMaand);
    const v = verdeel(jaarkosten(a, ctx), a);
    for (let m = Math.max(van, eerste); m <= Math.min(tot, eerste + 11); m++) {
      for (const f of FINANCIERS) uit[f][m - eerste] += v[f];
    }
  }
  return uit;
}

function schrijfUit(
  afspraken: readonly AfspraakBasis[],
  jaar: number,
  ref: number,
  ctx: KostenContext,
  exact: Verdeling,
): { regels: MeerkostenRegel[]; doorwerking: MeerkostenRegel[] } {
  const nu = tarieven(afspraken, jaar, ctx);
  const toen = tarieven(afspraken, ref, ctx);
  const regels: MeerkostenRegel[] = [];
  const doorwerking: MeerkostenRegel[] = [];
  for (const f of FINANCIERS) {
    const d = nu[f].map((x, i) => x - toen[f][i]);
    let som = 0;
    let heelJaarStructureel = false;
    for (let i = 0; i < 12;) {
      let j = i;
      while (j + 1 < 12 && d[j + 1] === d[i]) j++;
      if (d[i] !== 0) {
        const maanden = j - i + 1;
        const bedrag = Math.sign(d[i]) * bedragVoorMaanden(Math.abs(d[i]), maanden);
        const bereik = maandBereikTekst(Array.from({ length: maanden }, (_, k) => jaarMaandVanIndex(maandIndex(jaar, i + 1 + k))));
        const structureel = maanden === 12;
        heelJaarStructureel ||= structureel;
        regels.push({
          financier: f,
          tekst: `${bereik}: ${maanden}/12 × ${formatEuro(d[i])} = ${formatEuro(bedrag)}`,
          maanden,
          jaarverschilCents: d[i],
          bedragCents: bedrag,
          soort: structureel ? 'structureel' : 'incidenteel',
        });
        som += bedrag;
      }
      i = j + 1;
    }
    if (exact[f] !== som) {
      regels.push({
        financier: f,
        tekst: 'Afronding: bedragen per afspraak op centen',
        maanden: 0,
        jaarverschilCents: 0,
        bedragCents: exact[f] - som,
        soort: 'afronding',
      });
    }
    if (d[11] !== 0 && !heelJaarStructureel) {
      doorwerking.push({
        financier: f,
        tekst: `vanaf ${jaar + 1}: ${formatEuro(d[11])} per jaar`,
        maanden: 12,
        jaarverschilCents: d[11],
        bedragCents: null,
        soort: 'structureel',
      });
    }
  }
  return { regels, doorwerking };
}
