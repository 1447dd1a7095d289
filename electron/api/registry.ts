// Builds the one handler map and the single path every call takes: name check → zod parse →
// handler (in a transaction for writes) → typed result or Dutch error.
import { ZodError } from 'zod';
import type { Db } from '../db/open';
import { DatabaseFout } from '../db/open';
import { BestandInGebruikFout } from '../db/slot';
import { SchrijfFout } from '../bestanden/atomisch';
import { omgevingsFout } from '../db/bestandsreden';
import { contract, isMethodName, type ApiResult, type MethodName, type Output, type ParsedInput } from './contract';
import { GebruikersFout, zodFout } from './fout';
import type { ApiFoutData } from './typen/fout';
import { weigerAlsAlleenLezen } from './alleen-lezen';
import { logMutatie } from '../db/mutatielog-repo';
import { verhoogGeneratie } from '../db/lees-cache';
import { appHandlers } from './app';
import { instellingenHandlers } from './instellingen';
import { importerenHandlers, voortgangHandlers } from './importeren';
import { backupHandlers } from './backups';
import { kostenHandlers } from './kosten';
import { demoHandlers } from './demo';
import { rapportagesHandlers } from './rapportages';
// Registratie (wijken … afspraken, mutatielog).
import { wijkenHandlers } from './wijken';
import { wijkregelsHandlers } from './wijkregels';
import { besturenHandlers } from './besturen';
import { scholenHandlers } from './scholen';
import { aanbiedersHandlers } from './aanbieders';
import { functiesHandlers } from './functies';
import { tarievenHandlers } from './tarieven';
import { regelingenHandlers } from './regelingen';
import { begrotingspostenHandlers } from './begrotingsposten';
import { kerncijfersHandlers } from './kerncijfers';
import { proeftuinenHandlers } from './proeftuinen';
import { afsprakenHandlers } from './afspraken';
import { aanvullendeInzetHandlers } from './aanvullende-inzet';
import { mutatielogHandlers } from './mutatielog';
import { werkplannenHandlers } from './werkplannen';
import { perLeerlingHandlers } from './per-leerling';
import { subsidiesHandlers } from './subsidies';
import { indicatorenHandlers } from './indicatoren';
import { monitorHandlers } from './monitor';
import { monitorImportHandlers } from './monitor-import';
import { verdelingHandlers } from './verdeling';
import { verdelingenHandlers } from './verdelingen';
import { vaststellenHandlers } from './vaststellen';

/** What a handler may ask of the world around it; Electron, the CLI and the harness each supply one. */
export interface Omgeving {
  /** Operating-system user name, for the mutatielog and the lock note. */
  readonly gebruiker: string;
  db(): Db;
  dbPad(): string;
  alleenLezen(): boolean;
  /** Why the file is read-only when the user did not ask for it (no right to write); else null. */
  alleenLezenReden?(): string | null;
  /** Ask the user for a file (a native dialog in Electron). null = cancelled. */
  kiesBestand(vraag: BestandsVraag): Promise<string | null>;
  /** Ask the user for one or more files to open (imports). null or [] = cancelled. */
  kiesBestanden(vraag: BestandsVraag): Promise<string[] | null>;
  /** Switch to another database file (opened or newly created); alleenLezen when a colleague has it open. */
  wisselDatabase(pad: string, opties: { nieuw: boolean; alleenLezen?: boolean }): Promise<void>;
  /** Long work reports progress here (0..1). */
  voortgang?(taak: string, fractie: number): void;
  /** The latest progress report, for the renderer to poll (app.voortgang); null when idle. */
  voortgangStand?(): { taak: string; fractie: number } | null;
}

export interface BestandsVraag {
  doel: 'openen' | 'nieuw' | 'opslaan';
  titel: string;
  standaardNaam?: string;
  /** Several files at once (only with doel 'openen' and kiesBestanden). */
  meerdere?: boolean;
  filters: { name: string; extensions: string[] }[];
}

export interface HandlerContext {
  db: Db;
  omgeving: Omgeving;
  /** For wijzigen-handlers: record what changed, for the mutatielog. */
  log(entiteit: string, entiteitId: string | number | null, oud: unknown, nieuw: unknown): void;
}

export type Handler<K extends MethodName> = (input: ParsedInput<K>, ctx: HandlerContext) => Output<K> | Promise<Output<K>>;
export type Handlers<K extends MethodName> = { [P in K]: Handler<P> };

/** Every area's handlers; the type makes a missing or extra method a compile error. */
export const handlers: Handlers<MethodName> = {
  ...appHandlers,
  ...instellingenHandlers,
  ...importerenHandlers,
  ...voortgangHandlers,
  ...backupHandlers,
  ...kostenHandlers,
  // invoke is a hoisted function declaration below: the demo loader calls the API through it.
  ...demoHandlers(invoke),
  ...rapportagesHandlers,
  ...wijkenHandlers,
  ...wijkregelsHandlers,
  ...besturenHandlers,
  ...scholenHandlers,
  ...aanbiedersHandlers,
  ...functiesHandlers,
  ...tarievenHandlers,
  ...regelingenHandlers,
  ...begrotingspostenHandlers,
  ...kerncijfersHandlers,
  ...proeftuinenHandlers,
  ...afsprakenHandlers,
  ...aanvullendeInzetHandlers,
  ...mutatielogHandlers,
  ...werkplannenHandlers,
  ...perLeerlingHandlers,
  ...subsidiesHandlers,
  ...monitorHandlers,
  ...monitorImportHandlers,
  ...indicatorenHandlers,
  ...verdelingHandlers,
  ...verdelingenHandlers,
  ...vaststellenHandlers,
};

export async function invoke<K extends MethodName>(method: K, input: unknown, omgeving: Omgeving): Promise<ApiResult<K>>;
export async function invoke(method: string, input: unknown, omgeving: Omgeving): Promise<ApiResult<MethodName>>;
export async function invoke(method: string, input: unknown, omgeving: Omgeving): Promise<ApiResult<MethodName>> {
  if (!isMethodName(method)) {
    return fail({ code: 'ongeldige-invoer', melding: `Onbekende opdracht: ${String(method).slice(0, 80)}`, velden: [] });
  }
  const def = contract[method];
  const parsed = def.input.safeParse(input === undefined ? {} : input);
  // Every call that may write (success or failure, even a refused input) invalidates the read
  // cache of the file it started on and of the file it ended on (an actie may switch files or
  // restore a backup).
  const schrijft = def.soort !== 'lezen';
  const dbVooraf = schrijft ? huidigeDb(omgeving) : null;
  try {
    if (!parsed.success) return fail(toFoutData(zodFout(parsed.error)));
    const handler = handlers[method] as Handler<MethodName>;
    if (def.soort === 'wijzigen') {
      weigerAlsAlleenLezen(omgeving, 'wijzigingen kunnen niet worden opgeslagen.');
      const db = omgeving.db();
      const entries: [string, string | null, unknown, unknown][] = [];
      const ctx: HandlerContext = {
        db,
        omgeving,
        log: (entiteit, id, oud, nieuw) => entries.push([entiteit, id === null ? null : String(id), oud, nieuw]),
      };
      const data = db
        .transaction(() => {
          const result = handler(parsed.data as never, ctx);
          if (result instanceof Promise) throw new Error(`Handler ${method} is async but declared as wijzigen`);
          logMutatie(db, omgeving.gebruiker, method, entries.length ? entries : [[null, null, null, parsed.data]]);
          return result;
          // IMMEDIATE: take the write lock at the start, so a busy file waits (busy_timeout) instead
          // of failing at once when a read has to become a write.
        })
        .immediate();
      return { ok: true, data } as ApiResult<MethodName>;
    }
    const ctx: HandlerContext = { db: omgeving.db(), omgeving, log: () => undefined };
    const data = await handler(parsed.data as never, ctx);
    return { ok: true, data } as ApiResult<MethodName>;
  } catch (error) {
    return fail(toFoutData(error));
  } finally {
    if (schrijft) {
      if (dbVooraf) verhoogGeneratie(dbVooraf);
      const dbNa = huidigeDb(omgeving);
      if (dbNa && dbNa !== dbVooraf) verhoogGeneratie(dbNa);
      meldWijziging();
    }
  }
}

// The one change signal for the renderer: a stamp that goes up after every non-`lezen` call
// (the same moment the read cache's generation goes up). Electron sends it to the page on the
// WIJZIGING_KANAAL; the test harness returns it with every answer. The page invalidates its
// cached reads when it changes.
let wijzigingStempel = 0;
const wijzigingLuisteraars = new Set<(stempel: number) => void>();

/** The current change stamp (0 until the first write of this process). */
export function huidigeWijzigingStempel(): number {
  return wijzigingStempel;
}

/** Calls `luisteraar` with the new stamp after every write; returns the unsubscribe. */
export function opWijziging(luisteraar: (stempel: number) => void): () => void {
  wijzigingLuisteraars.add(luisteraar);
  return () => wijzigingLuisteraars.delete(luisteraar);
}

function meldWijziging(): void {
  wijzigingStempel += 1;
  for (const l of wijzigingLuisteraars) {
    try {
      l(wijzigingStempel);
    } catch {
      // A listener's failure must not change the call's answer.
    }
  }
}

function huidigeDb(omgeving: Omgeving): Db | null {
  try {
    return omgeving.db();
  } catch {
    return null;
  }
}

function fail(fout: ApiFoutData): ApiResult<MethodName> {
  return { ok: false, fout };
}

/** Maps any thrown error to a Dutch message; internal details go to the log, not the user. */
export function toFoutData(error: unknown): ApiFoutData {
  if (error instanceof GebruikersFout) return { code: error.code, melding: error.message, velden: error.velden };
  if (error instanceof ZodError) return toFoutData(zodFout(error));
  // Someone else has the file open (lock note): the screen offers "Alleen-lezen openen".
  if (error instanceof BestandInGebruikFout) return { code: 'in-gebruik', melding: error.message, velden: [] };
  if (error instanceof DatabaseFout) return { code: 'bestand', melding: error.message, velden: [] };
  // A file the app wrote (report, template, chart, log): the old file is untouched; the message
  // names the cause. A file open in another program is a conflict the user can solve by closing it.
  if (error instanceof SchrijfFout) return { code: error.geopendElders ? 'conflict' : 'bestand', melding: error.message, velden: [] };
  const err = error as { code?: string; message?: string };
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'conflict', melding: sqliteConstraintMelding(err.code, err.message ?? ''), velden: [] };
  }
  if (err?.code === 'SQLITE_BUSY' || err?.code === 'SQLITE_LOCKED') {
    return {
      code: 'conflict',
      melding: 'Het bestand is even bezet door een ander programma of een collega. Probeer het zo opnieuw; er is niets veranderd.',
      velden: [],
    };
  }
  // A full disk, a read error, no right to write, a number too big for SQLite: no bug, so no
  // "internal error" but what happened and what to do.
  const omgeving = omgevingsFout(error);
  if (omgeving) return { code: omgeving.soort, melding: omgeving.melding, velden: [] };
  console.error(error);
  return {
    code: 'intern',
    melding: 'Er ging iets mis in Schoolinzet. Er is niets veranderd. Probeer het opnieuw of neem contact op met de beheerder.',
    velden: [],
  };
}

function sqliteConstraintMelding(code: string, message: string): string {
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'Dit verwijst naar iets dat niet (meer) bestaat, of er verwijst nog iets naar. Er is niets veranderd.';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return `Dit bestaat al (${message.replace(/^UNIQUE constraint failed: /, '')}). Er is niets veranderd.`;
  return 'Deze waarde is niet toegestaan. Er is niets veranderd.';
}
