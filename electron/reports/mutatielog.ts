// The mutatielog as an Excel workbook (issue 7: government decisions must be traceable): who
// changed what and when, with the old and new values, oldest first. Streamed row by row from
// SQLite into the streaming writer, so a log of any length keeps memory flat. The same columns as
// the CSV export (db/mutatielog-csv.ts).
import type { Db } from '../db/open';
import { isVoorbeeld, leesInstellingen } from '../db/instellingen-repo';
import { MUTATIELOG_KOPPEN, mutatielogWaar, type MutatielogFilter, type MutatielogRij } from '../db/mutatielog-csv';
import type { IngekorteCellen } from '../api/typen/rapportages';
import { bestandsnaam, Rapport, veiligeTekst } from './style';
import { EXCEL_CEL_MAX } from '../domain/grenzen';

export const MUTATIELOG_NAAM = 'Mutatielog';

export type { MutatielogFilter };

const BREEDTES = [20, 26, 16, 28, 14, 10, 60, 60];

export function mutatielogBestandsnaam(gemaakt = new Date()): string {
  return bestandsnaam(MUTATIELOG_NAAM, null, gemaakt);
}

/** Writes the (filtered) mutatielog to `pad`; returns the number of changes written and the cells cut. */
export async function schrijfMutatielog(
  db: Db,
  dbPad: string,
  pad: string,
  opties: { filter?: MutatielogFilter; gemaakt?: Date; voortgang?: (fractie: number) => void } = {},
): Promise<{ aantal: number; ingekort: IngekorteCellen | null }> {
  const filter = opties.filter ?? {};
  const { waar, params } = mutatielogWaar(filter);
  const aantal = (db.prepare(`SELECT count(*) AS n FROM mutatielog ${waar}`).get(...params) as { n: number }).n;
  const welke = filter.entiteit
    ? `${filter.entiteit}${filter.entiteitId ? ` ${filter.entiteitId}` : ''}`
    : filter.entiteitId
      ? `id ${filter.entiteitId}`
      : 'alle';

  const rapport = Rapport.start(pad, {
    rapport: MUTATIELOG_NAAM,
    periode: null,
    gemeente: leesInstellingen(db).gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: 'de controller en de beheerder van het register',
    voorbeeld: isVoorbeeld(db),
    omschrijving: [
      'Elke wijziging die in Schoolinzet is opgeslagen, oudste eerst: wanneer, door welke gebruiker (de aanmeldnaam op de computer), met welke opdracht, aan wat (soort en id), en de oude en nieuwe waarden.',
      'De kolom Tijd staat in de tijdzone van deze computer; Tijd (UTC, ISO) is de exacte opgeslagen tijd.',
      `Oud en Nieuw staan als JSON-tekst, zoals opgeslagen. Een waarde langer dan ${EXCEL_CEL_MAX.toLocaleString('nl-NL')} tekens is ingekort (Excel kan langere cellen niet bewaren); de CSV-export (schoolinzet mutatielog --uit BESTAND.csv) bevat alles.`,
    ],
    extra: [
      ['Wijzigingen', aantal.toLocaleString('nl-NL')],
      ['Selectie', welke],
    ],
  });
  const ws = rapport.werkblad(MUTATIELOG_NAAM, [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }], BREEDTES);
  ws.columns = BREEDTES.map((width) => ({ width }));
  ws.autoFilter = `A1:H${Math.max(1, aantal + 1)}`;
  const kop = ws.addRow([...MUTATIELOG_KOPPEN]);
  kop.eachCell((cel) => {
    cel.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  });
  kop.commit();
  const stmt = db.prepare(`SELECT tijd, gebruiker, methode, entiteit, entiteit_id, oud, nieuw FROM mutatielog ${waar} ORDER BY id`);
  let geschreven = 0;
  for (const r of stmt.iterate(...params) as IterableIterator<MutatielogRij>) {
    const rij = ws.addRow([
      lokaleTijd(r.tijd),
      veiligeTekst(r.tijd),
      veiligeTekst(r.gebruiker),
      veiligeTekst(r.methode),
      veiligeTekst(r.entiteit),
      veiligeTekst(r.entiteit_id),
      // Longer than Excel keeps: cut with a marker by rapport.beveilig, and counted.
      veiligeTekst(r.oud),
      veiligeTekst(r.nieuw),
    ]);
    rij.getCell(1).numFmt = 'dd-mm-yyyy hh:mm:ss';
    rapport.beveilig(rij);
    rij.commit();
    if (++geschreven % 5000 === 0) opties.voortgang?.(geschreven / Math.max(1, aantal));
  }
  ws.commit();
  const ingekort = await rapport.sluit();
  opties.voortgang?.(1);
  return { aantal: geschreven, ingekort };
}

/**
 * The stored UTC time as a date cell that shows this computer's local time: spreadsheet dates have
 * no time zone, and exceljs writes a Date as its UTC clock time.
 */
function lokaleTijd(iso: string): Date | string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return veiligeTekst(iso) ?? '';
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}
