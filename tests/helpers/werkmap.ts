// Reading back a written Excel workbook with exceljs, for the report tests: rows by their label,
// formula cells by the result the writer stored with them.
import ExcelJS from 'exceljs';

export async function leesWerkmap(pad: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return wb;
}

/** Row of the sheet whose first cell is `label`, as plain values (formula cells give their cached result). */
export function rij(ws: ExcelJS.Worksheet, label: string): unknown[] {
  let gevonden: unknown[] | null = null;
  ws.eachRow((r) => {
    if (gevonden === null && r.getCell(1).value === label) gevonden = (r.values as unknown[]).slice(1).map(waarde);
  });
  if (!gevonden) throw new Error(`Geen rij "${label}" op ${ws.name}`);
  return gevonden;
}

/** A cell value; a formula cell gives the result stored with it. */
export function waarde(v: unknown): unknown {
  return v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v;
}

/** Euros as written in a sheet to whole cents. */
export const cent = (euro: unknown) => Math.round(Number(euro) * 100);
