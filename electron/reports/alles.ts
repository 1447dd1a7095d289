// Volledige export: every table of the registry, one sheet each, exactly as stored (money in
// cents, as the columns ending in _cents say). Rows are streamed from SQLite into the streaming
// workbook writer one at a time, so memory stays flat however large the registry is.
import { alleWaarschuwingen } from '../api/waarschuwingen';
import type { Db } from '../db/open';
import { isVoorbeeld, leesInstellingen } from '../db/instellingen-repo';
import { kolomLetter, Rapport, uniekeBladNamen, veiligeTekst, type CelWaarde, type RapportUitkomst } from './style';
import { RAPPORTEN } from '../api/invoer/rapportages';

export const ALLES_NAAM = 'Volledige export';

export interface AllesResultaat extends RapportUitkomst {
  pad: string;
  /** Rows per table. */
  tabellen: Record<string, number>;
}

const VOORBEELD_RIJEN = 500;

export async function schrijfAlles(
  db: Db,
  dbPad: string,
  pad: string,
  opties: { gemaakt?: Date; voortgang?: (fractie: number) => void } = {},
): Promise<AllesResultaat> {
  const tabellen = (
    db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]
  ).map((r) => r.name);
  const aantallen = Object.fromEntries(tabellen.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  const rapport = Rapport.start(pad, {
    waarschuwingen: alleWaarschuwingen(db).map((w) => w.tekst),
    rapport: ALLES_NAAM,
    periode: null,
    gemeente: leesInstellingen(db).gemeenteNaam,
    gemaakt: opties.gemaakt ?? new Date(),
    publiek: RAPPORTEN.alles.publiek,
    voorbeeld: isVoorbeeld(db),
    omschrijving: [
      'Alle tabellen van het register, elk op een eigen blad, precies zoals ze zijn opgeslagen: voor archief, controle of verdere bewerking.',
      "Bedragen staan in centen (kolommen die eindigen op _cents); uren, weken en percentages als getal; datums als tekst jjjj-mm-dd. Thema's staan als lijst in JSON.",
      'Verwijzingen tussen tabellen gaan via de id-kolommen (bijvoorbeeld school_id in afspraken verwijst naar id in scholen).',
    ],
    extra: tabellen.map((t) => [`Tabel ${t}`, `${aantallen[t].toLocaleString('nl-NL')} rijen`] as [string, string]),
  });
  const bladNamen = uniekeBladNamen(tabellen, ['Over dit rapport']);
  const totaal = Object.values(aantallen).reduce((a, b) => a + b, 0) || 1;
  let geschreven = 0;
  for (let i = 0; i < tabellen.length; i++) {
    const tabel = tabellen[i];
    const stmt = db.prepare(`SELECT * FROM "${tabel}"`);
    const kolommen = stmt.columns().map((c) => c.name);
    // Widths from the header and a sample of rows; the widths must be set before the first row.
    const voorbeeld = db.prepare(`SELECT * FROM "${tabel}" LIMIT ${VOORBEELD_RIJEN}`).raw().all() as unknown[][];
    const breedtes = kolommen.map((k, c) => Math.min(60, Math.max(k.length + 4, ...voorbeeld.map((r) => String(r[c] ?? '').length + 2), 8)));
    const ws = rapport.werkblad(bladNamen[i], [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }], breedtes);
    ws.columns = breedtes.map((width) => ({ width }));
    ws.autoFilter = `A1:${kolomLetter(kolommen.length)}${Math.max(1, aantallen[tabel] + 1)}`;
    const kop = ws.addRow(kolommen);
    kop.eachCell((cel) => {
      cel.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    });
    kop.commit();
    for (const rij of stmt.raw().iterate() as IterableIterator<unknown[]>) {
      const r = ws.addRow(rij.map(celWaarde));
      rapport.beveilig(r);
      r.commit();
      if (++geschreven % 5000 === 0) opties.voortgang?.(geschreven / totaal);
    }
    ws.commit();
  }
  const ingekort = await rapport.sluit();
  opties.voortgang?.(1);
  return { pad, tabellen: aantallen, ingekort };
}

function celWaarde(w: unknown): CelWaarde {
  if (w === null || w === undefined) return null;
  if (typeof w === 'number') return w;
  if (typeof w === 'bigint') return Number(w);
  if (Buffer.isBuffer(w)) return `(${w.length} bytes)`;
  return veiligeTekst(w);
}
