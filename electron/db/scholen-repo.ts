// SQL of the scholen (one row per vestiging) and their pupil counts per teljaar.
import type { SchoolInvoerGevalideerd, SchoolLijstFilter } from '../domain/registratie';
import type { Db } from './open';
import { bool, likePatroon, vrijId } from './repo-hulp';
import { insertSql, naarParams, schrijfVelden, selectLijst, uitRij, updateSql, voorbereid, type VeldMap } from './velden';
import type { LeerlingenJaar, School, SchoolRij, SchoolLijst } from '../api/typen/registratie';

/** The columns of `scholen` (db/velden.ts): the School record without its counts, plus the BRIN (derived from the vestigingscode). */
export const SCHOOL_VELDEN = {
  id: { kolom: 'id', soort: 'id' },
  vestigingscode: { kolom: 'vestigingscode', soort: 'tekst' },
  brin: { kolom: 'brin', soort: 'tekst' },
  naam: { kolom: 'naam', soort: 'tekst' },
  sector: { kolom: 'sector', soort: 'keuze' },
  denominatie: { kolom: 'denominatie', soort: 'tekst' },
  straat: { kolom: 'straat', soort: 'tekst' },
  huisnummer: { kolom: 'huisnummer', soort: 'tekst' },
  postcode: { kolom: 'postcode', soort: 'tekst' },
  plaats: { kolom: 'plaats', soort: 'tekst' },
  gemeenteCode: { kolom: 'gemeente_code', soort: 'tekst' },
  wijkId: { kolom: 'wijk_id', soort: 'verwijzing' },
  bestuurId: { kolom: 'bestuur_id', soort: 'verwijzing' },
  nietInDuo: { kolom: 'niet_in_duo', soort: 'bool' },
  opmerking: { kolom: 'opmerking', soort: 'tekst' },
} as const satisfies VeldMap<Omit<School, 'leerlingen'> & { brin: string }>;

/** What leesSchool returns without the counts (no BRIN: the form derives it). */
const LEES_VELDEN = (Object.keys(SCHOOL_VELDEN) as (keyof typeof SCHOOL_VELDEN)[]).filter((v) => v !== 'brin');
const KOLOMMEN = selectLijst(SCHOOL_VELDEN, undefined, LEES_VELDEN);
const INSERT = insertSql('scholen', SCHOOL_VELDEN);
const UPDATE = updateSql('scholen', SCHOOL_VELDEN);

export function leesSchool(db: Db, id: number): School | null {
  const ruw = voorbereid(db, `SELECT ${KOLOMMEN} FROM scholen WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!ruw) return null;
  const rij = uitRij<Omit<School, 'leerlingen'>>(SCHOOL_VELDEN, ruw);
  const leerlingen = (
    db.prepare('SELECT jaar, aantal, onder5 FROM leerlingen WHERE school_id = ? ORDER BY jaar').all(id) as {
      jaar: number;
      aantal: number | null;
      onder5: number;
    }[]
  ).map((l) => ({ jaar: l.jaar, aantal: l.aantal, onder5: bool(l.onder5) }));
  return { ...rij, leerlingen };
}

export function schoolMetVestigingscode(db: Db, code: string, behalve?: number): { id: number; naam: string; plaats: string | null } | null {
  return (
    (db.prepare('SELECT id, naam, plaats FROM scholen WHERE vestigingscode = ? AND id IS NOT ?').get(code, behalve ?? null) as
      { id: number; naam: string; plaats: string | null } | undefined) ?? null
  );
}

export function schoolNaam(db: Db, id: number): string | null {
  return (db.prepare('SELECT naam FROM scholen WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

function params(s: SchoolInvoerGevalideerd): Record<string, unknown> {
  return naarParams(SCHOOL_VELDEN, { ...s, brin: s.vestigingscode.slice(0, 4) }, schrijfVelden(SCHOOL_VELDEN));
}

export function voegSchoolToe(db: Db, s: SchoolInvoerGevalideerd, id?: number): number {
  const r = voorbereid(db, INSERT).run({ ...params(s), id: vrijId(db, 'scholen', id) ?? null });
  const nieuwId = Number(r.lastInsertRowid);
  if (s.leerlingen) schrijfLeerlingen(db, nieuwId, s.leerlingen);
  return nieuwId;
}

export function wijzigSchool(db: Db, id: number, s: SchoolInvoerGevalideerd): void {
  voorbereid(db, UPDATE).run({ ...params(s), id });
  if (s.leerlingen) schrijfLeerlingen(db, id, s.leerlingen);
}

/** Replaces all pupil counts of a school. */
export function schrijfLeerlingen(db: Db, schoolId: number, leerlingen: readonly LeerlingenJaar[]): void {
  db.prepare('DELETE FROM leerlingen WHERE school_id = ?').run(schoolId);
  const insert = db.prepare('INSERT INTO leerlingen (school_id, jaar, aantal, onder5) VALUES (?, ?, ?, ?)');
  for (const l of leerlingen) insert.run(schoolId, l.jaar, l.onder5 ? null : l.aantal, l.onder5 ? 1 : 0);
}

export function verwijderSchool(db: Db, id: number): void {
  db.prepare('DELETE FROM leerlingen WHERE school_id = ?').run(id);
  db.prepare('DELETE FROM scholen WHERE id = ?').run(id);
}

/** What still refers to a school: its afspraken per schooljaar and the proeftuinen it is in. */
export function schoolVerwijzingen(db: Db, id: number): { afspraken: number; schooljaren: number[]; proeftuinen: string[]; monitorSchooljaren: number[] } {
  const jaren = db.prepare('SELECT schooljaar, count(*) AS n FROM afspraken WHERE school_id = ? GROUP BY schooljaar ORDER BY schooljaar').all(id) as {
    schooljaar: number;
    n: number;
  }[];
  const proeftuinen = db
    .prepare('SELECT p.naam FROM proeftuin_scholen ps JOIN proeftuinen p ON p.id = ps.proeftuin_id WHERE ps.school_id = ? ORDER BY p.naam')
    .pluck()
    .all(id) as string[];
  // Monitor figures (issue 18) are evidence for the council: never deleted along with a school.
  const monitorSchooljaren = db
    .prepare('SELECT DISTINCT schooljaar FROM ondersteuningsvragen WHERE school_id = ? ORDER BY schooljaar')
    .pluck()
    .all(id) as number[];
  return { afspraken: jaren.reduce((s, j) => s + j.n, 0), schooljaren: jaren.map((j) => j.schooljaar), proeftuinen, monitorSchooljaren };
}

// Sort columns come from this whitelist only; the input schema allows nothing else.
const SORTEER: Record<SchoolLijstFilter['sorteer'], string> = {
  naam: 's.naam COLLATE NOCASE',
  vestigingscode: 's.vestigingscode',
  sector: 's.sector',
  wijk: 'w.naam COLLATE NOCASE',
  bestuur: 'b.naam COLLATE NOCASE',
  plaats: 's.plaats COLLATE NOCASE',
  leerlingen: 'coalesce(l.aantal, CASE WHEN l.onder5 = 1 THEN 0 END)',
  id: 's.id',
};

export function lijstScholen(db: Db, f: SchoolLijstFilter): SchoolLijst {
  const where: string[] = [];
  if (f.zoek) where.push(`(s.naam LIKE @zoek ESCAPE '\\' OR s.vestigingscode LIKE @zoek ESCAPE '\\' OR s.plaats LIKE @zoek ESCAPE '\\')`);
  if (f.sector) where.push('s.sector = @sector');
  if (f.wijkId === null) where.push('s.wijk_id IS NULL');
  else if (f.wijkId !== undefined) where.push('s.wijk_id = @wijkId');
  if (f.bestuurId !== undefined) where.push('s.bestuur_id = @bestuurId');
  const params = { zoek: f.zoek ? likePatroon(f.zoek) : null, sector: f.sector ?? null, wijkId: f.wijkId ?? null, bestuurId: f.bestuurId ?? null };
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const richting = f.richting === 'af' ? 'DESC' : 'ASC';
  const rijen = db
    .prepare(
      `SELECT s.id, s.vestigingscode, s.brin, s.naam, s.sector, s.wijk_id AS wijkId, w.naam AS wijk, s.bestuur_id AS bestuurId,
         b.naam AS bestuur, b.nummer AS bestuurNummer, s.plaats, s.niet_in_duo AS nietInDuo, l.jaar AS leerlingenJaar, l.aantal AS leerlingen, l.onder5 AS leerlingenOnder5
       FROM scholen s
       LEFT JOIN wijken w ON w.id = s.wijk_id
       LEFT JOIN besturen b ON b.id = s.bestuur_id
       LEFT JOIN leerlingen l ON l.school_id = s.id AND l.jaar = (SELECT max(jaar) FROM leerlingen m WHERE m.school_id = s.id)
       ${filter}
       ORDER BY ${SORTEER[f.sorteer]} ${richting} NULLS LAST, s.naam COLLATE NOCASE, s.id
       LIMIT @limiet OFFSET @offset`,
    )
    .all({ ...params, limiet: f.limiet, offset: f.offset }) as (Omit<SchoolRij, 'nietInDuo' | 'leerlingenOnder5'> & {
    nietInDuo: number;
    leerlingenOnder5: number | null;
  })[];
  const totaal = db.prepare(`SELECT count(*) FROM scholen s ${filter}`).pluck().get(params) as number;
  return {
    rijen: rijen.map((r) => ({ ...r, nietInDuo: bool(r.nietInDuo), leerlingenOnder5: bool(r.leerlingenOnder5) })),
    totaal,
  };
}
