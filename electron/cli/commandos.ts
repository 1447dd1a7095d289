import type { Commando } from './main';
import { infoCommando } from './info';

/** Every CLI command; each lives in its own file. */
export const COMMANDOS: Commando[] = [infoCommando];
