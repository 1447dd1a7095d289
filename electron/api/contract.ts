// The one typed API contract: method name → zod input schema → result type. The renderer (via the
// preload), the CLI and the test harness all call these methods through api/registry.ts.
import { z } from 'zod';
import type { AppInfo, BestandResultaat } from './app';
import type { ApiFoutData } from './fout';
import { instellingenInvoer } from '../domain/instellingen';
import type { Instellingen } from '../domain/types';

z.config(z.locales.nl());

/**
 * lezen: reads only. wijzigen: synchronous handler, run inside one transaction, logged in the
 * mutatielog. actie: async work that manages its own transaction (imports, files, dialogs).
 */
export type Soort = 'lezen' | 'wijzigen' | 'actie';

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  soort: Soort;
  /** Phantom: carries the result type only. */
  readonly __output?: O;
}

const method =
  <O>() =>
  <I extends z.ZodType>(soort: Soort, input: I): MethodDef<I, O> => ({ input, soort });

const leeg = z.object({}).strict();

export const contract = {
  'app.info': method<AppInfo>()('lezen', leeg),
  'bestand.nieuw': method<BestandResultaat>()('actie', leeg),
  'bestand.openen': method<BestandResultaat>()('actie', leeg),
  'instellingen.lezen': method<Instellingen>()('lezen', leeg),
  'instellingen.opslaan': method<Instellingen>()('wijzigen', instellingenInvoer),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = Contract[K] extends MethodDef<z.ZodType, infer O> ? O : never;
export type ApiResult<K extends MethodName> = { ok: true; data: Output<K> } | { ok: false; fout: ApiFoutData };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
