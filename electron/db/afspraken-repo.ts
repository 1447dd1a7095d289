// SQL of the afspraken: one per schooljaar × school × aanbieder × functie.
import type { AfspraakLijstFilter } from '../domain/registratie';
import { volgendSchooljaarDatum } from '../domain/registratie';
import type { AfspraakGevalideerd } from '../domain/validatie';
import { bedragInSchooljaar, geldendTarief, isGeteld, jaarkosten, telOp, type KostenContext } from '../domain/kosten';
import { hundredths } from '../domain/geld';
import type { AanvullendeInzet, Afspraak, AfspraakBasis, Cents, FunctieCode } from '../domain/types';
import { aanvullendeInzetInSchooljaren, voegAanvullendeInzetToe } from './aanvullende-inzet-repo';
import { leesInstellingen } from './instellingen-repo';
import { GELDEND_TARIEF_SQL, GELDENDE_WEKEN_SQL, laadKostenregels, regelingJoinSql } from './kosten-repo';
import { lijstTarieven } from './tarieven-repo';
import { geindexeerd, metTarieven } from '../domain/tarieven';
import { onthoud } from './lees-cache';
import type { Db } from './open';
import { likePatroon, vrijId } from './repo-hulp';
import { AFSPRAAK_VELDEN, type AfspraakVeldNaam } from './afspraken-velden';
import { insertSql, naarParams, schrijfVelden, selectLijst, uitRij, updateSql, voorbereid } from './velden';
import type { AfspraakKosten, AfspraakRij, AfspraakTotaal, AfspraakLijst } from '../api/typen/registratie';

/** The SELECT list of a whole afspraak (alias `a`), from the field map. */
const KOLOMMEN = selectLijst(AFSPRAAK_VELDEN, 'a');
const SCHRIJF_VELDEN = schrijfVelden(AFSPRAAK_VELDEN);
const INSERT = insertSql('afspraken', AFSPRAAK_VELDEN);
const UPDATE = updateSql('afspraken', AFSPRAAK_VELDEN);

const alsAfspraak = <T>(r: Record<string, unknown>): T => uitRij<T>(AFSPRAAK_VELDEN, r);

export function leesAfspraak(db: Db, id: number): Afspraak | null {
  const r = voorbereid(db, `SELECT ${KOLOMMEN} FROM afspraken a WHERE a.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? alsAfspraak<Afspraak>(r) : null;
}

/** The afspraken of one schooljaar (the sheet import compares its rows with these). */
export function afsprakenVanSchooljaar(db: Db, schooljaar: number): Afspraak[] {
  return (voorbereid(db, `SELECT ${KOLOMMEN} FROM afspraken a WHERE a.schooljaar = ?`).all(schooljaar) as Record<string, unknown>[]).map((r) =>
    alsAfspraak<Afspraak>(r),
  );
}

export function afspraakMetSleutel(
  db: Db,
  k: { schooljaar: number; schoolId: number; aanbiederId: number; functie: FunctieCode },
  behalve?: number,
): number | null {
  return (
    (db
      .prepare('SELECT id FROM afspraken WHERE schooljaar = ? AND school_id = ? AND aanbieder_id = ? AND functie = ? AND id IS NOT ?')
      .pluck()
      .get(k.schooljaar, k.schoolId, k.aanbiederId, k.functie, behalve ?? null) as number | undefined) ?? null
  );
}

/** The stored values of an afspraak, by field name (JSON for the themes): the parameters of INSERT and UPDATE. */
export function afspraakParams(a: Omit<Afspraak, 'id'>, velden: readonly AfspraakVeldNaam[] = SCHRIJF_VELDEN): Record<string, unknown> {
  return naarParams(AFSPRAAK_VELDEN, a, velden);
}

export function voegAfspraakToe(db: Db, a: AfspraakGevalideerd, id?: number): number {
  return Number(voorbereid(db, INSERT).run({ ...afspraakParams(a), id: vrijId(db, 'afspraken', id) ?? null }).lastInsertRowid);
}

/**
 * Writes an afspraak; with `velden` only those fields (the sheet import writes the fields on
 * the sheet and keeps the others).
 */
export function wijzigAfspraak(db: Db, id: number, a: AfspraakGevalideerd, velden?: readonly AfspraakVeldNaam[]): void {
  const sql = velden
    ? updateSql(
        'afspraken',
        AFSPRAAK_VELDEN,
        velden.filter((v) => v !== 'id'),
      )
    : UPDATE;
  voorbereid(db, sql).run({
    ...afspraakParams(
      a,
      velden?.filter((v) => v !== 'id'),
    ),
    id,
  });
}

export function verwijderAfspraak(db: Db, id: number): void {
  db.prepare('DELETE FROM afspraken WHERE id = ?').run(id);
}

/** Schooljaren in which an aanbieder (or a regeling) still has afspraken, with counts. */
export function afsprakenPerSchooljaar(db: Db, kolom: 'aanbieder_id' | 'regeling_id', id: number): { schooljaar: number; n: number }[] {
  const sql =
    kolom === 'aanbieder_id'
      ? 'SELECT schooljaar, count(*) AS n FROM afspraken WHERE aanbieder_id = ? GROUP BY schooljaar ORDER BY schooljaar'
      : 'SELECT schooljaar, count(*) AS n FROM afspraken WHERE regeling_id = ? GROUP BY schooljaar ORDER BY schooljaar';
  return db.prepare(sql).all(id) as { schooljaar: number; n: number }[];
}

// Month index (jaar × 12 + maand − 1) of a jjjj-mm-dd date, as in domain/schooljaar.
const maandIndex = (kolom: string) => `(CAST(substr(${kolom}, 1, 4) AS INTEGER) * 12 + CAST(substr(${kolom}, 6, 2) AS INTEGER) - 1)`;
const EERSTE_MAAND = 'a.schooljaar * 12 + @startMaand - 1';
const LAATSTE_MAAND = `${EERSTE_MAAND} + 11`;
/** The months of docs/regels.md#regel-3 in SQL, only to sort by amount (tests/integration/kosten-eigenschappen ties the order to the engine). */
const VAN = `max(${EERSTE_MAAND}, COALESCE(${maandIndex('a.startdatum')}, ${EERSTE_MAAND}))`;
const TOT = `min(${LAATSTE_MAAND}, COALESCE(${maandIndex('a.einddatum')}, ${LAATSTE_MAAND}))`;
const MAANDEN = `max(0, ${TOT} - ${VAN} + 1)`;
// The same for a record of aanvullende inzet (`ai`), and whether it counts with the basisuren (regel-18, domain/aanvullende-inzet.ts telMetAfspraak).
const AI_VAN = `max(${EERSTE_MAAND}, ${maandIndex('ai.startdatum')})`;
const AI_TOT = `min(${LAATSTE_MAAND}, ${maandIndex('ai.einddatum')})`;
const AI_MAANDEN = `max(0, ${AI_TOT} - ${AI_VAN} + 1)`;
const TELT_MEE = `ai.uren_per_week IS NOT NULL AND ai.aandeel_gemeente = a.aandeel_gemeente AND ai.aandeel_onderwijs = a.aandeel_onderwijs
  AND ai.aandeel_overig = a.aandeel_overig AND ai.overige_financier IS a.overige_financier
  AND ((${AI_VAN} = ${VAN} AND ${AI_TOT} = ${TOT}) OR (${AI_TOT} < ${AI_VAN} AND ${TOT} < ${VAN}))`;
const AANVULLENDE_UREN = '(SELECT total(ai.uren_per_week) FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id)';
const WEKEN = `COALESCE(${GELDENDE_WEKEN_SQL}, @weken)`;
const TARIEF = `COALESCE(${GELDEND_TARIEF_SQL}, f.standaard_uurtarief_cents, 0)`;
/**
 * The unrounded amount in the schooljaar (× 12), to sort by, as a share (`aandeel` of the afspraak,
 * `ai` the same of a record) or whole: it orders like the engine's rounded amounts (shown in the
 * rows), apart from amounts within a cent or two of each other. The engine stays the only place
 * that computes the money users see.
 */
const bedragSql = (aandeel: string | null) => {
  const deel = (alias: string) => (aandeel === null ? '' : ` * ${alias}.${aandeel}`);
  return `(COALESCE(a.vast_bedrag_cents, (a.basisuren
      + (SELECT total(ai.uren_per_week) FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id AND ${TELT_MEE})) * ${WEKEN} * ${TARIEF}) * ${MAANDEN}${deel('a')}
    + (SELECT total(COALESCE(ai.bedrag_cents * 12 * min(${AI_MAANDEN}, 1), ai.uren_per_week * ${WEKEN} * ${TARIEF} * ${AI_MAANDEN})${deel('ai')})
       FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id AND NOT (${TELT_MEE})))`;
};

// Sort columns come from this whitelist only; the input schema allows nothing else.
const SORTEER: Record<AfspraakLijstFilter['sorteer'], string> = {
  school: 's.naam COLLATE NOCASE',
  vestigingscode: 's.vestigingscode',
  sector: 's.sector',
  wijk: 'w.naam COLLATE NOCASE',
  aanbieder: 'an.naam COLLATE NOCASE',
  functie: 'a.functie',
  basisuren: 'a.basisuren',
  extraUren: AANVULLENDE_UREN,
  status: `CASE a.status WHEN 'concept' THEN 0 WHEN 'in_overleg' THEN 1 WHEN 'afgesproken' THEN 2 WHEN 'getekend' THEN 3 ELSE 4 END`,
  startdatum: 'a.startdatum',
  einddatum: 'a.einddatum',
  kosten: bedragSql(null),
  gemeente: bedragSql('aandeel_gemeente'),
  onderwijs: bedragSql('aandeel_onderwijs'),
  id: 'a.id',
};

/** The WHERE of a list request and its parameters; the joins it needs are always present (see lijstAfspraken). */
function filterSql(f: AfspraakLijstFilter): { where: string; params: Record<string, unknown> } {
  const where = ['a.schooljaar = @schooljaar'];
  if (f.schoolId !== undefined) where.push('a.school_id = @schoolId');
  if (f.aanbiederId !== undefined) where.push('a.aanbieder_id = @aanbiederId');
  if (f.functie !== undefined) where.push('a.functie = @functie');
  if (f.status !== undefined) where.push('a.status = @status');
  if (f.sector !== undefined) where.push('s.sector = @sector');
  if (f.wijkId === null) where.push('s.wijk_id IS NULL');
  else if (f.wijkId !== undefined) where.push('s.wijk_id = @wijkId');
  if (f.school) where.push(`(s.naam LIKE @school ESCAPE '\\' OR s.vestigingscode LIKE @school ESCAPE '\\' OR s.plaats LIKE @school ESCAPE '\\')`);
  if (f.zoek) {
    where.push(
      `(s.naam LIKE @zoek ESCAPE '\\' OR s.vestigingscode LIKE @zoek ESCAPE '\\' OR s.plaats LIKE @zoek ESCAPE '\\' OR an.naam LIKE @zoek ESCAPE '\\'
        OR an.korte_naam LIKE @zoek ESCAPE '\\' OR w.naam LIKE @zoek ESCAPE '\\' OR a.functie LIKE @zoek ESCAPE '\\'
        OR a.themas LIKE @zoek ESCAPE '\\' OR a.opmerking LIKE @zoek ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id AND (ai.reden LIKE @zoek ESCAPE '\\' OR ai.doelen LIKE @zoek ESCAPE '\\')))`,
    );
  }
  const params = {
    schooljaar: f.schooljaar,
    schoolId: f.schoolId ?? null,
    aanbiederId: f.aanbiederId ?? null,
    functie: f.functie ?? null,
    status: f.status ?? null,
    sector: f.sector ?? null,
    wijkId: f.wijkId ?? null,
    school: f.school ? likePatroon(f.school) : null,
    zoek: f.zoek ? likePatroon(f.zoek) : null,
  };
  return { where: where.join(' AND '), params };
}

const JOINS = `JOIN aanbieders an ON an.id = a.aanbieder_id
    LEFT JOIN wijken w ON w.id = s.wijk_id
    ${regelingJoinSql('s.sector')}`;
const BRON = `FROM afspraken a
    JOIN scholen s ON s.id = a.school_id
    ${JOINS}`;
/**
 * The same rows, the schools first in name order (index scholen_naam, migration 003) and per school
 * its afspraken of the schooljaar (afspraken_school_jaar): CROSS JOIN keeps that loop order, so a
 * window sorted by school stops after its rows instead of sorting the whole schooljaar.
 */
const BRON_OP_NAAM = `FROM scholen s INDEXED BY scholen_naam
    CROSS JOIN afspraken a ON a.school_id = s.id
    ${JOINS}`;
/**
 * Up to this row the school order walks the names; a deeper window (the user dragged far down)
 * would walk almost every school, and one sort of the keys is then cheaper.
 */
export const OP_NAAM_TOT = 10_000;

type RijRuw = Record<string, unknown> & { geldendeWeken: number | null; geldendTariefCents: Cents | null; aantalAanvullend: number };

/** The afspraak as the engines take it: weeks and rate as they apply (own, else regeling, else tarief per schooljaar; null = the setting). */
function geldend(a: Omit<AfspraakBasis, 'extraUrenPerWeek'>, wekenPerJaar: number | null, uurtariefCents: Cents | null): AfspraakBasis {
  return { ...a, extraUrenPerWeek: 0, wekenPerJaar, uurtariefCents };
}

/** An afspraak with aanvullende inzet: the sum of its lines (regel-18); weeks and rate are the afspraak's (its first line). */
function kostenVanRegels(lijnen: readonly AfspraakBasis[], ctx: KostenContext): AfspraakKosten {
  const uit = kostenVan(lijnen[0], ctx);
  for (let i = 1; i < lijnen.length; i++) {
    uit.jaar += jaarkosten(lijnen[i], ctx);
    telOp(uit.schooljaar, bedragInSchooljaar(lijnen[i], ctx));
  }
  return uit;
}

function kostenVan(basis: AfspraakBasis, ctx: KostenContext): AfspraakKosten {
  return {
    jaar: jaarkosten(basis, ctx),
    schooljaar: bedragInSchooljaar(basis, ctx),
    geteld: isGeteld(basis.status),
    wekenPerJaar: basis.wekenPerJaar ?? ctx.wekenPerSchooljaar,
    uurtariefCents: geldendTarief(basis, ctx),
  };
}

const leegTotaal = (): AfspraakTotaal => ({ aantal: 0, jaar: 0, totaal: 0, gemeente: 0, onderwijs: 0, overig: 0, basisuren: 0, extraUren: 0 });

type Groep = Omit<AfspraakBasis, 'id' | 'schoolId' | 'aanbiederId' | 'overigeFinancier' | 'extraUrenPerWeek'> & { n: number };

const KOSTEN_INVOER = `a.schooljaar, a.functie, a.status, a.basisuren AS basisurenPerWeek,
  %WEKEN% AS wekenPerJaar, %TARIEF% AS uurtariefCents, a.vast_bedrag_cents AS vastBedragCents, a.aandeel_gemeente AS aandeelGemeente,
  a.aandeel_onderwijs AS aandeelOnderwijs, a.aandeel_overig AS aandeelOverig, a.startdatum, a.einddatum`;
const GROEPEER = 'GROUP BY a.schooljaar, a.functie, a.status, 4, 5, 6, 7, 8, 9, 10, a.startdatum, a.einddatum';
/** Afspraken with aanvullende inzet are costed one by one (their lines, regel-18), the others in groups. */
const ZONDER_INZET = 'NOT EXISTS (SELECT 1 FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id)';
const MET_INZET = 'EXISTS (SELECT 1 FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id)';

/**
 * The count and totals of every afspraak that passes the filters. Afspraken with the same cost
 * inputs cost the same to the cent, so the engines run once per distinct combination and the
 * amounts are multiplied by its count (a registry has few distinct combinations). Afspraken
 * without a regeling are grouped on their own columns in the order of the afspraken_kosten index
 * (no sort); those with one on the weeks and rate their regeling gives them.
 */
function berekenTotalen(db: Db, where: string, params: Record<string, unknown>, ctx: KostenContext): Pick<AfspraakLijst, 'totaal' | 'totalen'> {
  const eigen = KOSTEN_INVOER.replace('%WEKEN%', 'a.weken_per_jaar').replace('%TARIEF%', 'a.uurtarief_cents');
  const viaRegeling = KOSTEN_INVOER.replace('%WEKEN%', GELDENDE_WEKEN_SQL).replace('%TARIEF%', GELDEND_TARIEF_SQL);
  const groepen = [
    // Grouped on their own columns (index order, no sort); the tarief per schooljaar is filled in
    // per group afterwards, as GELDEND_TARIEF_SQL would per row.
    ...metTarieven(
      db.prepare(`SELECT ${eigen}, count(*) AS n ${BRON} WHERE ${where} AND a.regeling_id IS NULL AND ${ZONDER_INZET} ${GROEPEER}`).all(params) as Groep[],
      lijstTarieven(db),
    ),
    ...(db
      .prepare(`SELECT ${viaRegeling}, count(*) AS n ${BRON} WHERE ${where} AND a.regeling_id IS NOT NULL AND ${ZONDER_INZET} ${GROEPEER}`)
      .all(params) as Groep[]),
  ];
  const metInzet = db.prepare(`SELECT a.id ${BRON} WHERE ${where} AND ${MET_INZET}`).pluck().all(params) as number[];
  const geteld = leegTotaal();
  const voorbereiding = leegTotaal();
  // Hours in hundredths, so 100.000 × 4,35 adds up without float drift.
  const uren = new Map<AfspraakTotaal, [number, number]>([
    [geteld, [0, 0]],
    [voorbereiding, [0, 0]],
  ]);
  const telMee = (basis: AfspraakBasis, n: number, nieuweAfspraak: boolean) => {
    const doel = isGeteld(basis.status) ? geteld : voorbereiding;
    const deel = bedragInSchooljaar(basis, ctx);
    if (nieuweAfspraak) doel.aantal += n;
    doel.jaar += jaarkosten(basis, ctx) * n;
    doel.totaal += deel.totaal * n;
    doel.gemeente += deel.gemeente * n;
    doel.onderwijs += deel.onderwijs * n;
    doel.overig += deel.overig * n;
    const u = uren.get(doel)!;
    u[0] += hundredths(basis.basisurenPerWeek) * n;
    u[1] += hundredths(basis.extraUrenPerWeek) * n;
  };
  let totaal = metInzet.length;
  for (const g of groepen) {
    totaal += g.n;
    telMee({ ...g, id: 0, schoolId: 0, aanbiederId: 0, overigeFinancier: null, extraUrenPerWeek: 0 }, g.n, true);
  }
  for (const regel of laadKostenregels(db, metInzet)) telMee(regel, 1, regel.aanvullendeInzetId === undefined);
  for (const [doel, [basis, extra]] of uren) {
    doel.basisuren = basis / 100;
    doel.extraUren = extra / 100;
  }
  return { totaal, totalen: { geteld, inVoorbereiding: voorbereiding } };
}

/**
 * Totals per filter, kept with the data (lees-cache): scrolling and sorting ask for the same filter
 * again and again, and any write gives a new stamp.
 */
function totalen(db: Db, where: string, params: Record<string, unknown>, ctx: KostenContext) {
  return onthoud(db, `afspraken.totalen:${JSON.stringify([where, params])}`, () => berekenTotalen(db, where, params, ctx));
}

/**
 * One window of the afspraken of a schooljaar: filtered, searched and sorted in SQL, each row with
 * its costs from the engines, plus the count and totals of the whole filtered set.
 */
export function lijstAfspraken(db: Db, f: AfspraakLijstFilter): AfspraakLijst {
  const ctx = leesInstellingen(db);
  const { where, params } = filterSql(f);
  const richting = f.richting === 'af' ? 'DESC' : 'ASC';
  const bedragSortering = f.sorteer === 'kosten' || f.sorteer === 'gemeente' || f.sorteer === 'onderwijs';
  // School names are never NULL: without NULLS LAST the name order is the index's order.
  const eerste = f.sorteer === 'school' ? `${SORTEER.school} ${richting}` : `${SORTEER[f.sorteer]} ${richting} NULLS LAST`;
  const opNaam = f.sorteer === 'school' && f.offset < OP_NAAM_TOT && f.schoolId === undefined && f.aanbiederId === undefined;
  // First the ids of the window (only the sort keys are sorted), then the rows of those ids.
  const ids = db
    .prepare(
      `SELECT a.id ${opNaam ? BRON_OP_NAAM : BRON}
       ${bedragSortering ? 'JOIN functies f ON f.code = a.functie' : ''}
       WHERE ${where}
       ORDER BY ${eerste}, s.naam COLLATE NOCASE, s.vestigingscode, a.functie, a.id
       LIMIT @limiet OFFSET @offset`,
    )
    .pluck()
    .all({ ...params, limiet: f.limiet, offset: f.offset, startMaand: ctx.schooljaarStartMaand, weken: ctx.wekenPerSchooljaar }) as number[];
  const ruw = db
    .prepare(
      `SELECT ${KOLOMMEN}, s.naam AS schoolNaam, s.vestigingscode, s.plaats, s.sector, s.wijk_id AS wijkId, w.naam AS wijkNaam,
         an.naam AS aanbiederNaam, ${GELDENDE_WEKEN_SQL} AS geldendeWeken, ${GELDEND_TARIEF_SQL} AS geldendTariefCents,
         ${AANVULLENDE_UREN} AS aanvullendeUren, (SELECT count(*) FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id) AS aantalAanvullend
       ${BRON}
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as RijRuw[];
  const plek = new Map(ids.map((id, i) => [id, i]));
  const rijen = new Array<AfspraakRij>(ruw.length);
  // Rows with aanvullende inzet: the cost of all their lines (regel-18).
  const regels = new Map<number, AfspraakBasis[]>();
  for (const regel of laadKostenregels(
    db,
    ruw.filter((r) => r.aantalAanvullend > 0).map((r) => r.id as number),
  )) {
    const lijst = regels.get(regel.id);
    if (lijst) lijst.push(regel);
    else regels.set(regel.id, [regel]);
  }
  for (const { geldendeWeken, geldendTariefCents, ...r } of ruw) {
    const a = alsAfspraak<Omit<AfspraakRij, 'kosten'>>(r);
    const lijnen = regels.get(a.id);
    rijen[plek.get(a.id)!] = { ...a, kosten: lijnen ? kostenVanRegels(lijnen, ctx) : kostenVan(geldend(a, geldendeWeken, geldendTariefCents), ctx) };
  }
  const aantalInSchooljaar = onthoud(
    db,
    `afspraken.aantal:${f.schooljaar}`,
    () => db.prepare('SELECT count(*) FROM afspraken WHERE schooljaar = ?').pluck().get(f.schooljaar) as number,
  );
  return { rijen, ...totalen(db, where, params, ctx), aantalInSchooljaar };
}

export interface KopieerResultaat {
  aangemaakt: number;
  alBestaand: number;
  /** Copied afspraken that had aanvullende inzet (copied along only when asked). */
  metAanvullendeInzet: number;
  /** Records of aanvullende inzet copied (0 unless asked). */
  aanvullendeInzetGekopieerd: number;
  /** Copied afspraken with their own rate or a fixed amount that were indexed. */
  geindexeerd: number;
}

export interface KopieerOpties {
  /** Rule 7: aanvullende inzet ends with the schooljaar; copy it only when asked (new dates, no besluit). */
  aanvullendeInzet: boolean;
  /** Index the afspraak's own rate and fixed amount by this percentage (rule 9 rounding); null = as they are. */
  indexProcent: number | null;
}

/** A record for the next schooljaar: dates one year on, no besluit, no verantwoording yet, not tied to a verdeling. */
function inzetVoorVolgendJaar(r: AanvullendeInzet, afspraakId: number): Omit<AanvullendeInzet, 'id'> {
  const { id: _id, ...rest } = r;
  const uitVerdeling = r.bron === 'verdeling';
  return {
    ...rest,
    afspraakId,
    startdatum: volgendSchooljaarDatum(r.startdatum)!,
    einddatum: volgendSchooljaarDatum(r.einddatum)!,
    besluitDatum: null,
    besluitDoor: null,
    verantwoordingUiterlijk: volgendSchooljaarDatum(r.verantwoordingUiterlijk),
    verantwoordingOntvangen: null,
    verantwoording: null,
    bron: uitVerdeling ? 'getypt' : r.bron,
    bronId: null,
    bronTekst: uitVerdeling && r.bronTekst ? `Gekopieerd van ${r.bronTekst}` : r.bronTekst,
  };
}

/**
 * Copies every afspraak of schooljaar `van` into `van + 1` as concept (dates one year later,
 * the werkplan is per school, not copied). An afspraak that already exists in the next year (same school,
 * aanbieder, functie) is left alone and counted. With `schrijf` false it only counts (preview).
 * An early end (beëindigd) is not carried over: the copy runs the whole schooljaar. Aanvullende
 * inzet is left out unless asked (rule 7), and then copied with new dates and without besluit;
 * an own rate or fixed amount is indexed when asked (the tarieven per schooljaar are indexed on
 * their own: tarieven.indexeer).
 */
export function kopieerSchooljaar(
  db: Db,
  van: number,
  schrijf: boolean,
  opties: KopieerOpties = { aanvullendeInzet: false, indexProcent: null },
): KopieerResultaat & { ids: number[] } {
  const bron = (db.prepare(`SELECT ${KOLOMMEN} FROM afspraken a WHERE a.schooljaar = ? ORDER BY a.id`).all(van) as Record<string, unknown>[]).map((r) =>
    alsAfspraak<Afspraak>(r),
  );
  const inzet = new Map<number, AanvullendeInzet[]>();
  for (const r of aanvullendeInzetInSchooljaren(db, van, van)) {
    const lijst = inzet.get(r.afspraakId);
    if (lijst) lijst.push(r);
    else inzet.set(r.afspraakId, [r]);
  }
  const bestaand = new Set(
    (
      db.prepare('SELECT school_id, aanbieder_id, functie FROM afspraken WHERE schooljaar = ?').all(van + 1) as {
        school_id: number;
        aanbieder_id: number;
        functie: string;
      }[]
    ).map((r) => `${r.school_id}/${r.aanbieder_id}/${r.functie}`),
  );
  const insert = voorbereid(db, INSERT);
  const ids: number[] = [];
  let alBestaand = 0;
  let metAanvullendeInzet = 0;
  let aanvullendeInzetGekopieerd = 0;
  let geindexeerdAantal = 0;
  const index = opties.indexProcent !== null && opties.indexProcent !== 0 ? opties.indexProcent : null;
  for (const a of bron) {
    if (bestaand.has(`${a.schoolId}/${a.aanbiederId}/${a.functie}`)) {
      alBestaand++;
      continue;
    }
    const records = inzet.get(a.id) ?? [];
    if (records.length > 0) metAanvullendeInzet++;
    if (opties.aanvullendeInzet) aanvullendeInzetGekopieerd += records.length;
    if (index !== null && (a.uurtariefCents !== null || a.vastBedragCents !== null)) geindexeerdAantal++;
    if (!schrijf) {
      ids.push(0);
      continue;
    }
    const kopie: Omit<Afspraak, 'id'> = {
      ...a,
      schooljaar: van + 1,
      status: 'concept',
      startdatum: volgendSchooljaarDatum(a.startdatum),
      einddatum: a.status === 'beeindigd' ? null : volgendSchooljaarDatum(a.einddatum),
      uurtariefCents: index !== null && a.uurtariefCents !== null ? geindexeerd(a.uurtariefCents, index) : a.uurtariefCents,
      vastBedragCents: index !== null && a.vastBedragCents !== null ? geindexeerd(a.vastBedragCents, index) : a.vastBedragCents,
    };
    const id = Number(insert.run({ ...afspraakParams(kopie), id: null }).lastInsertRowid);
    ids.push(id);
    if (opties.aanvullendeInzet && records.length > 0)
      voegAanvullendeInzetToe(
        db,
        records.map((r) => inzetVoorVolgendJaar(r, id)),
      );
  }
  return { aangemaakt: ids.length, alBestaand, metAanvullendeInzet, aanvullendeInzetGekopieerd, geindexeerd: geindexeerdAantal, ids };
}
