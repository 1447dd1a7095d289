// Handlers of the subsidy cycle (issue 17): aanvraag, verlening, voorschotten, verantwoording,
// vaststelling per aanbieder × begrotingsjaar. The gemeente's share of the afspraken comes from
// the cost engine over the read cache; the schedule, status and saldo from domain/subsidie.ts.
// Every step is a 'wijzigen' method, so it runs in one transaction and lands in the mutatielog.
import { kostenoverzicht } from '../domain/kosten';
import { formatEuro } from '../domain/geld';
import {
  betaaldTotaal,
  driftTekst,
  plafondOverschrijdingen,
  plafondTekst,
  saldo,
  saldoTekst,
  standaardVaststelling,
  standaardVerantwoordingDatum,
  subsidieStatus,
  voorschotSchema,
  type Termijn,
} from '../domain/subsidie';
import { afsprakenVoorBegrotingsjaar, instellingenVan, lookupsVan, onthoud } from '../db/lees-cache';
import { leesAanbieder } from '../db/aanbieders-repo';
import { bestaat } from '../db/repo-hulp';
import {
  leesSubsidie,
  openDeadlines,
  plafondGegevens,
  postenVanAfspraken,
  schrijfSubsidie,
  subsidiesVanJaar,
  verantwoordingMaandDag,
} from '../db/subsidies-repo';
import type { Db } from '../db/open';
import { GebruikersFout } from './fout';
import { Controle, nietGevonden } from './registratie-hulp';
import type { Handlers } from './registry';
import type { Subsidie, SubsidieDeadline, SubsidieOverzicht, SubsidieRij } from './typen/subsidies';

export type SubsidieMethode =
  | 'subsidies.lijst'
  | 'subsidies.lees'
  | 'subsidies.deadlines'
  | 'subsidies.aanvraag'
  | 'subsidies.verleen'
  | 'subsidies.betaal'
  | 'subsidies.verantwoord'
  | 'subsidies.vaststel';

/** Today as jjjj-mm-dd in local time (the date a user means when they type none). */
export function vandaag(nu = new Date()): string {
  const twee = (n: number) => String(n).padStart(2, '0');
  return `${nu.getFullYear()}-${twee(nu.getMonth() + 1)}-${twee(nu.getDate())}`;
}

function datumTekst(iso: string): string {
  const [j, m, d] = iso.split('-');
  return `${d}-${m}-${j}`;
}

/** The gemeente's share of each aanbieder's counted afspraken in begrotingsjaar `jaar` (rules 1-3, 5). */
export function gemeentePerAanbieder(db: Db, jaar: number): ReadonlyMap<number, number> {
  return onthoud(db, `subsidies:gemeente:${jaar}`, () => {
    const lookups = lookupsVan(db);
    const k = kostenoverzicht(afsprakenVoorBegrotingsjaar(db, jaar), { begrotingsjaar: jaar }, instellingenVan(db), lookups);
    const uit = new Map<number, number>();
    for (const [id, naam] of lookups.aanbiederNamen) {
      const v = k.perAanbieder[naam];
      if (v) uit.set(id, v.gemeente);
    }
    return uit;
  });
}

function volgendeDeadline(s: Subsidie, aanbieder: string): SubsidieDeadline | null {
  if (!s.verleningDatum || s.vaststellingDatum) return null;
  const kandidaten: SubsidieDeadline[] = [];
  const open = s.voorschotten.find((t) => t.betaaldOp === null);
  const basis = { aanbiederId: s.aanbiederId, aanbieder, begrotingsjaar: s.begrotingsjaar };
  if (open)
    kandidaten.push({
      ...basis,
      soort: 'voorschot',
      datum: open.vervaldatum,
      omschrijving: `voorschot termijn ${open.termijn} (${formatEuro(open.bedragCents, { cents: true })})`,
    });
  if (!s.verantwoordingDatum && s.verantwoordingUiterlijk)
    kandidaten.push({ ...basis, soort: 'verantwoording', datum: s.verantwoordingUiterlijk, omschrijving: 'verantwoording' });
  kandidaten.sort((a, b) => a.datum.localeCompare(b.datum));
  return kandidaten[0] ?? null;
}

export function subsidieRij(aanbiederId: number, aanbieder: string, jaar: number, kostenGemeente: number, s: Subsidie | null): SubsidieRij {
  const betaald = s ? betaaldTotaal(s.voorschotten) : 0;
  const verleend = s?.verleningDatum ? s.verleendCents : null;
  return {
    aanbiederId,
    aanbieder,
    begrotingsjaar: jaar,
    kostenGemeente,
    verleend,
    bevoorschot: s ? s.voorschotten.reduce((som, t) => som + t.bedragCents, 0) : 0,
    betaald,
    verantwoord: s?.verantwoordingDatum ? s.realisatieCents : null,
    vastgesteld: s?.vaststellingDatum ? s.vastgesteldCents : null,
    saldo: s?.vaststellingDatum && s.vastgesteldCents !== null ? saldo(s.vastgesteldCents, betaald) : null,
    status: subsidieStatus(s),
    drift: verleend === null ? null : driftTekst(kostenGemeente, verleend),
    volgendeDeadline: s ? volgendeDeadline(s, aanbieder) : null,
    subsidie: s,
  };
}

/** Plafond warnings (rule 13): every group of begrotingsposten whose verleningen in `jaar` exceed their amount. */
function plafondWaarschuwingen(db: Db, jaar: number): string[] {
  const { subsidies, posten } = plafondGegevens(db, jaar);
  return plafondOverschrijdingen(subsidies, posten).map((o) => plafondTekst(o, jaar));
}

export function subsidieOverzicht(db: Db, jaar: number): SubsidieOverzicht {
  return onthoud(db, `subsidies:overzicht:${jaar}`, () => {
    const gemeente = gemeentePerAanbieder(db, jaar);
    const namen = lookupsVan(db).aanbiederNamen;
    const perAanbieder = new Map(subsidiesVanJaar(db, jaar).map((s) => [s.aanbiederId, s]));
    // An aanbieder whose afspraken the gemeente does not pay (e.g. the school's own staff) gets no row.
    const ids = new Set([...[...gemeente].filter(([, c]) => c > 0).map(([id]) => id), ...perAanbieder.keys()]);
    const rijen = [...ids]
      .map((id) => subsidieRij(id, namen.get(id) ?? `Aanbieder ${id}`, jaar, gemeente.get(id) ?? 0, perAanbieder.get(id) ?? null))
      .sort((a, b) => a.aanbieder.localeCompare(b.aanbieder, 'nl'));
    return { begrotingsjaar: jaar, rijen, waarschuwingen: plafondWaarschuwingen(db, jaar) };
  });
}

function aanbiederNaam(db: Db, id: number): string {
  return (leesAanbieder(db, id) ?? nietGevonden(`De aanbieder met nummer ${id}`)).naam;
}

/** One aanbieder's row; `kostenGemeente` when the caller has it already (inside a write nothing is cached). */
function rijVan(db: Db, aanbiederId: number, jaar: number, kostenGemeente?: number): SubsidieRij {
  const kosten = kostenGemeente ?? gemeentePerAanbieder(db, jaar).get(aanbiederId) ?? 0;
  return subsidieRij(aanbiederId, aanbiederNaam(db, aanbiederId), jaar, kosten, leesSubsidie(db, aanbiederId, jaar));
}

function leeg(aanbiederId: number, begrotingsjaar: number): Omit<Subsidie, 'id'> {
  return {
    aanbiederId,
    begrotingsjaar,
    aanvraagDatum: null,
    aanvraagBedragCents: null,
    aanvraagKenmerk: null,
    verleningDatum: null,
    verleningKenmerk: null,
    verleendCents: null,
    berekendCents: null,
    verleningReden: null,
    voorwaarden: null,
    voorschotSchema: null,
    begrotingspostIds: [],
    voorschotten: [],
    verantwoordingUiterlijk: null,
    verantwoordingDatum: null,
    realisatieCents: null,
    realisatieUren: null,
    verantwoordingOpmerking: null,
    vaststellingDatum: null,
    vastgesteldCents: null,
  };
}

/** The subsidie that a step after the verlening works on; a Dutch refusal when there is none yet. */
function verleendeSubsidie(db: Db, aanbiederId: number, jaar: number): { naam: string; s: Subsidie & { verleendCents: number } } {
  const naam = aanbiederNaam(db, aanbiederId);
  const s = leesSubsidie(db, aanbiederId, jaar);
  if (!s || !s.verleningDatum || s.verleendCents === null) {
    throw new GebruikersFout(`Voor ${naam} is in ${jaar} nog geen subsidie verleend; verleen die eerst.`, 'conflict');
  }
  if (s.vaststellingDatum)
    throw new GebruikersFout(
      `De subsidie van ${naam} voor ${jaar} is al vastgesteld op ${datumTekst(s.vaststellingDatum)}; er kan niets meer aan veranderen.`,
      'conflict',
    );
  return { naam, s: s as Subsidie & { verleendCents: number } };
}

export const subsidiesHandlers: Handlers<SubsidieMethode> = {
  'subsidies.lijst': ({ begrotingsjaar }, { db }) => subsidieOverzicht(db, begrotingsjaar),
  'subsidies.lees': ({ aanbiederId, begrotingsjaar }, { db }) => rijVan(db, aanbiederId, begrotingsjaar),

  'subsidies.deadlines': ({ vandaag: dag, dagen }, { db }) => {
    const nu = dag ?? vandaag();
    const grens = new Date(`${nu}T00:00:00Z`);
    grens.setUTCDate(grens.getUTCDate() + (dagen ?? 30));
    const tot = grens.toISOString().slice(0, 10);
    const alle: SubsidieDeadline[] = openDeadlines(db, tot).map((d) => ({
      aanbiederId: d.aanbiederId,
      aanbieder: d.aanbieder,
      begrotingsjaar: d.begrotingsjaar,
      soort: d.soort,
      datum: d.datum,
      omschrijving: d.soort === 'voorschot' ? `voorschot termijn ${d.termijn} (${formatEuro(d.bedragCents ?? 0, { cents: true })})` : 'verantwoording',
    }));
    return { vandaag: nu, verlopen: alle.filter((d) => d.datum < nu), binnenkort: alle.filter((d) => d.datum >= nu) };
  },

  'subsidies.aanvraag': ({ aanbiederId, begrotingsjaar, datum, bedragCents, kenmerk }, { db, log }) => {
    aanbiederNaam(db, aanbiederId);
    const oud = leesSubsidie(db, aanbiederId, begrotingsjaar);
    const nieuw = {
      ...(oud ?? leeg(aanbiederId, begrotingsjaar)),
      aanvraagDatum: datum ?? vandaag(),
      aanvraagBedragCents: bedragCents,
      aanvraagKenmerk: kenmerk || null,
    };
    const id = schrijfSubsidie(db, nieuw);
    log('subsidie', id, oud, leesSubsidie(db, aanbiederId, begrotingsjaar));
    return { rij: rijVan(db, aanbiederId, begrotingsjaar), waarschuwingen: [] };
  },

  'subsidies.verleen': (input, { db, log }) => {
    const { aanbiederId, begrotingsjaar: jaar } = input;
    const naam = aanbiederNaam(db, aanbiederId);
    const oud = leesSubsidie(db, aanbiederId, jaar);
    if (oud?.vaststellingDatum || oud?.verantwoordingDatum || oud?.voorschotten.some((t) => t.betaaldOp !== null)) {
      throw new GebruikersFout(`De subsidie van ${naam} voor ${jaar} is al ${subsidieStatus(oud)}; de verlening kan niet meer opnieuw.`, 'conflict');
    }
    const berekend = gemeentePerAanbieder(db, jaar).get(aanbiederId) ?? 0;
    const verleend = input.bedragCents ?? berekend;
    const c = new Controle();
    if (verleend !== berekend && !input.reden) {
      c.fout(
        'reden',
        `Reden: het verleende bedrag (${formatEuro(verleend, { cents: true })}) wijkt af van het aandeel van de gemeente in de afspraken (${formatEuro(berekend, { cents: true })}); geef een reden.`,
      );
    }
    const schema = input.schema ?? (input.termijnen ? 'anders' : 'maand');
    let voorschotten: Termijn[] = [];
    if (schema === 'anders') {
      if (!input.termijnen) c.fout('termijnen', 'Voorschotten: geef bij een eigen schema de termijnen (datum en bedrag).');
      else {
        const som = input.termijnen.reduce((s, t) => s + t.bedragCents, 0);
        if (som !== verleend)
          c.fout(
            'termijnen',
            `Voorschotten: de termijnen tellen op tot ${formatEuro(som, { cents: true })}, niet tot het verleende bedrag ${formatEuro(verleend, { cents: true })}.`,
          );
        voorschotten = input.termijnen.map((t, i) => ({ termijn: i + 1, bedragCents: t.bedragCents, vervaldatum: t.vervaldatum, betaaldOp: null }));
      }
    } else {
      if (input.termijnen) c.fout('termijnen', 'Voorschotten: eigen termijnen alleen met het schema "anders".');
      voorschotten = voorschotSchema(verleend, schema, jaar);
    }
    const postIds = input.begrotingspostIds ?? postenVanAfspraken(db, aanbiederId, jaar);
    postIds.forEach((p, i) => {
      if (!bestaat(db, 'begrotingsposten', p)) c.fout(`begrotingspostIds.${i}`, 'Begrotingspost bestaat niet (meer); kies er een uit de lijst.');
    });
    c.klaar();
    const nieuw: Omit<Subsidie, 'id'> & { id?: number } = {
      ...(oud ?? leeg(aanbiederId, jaar)),
      verleningDatum: input.datum ?? vandaag(),
      verleningKenmerk: input.kenmerk || null,
      verleendCents: verleend,
      berekendCents: berekend,
      verleningReden: verleend !== berekend ? (input.reden ?? null) : input.reden || null,
      voorwaarden: input.voorwaarden ?? oud?.voorwaarden ?? null,
      voorschotSchema: schema,
      begrotingspostIds: [...new Set(postIds)],
      voorschotten,
      verantwoordingUiterlijk: input.verantwoordingUiterlijk ?? standaardVerantwoordingDatum(jaar, verantwoordingMaandDag(db)),
    };
    const id = schrijfSubsidie(db, nieuw);
    log('subsidie', id, oud, leesSubsidie(db, aanbiederId, jaar));
    return { rij: rijVan(db, aanbiederId, jaar, berekend), waarschuwingen: plafondWaarschuwingen(db, jaar) };
  },

  'subsidies.betaal': ({ aanbiederId, begrotingsjaar: jaar, termijn, datum }, { db, log }) => {
    const { naam, s } = verleendeSubsidie(db, aanbiederId, jaar);
    const t = s.voorschotten.find((v) => v.termijn === termijn);
    if (!t) {
      throw new GebruikersFout(
        `Termijn: de subsidie van ${naam} voor ${jaar} heeft geen termijn ${termijn}; kies 1 tot en met ${s.voorschotten.length}.`,
        'ongeldige-invoer',
        [{ veld: 'termijn', melding: `Er is geen termijn ${termijn}.` }],
      );
    }
    if (t.betaaldOp) throw new GebruikersFout(`Termijn ${termijn} van ${naam} voor ${jaar} is al betaald op ${datumTekst(t.betaaldOp)}.`, 'conflict');
    const nieuw = { ...s, voorschotten: s.voorschotten.map((v) => (v.termijn === termijn ? { ...v, betaaldOp: datum ?? vandaag() } : v)) };
    schrijfSubsidie(db, nieuw);
    log('subsidie', s.id, s, leesSubsidie(db, aanbiederId, jaar));
    return { rij: rijVan(db, aanbiederId, jaar), waarschuwingen: [] };
  },

  'subsidies.verantwoord': ({ aanbiederId, begrotingsjaar: jaar, datum, kostenCents, uren, opmerking }, { db, log }) => {
    const { s } = verleendeSubsidie(db, aanbiederId, jaar);
    const nieuw = {
      ...s,
      verantwoordingDatum: datum ?? vandaag(),
      realisatieCents: kostenCents,
      realisatieUren: uren ?? null,
      verantwoordingOpmerking: opmerking || null,
    };
    schrijfSubsidie(db, nieuw);
    log('subsidie', s.id, s, leesSubsidie(db, aanbiederId, jaar));
    return { rij: rijVan(db, aanbiederId, jaar), waarschuwingen: [] };
  },

  'subsidies.vaststel': ({ aanbiederId, begrotingsjaar: jaar, datum, bedragCents }, { db, log }) => {
    const { naam, s } = verleendeSubsidie(db, aanbiederId, jaar);
    if (!s.verantwoordingDatum || s.realisatieCents === null) {
      throw new GebruikersFout(
        `De subsidie van ${naam} voor ${jaar} is nog niet verantwoord; leg eerst de verantwoording vast, dan pas de vaststelling.`,
        'conflict',
      );
    }
    const vastgesteld = bedragCents ?? standaardVaststelling(s.verleendCents, s.realisatieCents);
    const nieuw = { ...s, vaststellingDatum: datum ?? vandaag(), vastgesteldCents: vastgesteld };
    schrijfSubsidie(db, nieuw);
    log('subsidie', s.id, s, leesSubsidie(db, aanbiederId, jaar));
    const waarschuwingen: string[] = [];
    if (vastgesteld > s.verleendCents) {
      waarschuwingen.push(
        `Let op: het vastgestelde bedrag (${formatEuro(vastgesteld, { cents: true })}) is hoger dan het verleende (${formatEuro(s.verleendCents, { cents: true })}).`,
      );
    }
    const rij = rijVan(db, aanbiederId, jaar);
    if (rij.saldo !== null) waarschuwingen.push(`Saldo: ${saldoTekst(rij.saldo)}.`);
    return { rij, waarschuwingen };
  },
};
