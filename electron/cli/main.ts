// `schoolinzet`: the command line over the same API handlers as the app.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { DatabaseFout } from '../db/open';
import { SchrijfFout } from '../bestanden/atomisch';
import { omgevingsFout } from '../db/bestandsreden';
import { DatabaseSessie } from '../db/sessie';
import { invoke } from '../api/registry';
import { maakOmgeving } from '../omgeving';
import { teOpenenDatabase } from '../paden';
import { consoleUitvoer, type CliUitvoer } from './uitvoer';
import { COMMANDOS } from './commandos';
import { CliFout } from './fout';
import type { CliContext, Commando } from './commando';

/**
 * Commands that only read (and tarieven and subsidie, which change an existing registry): they
 * refuse a --db file that does not exist instead of creating it (a typo is no new database).
 */
const LEES_COMMANDOS = new Set([
  'kosten',
  'dekking',
  'dekkingsgraad',
  'info',
  'export',
  'tarieven',
  'subsidie',
  'scholen',
  'monitor',
  'werkplannen',
  'mutatielog',
  'verdeel',
]);

const ALGEMEEN = { db: { type: 'string' }, 'alleen-lezen': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function main(argv: string[], uitvoer: CliUitvoer = consoleUitvoer): Promise<number> {
  const naam = argv.find((a) => !a.startsWith('-'));
  const commando = COMMANDOS.find((c) => naam !== undefined && c.naam === naam.split(' ')[0]);
  if (!naam || argv.includes('--help') || argv.includes('-h') || !commando) {
    if (naam && !commando) {
      uitvoer.err(`Onbekende opdracht "${naam}".`);
      uitvoer.err(hulp());
      return 1;
    }
    uitvoer.out(hulp(commando));
    return 0;
  }
  let sessie: DatabaseSessie | null = null;
  try {
    const rest = argv.slice(argv.indexOf(naam) + 1);
    let args: { values: Record<string, unknown>; positionals: string[] };
    try {
      args = parseArgs({ args: rest, options: { ...ALGEMEEN, ...(commando.opties ?? {}) }, allowPositionals: true, strict: true }) as typeof args;
    } catch (error) {
      throw new CliFout(`${vertaalArgFout((error as Error).message)}\nGebruik: schoolinzet ${commando.gebruik}`);
    }
    const pad = typeof args.values.db === 'string' ? args.values.db : teOpenenDatabase();
    // Read commands never create a file: `--db typo.db` is a typing error, not a new database.
    // `info --nieuw` is the explicit way to create an empty one.
    if (LEES_COMMANDOS.has(commando.naam) && pad !== ':memory:' && !fs.existsSync(pad) && args.values.nieuw !== true) {
      throw new CliFout(
        `Het bestand ${pad} bestaat niet. Controleer de naam van het bestand` +
          (commando.naam === 'info' ? ', of maak een nieuwe database met: schoolinzet info --nieuw --db BESTAND.' : '.'),
      );
    }
    // --alleen-lezen: when a colleague (or the app) has the file open, read it without the lock note.
    sessie = await DatabaseSessie.open(pad, { alleenLezen: args.values['alleen-lezen'] === true });
    const omgeving = maakOmgeving(sessie, { voortgang: (taak, f) => process.stderr.isTTY && process.stderr.write(`\r${taak}: ${Math.round(f * 100)}%   `) });
    const ctx: CliContext = {
      omgeving,
      uitvoer,
      async api(method, input) {
        const result = await invoke(method, input, omgeving);
        if (!result.ok) {
          // One problem that the message already spells out is not repeated below it.
          const enkel = result.fout.velden.length === 1 && result.fout.melding.includes(result.fout.velden[0].melding);
          const details = enkel ? [] : result.fout.velden.map((v) => `  ${v.rij !== undefined ? `rij ${v.rij}, ` : ''}${v.veld}: ${v.melding}`);
          const fout = new CliFout([result.fout.melding, ...details].join('\n'));
          if (result.fout.code === 'intern') throw Object.assign(fout, { intern: true });
          throw fout;
        }
        return result.data as never;
      },
    };
    await commando.run(args, ctx);
    return 0;
  } catch (error) {
    if ((error as { intern?: boolean }).intern) {
      uitvoer.err((error as Error).message);
      return 2;
    }
    if (error instanceof CliFout || error instanceof DatabaseFout || error instanceof SchrijfFout) {
      uitvoer.err(error.message);
      return 1;
    }
    // A full disk, a read error, no right to write: a problem of the file, not of Schoolinzet.
    const omgeving = omgevingsFout(error);
    if (omgeving) {
      uitvoer.err(omgeving.melding);
      return 1;
    }
    uitvoer.err(`Interne fout: ${(error as Error)?.stack ?? String(error)}`);
    return 2;
  } finally {
    sessie?.close();
  }
}

/** Node's parseArgs speaks English; the user gets what went wrong and how to write it. */
function vertaalArgFout(message: string): string {
  const onbekend = message.match(/Unknown option '([^']+)'/);
  if (onbekend) return `Onbekende optie ${onbekend[1]}.`;
  const waarde = message.match(/Option '(-[^' ]+)[^']*' argument missing/);
  if (waarde) return `Optie ${waarde[1]} heeft een waarde nodig.`;
  // "--begrotingsjaar -5": a value that starts with a dash looks like another option.
  const dubbelzinnig = message.match(/Option '(-[^' ]+)[^']*' argument is ambiguous/);
  if (dubbelzinnig) {
    return `Optie ${dubbelzinnig[1]} heeft een waarde nodig. Begint de waarde met een streepje (zoals een negatief getal), schrijf dan ${dubbelzinnig[1]}=… (met een =-teken, zonder spatie).`;
  }
  const geenWaarde = message.match(/Option '(-[^' ]+)[^']*' does not take an argument/);
  if (geenWaarde) return `Optie ${geenWaarde[1]} heeft geen waarde: schrijf alleen ${geenWaarde[1]}.`;
  const los = message.match(/Unexpected argument '([^']*)'/);
  if (los) return `Onverwacht "${los[1]}" op de opdrachtregel.`;
  return 'De opties op de opdrachtregel kloppen niet.';
}

function hulp(commando?: Commando): string {
  if (commando)
    return `Gebruik: schoolinzet ${commando.gebruik}\n\n${commando.omschrijving}\n\n--db BESTAND  het databasebestand (standaard: het bestand van de app)\n--alleen-lezen  open het bestand zonder te schrijven (als een collega het open heeft)`;
  return [
    'Schoolinzet: schoolmaatschappelijk werk en ondersteuningsteams op scholen, vanaf de opdrachtregel.',
    '',
    'Opdrachten:',
    // Only the first line of a description in the overview; `schoolinzet CMD --help` shows all of it.
    ...COMMANDOS.map((c) => `  ${c.gebruik.padEnd(60)} ${c.omschrijving.split('\n')[0]}`),
    '',
    'Algemene opties: --db BESTAND (standaard: het bestand van de app), --alleen-lezen (niets schrijven).',
    'Afsluitcode: 0 gelukt, 1 fout in de invoer of het bestand, 2 interne fout.',
  ].join('\n');
}
