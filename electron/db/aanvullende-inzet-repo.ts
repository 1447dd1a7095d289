// SQL of the aanvullende inzet (issue 16 item 7, migration 012): zero or more records per afspraak.
// The cost engines read them through kosten-repo (laadAanvullendeInzet); writes come from the
// handlers (api/aanvullende-inzet.ts), the afsprakenblad, copying a schooljaar and a verdeling's
// vaststellen (voegAanvullendeInzetToe, inside the caller's transaction).
import type { AanvullendeInzet } from '../domain/types';
import type { InzetKosten } from '../domain/aanvullende-inzet';
import type { Db } from './open';
import { insertSql, naarParams, schrijfVelden, selectLijst, tabel, voorbereid, type VeldMap } from './velden';

export const AANVULLENDE_INZET_VELDEN = {
  id: { kolom: 'id', soort: 'id' },
  afspraakId: { kolom: 'afspraak_id', soort: 'verwijzing' },
  urenPerWeek: { kolom: 'uren_per_week', soort: 'getal' },
  bedragCents: { kolom: 'bedrag_cents', soort: 'cents' },
  startdatum: { kolom: 'startdatum', soort: 'datum' },
  einddatum: { kolom: 'einddatum', soort: 'datum' },
  reden: { kolom: 'reden', soort: 'tekst' },
  doelen: { kolom: 'doelen', soort: 'tekst' },
  aandeelGemeente: { kolom: 'aandeel_gemeente', soort: 'getal' },
  aandeelOnderwijs: { kolom: 'aandeel_onderwijs', soort: 'getal' },
  aandeelOverig: { kolom: 'aandeel_overig', soort: 'getal' },
  overigeFinancier: { kolom: 'overige_financier', soort: 'tekst' },
  aangevraagdDoor: { kolom: 'aangevraagd_door', soort: 'keuze' },
  besluitDatum: { kolom: 'besluit_datum', soort: 'datum' },
  besluitDoor: { kolom: 'besluit_door', soort: 'tekst' },
  verantwoordingUiterlijk: { kolom: 'verantwoording_uiterlijk', soort: 'datum' },
  verantwoordingOntvangen: { kolom: 'verantwoording_ontvangen', soort: 'datum' },
  verantwoording: { kolom: 'verantwoording', soort: 'tekst' },
  bron: { kolom: 'bron', soort: 'keuze' },
  bronId: { kolom: 'bron_id', soort: 'verwijzing' },
  bronTekst: { kolom: 'bron_tekst', soort: 'tekst' },
} as const satisfies VeldMap<AanvullendeInzet>;

export const aanvullendeInzetTabel = tabel<AanvullendeInzet>('aanvullende_inzet', AANVULLENDE_INZET_VELDEN);

const KOLOMMEN = selectLijst(AANVULLENDE_INZET_VELDEN, 'ai');
const INSERT = insertSql('aanvullende_inzet', AANVULLENDE_INZET_VELDEN);
const SCHRIJF = schrijfVelden(AANVULLENDE_INZET_VELDEN);

/** The records of one afspraak, in the order they were made. */
export function aanvullendeInzetVan(db: Db, afspraakId: number): AanvullendeInzet[] {
  return voorbereid(db, `SELECT ${KOLOMMEN} FROM aanvullende_inzet ai WHERE ai.afspraak_id = ? ORDER BY ai.id`).all(afspraakId) as AanvullendeInzet[];
}

/** Every record, by afspraak and id (the sheet import compares its rows with these). */
export function alleAanvullendeInzet(db: Db): AanvullendeInzet[] {
  return db.prepare(`SELECT ${KOLOMMEN} FROM aanvullende_inzet ai ORDER BY ai.afspraak_id, ai.id`).all() as AanvullendeInzet[];
}

/** Every record of the afspraken of schooljaren van..tot, by afspraak and id. */
export function aanvullendeInzetInSchooljaren(db: Db, van: number, tot: number): AanvullendeInzet[] {
  return db
    .prepare(
      `SELECT ${KOLOMMEN} FROM aanvullende_inzet ai JOIN afspraken a ON a.id = ai.afspraak_id
       WHERE a.schooljaar BETWEEN ? AND ? ORDER BY ai.afspraak_id, ai.id`,
    )
    .all(van, tot) as AanvullendeInzet[];
}

/**
 * What the cost rule needs (regel-18) of the records of schooljaren van..tot, or of the afspraken
 * with these ids, grouped per afspraak id (in record order).
 */
export function inzetKostenPerAfspraak(db: Db, waar: { van: number; tot: number } | { ids: readonly number[] }): Map<number, InzetKosten[]> {
  const perIds = 'ids' in waar;
  const rijen = db
    .prepare(
      `SELECT ai.afspraak_id AS afspraakId, ai.id, ai.uren_per_week AS urenPerWeek, ai.bedrag_cents AS bedragCents, ai.startdatum, ai.einddatum,
         ai.aandeel_gemeente AS aandeelGemeente, ai.aandeel_onderwijs AS aandeelOnderwijs, ai.aandeel_overig AS aandeelOverig,
         ai.overige_financier AS overigeFinancier
       FROM aanvullende_inzet ai
       ${perIds ? 'WHERE ai.afspraak_id IN (SELECT value FROM json_each(?))' : 'JOIN afspraken a ON a.id = ai.afspraak_id WHERE a.schooljaar BETWEEN ? AND ?'}
       ORDER BY ai.afspraak_id, ai.id`,
    )
    .all(...(perIds ? [JSON.stringify(waar.ids)] : [waar.van, waar.tot])) as (InzetKosten & { afspraakId: number })[];
  const uit = new Map<number, InzetKosten[]>();
  for (const { afspraakId, ...r } of rijen) {
    let lijst = uit.get(afspraakId);
    if (!lijst) uit.set(afspraakId, (lijst = []));
    lijst.push(r);
  }
  return uit;
}

/**
 * Inserts records as they are, in one go, inside the caller's transaction (a verdeling's
 * vaststellen writes its allocations with bron 'verdeling'). The caller validates: this writes
 * what it gets, and a row that breaks a CHECK or the afspraak reference throws (the caller's
 * transaction then rolls back everything). Returns the new ids in input order.
 */
export function voegAanvullendeInzetToe(db: Db, records: readonly Omit<AanvullendeInzet, 'id'>[]): number[] {
  const insert = voorbereid(db, INSERT);
  return records.map((r) => Number(insert.run({ ...naarParams(AANVULLENDE_INZET_VELDEN, r, SCHRIJF), id: null }).lastInsertRowid));
}

/** Removes what one source wrote (a verdeling undone): returns the removed records (for the log). */
export function verwijderAanvullendeInzetVanBron(db: Db, bron: AanvullendeInzet['bron'], bronId: number): AanvullendeInzet[] {
  const weg = voorbereid(db, `SELECT ${KOLOMMEN} FROM aanvullende_inzet ai WHERE ai.bron = ? AND ai.bron_id = ? ORDER BY ai.id`).all(
    bron,
    bronId,
  ) as AanvullendeInzet[];
  voorbereid(db, 'DELETE FROM aanvullende_inzet WHERE bron = ? AND bron_id = ?').run(bron, bronId);
  return weg;
}
