// Handlers of the tarieven per schooljaar (rule 9): list, set one, and index from a schooljaar with
// a preview of what it does to the begrotingsjaren it touches. Setting or indexing only adds or
// changes rows from the chosen schooljaar on, so no earlier schooljaar changes.
import { lijstFuncties } from '../db/functies-repo';
import { leesInstellingen } from '../db/instellingen-repo';
import { laadAfsprakenZonderTarief } from '../db/kosten-repo';
import { controleerFuncties } from './functie-controle';
import type { Db } from '../db/open';
import { lijstTarieven, schooljaarBereik, schrijfTarief, standaardTariefGebruik, wekenInstellingGebruik } from '../db/tarieven-repo';
import { schooljaarLabel } from '../domain/schooljaar';
import { GebruikersFout } from './fout';
import { totalenPerBegrotingsjaar, verschil } from '../domain/kosten';
import { indexeerPlan, metGeldigheid, metTarieven, tariefInSchooljaar, type Tarief } from '../domain/tarieven';
import type { IndexJaar, IndexVoorbeeld, TarievenOverzicht } from './typen/tarieven';
import type { ParsedInput } from './contract';
import type { Handlers } from './registry';

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
  controleerFuncties(db, input.functies, 'functies');
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
    controleerFuncties(db, [input.functie]);
    const huidig = lijstTarieven(db);
    const oud = huidig.find((t) => t.functie === input.functie && t.vanafSchooljaar === input.vanafSchooljaar) ?? null;
    // Without weeks: those valid in that schooljaar until now, else the setting.
    const weken =
      input.wekenPerJaar ?? tariefInSchooljaar(huidig, input.functie, input.vanafSchooljaar)?.wekenPerJaar ?? leesInstellingen(db).wekenPerSchooljaar;
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

const periode = (g: { van: number; tot: number }) =>
  g.van === g.tot ? `schooljaar ${schooljaarLabel(g.van)}` : `${schooljaarLabel(g.van)} tot en met ${schooljaarLabel(g.tot)}`;

/**
 * Rule 9: a change never alters an earlier schooljaar. A standaard uurtarief (or the weeks setting)
 * that afspraken still take cannot change: it would rewrite their years, figures the council may
 * already have. The user sets a tarief from a schooljaar instead. `velden` are the field names of
 * the calling form.
 */
export function weigerWijzigingVanGebruiktBasis(
  db: Db,
  oud: { standaardTarieven: Partial<Record<string, number>>; wekenPerSchooljaar?: number },
  nieuw: { standaardTarieven: Partial<Record<string, number>>; wekenPerSchooljaar?: number },
  veld: (functie: string | null) => string,
): void {
  const meldingen: { veld: string; melding: string }[] = [];
  for (const g of standaardTariefGebruik(db)) {
    const voor = oud.standaardTarieven[g.functie!] ?? 0;
    const na = nieuw.standaardTarieven[g.functie!];
    if (na === undefined || na === voor) continue;
    meldingen.push({
      veld: veld(g.functie),
      melding:
        `Het standaard uurtarief van ${g.functie} geldt voor ${g.aantal.toLocaleString('nl-NL')} ${g.aantal === 1 ? 'afspraak' : 'afspraken'} in ${periode(g)}; ` +
        'wijzigen zou die bedragen achteraf veranderen. Zet het nieuwe tarief bij Tarieven per schooljaar, vanaf het schooljaar waarin het ingaat.',
    });
  }
  if (nieuw.wekenPerSchooljaar !== undefined && nieuw.wekenPerSchooljaar !== oud.wekenPerSchooljaar) {
    const g = wekenInstellingGebruik(db);
    if (g) {
      meldingen.push({
        veld: veld(null),
        melding:
          `De weken per schooljaar gelden voor ${g.aantal.toLocaleString('nl-NL')} ${g.aantal === 1 ? 'afspraak' : 'afspraken'} in ${periode(g)}; ` +
          'wijzigen zou die bedragen achteraf veranderen. Zet andere weken bij Tarieven per schooljaar, vanaf het schooljaar waarin ze ingaan.',
      });
    }
  }
  if (meldingen.length > 0) throw new GebruikersFout(meldingen.map((m) => m.melding).join(' '), 'ongeldige-invoer', meldingen);
}
