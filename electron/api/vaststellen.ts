// Vaststellen of a verdeling (issue 16 item 5, docs/regels.md#regel-17): every school's toegekende
// hours or euros become an aanvullende inzet record on its afspraak for the functie and aanbieder
// (one is made, with 0 basisuren, when the school has none), with the source "Verdeling <naam>,
// BLOZ-advies <datum>". Runs as a `wijzigen` method: the registry's one transaction makes it
// all-or-nothing. Undoing removes exactly what it wrote, also in one transaction.
import { voegAanvullendeInzetToe, verwijderAanvullendeInzetVanBron } from '../db/aanvullende-inzet-repo';
import { voegAfspraakToe } from '../db/afspraken-repo';
import { leesFunctie } from '../db/functies-repo';
import { instellingenVan } from '../db/lees-cache';
import type { Db } from '../db/open';
import { opsomming } from '../db/repo-hulp';
import { zetVastgesteld } from '../db/verdelingen-repo';
import { schooljaarPeriode } from '../domain/schooljaar';
import type { AanvullendeInzet } from '../domain/types';
import type { VerdelingRecord } from './typen/verdeling';
import { isoNaarNl, naarEenheden, verdelingBron } from '../domain/verdeling';
import { GebruikersFout } from './fout';
import { inGebruik } from './registratie-hulp';
import type { Handlers } from './registry';
import { berekenVoorstel } from './verdeling';
import { leesVerdelingOf } from './verdelingen';

interface AfspraakKern {
  id: number;
  startdatum: string | null;
  einddatum: string | null;
  aandeelGemeente: number;
  aandeelOnderwijs: number;
  aandeelOverig: number;
  overigeFinancier: string | null;
}

function vandaag(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function stelVast(db: Db, id: number, datum: string | null): { verdeling: VerdelingRecord; records: number; nieuweAfspraken: number } {
  const v = leesVerdelingOf(db, id);
  if (v.vastgesteldOp !== null) inGebruik(`De verdeling ${v.naam} is al vastgesteld op ${isoNaarNl(v.vastgesteldOp)}.`);
  const voorstel = berekenVoorstel(db, v);
  const pot = naarEenheden(v.soort, voorstel.totaal);
  if (naarEenheden(v.soort, voorstel.uitgedeeld) !== pot)
    throw new GebruikersFout(
      `Er is ${voorstel.uitgedeeld} uitgedeeld van ${voorstel.totaal}: vaststellen kan pas als alles precies is uitgedeeld. Er is niets veranderd.`,
    );
  const toegekend = voorstel.scholen.filter((s) => s.toegekend > 0);
  const zonder = toegekend.filter((s) => (s.aanbiederId ?? v.aanbiederId) === null);
  if (zonder.length)
    throw new GebruikersFout(
      `Kies een aanbieder voor de verdeling (of per school): ${opsomming(zonder.map((s) => s.naam))} ${zonder.length === 1 ? 'heeft' : 'hebben'} er geen. Er is niets veranderd.`,
      'ongeldige-invoer',
      [{ veld: 'aanbiederId', melding: 'Kies een aanbieder.' }],
    );
  const startMaand = instellingenVan(db).schooljaarStartMaand;
  const periode = schooljaarPeriode(v.schooljaar, startMaand);
  const betaler = leesFunctie(db, v.functie)?.betaler ?? 'gemeente';
  // The afspraken of the functie in the schooljaar, by school and aanbieder: one query, not one per school.
  const bestaand = new Map<string, AfspraakKern>();
  for (const a of db
    .prepare(
      `SELECT id, school_id AS schoolId, aanbieder_id AS aanbiederId, startdatum, einddatum, aandeel_gemeente AS aandeelGemeente,
         aandeel_onderwijs AS aandeelOnderwijs, aandeel_overig AS aandeelOverig, overige_financier AS overigeFinancier
       FROM afspraken WHERE schooljaar = ? AND functie = ?`,
    )
    .all(v.schooljaar, v.functie) as (AfspraakKern & { schoolId: number; aanbiederId: number })[])
    bestaand.set(`${a.schoolId}/${a.aanbiederId}`, a);
  const koppel = db.prepare('INSERT INTO verdeling_afspraken (verdeling_id, afspraak_id) VALUES (?, ?)');
  const bron = verdelingBron(v.naam, v.adviesDatum);
  const besluit = datum ?? vandaag();
  const records: Omit<AanvullendeInzet, 'id'>[] = [];
  let nieuweAfspraken = 0;
  for (const s of toegekend) {
    const aanbiederId = (s.aanbiederId ?? v.aanbiederId) as number;
    let a = bestaand.get(`${s.schoolId}/${aanbiederId}`);
    if (!a) {
      const nieuw = {
        schooljaar: v.schooljaar,
        schoolId: s.schoolId,
        aanbiederId,
        functie: v.functie,
        basisurenPerWeek: 0,
        wekenPerJaar: null,
        uurtariefCents: null,
        vastBedragCents: null,
        aandeelGemeente: betaler === 'gemeente' ? 100 : 0,
        aandeelOnderwijs: betaler === 'gemeente' ? 0 : 100,
        aandeelOverig: 0,
        overigeFinancier: null,
        startdatum: null,
        einddatum: null,
        status: 'afgesproken' as const,
        themas: [],
        blozAdvies: v.adviesTekst,
        regelingId: null,
        opmerking: `Gemaakt bij het vaststellen van ${bron}.`,
      };
      const afspraakId = voegAfspraakToe(db, nieuw);
      koppel.run(id, afspraakId);
      nieuweAfspraken++;
      a = { id: afspraakId, ...nieuw };
    }
    // The record covers the afspraak's own months within the schooljaar.
    const start = a.startdatum && a.startdatum > periode.start ? a.startdatum : periode.start;
    const eind = a.einddatum && a.einddatum < periode.eind ? a.einddatum : periode.eind;
    records.push({
      afspraakId: a.id,
      urenPerWeek: v.soort === 'uren' ? s.toegekend : null,
      bedragCents: v.soort === 'euros' ? s.toegekend : null,
      startdatum: start,
      einddatum: eind,
      reden: `Toegekend uit ${bron}${s.handmatig ? ' (met de hand aangepast)' : ''}.`,
      doelen: null,
      aandeelGemeente: a.aandeelGemeente,
      aandeelOnderwijs: a.aandeelOnderwijs,
      aandeelOverig: a.aandeelOverig,
      overigeFinancier: a.overigeFinancier,
      aangevraagdDoor: 'gemeente',
      besluitDatum: besluit,
      besluitDoor: v.adviesDatum ? 'gemeente, op advies van het BLOZ' : 'gemeente',
      verantwoordingUiterlijk: null,
      verantwoordingOntvangen: null,
      verantwoording: null,
      bron: 'verdeling',
      bronId: id,
      bronTekst: bron,
    });
  }
  voegAanvullendeInzetToe(db, records);
  zetVastgesteld(db, id, besluit);
  return { verdeling: { ...v, vastgesteldOp: besluit, status: 'vastgesteld' }, records: records.length, nieuweAfspraken };
}

/** Removes what vaststellen wrote: its records, and the afspraken it made that carry nothing else now. */
export function maakVaststellenOngedaan(db: Db, id: number): { records: number; afspraken: number } {
  const v = leesVerdelingOf(db, id);
  if (v.vastgesteldOp === null) inGebruik(`De verdeling ${v.naam} is niet vastgesteld; er is niets ongedaan te maken.`);
  const weg = verwijderAanvullendeInzetVanBron(db, 'verdeling', id);
  const gemaakt = db.prepare('SELECT afspraak_id FROM verdeling_afspraken WHERE verdeling_id = ?').pluck().all(id) as number[];
  let afspraken = 0;
  const leeg = db
    .prepare(
      'SELECT NOT EXISTS (SELECT 1 FROM aanvullende_inzet WHERE afspraak_id = ?) AND basisuren = 0 AND vast_bedrag_cents IS NULL FROM afspraken WHERE id = ?',
    )
    .pluck();
  const verwijder = db.prepare('DELETE FROM afspraken WHERE id = ?');
  for (const afspraakId of gemaakt) {
    if (leeg.get(afspraakId, afspraakId) === 1) {
      verwijder.run(afspraakId);
      afspraken++;
    }
  }
  db.prepare('DELETE FROM verdeling_afspraken WHERE verdeling_id = ?').run(id);
  zetVastgesteld(db, id, null);
  return { records: weg.length, afspraken };
}

export const vaststellenHandlers: Handlers<'verdelingen.vaststellen' | 'verdelingen.vaststellenOngedaan'> = {
  // The mutatielog gets what changed (the date and what was written), not the whole verdeling twice:
  // its settings did not change, and a national one has thousands of school rows.
  'verdelingen.vaststellen': ({ id, datum }, { db, log }) => {
    const r = stelVast(db, id, datum);
    const { naam, vastgesteldOp } = r.verdeling;
    log('verdeling', id, { naam, vastgesteldOp: null }, { naam, vastgesteldOp, records: r.records, nieuweAfspraken: r.nieuweAfspraken });
    return r;
  },
  'verdelingen.vaststellenOngedaan': ({ id }, { db, log }) => {
    const oud = leesVerdelingOf(db, id);
    const r = maakVaststellenOngedaan(db, id);
    const verdeling = leesVerdelingOf(db, id);
    log('verdeling', id, oud, { ...verdeling, verwijderd: r });
    return { verdeling, verwijderdeRecords: r.records, verwijderdeAfspraken: r.afspraken };
  },
};
