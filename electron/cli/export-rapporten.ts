// `schoolinzet export financieel|bloz|aanbieders|alles --out BESTAND.xlsx`: the Excel reports,
// through the same API method as the app (its save dialog answered by --out). One command per
// entry of RAPPORTEN (api/invoer/rapportages.ts): a new report gets its command from there.
import { invoke } from '../api/registry';
import { RAPPORTEN, RAPPORT_SOORTEN, type RapportKenmerken, type RapportSoort } from '../api/invoer/rapportages';
import { foutRegels } from './import';
import { CliFout } from './fout';
import type { CliContext } from './commando';
import { leesBegrotingsjaar, leesSchooljaar, leesUit } from './periode';
import type { ExportSoort } from './export';
import { zoekAanbieder } from './subsidie';
import { meldExport } from './uitvoer';

function uitPad(values: Record<string, unknown>, voorbeeld: string): string {
  return leesUit(values.out, 'het rapport', `"${voorbeeld}"`);
}

async function schrijf(
  soort: RapportSoort,
  periode: { begrotingsjaar?: number; schooljaar?: number; aanbiederId?: number },
  out: string,
  json: unknown,
  { omgeving, uitvoer }: CliContext,
): Promise<void> {
  const r = await invoke('rapport.opslaan', { soort, ...periode }, { ...omgeving, kiesBestand: async () => out });
  if (!r.ok) throw Object.assign(new CliFout(foutRegels(r.fout).join('\n')), r.fout.code === 'intern' ? { intern: true } : {});
  meldExport(uitvoer, json, `Rapport opgeslagen: ${r.data.bestand}`, r.data.bestand!, r.data.ingekort);
}

function rapportExport(soort: RapportSoort): ExportSoort {
  const kenmerken: RapportKenmerken = RAPPORTEN[soort];
  const { titel, periode, omschrijving, perAanbieder } = kenmerken;
  const voorbeeldJaar = periode === 'begrotingsjaar' ? ' --begrotingsjaar 2018' : periode === 'schooljaar' ? ' --schooljaar 2017-2018' : '';
  const opties: NonNullable<ExportSoort['opties']> = {};
  if (perAanbieder) opties.aanbieder = { type: 'string' };
  if (periode !== null) opties[periode] = { type: 'string' };
  return {
    naam: soort,
    gebruik: `export ${soort}${perAanbieder ? ' --aanbieder NAAM' : ''}${voorbeeldJaar} --out BESTAND.xlsx [--db BESTAND]`,
    omschrijving,
    opties: Object.keys(opties).length ? opties : undefined,
    async run({ values }, ctx) {
      const vraag: { begrotingsjaar?: number; schooljaar?: number; aanbiederId?: number } = {};
      let label = '';
      if (periode === 'begrotingsjaar') {
        vraag.begrotingsjaar = leesBegrotingsjaar(values.begrotingsjaar)!;
        label = ` ${vraag.begrotingsjaar}`;
      } else if (periode === 'schooljaar') {
        vraag.schooljaar = leesSchooljaar(values.schooljaar)!;
        label = ` ${vraag.schooljaar}-${vraag.schooljaar + 1}`;
      }
      const out = uitPad(values, `${titel}${label}.xlsx`);
      if (perAanbieder) vraag.aanbiederId = (await zoekAanbieder(ctx.api, values.aanbieder)).id;
      return schrijf(soort, vraag, out, values.json, ctx);
    },
  };
}

export const RAPPORT_EXPORTS: ExportSoort[] = RAPPORT_SOORTEN.map(rapportExport);
