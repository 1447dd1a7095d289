// SQL of the afspraken: one per schooljaar × school × aanbieder × functie.
import type { AfspraakLijstFilter } from '../domain/registratie';
import { volgendSchooljaarDatum } from '../domain/registratie';
import type { AfspraakGevalideerd } from '../domain/validatie';
import type { Afspraak, FunctieCode, Sector } from '../domain/types';
import type { Db } from './open';
import { likePatroon, vrijId } from './repo-hulp';

/** One line of the afspraken list: the afspraak plus what the table shows next to it. */
export interface AfspraakRij extends Afspraak {
  schoolNaam: string;
  vestigingscode: string;
  sector: Sector;
  wijkId: number | null;
  wijkNaam: string | null;
  aanbiederNaam: string;
}

export interface AfspraakLijst {
  rijen: AfspraakRij[];
  totaal: number;
}

const KOLOMMEN = `a.id, a.schooljaar, a.school_id AS schoolId, a.aanbieder_id AS aanbiederId, a.functie, a.basisuren AS basisurenPerWeek,
  a.extra_uren AS extraUrenPerWeek, a.weken_per_jaar AS wekenPerJaar, a.uurtarief_cents AS uurtariefCents,
  a.vast_bedrag_cents AS vastBedragCents, a.aandeel_gemeente AS aandeelGemeente, a.aandeel_onderwijs AS aandeelOnderwijs,
  a.aandeel_overig AS aandeelOverig, a.overige_financier AS overigeFinancier, a.startdatum, a.einddatum, a.status,
  a.toelichting_extra_uren AS toelichtingExtraUren, a.themas, a.werkplan_school AS werkplanGoedgekeurdSchool,
  a.werkplan_wijkteam AS werkplanGoedgekeurdWijkteam, a.bloz_advies AS blozAdvies, a.regeling_id AS regelingId, a.opmerking`;

type Ruw<T> = Omit<T, 'themas'> & { themas: string };
const metThemas = <T extends { themas: unknown }>(r: Ruw<T>): T => ({ ...r, themas: JSON.parse(r.themas) as string[] }) as unknown as T;

export function leesAfspraak(db: Db, id: number): Afspraak | null {
  const r = db.prepare(`SELECT ${KOLOMMEN} FROM afspraken a WHERE a.id = ?`).get(id) as Ruw<Afspraak> | undefined;
  return r ? metThemas<Afspraak>(r) : null;
}

export function afspraakMetSleutel(db: Db, k: { schooljaar: number; schoolId: number; aanbiederId: number; functie: FunctieCode }, behalve?: number): number | null {
  return (
    (db
      .prepare('SELECT id FROM afspraken WHERE schooljaar = ? AND school_id = ? AND aanbieder_id = ? AND functie = ? AND id IS NOT ?')
      .pluck()
      .get(k.schooljaar, k.schoolId, k.aanbiederId, k.functie, behalve ?? null) as number | undefined) ?? null
  );
}

const INSERT = `INSERT INTO afspraken (id, schooljaar, school_id, aanbieder_id, functie, basisuren, extra_uren, weken_per_jaar, uurtarief_cents,
  vast_bedrag_cents, aandeel_gemeente, aandeel_onderwijs, aandeel_overig, overige_financier, startdatum, einddatum, status,
  toelichting_extra_uren, themas, werkplan_school, werkplan_wijkteam, bloz_advies, regeling_id, opmerking)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

function velden(a: Omit<Afspraak, 'id'>): unknown[] {
  return [
    a.schooljaar,
    a.schoolId,
    a.aanbiederId,
    a.functie,
    a.basisurenPerWeek,
    a.extraUrenPerWeek,
    a.wekenPerJaar,
    a.uurtariefCents,
    a.vastBedragCents,
    a.aandeelGemeente,
    a.aandeelOnderwijs,
    a.aandeelOverig,
    a.overigeFinancier,
    a.startdatum,
    a.einddatum,
    a.status,
    a.toelichtingExtraUren,
    JSON.stringify(a.themas),
    a.werkplanGoedgekeurdSchool,
    a.werkplanGoedgekeurdWijkteam,
    a.blozAdvies,
    a.regelingId,
    a.opmerking,
  ];
}

export function voegAfspraakToe(db: Db, a: AfspraakGevalideerd, id?: number): number {
  return Number(db.prepare(INSERT).run(vrijId(db, 'afspraken', id) ?? null, ...velden(a as Omit<Afspraak, 'id'>)).lastInsertRowid);
}

export function wijzigAfspraak(db: Db, id: number, a: AfspraakGevalideerd): void {
  db.prepare(
    `UPDATE afspraken SET schooljaar = ?, school_id = ?, aanbieder_id = ?, functie = ?, basisuren = ?, extra_uren = ?, weken_per_jaar = ?,
       uurtarief_cents = ?, vast_bedrag_cents = ?, aandeel_gemeente = ?, aandeel_onderwijs = ?, aandeel_overig = ?, overige_financier = ?,
       startdatum = ?, einddatum = ?, status = ?, toelichting_extra_uren = ?, themas = ?, werkplan_school = ?, werkplan_wijkteam = ?,
       bloz_advies = ?, regeling_id = ?, opmerking = ? WHERE id = ?`,
  ).run(...velden(a as Omit<Afspraak, 'id'>), id);
}

export function verwijderAfspraak(db: Db, id: number): void {
  db.prepare('DELETE FROM afspraken WHERE id = ?').run(id);
}

/** Schooljaren in which an aanbieder (or a regeling) still has afspraken, with counts. */
export function afsprakenPerSchooljaar(db: Db, kolom: 'aanbieder_id' | 'regeling_id', id: number): { schooljaar: number; n: number }[] {
  const sql = kolom === 'aanbieder_id'
    ? 'SELECT schooljaar, count(*) AS n FROM afspraken WHERE aanbieder_id = ? GROUP BY schooljaar ORDER BY schooljaar'
    : 'SELECT schooljaar, count(*) AS n FROM afspraken WHERE regeling_id = ? GROUP BY schooljaar ORDER BY schooljaar';
  return db.prepare(sql).all(id) as { schooljaar: number; n: number }[];
}

// Sort columns come from this whitelist only; the input schema allows nothing else.
const SORTEER: Record<AfspraakLijstFilter['sorteer'], string> = {
  school: 's.naam COLLATE NOCASE',
  vestigingscode: 's.vestigingscode',
  sector: 's.sector',
  wijk: 'w.naam COLLATE NOCASE',
  aanbieder: 'an.naam COLLATE NOCASE',
  functie: 'a.functie',
  basisuren: 'a.basisuren',
  extraUren: 'a.extra_uren',
  status: `CASE a.status WHEN 'concept' THEN 0 WHEN 'in_overleg' THEN 1 WHEN 'afgesproken' THEN 2 WHEN 'getekend' THEN 3 ELSE 4 END`,
  startdatum: 'a.startdatum',
  einddatum: 'a.einddatum',
  id: 'a.id',
};

export function lijstAfspraken(db: Db, f: AfspraakLijstFilter): AfspraakLijst {
  const where = ['a.schooljaar = @schooljaar'];
  if (f.schoolId !== undefined) where.push('a.school_id = @schoolId');
  if (f.aanbiederId !== undefined) where.push('a.aanbieder_id = @aanbiederId');
  if (f.functie !== undefined) where.push('a.functie = @functie');
  if (f.status !== undefined) where.push('a.status = @status');
  if (f.zoek) {
    where.push(
      `(s.naam LIKE @zoek ESCAPE '\\' OR s.vestigingscode LIKE @zoek ESCAPE '\\' OR an.naam LIKE @zoek ESCAPE '\\'
        OR an.korte_naam LIKE @zoek ESCAPE '\\' OR w.naam LIKE @zoek ESCAPE '\\' OR a.functie LIKE @zoek ESCAPE '\\'
        OR a.themas LIKE @zoek ESCAPE '\\' OR a.opmerking LIKE @zoek ESCAPE '\\' OR a.toelichting_extra_uren LIKE @zoek ESCAPE '\\')`,
    );
  }
  const params = {
    schooljaar: f.schooljaar,
    schoolId: f.schoolId ?? null,
    aanbiederId: f.aanbiederId ?? null,
    functie: f.functie ?? null,
    status: f.status ?? null,
    zoek: f.zoek ? likePatroon(f.zoek) : null,
  };
  const van = `FROM afspraken a
    JOIN scholen s ON s.id = a.school_id
    JOIN aanbieders an ON an.id = a.aanbieder_id
    LEFT JOIN wijken w ON w.id = s.wijk_id
    WHERE ${where.join(' AND ')}`;
  const richting = f.richting === 'af' ? 'DESC' : 'ASC';
  const rijen = db
    .prepare(
      `SELECT ${KOLOMMEN}, s.naam AS schoolNaam, s.vestigingscode, s.sector, s.wijk_id AS wijkId, w.naam AS wijkNaam, an.naam AS aanbiederNaam
       ${van}
       ORDER BY ${SORTEER[f.sorteer]} ${richting} NULLS LAST, s.naam COLLATE NOCASE, a.functie, a.id
       LIMIT @limiet OFFSET @offset`,
    )
    .all({ ...params, limiet: f.limiet, offset: f.offset }) as Ruw<AfspraakRij>[];
  const totaal = db.prepare(`SELECT count(*) ${van}`).pluck().get(params) as number;
  return { rijen: rijen.map((r) => metThemas<AfspraakRij>(r)), totaal };
}

export interface KopieerResultaat {
  aangemaakt: number;
  alBestaand: number;
}

/**
 * Copies every afspraak of schooljaar `van` into `van + 1` as concept (dates one year later,
 * werkplan approvals cleared). An afspraak that already exists in the next year (same school,
 * aanbieder, functie) is left alone and counted. With `schrijf` false it only counts (preview).
 * An early end (beëindigd) is not carried over: the copy runs the whole schooljaar.
 */
export function kopieerSchooljaar(db: Db, van: number, schrijf: boolean): KopieerResultaat & { ids: number[] } {
  const bron = db.prepare(`SELECT ${KOLOMMEN} FROM afspraken a WHERE a.schooljaar = ? ORDER BY a.id`).all(van) as Ruw<Afspraak>[];
  const bestaand = new Set(
    (db.prepare('SELECT school_id, aanbieder_id, functie FROM afspraken WHERE schooljaar = ?').all(van + 1) as { school_id: number; aanbieder_id: number; functie: string }[]).map(
      (r) => `${r.school_id}/${r.aanbieder_id}/${r.functie}`,
    ),
  );
  const insert = db.prepare(INSERT);
  const ids: number[] = [];
  let alBestaand = 0;
  for (const r of bron) {
    if (bestaand.has(`${r.schoolId}/${r.aanbiederId}/${r.functie}`)) {
      alBestaand++;
      continue;
    }
    if (!schrijf) {
      ids.push(0);
      continue;
    }
    const kopie: Omit<Afspraak, 'id'> = {
      ...metThemas<Afspraak>(r),
      schooljaar: van + 1,
      status: 'concept',
      startdatum: volgendSchooljaarDatum(r.startdatum),
      einddatum: r.status === 'beeindigd' ? null : volgendSchooljaarDatum(r.einddatum),
      werkplanGoedgekeurdSchool: null,
      werkplanGoedgekeurdWijkteam: null,
    };
    ids.push(Number(insert.run(null, ...velden(kopie)).lastInsertRowid));
  }
  return { aangemaakt: ids.length, alBestaand, ids };
}
