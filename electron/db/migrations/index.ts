import basis from './001_basis';

/** Every migration the app knows, in order. Never change or reorder an applied one: add a new one. */
export const MIGRATIONS: readonly { id: string; sql: string }[] = [{ id: '001_basis', sql: basis }];
