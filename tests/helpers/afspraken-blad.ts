// Builds afspraken sheets in memory with exceljs, as a user would type them, and a registry with
// real Zwolle schools (from the DUO fixture) to import them into.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Db } from '../../electron/db/open';
import { maakDuoImportPlan, voerDuoImportUit } from '../../electron/import/duo-opslaan';
import { leesAfsprakenBlad, maakAfsprakenPlan, voerAfsprakenPlanUit } from '../../electron/import/afspraken';
import { AFSPRAKEN_KOLOMMEN } from '../../electron/import/afspraken-kolommen';

export const DUO_MAP = path.join(import.meta.dirname, '../fixtures/duo');
export const PO_ZWOLLE = 'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv';
export const KOPPEN = AFSPRAKEN_KOLOMMEN.map((k) => k.kop);

export type CelInvoer = string | number | Date | null | { formula: string; result?: number | string };

/** The Zwolle basisscholen in the registry; returns their vestigingscodes and names, sorted. */
export function vulScholen(db: Db): { code: string; naam: string }[] {
  const plan = maakDuoImportPlan(db, [{ naam: PO_ZWOLLE, inhoud: fs.readFileSync(path.join(DUO_MAP, PO_ZWOLLE)) }], { gemeenteCode: '0193' });
  voerDuoImportUit(db, plan, 'test');
  return db.prepare('SELECT vestigingscode AS code, naam FROM scholen ORDER BY vestigingscode').all() as { code: string; naam: string }[];
}

/** A valid row for school `code`: 4 basisuren JGW at De Kern, gemeente pays all. */
export function goedeRij(code: string, overschrijf: Partial<Record<string, CelInvoer>> = {}): CelInvoer[] {
  const basis: Record<string, CelInvoer> = {
    Schooljaar: '2017-2018',
    Vestigingscode: code,
    Schoolnaam: null,
    Aanbieder: 'De Kern',
    Functie: 'JGW',
    'Basisuren per week': 4,
    'Extra uren per week': null,
    'Weken per jaar': null,
    Uurtarief: 75.5,
    'Vast bedrag per jaar': null,
    'Aandeel gemeente (%)': 100,
    'Aandeel onderwijs (%)': 0,
    'Aandeel overig (%)': null,
    'Overige financier': null,
    Startdatum: null,
    Einddatum: null,
    Status: 'afgesproken',
    'Toelichting extra uren': null,
    "Thema's": null,
  };
  const rij = { ...basis, ...overschrijf };
  return KOPPEN.map((k) => rij[k] ?? null);
}

export async function maakBlad(
  rijen: CelInvoer[][],
  opties: { koppen?: (string | null)[]; blad?: string; voor?: (ws: ExcelJS.Worksheet) => void } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opties.blad ?? 'Afspraken');
  ws.addRow(opties.koppen ?? KOPPEN);
  for (const r of rijen) ws.addRow(r);
  opties.voor?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads, checks and saves a sheet the way import.afsprakenUitvoeren does, without a dialog. */
export async function importeerBlad(db: Db, inhoud: Buffer) {
  const blad = await leesAfsprakenBlad(inhoud);
  const plan = await maakAfsprakenPlan(db, blad);
  return { plan, telling: voerAfsprakenPlanUit(db, plan, 'test') };
}
