// Result types of the tarieven methods (api/tarieven.ts): types only, so the contract and the
// renderer can name them without the handlers.
import type { IndexWijziging, TariefMetGeldigheid } from '../../domain/tarieven';
import type { FunctieCode, Verdeling } from '../../domain/types';

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
