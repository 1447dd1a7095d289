// What a CLI command is and what it gets to work with: types only, kept out of cli/main.ts so the
// commands (listed in commandos.ts, which main.ts imports) do not import main.ts back.
import type { ParseArgsConfig } from 'node:util';
import type { Omgeving } from '../api/registry';
import type { Input, MethodName, Output } from '../api/contract';
import type { CliUitvoer } from './uitvoer';

export interface CliContext {
  omgeving: Omgeving;
  uitvoer: CliUitvoer;
  /** Calls an API method; a failed call becomes a CliFout with the Dutch message. */
  api<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>>;
}

export interface Commando {
  naam: string;
  gebruik: string;
  omschrijving: string;
  opties?: ParseArgsConfig['options'];
  /** false: the command does not need an open database (e.g. help). */
  database?: boolean;
  run(args: { values: Record<string, unknown>; positionals: string[] }, ctx: CliContext): Promise<void>;
}
