// Loading the demo database "Voorbeeld Zwolle" (electron/demo/voorbeeld-zwolle.ts). An actie: it
// manages its own (single) transaction and refuses a database that already holds data.
import { laadVoorbeeldZwolle, type DemoResultaat } from '../demo/voorbeeld-zwolle';
import type { Handlers } from './registry';

export type { DemoResultaat };

export const demoHandlers: Handlers<'demo.laden'> = {
  'demo.laden': (_input, { omgeving }) => laadVoorbeeldZwolle(omgeving),
};
