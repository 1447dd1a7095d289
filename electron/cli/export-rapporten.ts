// `schoolinzet export financieel|bloz|aanbieders|alles --out BESTAND.xlsx`: the Excel reports,
// through the same API method as the app (its save dialog answered by --out).
import { invoke } from '../api/registry';
import type { RapportSoort } from '../reports/rapporten';
import { foutRegels } from './import';
import { CliFout } from './fout';
import type { CliContext } from './commando';
import { leesBegrotingsjaar, leesSchooljaar, leesUit } from './periode';
import type { ExportSoort } from './export';

function uitPad(values: Record<string, unknown>, voorbeeld: string): string {
  return leesUit(values.out, 'het rapport', `"${voorbeeld}"`);
}

async function schrijf(soort: RapportSoort, periode: { begrotingsjaar?: number; schooljaar?: number }, out: string, { omgeving, uitvoer }: CliContext): Promise<void> {
  const r = await invoke('rapport.opslaan', { soort, ...periode }, { ...omgeving, kiesBestand: async () => out });
  if (!r.ok) throw Object.assign(new CliFout(foutRegels(r.fout).join('\n')), r.fout.code === 'intern' ? { intern: true } : {});
  uitvoer.out(`Rapport opgeslagen: ${r.data.bestand}`);
}

export const financieelExport: ExportSoort = {
  naam: 'financieel',
  gebruik: 'export financieel --begrotingsjaar 2018 --out BESTAND.xlsx [--db BESTAND]',
  omschrijving: 'Financiële paragraaf voor het collegevoorstel: kosten per functie en aanbieder, verdeling schooljaren, dekking en saldo.',
  opties: { begrotingsjaar: { type: 'string' } },
  async run({ values }, ctx) {
    const begrotingsjaar = leesBegrotingsjaar(values.begrotingsjaar)!;
    await schrijf('financieel', { begrotingsjaar }, uitPad(values, `Financiele paragraaf ${begrotingsjaar}.xlsx`), ctx);
  },
};

export const blozExport: ExportSoort = {
  naam: 'bloz',
  gebruik: 'export bloz --schooljaar 2017-2018 --out BESTAND.xlsx [--db BESTAND]',
  omschrijving: 'BLOZ-overzicht: alle afspraken van het schooljaar, dekking per wijk en sector, scholen zonder dekking.',
  opties: { schooljaar: { type: 'string' } },
  async run({ values }, ctx) {
    const schooljaar = leesSchooljaar(values.schooljaar)!;
    await schrijf('bloz', { schooljaar }, uitPad(values, `BLOZ-overzicht ${schooljaar}-${schooljaar + 1}.xlsx`), ctx);
  },
};

export const aanbiedersExport: ExportSoort = {
  naam: 'aanbieders',
  gebruik: 'export aanbieders --schooljaar 2017-2018 --out BESTAND.xlsx [--db BESTAND]',
  omschrijving: 'Overzicht per aanbieder: per aanbieder een blad met scholen, uren, bedragen en verdeling over financiers.',
  opties: { schooljaar: { type: 'string' } },
  async run({ values }, ctx) {
    const schooljaar = leesSchooljaar(values.schooljaar)!;
    await schrijf('aanbieders', { schooljaar }, uitPad(values, `Overzicht per aanbieder ${schooljaar}-${schooljaar + 1}.xlsx`), ctx);
  },
};

export const allesExport: ExportSoort = {
  naam: 'alles',
  gebruik: 'export alles --out BESTAND.xlsx [--db BESTAND]',
  omschrijving: 'Volledige export: elke tabel van het register op een eigen blad.',
  async run({ values }, ctx) {
    await schrijf('alles', {}, uitPad(values, 'Volledige export.xlsx'), ctx);
  },
};

export const monitorExport: ExportSoort = {
  naam: 'monitor',
  gebruik: 'export monitor --schooljaar 2023-2024 --out BESTAND.xlsx [--db BESTAND]',
  omschrijving: 'Monitor: ondersteuningsvragen en % binnen school per school, wijk, sector en aanbieder tegen de norm, de trend, en gerealiseerde tegen afgesproken uren.',
  opties: { schooljaar: { type: 'string' } },
  async run({ values }, ctx) {
    const schooljaar = leesSchooljaar(values.schooljaar)!;
    await schrijf('monitor', { schooljaar }, uitPad(values, `Monitor ${schooljaar}-${schooljaar + 1}.xlsx`), ctx);
  },
};
