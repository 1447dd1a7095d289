// Loading the demo database "Voorbeeld Zwolle" (electron/demo/voorbeeld-zwolle.ts). An actie: it
// manages its own (single) transaction and refuses a database that already holds data.
// The registry hands in its own invoke (the demo is entered through the API), so neither this file
// nor the loader imports the registry back.
import { laadVoorbeeldZwolle, type Invoke } from '../demo/voorbeeld-zwolle';
import type { Handlers } from './registry';

export function demoHandlers(invoke: Invoke): Handlers<'demo.laden'> {
  return { 'demo.laden': (_input, { omgeving }) => laadVoorbeeldZwolle(invoke, omgeving) };
}
