// Handlers of the aanvullende inzet (issue 16 item 7): records per afspraak with their cost
// (docs/regels.md#regel-18). Every write is logged under entity 'aanvullendeInzet'.
import { aanvullendeInzetTabel, aanvullendeInzetVan } from '../db/aanvullende-inzet-repo';
import { leesInstellingen } from '../db/instellingen-repo';
import { laadKostenregels } from '../db/kosten-repo';
import type { Db } from '../db/open';
import { buitenSchooljaar, telMetAfspraak, type AanvullendeInzetGevalideerd } from '../domain/aanvullende-inzet';
import { kostenPerRecord, legeVerdeling } from '../domain/kosten';
import { schooljaarPeriode } from '../domain/schooljaar';
import type { AanvullendeInzet } from '../domain/types';
import type { Handlers } from './registry';
import { Controle, nietGevonden } from './registratie-hulp';
import type { AanvullendeInzetOverzichtRij, AanvullendeInzetRij, VerantwoordingVerlopen } from './typen/aanvullende-inzet';
import { vandaag } from './subsidies';

function schooljaarVan(db: Db, afspraakId: number): number | null {
  return (db.prepare('SELECT schooljaar FROM afspraken WHERE id = ?').pluck().get(afspraakId) as number | undefined) ?? null;
}

/** The afspraak exists, and the dates lie inside its schooljaar (the start month setting counts). */
function controleer(db: Db, r: AanvullendeInzetGevalideerd): void {
  const c = new Controle();
  const schooljaar = schooljaarVan(db, r.afspraakId);
  if (schooljaar === null) nietGevonden(`De afspraak met nummer ${r.afspraakId}`);
  const periode = schooljaarPeriode(schooljaar, leesInstellingen(db).schooljaarStartMaand);
  for (const b of buitenSchooljaar(r, schooljaar, periode)) c.fout(b.veld, b.melding);
  c.klaar();
}

function lees(db: Db, id: number): AanvullendeInzet {
  return aanvullendeInzetTabel.lees(db, id) ?? nietGevonden(`De aanvullende inzet met nummer ${id}`);
}

/** The records of an afspraak with their cost in the schooljaar (regel-18). */
export function aanvullendeInzetRijen(db: Db, afspraakId: number): AanvullendeInzetRij[] {
  const records = aanvullendeInzetVan(db, afspraakId);
  if (records.length === 0) return [];
  const [afspraak] = laadKostenregels(db, [afspraakId]);
  const ctx = leesInstellingen(db);
  const kosten = kostenPerRecord(afspraak, records, ctx);
  return records.map((r) => ({
    ...r,
    kosten: kosten.get(r.id) ?? legeVerdeling(),
    telMetAfspraak: telMetAfspraak({ ...afspraak, extraUrenPerWeek: 0 }, r, ctx.schooljaarStartMaand),
  }));
}

/** Every record of a schooljaar with its afspraak's names and its cost, ordered by school, functie and record. */
export function aanvullendeInzetVanSchooljaar(db: Db, schooljaar: number): AanvullendeInzetOverzichtRij[] {
  const namen = new Map(
    (
      db
        .prepare(
          `SELECT a.id, a.schooljaar, s.vestigingscode, s.naam AS schoolNaam, an.naam AS aanbiederNaam, a.functie, a.status
           FROM afspraken a JOIN scholen s ON s.id = a.school_id JOIN aanbieders an ON an.id = a.aanbieder_id
           WHERE a.schooljaar = ? AND EXISTS (SELECT 1 FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id)
           ORDER BY s.naam COLLATE NOCASE, s.vestigingscode, a.functie, an.naam COLLATE NOCASE`,
        )
        .all(schooljaar) as ({ id: number } & Omit<AanvullendeInzetOverzichtRij, keyof AanvullendeInzetRij>)[]
    ).map(({ id, ...r }) => [id, r]),
  );
  const uit: AanvullendeInzetOverzichtRij[] = [];
  for (const [afspraakId, n] of namen) for (const r of aanvullendeInzetRijen(db, afspraakId)) uit.push({ ...r, ...n });
  return uit;
}

export const aanvullendeInzetHandlers: Handlers<
  | 'aanvullendeInzet.lijst'
  | 'aanvullendeInzet.lees'
  | 'aanvullendeInzet.schooljaar'
  | 'aanvullendeInzet.maak'
  | 'aanvullendeInzet.wijzig'
  | 'aanvullendeInzet.verwijder'
  | 'aanvullendeInzet.herstel'
  | 'aanvullendeInzet.verantwoordingVerlopen'
> = {
  'aanvullendeInzet.verantwoordingVerlopen': ({ vandaag: dag }, { db }) =>
    db
      .prepare(
        `SELECT ai.id, ai.afspraak_id AS afspraakId, a.schooljaar, s.naam AS schoolNaam, a.functie, an.naam AS aanbiederNaam,
           ai.verantwoording_uiterlijk AS verantwoordingUiterlijk, ai.reden
         FROM aanvullende_inzet ai JOIN afspraken a ON a.id = ai.afspraak_id JOIN scholen s ON s.id = a.school_id JOIN aanbieders an ON an.id = a.aanbieder_id
         WHERE ai.verantwoording_uiterlijk < ? AND ai.verantwoording_ontvangen IS NULL
         ORDER BY ai.verantwoording_uiterlijk, s.naam COLLATE NOCASE, ai.id`,
      )
      .all(dag ?? vandaag()) as VerantwoordingVerlopen[],
  'aanvullendeInzet.schooljaar': ({ schooljaar }, { db }) => aanvullendeInzetVanSchooljaar(db, schooljaar),
  'aanvullendeInzet.lees': ({ id }, { db }) => lees(db, id),
  'aanvullendeInzet.lijst': ({ afspraakId }, { db }) => {
    if (schooljaarVan(db, afspraakId) === null) nietGevonden(`De afspraak met nummer ${afspraakId}`);
    return aanvullendeInzetRijen(db, afspraakId);
  },
  'aanvullendeInzet.maak': (input, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, aanvullendeInzetTabel.voegToe(db, input));
    log('aanvullendeInzet', nieuw.id, null, nieuw);
    return nieuw;
  },
  'aanvullendeInzet.wijzig': ({ id, ...input }, { db, log }) => {
    const oud = lees(db, id);
    controleer(db, input);
    aanvullendeInzetTabel.wijzig(db, id, input);
    const nieuw = lees(db, id);
    log('aanvullendeInzet', id, oud, nieuw);
    return nieuw;
  },
  'aanvullendeInzet.verwijder': ({ id }, { db, log }) => {
    const oud = lees(db, id);
    aanvullendeInzetTabel.verwijder(db, id);
    log('aanvullendeInzet', id, oud, null);
    return oud;
  },
  // Undo of verwijder: the same record, with its id when still free.
  'aanvullendeInzet.herstel': ({ id, ...input }, { db, log }) => {
    controleer(db, input);
    const nieuw = lees(db, aanvullendeInzetTabel.voegToe(db, input, id));
    log('aanvullendeInzet', nieuw.id, null, nieuw);
    return nieuw;
  },
};
