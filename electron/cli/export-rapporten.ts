// `schoolinzet export financieel|bloz|aanbieders|alles --out BESTAND.xlsx`: the Excel reports,
// through the same API method as the app (its save dialog answered by --out). One command per
// entry of RAPPORTEN (api/invoer/rapportages.ts): a new report gets its command from there.
import path from 'node:path';
import { invoke } from '../api/registry';
import { RAPPORTEN, RAPPORT_SOORTEN, type RapportSoort } from '../api/invoer/rapportages';
import { foutRegels } from './import';
import { CliFout } from './fout';
import type { CliContext } from './commando';
import { leesBegrotingsjaar, leesSchooljaar } from './periode';
import type { ExportSoort } from './export';

function uitPad(values: Record<string, unknown>, voorbeeld: string): string {
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new CliFout(`Geef met --out aan waar het rapport moet komen, bijvoorbeeld --out "${voorbeeld}".`);
  const out = path.resolve(values.out);
  if (!out.toLowerCase().endsWith('.xlsx')) throw new CliFout('Het rapport is een Excel-werkmap: laat de bestandsnaam op .xlsx eindigen.');
  return out;
}

async function schrijf(soort: RapportSoort, periode: { begrotingsjaar?: number; schooljaar?: number }, out: string, { omgeving, uitvoer }: CliContext): Promise<void> {
  const r = await invoke('rapport.opslaan', { soort, ...periode }, { ...omgeving, kiesBestand: async () => out });
  if (!r.ok) throw Object.assign(new CliFout(foutRegels(r.fout).join('\n')), r.fout.code === 'intern' ? { intern: true } : {});
  uitvoer.out(`Rapport opgeslagen: ${r.data.bestand}`);
}

function rapportExport(soort: RapportSoort): ExportSoort {
  const { titel, periode, omschrijving } = RAPPORTEN[soort];
  const voorbeeldJaar = periode === 'begrotingsjaar' ? ' --begrotingsjaar 2018' : periode === 'schooljaar' ? ' --schooljaar 2017-2018' : '';
  return {
    naam: soort,
    gebruik: `export ${soort}${voorbeeldJaar} --out BESTAND.xlsx [--db BESTAND]`,
    omschrijving,
    opties: periode === null ? undefined : { [periode]: { type: 'string' } },
    async run({ values }, ctx) {
      if (periode === 'begrotingsjaar') {
        const begrotingsjaar = leesBegrotingsjaar(values.begrotingsjaar)!;
        return schrijf(soort, { begrotingsjaar }, uitPad(values, `${titel} ${begrotingsjaar}.xlsx`), ctx);
      }
      if (periode === 'schooljaar') {
        const schooljaar = leesSchooljaar(values.schooljaar)!;
        return schrijf(soort, { schooljaar }, uitPad(values, `${titel} ${schooljaar}-${schooljaar + 1}.xlsx`), ctx);
      }
      return schrijf(soort, {}, uitPad(values, `${titel}.xlsx`), ctx);
    },
  };
}

export const RAPPORT_EXPORTS: ExportSoort[] = RAPPORT_SOORTEN.map(rapportExport);
