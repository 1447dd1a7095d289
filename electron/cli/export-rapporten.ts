// `schoolinzet export financieel|bloz|aanbieders|alles --out BESTAND.xlsx`: the Excel reports,
// through the same API method as the app (its save dialog answered by --out).
import path from 'node:path';
import { invoke } from '../api/registry';
import type { RapportSoort } from '../reports/rapporten';
import { foutRegels } from './import';
import { CliFout } from './fout';
import type { CliContext } from './commando';
import { leesBegrotingsjaar, leesSchooljaar } from './periode';
import type { ExportSoort } from './export';
import { zoekAanbieder } from './subsidie';

function uitPad(values: Record<string, unknown>, voorbeeld: string): string {
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new CliFout(`Geef met --out aan waar het rapport moet komen, bijvoorbeeld --out "${voorbeeld}".`);
  const out = path.resolve(values.out);
  if (!out.toLowerCase().endsWith('.xlsx')) throw new CliFout('Het rapport is een Excel-werkmap: laat de bestandsnaam op .xlsx eindigen.');
  return out;
}

async function schrijf(soort: RapportSoort, periode: { begrotingsjaar?: number; schooljaar?: number; aanbiederId?: number }, out: string, { omgeving, uitvoer }: CliContext): Promise<void> {
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

export const beschikkingExport: ExportSoort = {
  naam: 'beschikking',
  gebruik: 'export beschikking --aanbieder NAAM --begrotingsjaar JJJJ --out BESTAND.xlsx [--db BESTAND]',
  omschrijving: 'Beschikkingsbijlage: de inzet per school en functie waarop de subsidie van een aanbieder rust, met voorschotschema en voorwaarden.',
  opties: { aanbieder: { type: 'string' }, begrotingsjaar: { type: 'string' } },
  async run({ values }, ctx) {
    const begrotingsjaar = leesBegrotingsjaar(values.begrotingsjaar)!;
    const out = uitPad(values, `Beschikkingsbijlage ${begrotingsjaar}.xlsx`);
    const aanbieder = await zoekAanbieder(ctx.api, values.aanbieder);
    await schrijf('beschikking', { begrotingsjaar, aanbiederId: aanbieder.id }, out, ctx);
  },
};

export const subsidiesExport: ExportSoort = {
  naam: 'subsidies',
  gebruik: 'export subsidies --begrotingsjaar JJJJ --out BESTAND.xlsx [--db BESTAND]',
  omschrijving: 'Subsidieoverzicht: per aanbieder verleend, bevoorschot, betaald, verantwoord, vastgesteld en saldo.',
  opties: { begrotingsjaar: { type: 'string' } },
  async run({ values }, ctx) {
    const begrotingsjaar = leesBegrotingsjaar(values.begrotingsjaar)!;
    await schrijf('subsidies', { begrotingsjaar }, uitPad(values, `Subsidieoverzicht ${begrotingsjaar}.xlsx`), ctx);
  },
};
