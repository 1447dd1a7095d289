import { STANDAARD_INSTELLINGEN } from '../domain/instellingen';
import type { FunctieCode, Instellingen } from '../domain/types';
import type { Db } from './open';

type Sleutel = 'gemeenteNaam' | 'gemeenteCode' | 'schooljaarStartMaand' | 'wekenPerSchooljaar';
const SLEUTELS: Sleutel[] = ['gemeenteNaam', 'gemeenteCode', 'schooljaarStartMaand', 'wekenPerSchooljaar'];

/** Settings are key/value rows; the default rates live with the functies. */
export function leesInstellingen(db: Db): Instellingen {
  const rows = db.prepare('SELECT sleutel, waarde FROM instellingen').all() as { sleutel: string; waarde: string }[];
  const opgeslagen = Object.fromEntries(rows.map((r) => [r.sleutel, JSON.parse(r.waarde)]));
  const tarieven = db.prepare('SELECT code, standaard_uurtarief_cents AS cents FROM functies').all() as { code: FunctieCode; cents: number }[];
  const result = { ...STANDAARD_INSTELLINGEN, standaardTarieven: {} } as Instellingen;
  for (const sleutel of SLEUTELS) if (sleutel in opgeslagen) (result as unknown as Record<string, unknown>)[sleutel] = opgeslagen[sleutel];
  for (const t of tarieven) result.standaardTarieven[t.code] = t.cents;
  return result;
}

export function schrijfInstellingen(db: Db, instellingen: Instellingen): void {
  const upsert = db.prepare('INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde');
  for (const sleutel of SLEUTELS) upsert.run(sleutel, JSON.stringify(instellingen[sleutel]));
  const tarief = db.prepare('UPDATE functies SET standaard_uurtarief_cents = ? WHERE code = ?');
  for (const [code, cents] of Object.entries(instellingen.standaardTarieven)) tarief.run(cents, code);
}

/**
 * The demo loader marks its file, so every report can say its figures are example data
 * ("Voorbeeldgegevens"). A row of its own: the settings screen never writes or clears it.
 */
const VOORBEELD_SLEUTEL = 'voorbeeld';

export function markeerAlsVoorbeeld(db: Db): void {
  db.prepare('INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde').run(
    VOORBEELD_SLEUTEL,
    JSON.stringify(true),
  );
}

export function isVoorbeeld(db: Db): boolean {
  const rij = db.prepare('SELECT waarde FROM instellingen WHERE sleutel = ?').get(VOORBEELD_SLEUTEL) as { waarde: string } | undefined;
  return rij !== undefined && JSON.parse(rij.waarde) === true;
}
