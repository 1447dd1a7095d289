// Input schemas (zod 4) of the computed side: kosten, dekking, dekkingsgraad, wijkteam hours and
// scenarios. Pure (no Node imports): the contract, and through it the renderer, imports them.
import { z } from 'zod';
import { hundredths } from './geld';
import { centsVeld, functieVeld, percentageVeld, schooljaarVeld, sectorVeld, urenVeld, wekenVeld } from './validatie';

function onbekendVeld(issue: { code?: string; keys?: string[] }) {
  return issue.code === 'unrecognized_keys' && issue.keys
    ? `Onbekend veld: ${issue.keys.join(', ')}.`
    : 'De invoer moet een formulier met velden zijn.';
}

const strikt = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: onbekendVeld });
const altijd = { when: () => true };

/** A calendar year for a budget. */
export function begrotingsjaarVeld(label = 'Begrotingsjaar') {
  return z
    .number({ error: (i) => (i.input === undefined || i.input === null ? `${label} is verplicht.` : `${label} moet een jaartal zijn.`) })
    .refine((v) => Number.isInteger(v) && v >= 1990 && v <= 2100, `${label} moet een jaartal tussen 1990 en 2100 zijn, zoals 2017.`);
}

/** A trend covers at most this many begrotingsjaren. */
export const MAX_TREND_JAREN = 50;

export const kostenBegrotingsjaarInvoer = strikt({ begrotingsjaar: begrotingsjaarVeld() });
export const kostenSchooljaarInvoer = strikt({ schooljaar: schooljaarVeld() });
export const kostenPerJaarInvoer = strikt({ van: begrotingsjaarVeld('Van jaar'), tot: begrotingsjaarVeld('Tot en met jaar') }).superRefine((v, ctx) => {
  if (typeof v?.van !== 'number' || typeof v?.tot !== 'number') return;
  if (v.tot < v.van) ctx.addIssue({ code: 'custom', path: ['tot'], message: 'Tot en met jaar mag niet voor Van jaar liggen.' });
  else if (v.tot - v.van + 1 > MAX_TREND_JAREN) {
    ctx.addIssue({ code: 'custom', path: ['tot'], message: `Een overzicht beslaat hoogstens ${MAX_TREND_JAREN} jaar.` });
  }
}, altijd);

export const dekkingsgraadInvoer = strikt({
  schooljaar: schooljaarVeld(),
  functie: functieVeld,
  sector: sectorVeld.nullable().optional(),
});
export const otInvoer = strikt({ schooljaar: schooljaarVeld(), sector: sectorVeld.nullable().optional() });

export const wijkteamUrenInvoer = strikt({
  schooljaar: schooljaarVeld(),
  sector: sectorVeld,
  urenPerSchool: urenVeld('Uren per school'),
  /** With a functie the hours are set against the hours agreed in that schooljaar. */
  functie: functieVeld.optional(),
});

const aandelenVelden = {
  aandeelGemeente: percentageVeld('Aandeel gemeente'),
  aandeelOnderwijs: percentageVeld('Aandeel onderwijs'),
  aandeelOverig: percentageVeld('Aandeel overig').default(0),
  overigeFinancier: z
    .string({ error: 'Overige financier moet een tekst zijn.' })
    .trim()
    .max(200, 'Overige financier mag hoogstens 200 tekens hebben.')
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
};

function aandelenRegels(invoer: unknown, ctx: z.RefinementCtx): void {
  if (typeof invoer !== 'object' || invoer === null) return;
  const a = invoer as Record<string, unknown>;
  const getal = (v: unknown, standaard: number) => (v === undefined ? standaard : typeof v === 'number' && Number.isFinite(v) ? v : null);
  const g = getal(a.aandeelGemeente, NaN);
  const o = getal(a.aandeelOnderwijs, NaN);
  const ov = getal(a.aandeelOverig, 0);
  if (g === null || o === null || ov === null || Number.isNaN(g) || Number.isNaN(o)) return;
  const som = hundredths(g) + hundredths(o) + hundredths(ov);
  if (som !== 10_000) {
    ctx.addIssue({
      code: 'custom',
      path: ['aandeelGemeente'],
      message: `Aandeel gemeente, onderwijs en overig moeten samen precies 100% zijn (nu ${String(som / 100).replace('.', ',')}%).`,
    });
  }
  if (ov > 0 && !(typeof a.overigeFinancier === 'string' && a.overigeFinancier.trim())) {
    ctx.addIssue({ code: 'custom', path: ['overigeFinancier'], message: 'Overige financier is verplicht als Aandeel overig groter is dan 0.' });
  }
}

export const scenarioBasisinzetInvoer = strikt({
  schooljaar: schooljaarVeld(),
  sector: sectorVeld,
  functie: functieVeld,
  urenPerWeek: urenVeld('Uren per week'),
  ...aandelenVelden,
  uurtariefCents: centsVeld('Uurtarief').nullable().optional(),
  wekenPerJaar: wekenVeld('Weken per jaar').nullable().optional(),
}).superRefine(aandelenRegels, altijd);

export const scenarioAandelenInvoer = strikt({
  schooljaar: schooljaarVeld(),
  functies: z.array(functieVeld, { error: 'Functies moet een lijst van functies zijn.' }).max(20, 'Kies hoogstens 20 functies.').optional(),
  sectoren: z.array(sectorVeld, { error: 'Sectoren moet een lijst van sectoren zijn.' }).max(20, 'Kies hoogstens 20 sectoren.').optional(),
  ...aandelenVelden,
}).superRefine(aandelenRegels, altijd);
