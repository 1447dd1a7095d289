// Saved verdelingen (issue 16 item 1): CRUD with Dutch validation, and the division of a saved one.
// A vastgestelde verdeling cannot be changed or deleted: it is reopened only by undoing the
// vaststellen, which removes what it wrote (docs/regels.md#regel-17).
import { bestaat } from '../db/repo-hulp';
import { leesVerdeling, lijstVerdelingen, slaVerdelingOp, verdelingMetNaam, verwijderVerdeling, type VerdelingOpslag } from '../db/verdelingen-repo';
import type { Db } from '../db/open';
import { isoNaarNl } from '../domain/verdeling';
import { berekenVoorstel } from './verdeling';
import { Controle, inGebruik, nietGevonden } from './registratie-hulp';
import type { Handlers } from './registry';
import type { VerdelingRecord } from './typen/verdeling';
import { logMutatie } from '../db/mutatielog-repo';
import { leesVerdelingBlad, maakVerdelingPlan } from '../import/verdeling';
import { bestandUitInhoud } from '../import/plannen';
import { alsGebruikersFout, backupVoorImport, magSchrijven } from './importeren';
import { formatMelding } from '../import/fout';

export function leesVerdelingOf(db: Db, id: number): VerdelingRecord {
  return leesVerdeling(db, id) ?? nietGevonden(`De verdeling met nummer ${id}`);
}

function controleer(db: Db, v: VerdelingOpslag, id?: number): void {
  const c = new Controle();
  const zelfde = verdelingMetNaam(db, v.naam);
  if (zelfde !== null && zelfde !== id) c.bestaatAl('naam', `Er is al een verdeling met de naam ${v.naam}. Kies een andere naam.`);
  if (v.aanbiederId !== null && !bestaat(db, 'aanbieders', v.aanbiederId))
    c.fout('aanbiederId', `De aanbieder met nummer ${v.aanbiederId} bestaat niet (meer).`);
  v.scholen.forEach((s, i) => {
    if (s.aanbiederId !== null && !bestaat(db, 'aanbieders', s.aanbiederId))
      c.fout(`scholen.${i}.aanbiederId`, `De aanbieder met nummer ${s.aanbiederId} bestaat niet (meer).`);
  });
  c.klaar();
  // The division itself must be possible (a pot in whole steps, bounds that fit ...).
  berekenVoorstel(db, v);
}

function weigerAlsVastgesteld(v: VerdelingRecord, wat: string): void {
  if (v.vastgesteldOp !== null)
    inGebruik(
      `De verdeling ${v.naam} is vastgesteld op ${isoNaarNl(v.vastgesteldOp)} en kan niet worden ${wat}. Maak het vaststellen eerst ongedaan; dat haalt ook weg wat het vaststellen schreef.`,
    );
}

export const verdelingenHandlers: Handlers<
  | 'verdelingen.lijst'
  | 'verdelingen.lees'
  | 'verdelingen.maak'
  | 'verdelingen.wijzig'
  | 'verdelingen.verwijder'
  | 'verdelingen.herstel'
  | 'verdelingen.voorstel'
  | 'verdelingen.voorstelInlezen'
> = {
  'verdelingen.lijst': (_, { db }) => lijstVerdelingen(db),
  'verdelingen.lees': ({ id }, { db }) => leesVerdelingOf(db, id),
  'verdelingen.voorstel': ({ id }, { db }) => berekenVoorstel(db, leesVerdelingOf(db, id)),
  'verdelingen.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = leesVerdelingOf(db, slaVerdelingOp(db, input));
    log('verdeling', nieuw.id, null, nieuw);
    return nieuw;
  },
  'verdelingen.wijzig': ({ id, status: _s, vastgesteldOp: _v, ...input }, { db, log }) => {
    const oud = leesVerdelingOf(db, id);
    weigerAlsVastgesteld(oud, 'gewijzigd');
    controleer(db, input, id);
    slaVerdelingOp(db, input, id);
    const nieuw = leesVerdelingOf(db, id);
    log('verdeling', id, oud, nieuw);
    return nieuw;
  },
  'verdelingen.verwijder': ({ id }, { db, log }) => {
    const oud = leesVerdelingOf(db, id);
    weigerAlsVastgesteld(oud, 'verwijderd');
    verwijderVerdeling(db, id);
    log('verdeling', id, oud, null);
    return oud;
  },
  // The BLOZ proposal back from the BLOZ: its column Toegekend becomes the hand edits, all or nothing,
  // after a backup (like every import). An allocation equal to the computed one is no hand edit.
  'verdelingen.voorstelInlezen': async ({ id, naam, inhoudBase64 }, { db, omgeving }) => {
    magSchrijven(omgeving);
    weigerAlsVastgesteld(leesVerdelingOf(db, id), 'aangepast');
    const bestand = bestandUitInhoud(naam, inhoudBase64);
    let blad;
    try {
      blad = await leesVerdelingBlad(bestand.inhoud);
      maakVerdelingPlan(berekenVoorstel(db, leesVerdelingOf(db, id)), blad);
    } catch (e) {
      throw alsGebruikersFout(e, naam);
    }
    const backup = await backupVoorImport(db, omgeving);
    // Planned again inside the transaction, against the verdeling as it is now.
    return db
      .transaction(() => {
        const oud = leesVerdelingOf(db, id);
        weigerAlsVastgesteld(oud, 'aangepast');
        let plan;
        try {
          plan = maakVerdelingPlan(berekenVoorstel(db, oud), blad);
        } catch (e) {
          throw alsGebruikersFout(e, naam);
        }
        const instellingen = new Map(oud.scholen.map((s) => [s.schoolId, s]));
        for (const [schoolId, toegekend] of plan.toegekend) {
          const s = instellingen.get(schoolId) ?? { schoolId, gewicht: null, min: null, max: null, toegekend: null, aanbiederId: null };
          instellingen.set(schoolId, { ...s, toegekend });
        }
        slaVerdelingOp(db, { ...oud, scholen: [...instellingen.values()] }, id, oud.vastgesteldOp);
        const nieuw = leesVerdelingOf(db, id);
        logMutatie(db, omgeving.gebruiker, 'verdelingen.voorstelInlezen', [['verdeling', String(id), oud, nieuw]]);
        return {
          verdeling: nieuw,
          gewijzigd: plan.gewijzigd,
          uitgedeeld: plan.uitgedeeld,
          waarschuwingen: plan.waarschuwingen.map(formatMelding),
          backup: backup.backup,
        };
      })
      .immediate();
  },
  // Undo of verwijder: the record as verwijder returned it, with its own id when still free.
  'verdelingen.herstel': ({ id, status: _s, vastgesteldOp: _v, ...input }, { db, log }) => {
    controleer(db, input);
    const vrij = leesVerdeling(db, id) === null ? id : undefined;
    const nieuw = leesVerdelingOf(db, slaVerdelingOp(db, input, vrij));
    log('verdeling', nieuw.id, null, nieuw);
    return nieuw;
  },
};
