// The handlers of a plain restorable list (wijken, besturen, aanbieders, …), made by one factory:
//
//   export const wijkenHandlers = lijstHandlers('wijken', {
//     entiteit: 'wijk',                                  // the name in the mutatielog
//     onderwerp: (id) => `De wijk met nummer ${id}`,     // "… bestaat niet (meer)"
//     tabel: wijkenTabel,                                // db/velden.ts: lees, voegToe, wijzig, verwijder
//     lijst: lijstWijken,                                // the list's own SQL (counts, order)
//     controleer: (db, invoer, id) => { … },             // optional: uniqueness etc. (registratie-hulp Controle)
//     weigerVerwijderen: (db, oud) => { … },             // optional: inGebruik(…) while something refers to it
//   });
//
// The contract needs the six methods <prefix>.lijst, lees, maak, wijzig, verwijder and herstel,
// with lees/verwijder/herstel on one record shape (so the UI undoes a delete by passing the deleted
// record to herstel). What each does:
// - lees: the record, or a niet-gevonden error naming it;
// - maak: controleer, insert, log (null → new), return the new record;
// - wijzig: read the old one (niet-gevonden), controleer excluding itself, update, log (old → new);
// - verwijder: read, weigerVerwijderen, delete, log (old → null), return the deleted record;
// - herstel: controleer, insert with its original id when still free (else a new one), log.
// Every write runs in the registry's transaction, so a refused write changes nothing.
import type { Db } from '../db/open';
import type { Tabel } from '../db/velden';
import type { MethodName, Output, ParsedInput } from './contract';
import type { HandlerContext, Handlers } from './registry';
import { nietGevonden } from './registratie-hulp';

type Methode<P extends string, S extends string> = Extract<MethodName, `${P}.${S}`>;
type Methoden<P extends string> = Methode<P, 'lijst' | 'lees' | 'maak' | 'wijzig' | 'verwijder' | 'herstel'>;

/** The prefixes of the contract that have all six list methods. */
export type LijstPrefix = {
  [K in MethodName]: K extends `${infer P}.herstel` ? ([Methode<P, 'lijst' | 'lees' | 'maak' | 'wijzig' | 'verwijder'>] extends [never] ? never : P) : never;
}[MethodName];

type Record_<P extends string> = Output<Methode<P, 'lees'>> & { id: number };
/** What maak takes (and wijzig and herstel without the id). */
type Invoer<P extends string> = ParsedInput<Methode<P, 'maak'>>;

export interface LijstEntiteit<P extends LijstPrefix> {
  /** The entity's name in the mutatielog (wijk, bestuur). */
  entiteit: string;
  /** The subject of the niet-gevonden message: "De wijk met nummer 3". */
  onderwerp(id: number): string;
  tabel: Tabel<Record_<P>>;
  lijst(db: Db): Output<Methode<P, 'lijst'>>;
  /** Checks the input against the others (id: the record being changed); throws a Controle's errors. */
  controleer?(db: Db, invoer: Invoer<P>, id?: number): void;
  /** Throws (inGebruik) while something still refers to the record. */
  weigerVerwijderen?(db: Db, oud: Record_<P>): void;
}

export function lijstHandlers<P extends LijstPrefix>(prefix: P, def: LijstEntiteit<P>): Handlers<Methoden<P>> {
  // Inside, the record and input are plain objects; the signature ties them to the contract.
  type R = { id: number };
  type V = Omit<R, 'id'>;
  const tabel = def.tabel as unknown as Tabel<R>;
  const controleer = (db: Db, invoer: V, id?: number) => def.controleer?.(db, invoer as Invoer<P>, id);
  const lees = (db: Db, id: number): R => tabel.lees(db, id) ?? nietGevonden(def.onderwerp(id));
  const h: Record<string, (input: unknown, ctx: HandlerContext) => unknown> = {
    lijst: (_input, { db }) => def.lijst(db),
    lees: (input, { db }) => lees(db, (input as R).id),
    maak: (input, { db, log }) => {
      controleer(db, input as V);
      const nieuw = lees(db, tabel.voegToe(db, input as V));
      log(def.entiteit, nieuw.id, null, nieuw);
      return nieuw;
    },
    wijzig: (input, { db, log }) => {
      const { id, ...invoer } = input as R;
      const oud = lees(db, id);
      controleer(db, invoer, id);
      tabel.wijzig(db, id, invoer);
      const nieuw = lees(db, id);
      log(def.entiteit, id, oud, nieuw);
      return nieuw;
    },
    verwijder: (input, { db, log }) => {
      const id = (input as R).id;
      const oud = lees(db, id);
      def.weigerVerwijderen?.(db, oud as Record_<P>);
      tabel.verwijder(db, id);
      log(def.entiteit, id, oud, null);
      return oud;
    },
    herstel: (input, { db, log }) => {
      const { id, ...invoer } = input as R;
      controleer(db, invoer);
      const nieuw = lees(db, tabel.voegToe(db, invoer, id));
      log(def.entiteit, nieuw.id, null, nieuw);
      return nieuw;
    },
  };
  return Object.fromEntries(Object.entries(h).map(([m, f]) => [`${prefix}.${m}`, f])) as unknown as Handlers<Methoden<P>>;
}
