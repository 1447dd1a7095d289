// One import for the pure domain engines: `import { kostenoverzicht, formatEuro } from '../domain'`.
export * from './types';
export * from './geld';
export * from './schooljaar';
export * from './kosten';
export * from './dekking';
export * from './dekkingsgraad';
export * from './wijkteam';
export * from './scenario';
export * from './validatie';
export * from './regeling';
export * from './velden';
