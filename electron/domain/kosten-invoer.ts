// Input schemas (zod 4) of the computed side: kosten, dekking, dekkingsgraad, wijkteam hours and
// scenarios. Pure (no Node imports): the contract, and through it the renderer, imports them.
import { z } from 'zod';
import { aandelenRegels, aandelenVelden, altijd, functieVeld, sectorVeld, strikt } from './validatie';
import { centsVeld, jaarVeld, schooljaarVeld, urenVeld, wekenVeld } from './velden';

/** A trend covers at most this many begrotingsjaren. */
export const MAX_TREND_JAREN = 50;

export const kostenBegrotingsjaarInvoer = strikt({ begrotingsjaar: jaarVeld('Begrotingsjaar') });
export const kostenSchooljaarInvoer = strikt({ schooljaar: schooljaarVeld() });
export const kostenPerJaarInvoer = strikt({ van: jaarVeld('Van jaar'), tot: jaarVeld('Tot en met jaar') }).superRefine((v, ctx) => {
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
export const dekkingOverzichtInvoer = strikt({
  schooljaar: schooljaarVeld(),
  /** Left out or empty: the gemeente-paid functies of the schooljaar. */
  functies: z.array(functieVeld, { error: 'Functies moet een lijst van functies zijn.' }).max(30, 'Kies hoogstens 30 functies.').optional(),
});
export const otInvoer = strikt({ schooljaar: schooljaarVeld(), sector: sectorVeld.nullable().optional() });

export const wijkteamUrenInvoer = strikt({
  schooljaar: schooljaarVeld(),
  sector: sectorVeld,
  urenPerSchool: urenVeld('Uren per school'),
  /** With a functie the hours are set against the hours agreed in that schooljaar. */
  functie: functieVeld.optional(),
});

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
