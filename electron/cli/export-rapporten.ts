// `schoolinzet export financieel|bloz|aanbieders|alles --out BESTAND.xlsx`: the Excel reports,
// through the same API method as the app (its save dialog answered by --out). One command per
// entry of RAPPORTEN (api/invoer/rapportages.ts): a new report gets its command from there.
import { invoke } from '../api/registry';
import { RAPPORTEN, RAPPORT_SOORTEN, type RapportKenmerken, type RapportSoort } from '../api/invoer/rapportages';
import { foutRegels } from './import';
import { CliFout } from './fout';
import type { CliContext } from './commando';
import { leesBegrotingsjaar, leesJaar, leesSchooljaar, leesUit } from './periode';
import type { ExportSoort } from './export';
import { zoekAanbieder } from './subsidie';
import { meldExport } from './uitvoer';

function uitPad(values: Record<string, unknown>, voorbeeld: string): string {
  return leesUit(values.out, 'het rapport', `"${voorbeeld}"`);
}

async function schrijf(
  soort: RapportSoort,
  periode: { begrotingsjaar?: number; schooljaar?: number; aanbiederId?: number; referentiejaar?: number; verdelingId?: number },
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
  const { titel, periode, omschrijving, perAanbieder, referentie, perVerdeling } = kenmerken;
  const voorbeeldJaar = periode === 'begrotingsjaar' ? ' --begrotingsjaar 2018' : periode === 'schooljaar' ? ' --schooljaar 2017-2018' : '';
  const opties: NonNullable<ExportSoort['opties']> = {};
  if (perAanbieder) opties.aanbieder = { type: 'string' };
  if (perVerdeling) opties.verdeling = { type: 'string' };
  if (periode !== null) opties[periode] = { type: 'string' };
  if (referentie) opties.referentiejaar = { type: 'string' };
  return {
    naam: soort,
    gebruik: `export ${soort}${perAanbieder ? ' --aanbieder NAAM' : ''}${perVerdeling ? ' --verdeling NAAM' : ''}${voorbeeldJaar}${referentie ? ' [--referentiejaar JJJJ]' : ''} --out BESTAND.xlsx [--db BESTAND]`,
    omschrijving,
    opties: Object.keys(opties).length ? opties : undefined,
    async run({ values }, ctx) {
      const vraag: { begrotingsjaar?: number; schooljaar?: number; aanbiederId?: number; referentiejaar?: number; verdelingId?: number } = {};
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
      if (referentie && values.referentiejaar !== undefined) vraag.referentiejaar = leesJaar('referentiejaar', values.referentiejaar);
      if (perVerdeling) vraag.verdelingId = await zoekVerdeling(ctx, values.verdeling);
      return schrijf(soort, vraag, out, values.json, ctx);
    },
  };
}

/** `--verdeling NAAM`: a saved verdeling by its name, case-insensitive. */
async function zoekVerdeling({ api }: CliContext, naam: unknown): Promise<number> {
  const lijst = await api('verdelingen.lijst', {});
  if (typeof naam !== 'string' || naam.trim() === '')
    throw new CliFout(
      `Geef de verdeling op met --verdeling NAAM (${lijst.length ? `kies uit ${lijst.map((v) => v.naam).join(', ')}` : 'er zijn nog geen verdelingen'}).`,
    );
  const v = lijst.find((x) => x.naam.localeCompare(naam.trim(), 'nl', { sensitivity: 'base' }) === 0);
  if (!v)
    throw new CliFout(
      `Onbekende verdeling "${naam}" bij --verdeling. ${lijst.length ? `Kies uit ${lijst.map((x) => x.naam).join(', ')}.` : 'Er zijn nog geen verdelingen.'}`,
    );
  return v.id;
}

export const RAPPORT_EXPORTS: ExportSoort[] = RAPPORT_SOORTEN.map(rapportExport);
