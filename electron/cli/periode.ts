// Option parsing and output helpers shared by the computed commands (kosten, dekking,
// dekkingsgraad): Dutch messages that name the option, amounts as integer cents in JSON and as
// euros in the tables.
import path from 'node:path';
import { formatEuro } from '../domain/geld';
import { parseSchooljaar, schooljaarLabel } from '../domain/schooljaar';
import { FUNCTIE_CODES, SECTOREN, type FunctieCode, type Sector, type Verdeling } from '../domain/types';
import { isJaartal, JAAR_MAX, JAAR_MIN } from '../domain/velden';
import { CliFout } from './fout';
import type { Waarschuwing } from '../domain/waarschuwingen';

/** `--begrotingsjaar 2017` → 2017; a missing or malformed value is a CliFout naming the option. */
export function leesBegrotingsjaar(waarde: unknown, verplicht = true): number | null {
  if (waarde === undefined) {
    if (verplicht) throw new CliFout('Geef het begrotingsjaar op, bijvoorbeeld --begrotingsjaar 2018.');
    return null;
  }
  return leesJaar('begrotingsjaar', waarde);
}

/** `--<optie> 2017` → 2017: the year rule of domain/velden.ts, with a message naming the option. */
export function leesJaar(optie: string, waarde: unknown): number {
  const tekst = String(waarde).trim();
  if (!/^\d{4}$/.test(tekst) || !isJaartal(Number(tekst))) {
    throw new CliFout(`--${optie} moet een jaartal tussen ${JAAR_MIN} en ${JAAR_MAX} zijn, zoals 2018 (niet "${tekst}").`);
  }
  return Number(tekst);
}

/** `--schooljaar 2017-2018` (also 2017/2018, 2017/18) → 2017. */
export function leesSchooljaar(waarde: unknown, verplicht = true): number | null {
  if (waarde === undefined) {
    if (verplicht) throw new CliFout('Geef het schooljaar op, bijvoorbeeld --schooljaar 2017-2018.');
    return null;
  }
  const jaar = parseSchooljaar(String(waarde));
  if (jaar === null || !isJaartal(jaar)) {
    throw new CliFout(`--schooljaar moet een schooljaar zijn zoals 2017-2018: twee opeenvolgende jaren (niet "${String(waarde)}").`);
  }
  return jaar;
}

/** --out as an absolute .xlsx path, or a CliFout saying what to write. */
export function leesUit(waarde: unknown, wat: string, voorbeeld: string): string {
  if (typeof waarde !== 'string' || waarde.trim() === '') throw new CliFout(`Geef met --out aan waar ${wat} moet komen, bijvoorbeeld --out ${voorbeeld}.`);
  const out = path.resolve(waarde);
  if (!out.toLowerCase().endsWith('.xlsx'))
    throw new CliFout(`${wat[0].toUpperCase()}${wat.slice(1)} is een Excel-werkmap: laat de bestandsnaam op .xlsx eindigen.`);
  return out;
}

/** `bekend`: the functies of the file (functies.lijst), the gemeente's own included. */
export function leesFunctie(waarde: unknown, bekend: readonly FunctieCode[] = FUNCTIE_CODES): FunctieCode {
  if (waarde === undefined) throw new CliFout(`Geef de functie op, bijvoorbeeld --functie JGW (kies uit ${bekend.join(', ')}).`);
  const code = String(waarde).trim().toUpperCase();
  if (!bekend.includes(code)) {
    throw new CliFout(`Onbekende functie "${String(waarde)}" bij --functie. Kies uit ${bekend.join(', ')}.`);
  }
  return code;
}

export function leesSector(waarde: unknown): Sector | null {
  if (waarde === undefined) return null;
  const code = String(waarde).trim().toUpperCase();
  if (!(SECTOREN as readonly string[]).includes(code)) {
    throw new CliFout(`Onbekende sector "${String(waarde)}" bij --sector. Kies uit ${SECTOREN.join(', ')}.`);
  }
  return code as Sector;
}

/** Only the four amounts, in this key order, for JSON. */
export function verdelingJson(v: Verdeling): Verdeling {
  return { totaal: v.totaal, gemeente: v.gemeente, onderwijs: v.onderwijs, overig: v.overig };
}

/** A table row; `cents` when its table shows cents (domain/geld.ts verdelingenInCenten). */
export function verdelingRij(label: string, v: Verdeling, cents = false): string[] {
  return [label, ...[v.totaal, v.gemeente, v.onderwijs, v.overig].map((c) => formatEuro(c, { cents }))];
}

export const VERDELING_KOPPEN = ['Totaal', 'Gemeente', 'Onderwijs', 'Overig'];

export { schooljaarLabel };

/** The warnings of rule 13 for --json: schooljaren as 2019-2020, the € 0 afspraken with their school. */
export function waarschuwingenJson(waarschuwingen: readonly Waarschuwing[]): unknown[] {
  return waarschuwingen.map((w) => ({
    soort: w.soort,
    tekst: w.tekst,
    ...(w.schooljaar !== undefined ? { schooljaar: schooljaarLabel(w.schooljaar) } : {}),
    ...(w.afspraken
      ? {
          afspraken: w.afspraken.map((a) => ({
            id: a.id,
            vestigingscode: a.vestigingscode ?? null,
            school: a.schoolNaam ?? null,
            functie: a.functie,
            schooljaar: schooljaarLabel(a.schooljaar),
            status: a.status,
          })),
        }
      : {}),
  }));
}

/** The warnings as "Let op:" lines under a table. */
export function waarschuwingRegels(waarschuwingen: readonly Waarschuwing[]): string[] {
  return waarschuwingen.map((w) => `Let op: ${w.tekst}`);
}
