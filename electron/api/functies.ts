// Handlers of the gemeente's functies (add, change, delete when unused) and of the composition
// of the ondersteuningsteam per sector (issue 13 item 5).
import { verdelingenMet } from '../db/verdelingen-repo';
import {
  functieGebruik,
  leesFunctie,
  leesOtSamenstelling,
  lijstFuncties,
  schrijfOtSamenstelling,
  verwijderFunctie,
  voegFunctieToe,
  wijzigFunctie,
} from '../db/functies-repo';
import type { Functie } from './typen/registratie';
import type { Db } from '../db/open';
import type { OtSamenstelling } from '../domain/dekkingsgraad';
import { OT_ROL_LABEL, type OtRol } from '../domain/types';
import type { Handlers } from './registry';
import { Controle, inGebruik, nietGevonden, telwoord, verdelingTekst } from './registratie-hulp';
import { weigerWijzigingVanGebruiktBasis } from './tarieven';
export { controleerFuncties } from './functie-controle';

type FunctieVelden = Omit<Functie, 'otRol'> & { otRol?: OtRol | null };

function maak(
  input: FunctieVelden,
  { db, log }: { db: Db; log: (entiteit: string, id: string | number | null, oud: unknown, nieuw: unknown) => void },
): Functie {
  const c = new Controle();
  const ander = leesFunctie(db, input.code);
  if (ander) c.bestaatAl('code', `Code: er is al een functie ${ander.code} (${ander.naam}).`);
  c.klaar();
  voegFunctieToe(db, { ...input, otRol: input.otRol ?? null });
  const nieuw = leesFunctie(db, input.code) as Functie;
  log('functie', nieuw.code, null, nieuw);
  return nieuw;
}

/** Roles in which the composition uses this functie. */
function otRollenVan(db: Db, code: string): { sector: string; rol: OtRol }[] {
  return db.prepare('SELECT sector, rol FROM ot_samenstelling WHERE functie = ? ORDER BY sector, rol').all(code) as { sector: string; rol: OtRol }[];
}

export const functiesHandlers: Handlers<
  | 'functies.lijst'
  | 'functies.lees'
  | 'functies.maak'
  | 'functies.wijzig'
  | 'functies.verwijder'
  | 'functies.herstel'
  | 'ot.samenstelling'
  | 'ot.samenstellingOpslaan'
> = {
  'functies.lijst': (_input, { db }) => lijstFuncties(db),
  'functies.lees': ({ code }, { db }) => leesFunctie(db, code) ?? nietGevonden(`De functie ${code}`),
  'functies.maak': (input, ctx) => maak(input, ctx),
  // "Ongedaan maken" after verwijder: the same record again (its place in the OT composition is not restored).
  'functies.herstel': (input, ctx) => maak(input, ctx),
  'functies.wijzig': (input: FunctieVelden, { db, log }) => {
    const gevonden = leesFunctie(db, input.code);
    if (!gevonden) {
      const c = new Controle();
      c.fout('code', `Functie ${input.code} bestaat niet; kies een functie uit de lijst of voeg hem eerst toe.`);
      c.klaar();
    }
    const oud = gevonden as Functie;
    weigerWijzigingVanGebruiktBasis(
      db,
      { standaardTarieven: { [oud.code]: oud.standaardUurtariefCents } },
      { standaardTarieven: { [oud.code]: input.standaardUurtariefCents } },
      () => 'standaardUurtariefCents',
    );
    const otRol = input.otRol === undefined ? oud.otRol : input.otRol;
    const anders = otRollenVan(db, oud.code).filter((r) => r.rol !== otRol);
    if (anders.length) {
      const c = new Controle();
      c.fout(
        'otRol',
        `OT-rol: ${oud.code} vult in de samenstelling van het ondersteuningsteam de rol ${OT_ROL_LABEL[anders[0].rol]} (${anders.map((r) => r.sector).join(', ')}). Haal de functie daar eerst weg.`,
      );
      c.klaar();
    }
    wijzigFunctie(db, { ...input, code: oud.code, otRol });
    const nieuw = leesFunctie(db, oud.code) as Functie;
    log('functie', oud.code, oud, nieuw);
    return nieuw;
  },
  'functies.verwijder': ({ code }, { db, log }) => {
    const oud = leesFunctie(db, code) ?? nietGevonden(`De functie ${code}`);
    const gebruik = functieGebruik(db, oud.code);
    if (gebruik.afspraken || gebruik.regelingen) {
      const waar = [
        gebruik.afspraken ? telwoord(gebruik.afspraken, 'afspraak', 'afspraken') : null,
        gebruik.regelingen ? telwoord(gebruik.regelingen, 'regeling', 'regelingen') : null,
      ].filter(Boolean);
      inGebruik(`De functie ${oud.code} hoort nog bij ${waar.join(' en ')}. Verwijder of wijzig die eerst.`);
    }
    const verdelingen = verdelingenMet(db, 'functie', oud.code);
    if (verdelingen.length) inGebruik(`De functie ${oud.code} hoort nog bij ${verdelingTekst(verdelingen)}. Verwijder of wijzig die eerst.`);
    verwijderFunctie(db, oud.code);
    log('functie', oud.code, oud, null);
    return oud;
  },
  'ot.samenstelling': (_input, { db }) => leesOtSamenstelling(db),
  'ot.samenstellingOpslaan': (input, { db, log }) => {
    const oud = leesOtSamenstelling(db);
    const c = new Controle();
    const functies = new Map(lijstFuncties(db).map((f) => [f.code, f]));
    for (const [sector, rollen] of Object.entries(input)) {
      for (const [rol, codes] of Object.entries(rollen) as [OtRol, string[]][]) {
        codes.forEach((code, i) => {
          const f = functies.get(code);
          const veld = `${sector}.${rol}.${i}`;
          if (!f) c.fout(veld, `OT ${sector}, ${OT_ROL_LABEL[rol]}: functie ${code} bestaat niet.`);
          else if (f.otRol !== rol) {
            c.fout(
              veld,
              `OT ${sector}, ${OT_ROL_LABEL[rol]}: ${code} kan volgens de functielijst ${f.otRol ? `alleen de rol ${OT_ROL_LABEL[f.otRol]}` : 'geen OT-rol'} vervullen. Pas dat eerst aan bij de functie.`,
            );
          }
        });
      }
    }
    c.klaar();
    schrijfOtSamenstelling(db, input as OtSamenstelling);
    const nieuw = leesOtSamenstelling(db);
    log('ot-samenstelling', null, oud, nieuw);
    return nieuw;
  },
};
