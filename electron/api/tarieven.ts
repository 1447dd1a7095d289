// Handlers of the tarieven per schooljaar (rule 9): list, set one, and index from a schooljaar with
// a preview of what it does to the begrotingsjaren it touches. Setting or indexing only adds or
// changes rows from the chosen schooljaar on, so no earlier schooljaar changes.
import { lijstFuncties } from '../db/functies-repo';
import { leesInstellingen } from '../db/instellingen-repo';
import { laadAfsprakenZonderTarief } from '../db/kosten-repo';
import type { Db } from '../db/open';
import { lijstTarieven, schooljaarBereik, schrijfTarief } from '../db/tarieven-repo';
import { totalenPerBegrotingsjaar, verschil } from '../domain/kosten';
import type { Verdeling } from '../domain/types';
import { indexeerPlan, metGeldigheid, metTarieven, tariefInSchooljaar, type IndexWijziging, type Tarief, type TariefMetGeldigheid } from '../domain/tarieven';
import type { FunctieCode } from '../domain/types';
import type { ParsedInput } from './contract';
import type { Handlers } from './registry';

export interface FunctieTarieven {
  code: FunctieCode;
  naam: string;
  /** Applies to schooljaren before the functie's first row (or to all when it has none). */
  standaardUurtariefCents: number;
  tarieven: TariefMetGeldigheid[];
}

export interface TarievenOverzicht {
  functies: FunctieTarieven[];
  /** The weeks setting: for schooljaren before a functie's first row. */
  wekenPerSchooljaar: number;
}

export interface IndexJaar {
  jaar: number;
  voor: Verdeling;
  na: Verdeling;
  verschil: Verdeling;
}

export interface IndexVoorbeeld {
  wijzigingen: IndexWijziging[];
  /** The counted costs (rule 5) of each begrotingsjaar the indexation touches, before and after. */
  jaren: IndexJaar[];
}

function overzicht(db: Db): TarievenOverzicht {
  const rijen = metGeldigheid(lijstTarieven(db));
  return {
    functies: lijstFuncties(db).map((f) => ({
      code: f.code,
      naam: f.naam,
      standaardUurtariefCents: f.standaardUurtariefCents,
      tarieven: rijen.filter((t) => t.functie === f.code),
    })),
    wekenPerSchooljaar: leesInstellingen(db).wekenPerSchooljaar,
  };
}

function voorbeeld(db: Db, input: ParsedInput<'tarieven.indexeer'>): IndexVoorbeeld & { nieuweTarieven: Tarief[] } {
  const ctx = leesInstellingen(db);
  const functies = input.functies.length > 0 ? [...new Set(input.functies)] : lijstFuncties(db).map((f) => f.code);
  const huidig = lijstTarieven(db);
  const plan = indexeerPlan(huidig, functies, input.vanafSchooljaar, input.procent, ctx);
  const bereik = schooljaarBereik(db);
  const jaren: IndexJaar[] = [];
  if (bereik && bereik.tot >= input.vanafSchooljaar) {
    const van = input.vanafSchooljaar;
    const tot = ctx.schooljaarStartMaand === 1 ? bereik.tot : bereik.tot + 1;
    const afspraken = laadAfsprakenZonderTarief(db, van - 1, bereik.tot);
    const voor = totalenPerBegrotingsjaar(metTarieven(afspraken, huidig), van, tot, ctx);
    const na = totalenPerBegrotingsjaar(metTarieven(afspraken, plan.tarieven), van, tot, ctx);
    voor.forEach((v, i) => jaren.push({ jaar: v.jaar, voor: v.geteld, na: na[i].geteld, verschil: verschil(na[i].geteld, v.geteld) }));
  }
  return { wijzigingen: plan.wijzigingen, jaren, nieuweTarieven: plan.tarieven };
}

export type TarievenMethode = 'tarieven.lijst' | 'tarieven.zet' | 'tarieven.indexeerVoorbeeld' | 'tarieven.indexeer';

export const tarievenHandlers: Handlers<TarievenMethode> = {
  'tarieven.lijst': (_input, { db }) => overzicht(db),

  'tarieven.zet': (input, { db, log }) => {
    const huidig = lijstTarieven(db);
    const oud = huidig.find((t) => t.functie === input.functie && t.vanafSchooljaar === input.vanafSchooljaar) ?? null;
    // Without weeks: those valid in that schooljaar until now, else the setting.
    const weken = input.wekenPerJaar ?? tariefInSchooljaar(huidig, input.functie, input.vanafSchooljaar)?.wekenPerJaar ?? leesInstellingen(db).wekenPerSchooljaar;
    const nieuw: Tarief = { functie: input.functie, vanafSchooljaar: input.vanafSchooljaar, uurtariefCents: input.uurtariefCents, wekenPerJaar: weken };
    schrijfTarief(db, nieuw);
    log('tarief', `${input.functie}/${input.vanafSchooljaar}`, oud, nieuw);
    return overzicht(db);
  },

  'tarieven.indexeerVoorbeeld': (input, { db }) => {
    const { wijzigingen, jaren } = voorbeeld(db, input);
    return { wijzigingen, jaren };
  },

  'tarieven.indexeer': (input, { db, log }) => {
    const { wijzigingen, jaren, nieuweTarieven } = voorbeeld(db, input);
    const oud = lijstTarieven(db);
    for (const t of nieuweTarieven) {
      const was = oud.find((o) => o.functie === t.functie && o.vanafSchooljaar === t.vanafSchooljaar);
      if (was && was.uurtariefCents === t.uurtariefCents && was.wekenPerJaar === t.wekenPerJaar) continue;
      schrijfTarief(db, t);
    }
    log('tarieven', `indexatie/${input.vanafSchooljaar}`, { procent: input.procent, functies: input.functies }, wijzigingen);
    return { wijzigingen, jaren };
  },
};
