import basis from './001_basis';
import afsprakenLijst from './002_afspraken_lijst';
import afsprakenVolgorde from './003_afspraken_volgorde';
import tarieven from './004_tarieven';
import functiesRegeling from './005_functies_regeling';
import besturenWijkregels from './006_besturen_wijkregels';
import werkplannen from './007_werkplannen';
import monitor from './009_monitor';
import subsidies from './010_subsidies';
import indicatoren from './011_indicatoren';
import aanvullendeInzet from './012_aanvullende_inzet';
import verdelingen from './013_verdelingen';

/** Every migration the app knows, in order. Never change or reorder an applied one: add a new one. */
/**
 * zonderFk: the migration rebuilds a table that others reference (SQLite's way to drop a CHECK);
 * it runs with foreign_keys OFF and must pass foreign_key_check before it commits (db/open.ts).
 */
export interface Migratie {
  id: string;
  sql: string;
  zonderFk?: boolean;
}

export const MIGRATIONS: readonly Migratie[] = [
  { id: '001_basis', sql: basis },
  { id: '002_afspraken_lijst', sql: afsprakenLijst },
  { id: '003_afspraken_volgorde', sql: afsprakenVolgorde },
  { id: '004_tarieven', sql: tarieven },
  { id: '005_functies_regeling', sql: functiesRegeling, zonderFk: true },
  { id: '006_besturen_wijkregels', sql: besturenWijkregels },
  { id: '007_werkplannen', sql: werkplannen },
  { id: '009_monitor', sql: monitor },
  { id: '010_subsidies', sql: subsidies },
  { id: '011_indicatoren', sql: indicatoren },
  { id: '012_aanvullende_inzet', sql: aanvullendeInzet },
  { id: '013_verdelingen', sql: verdelingen },
];
