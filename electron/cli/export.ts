// `schoolinzet export SOORT …`: one command, with every kind of export in its own file. To add
// one, write `electron/cli/export-<soort>.ts` exporting an ExportSoort and add it to EXPORT_SOORTEN.
import type { ParseArgsConfig } from 'node:util';
import { CliFout } from './fout';
import type { CliContext, Commando } from './commando';
import { sjabloonExport } from './export-sjabloon';
import { monitorsjabloonExport } from './export-monitor';
import { RAPPORT_EXPORTS } from './export-rapporten';

export interface ExportSoort {
  naam: string;
  gebruik: string;
  omschrijving: string;
  opties?: ParseArgsConfig['options'];
  run(args: { values: Record<string, unknown>; positionals: string[] }, ctx: CliContext): Promise<void>;
}

export const EXPORT_SOORTEN: ExportSoort[] = [...RAPPORT_EXPORTS, sjabloonExport, monitorsjabloonExport];

function gebruik(): string {
  return EXPORT_SOORTEN.map((s) => `  schoolinzet ${s.gebruik}\n      ${s.omschrijving}`).join('\n');
}

export const exportCommando: Commando = {
  naam: 'export',
  gebruik: 'export SOORT --out BESTAND.xlsx [opties] [--json]',
  omschrijving: `Schrijft een Excel-bestand (${EXPORT_SOORTEN.map((s) => s.naam).join(', ')}).`,
  // parseArgs runs before the kind is known: the options of every kind are accepted.
  get opties() {
    return Object.assign({ out: { type: 'string' }, json: { type: 'boolean' } }, ...EXPORT_SOORTEN.map((s) => s.opties ?? {})) as ParseArgsConfig['options'];
  },
  async run(args, ctx) {
    const [soort, ...rest] = args.positionals;
    const def = EXPORT_SOORTEN.find((s) => s.naam === soort);
    if (!def) {
      throw new CliFout(`${soort ? `Onbekende export "${soort}".` : 'Kies wat u exporteert.'}\nMogelijk:\n${gebruik()}`);
    }
    const eigen = new Set(['db', 'alleen-lezen', 'help', 'out', 'json', ...Object.keys(def.opties ?? {})]);
    const vreemd = Object.keys(args.values).filter((k) => !eigen.has(k));
    if (vreemd.length > 0) throw new CliFout(`De optie --${vreemd[0]} hoort niet bij export ${def.naam}.\nGebruik: schoolinzet ${def.gebruik}`);
    await def.run({ values: args.values, positionals: rest }, ctx);
  },
};
