import basis from './001_basis';
import afsprakenLijst from './002_afspraken_lijst';
import afsprakenVolgorde from './003_afspraken_volgorde';
import werkplannen from './007_werkplannen';

/** Every migration the app knows, in order. Never change or reorder an applied one: add a new one. */
export const MIGRATIONS: readonly { id: string; sql: string }[] = [
  { id: '001_basis', sql: basis },
  { id: '002_afspraken_lijst', sql: afsprakenLijst },
  { id: '003_afspraken_volgorde', sql: afsprakenVolgorde },
  { id: '007_werkplannen', sql: werkplannen },
];
