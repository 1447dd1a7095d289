// Whether the functie codes of an input exist in this file (the gemeente's own list, issue 13
// item 5). Apart from api/functies.ts so that the tarieven and kosten handlers can use it without
// an import cycle (functies.ts uses tarieven.ts).
import { lijstFuncties } from '../db/functies-repo';
import type { Db } from '../db/open';
import { Controle } from './registratie-hulp';

/** A read of the computed side names a functie the file does not have: say so, with the choices. */
export function controleerFuncties(db: Db, codes: readonly (string | undefined)[], veld = 'functie'): void {
  const c = new Controle();
  const bekend = lijstFuncties(db).map((f) => f.code);
  codes.forEach((code, i) => {
    if (code !== undefined && !bekend.includes(code))
      c.fout(codes.length > 1 ? `${veld}.${i}` : veld, `Functie ${code} bestaat niet in dit bestand (kies uit ${bekend.join(', ')}).`);
  });
  c.klaar();
}
