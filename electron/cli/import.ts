// `schoolinzet import duo FILE… [--gemeente 0193 | --alle] [--jaar 2025] [--dry-run]` and
// `schoolinzet import afspraken FILE.xlsx [--dry-run]` and
// `schoolinzet import besturen FILE.csv [--dry-run] [--json]`: the same API methods as the Importeren
// page, with the file dialog answered by the paths on the command line.
import path from 'node:path';
import { invoke, type Omgeving } from '../api/registry';
import type { ApiFoutData } from '../api/typen/fout';
import type { Input, MethodName, Output } from '../api/contract';
import { duoSamenvatting } from '../import/duo-opslaan';
import { besturenSamenvatting } from '../import/besturen';
import { CliFout } from './fout';
import type { CliContext, Commando } from './commando';
import { leesJaar } from './periode';

const GEBRUIK =
  'import duo BESTAND… [--gemeente 0193 | --alle] [--jaar JJJJ] [--dry-run] | import afspraken BESTAND.xlsx [--dry-run] | import besturen BESTAND.csv [--dry-run] [--json] | import monitor BESTAND.xlsx [--dry-run]';

/** Every problem on its own line, as `rij 7, kolom Uurtarief: "75,5o" is geen bedrag`. */
export function foutRegels(fout: ApiFoutData): string[] {
  const regels = fout.velden.map((v) => {
    const plaats = [v.rij !== undefined ? `rij ${v.rij}` : '', v.veld ? `kolom ${v.veld}` : ''].filter(Boolean).join(', ');
    return plaats ? `${plaats}: ${v.melding}` : v.melding;
  });
  // One problem is already spelled out in the message itself.
  if (regels.length === 1 && fout.melding.includes(fout.velden[0].melding)) return [fout.melding];
  return [fout.melding, ...regels];
}

async function roep<K extends MethodName>(omgeving: Omgeving, method: K, input: Input<K>): Promise<Output<K>> {
  const r = await invoke(method, input, omgeving);
  if (!r.ok) {
    const fout = new CliFout(foutRegels(r.fout).join('\n'));
    if (r.fout.code === 'intern') Object.assign(fout, { intern: true });
    throw fout;
  }
  return r.data;
}

/** The Omgeving of the CLI, with the "dialog" answering the files the user named. */
function metBestanden(ctx: CliContext, paden: string[]): Omgeving {
  const absoluut = paden.map((p) => path.resolve(p));
  return { ...ctx.omgeving, kiesBestand: async () => absoluut[0] ?? null, kiesBestanden: async () => absoluut };
}

export const importCommando: Commando = {
  naam: 'import',
  gebruik: GEBRUIK,
  omschrijving:
    'Leest DUO-bestanden (scholen en leerlingaantallen), de DUO-lijst van bevoegde gezagen (namen van besturen), een afsprakenblad of een monitorblad (ondersteuningsvragen, gerealiseerde uren) in. Eerst een voorbeeld; zonder --dry-run wordt daarna alles in één keer opgeslagen, na een reservekopie. Afsluitcode 1: er is niets opgeslagen.',
  opties: {
    gemeente: { type: 'string' },
    alle: { type: 'boolean' },
    jaar: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, ctx) {
    const [soort, ...bestanden] = positionals;
    if (soort !== 'duo' && soort !== 'afspraken' && soort !== 'besturen' && soort !== 'monitor')
      throw new CliFout(`Kies wat u importeert: duo, besturen, afspraken of monitor.\nGebruik: schoolinzet ${GEBRUIK}`);
    if (values.json && soort !== 'besturen' && soort !== 'monitor') throw new CliFout('--json kan bij import alleen met besturen.');
    if (bestanden.length === 0) throw new CliFout(`Geef het bestand op.\nGebruik: schoolinzet ${GEBRUIK}`);
    const omgeving = metBestanden(ctx, bestanden);
    const proef = Boolean(values['dry-run']);
    const { uitvoer } = ctx;

    if (soort === 'duo') {
      if (values.gemeente !== undefined && values.alle) throw new CliFout('Kies --gemeente of --alle, niet allebei.');
      const jaar = values.jaar === undefined ? undefined : leesJaar('jaar', values.jaar);
      const voorbeeld = await roep(omgeving, 'import.duoVoorbeeld', {
        ...(typeof values.gemeente === 'string' ? { gemeenteCode: values.gemeente } : {}),
        ...(values.alle ? { alle: true } : {}),
        ...(jaar !== undefined ? { jaar } : {}),
      });
      uitvoer.out(voorbeeld.gemeenteCode ? `Gemeente ${voorbeeld.gemeenteCode}` : 'Alle gemeenten');
      for (const regel of duoSamenvatting(voorbeeld)) uitvoer.out(regel);
      if (proef || !voorbeeld.id) {
        uitvoer.out('\nProefrun (--dry-run): er is niets opgeslagen.');
        return;
      }
      const r = await roep(omgeving, 'import.duoUitvoeren', { id: voorbeeld.id });
      uitvoer.out(`\n${r.samenvatting}`);
      if (r.backup) uitvoer.out(`Reservekopie vooraf: ${r.backup}`);
      return;
    }

    if (soort === 'besturen') {
      if (bestanden.length > 1) throw new CliFout('Geef één lijst van bevoegde gezagen tegelijk op.');
      const v = await roep(omgeving, 'import.besturenVoorbeeld', {});
      const opslaan = !proef && v.id !== null;
      const r = opslaan ? await roep(omgeving, 'import.besturenUitvoeren', { id: v.id! }) : null;
      if (values.json) {
        const { id: _id, ...voorbeeld } = v;
        uitvoer.out(JSON.stringify({ ...voorbeeld, opgeslagen: Boolean(r), backup: r?.backup ?? null }, null, 2));
        return;
      }
      for (const regel of besturenSamenvatting(v)) uitvoer.out(regel);
      if (!r) {
        uitvoer.out('\nProefrun (--dry-run): er is niets opgeslagen.');
        return;
      }
      uitvoer.out(`\n${r.samenvatting}`);
      if (r.backup) uitvoer.out(`Reservekopie vooraf: ${r.backup}`);
      return;
    }

    const monitor = soort === 'monitor';
    if (bestanden.length > 1) throw new CliFout(monitor ? 'Geef één monitorblad tegelijk op.' : 'Geef één afsprakenblad tegelijk op.');
    const v = await roep(omgeving, monitor ? 'import.monitorVoorbeeld' : 'import.afsprakenVoorbeeld', {});
    uitvoer.out(
      `${v.bestand} (blad ${v.blad}): ${v.rijen} ${monitor ? 'regels' : 'afspraken'}: ${v.nieuw} nieuw, ${v.gewijzigd} gewijzigd, ${v.ongewijzigd} ongewijzigd.`,
    );
    for (const w of v.waarschuwingen) {
      const plaats = [w.rij !== undefined ? `rij ${w.rij}` : '', w.kolom ? `kolom ${w.kolom}` : ''].filter(Boolean).join(', ');
      uitvoer.out(`Waarschuwing: ${plaats ? `${plaats}: ` : ''}${w.melding}`);
    }
    for (const r of v.wijzigingen) {
      const wat = r.soort === 'nieuw' ? 'nieuw' : r.wijzigingen.map((w) => `${w.kolom} "${w.oud}" → "${w.nieuw}"`).join('; ');
      const label = [r.label.schooljaar, r.label.vestigingscode, r.label.aanbieder, r.label.functie].filter(Boolean).join(' ');
      uitvoer.out(`  rij ${r.rij}: ${label}: ${wat}`);
    }
    if ('aanvullend' in v && v.aanvullend) {
      const a = v.aanvullend;
      uitvoer.out(`Blad ${a.blad}: ${a.rijen} regels: ${a.nieuw} nieuw, ${a.gewijzigd} gewijzigd, ${a.ongewijzigd} ongewijzigd.`);
      for (const r of a.wijzigingen) {
        const wat = r.soort === 'nieuw' ? 'nieuw' : r.wijzigingen.map((w) => `${w.kolom} "${w.oud}" → "${w.nieuw}"`).join('; ');
        uitvoer.out(`  rij ${r.rij}: ${r.label.schooljaar} ${r.label.vestigingscode} ${r.label.aanbieder} ${r.label.functie} vanaf ${r.label.van}: ${wat}`);
      }
    }
    if (proef || !v.id) {
      uitvoer.out('Proefrun (--dry-run): er is niets opgeslagen.');
      return;
    }
    const r = await roep(omgeving, monitor ? 'import.monitorUitvoeren' : 'import.afsprakenUitvoeren', { id: v.id });
    uitvoer.out(r.samenvatting);
    if (r.backup) uitvoer.out(`Reservekopie vooraf: ${r.backup}`);
  },
};
