// SQL of the subsidies (migration 010): one row per aanbieder × begrotingsjaar with its voorschot
// terms and begrotingsposten. Writes replace a subsidie's children as a whole.
import type { Subsidie } from '../api/typen/subsidies';
import type { PlafondPost, Termijn } from '../domain/subsidie';
import type { Db } from './open';

const KOLOMMEN = `id, aanbieder_id AS aanbiederId, begrotingsjaar,
  aanvraag_datum AS aanvraagDatum, aanvraag_bedrag_cents AS aanvraagBedragCents, aanvraag_kenmerk AS aanvraagKenmerk,
  verlening_datum AS verleningDatum, verlening_kenmerk AS verleningKenmerk, verleend_cents AS verleendCents,
  berekend_cents AS berekendCents, verlening_reden AS verleningReden, voorwaarden, voorschot_schema AS voorschotSchema,
  verantwoording_uiterlijk AS verantwoordingUiterlijk, verantwoording_datum AS verantwoordingDatum,
  realisatie_cents AS realisatieCents, realisatie_uren AS realisatieUren, verantwoording_opmerking AS verantwoordingOpmerking,
  vaststelling_datum AS vaststellingDatum, vastgesteld_cents AS vastgesteldCents`;

type Rij = Omit<Subsidie, 'voorschotten' | 'begrotingspostIds'>;

/** Every subsidie of a begrotingsjaar (or one aanbieder's), with children: three queries, not one per subsidie. */
export function subsidiesVanJaar(db: Db, jaar: number, aanbiederId?: number): Subsidie[] {
  const waar = aanbiederId === undefined ? '' : 'AND aanbieder_id = @aanbiederId';
  const rijen = db.prepare(`SELECT ${KOLOMMEN} FROM subsidies WHERE begrotingsjaar = @jaar ${waar} ORDER BY id`).all({ jaar, aanbiederId }) as Rij[];
  if (rijen.length === 0) return [];
  const termijnen = db
    .prepare(
      `SELECT v.subsidie_id AS subsidieId, v.termijn, v.bedrag_cents AS bedragCents, v.vervaldatum, v.betaald_op AS betaaldOp
       FROM subsidie_voorschotten v JOIN subsidies s ON s.id = v.subsidie_id WHERE s.begrotingsjaar = @jaar ${waar.replace('aanbieder_id', 's.aanbieder_id')}
       ORDER BY v.subsidie_id, v.termijn`,
    )
    .all({ jaar, aanbiederId }) as (Termijn & { subsidieId: number })[];
  const posten = db
    .prepare(
      `SELECT p.subsidie_id AS subsidieId, p.begrotingspost_id AS postId FROM subsidie_begrotingsposten p JOIN subsidies s ON s.id = p.subsidie_id
       WHERE s.begrotingsjaar = @jaar ${waar.replace('aanbieder_id', 's.aanbieder_id')} ORDER BY p.begrotingspost_id`,
    )
    .all({ jaar, aanbiederId }) as { subsidieId: number; postId: number }[];
  const perId = new Map(rijen.map((r) => [r.id, { ...r, begrotingspostIds: [] as number[], voorschotten: [] as Termijn[] }]));
  for (const { subsidieId, ...t } of termijnen) perId.get(subsidieId)?.voorschotten.push(t);
  for (const p of posten) perId.get(p.subsidieId)?.begrotingspostIds.push(p.postId);
  return [...perId.values()];
}

export function leesSubsidie(db: Db, aanbiederId: number, jaar: number): Subsidie | null {
  return subsidiesVanJaar(db, jaar, aanbiederId)[0] ?? null;
}

/** Inserts or updates the subsidie and replaces its terms and begrotingsposten; returns its id. */
export function schrijfSubsidie(db: Db, s: Omit<Subsidie, 'id'> & { id?: number }): number {
  const velden = {
    aanbiederId: s.aanbiederId,
    begrotingsjaar: s.begrotingsjaar,
    aanvraagDatum: s.aanvraagDatum,
    aanvraagBedragCents: s.aanvraagBedragCents,
    aanvraagKenmerk: s.aanvraagKenmerk,
    verleningDatum: s.verleningDatum,
    verleningKenmerk: s.verleningKenmerk,
    verleendCents: s.verleendCents,
    berekendCents: s.berekendCents,
    verleningReden: s.verleningReden,
    voorwaarden: s.voorwaarden,
    voorschotSchema: s.voorschotSchema,
    verantwoordingUiterlijk: s.verantwoordingUiterlijk,
    verantwoordingDatum: s.verantwoordingDatum,
    realisatieCents: s.realisatieCents,
    realisatieUren: s.realisatieUren,
    verantwoordingOpmerking: s.verantwoordingOpmerking,
    vaststellingDatum: s.vaststellingDatum,
    vastgesteldCents: s.vastgesteldCents,
  };
  let id = s.id;
  if (id === undefined) {
    id = Number(
      db
        .prepare(
          `INSERT INTO subsidies (aanbieder_id, begrotingsjaar, aanvraag_datum, aanvraag_bedrag_cents, aanvraag_kenmerk, verlening_datum,
             verlening_kenmerk, verleend_cents, berekend_cents, verlening_reden, voorwaarden, voorschot_schema, verantwoording_uiterlijk,
             verantwoording_datum, realisatie_cents, realisatie_uren, verantwoording_opmerking, vaststelling_datum, vastgesteld_cents)
           VALUES (@aanbiederId, @begrotingsjaar, @aanvraagDatum, @aanvraagBedragCents, @aanvraagKenmerk, @verleningDatum,
             @verleningKenmerk, @verleendCents, @berekendCents, @verleningReden, @voorwaarden, @voorschotSchema, @verantwoordingUiterlijk,
             @verantwoordingDatum, @realisatieCents, @realisatieUren, @verantwoordingOpmerking, @vaststellingDatum, @vastgesteldCents)`,
        )
        .run(velden).lastInsertRowid,
    );
  } else {
    db.prepare(
      `UPDATE subsidies SET aanvraag_datum = @aanvraagDatum, aanvraag_bedrag_cents = @aanvraagBedragCents, aanvraag_kenmerk = @aanvraagKenmerk,
         verlening_datum = @verleningDatum, verlening_kenmerk = @verleningKenmerk, verleend_cents = @verleendCents, berekend_cents = @berekendCents,
         verlening_reden = @verleningReden, voorwaarden = @voorwaarden, voorschot_schema = @voorschotSchema,
         verantwoording_uiterlijk = @verantwoordingUiterlijk, verantwoording_datum = @verantwoordingDatum, realisatie_cents = @realisatieCents,
         realisatie_uren = @realisatieUren, verantwoording_opmerking = @verantwoordingOpmerking, vaststelling_datum = @vaststellingDatum,
         vastgesteld_cents = @vastgesteldCents
       WHERE id = @id`,
    ).run({ ...velden, id });
  }
  db.prepare('DELETE FROM subsidie_voorschotten WHERE subsidie_id = ?').run(id);
  const termijn = db.prepare('INSERT INTO subsidie_voorschotten (subsidie_id, termijn, bedrag_cents, vervaldatum, betaald_op) VALUES (?, ?, ?, ?, ?)');
  for (const t of s.voorschotten) termijn.run(id, t.termijn, t.bedragCents, t.vervaldatum, t.betaaldOp);
  db.prepare('DELETE FROM subsidie_begrotingsposten WHERE subsidie_id = ?').run(id);
  const post = db.prepare('INSERT INTO subsidie_begrotingsposten (subsidie_id, begrotingspost_id) VALUES (?, ?)');
  for (const p of s.begrotingspostIds) post.run(id, p);
  return id;
}

/** The begrotingsposten of the regelingen under the aanbieder's counted afspraken that touch `jaar`. */
export function postenVanAfspraken(db: Db, aanbiederId: number, jaar: number): number[] {
  return db
    .prepare(
      `SELECT DISTINCT rb.begrotingspost_id FROM afspraken a JOIN regeling_begrotingsposten rb ON rb.regeling_id = a.regeling_id
       WHERE a.aanbieder_id = ? AND a.schooljaar IN (?, ?) AND a.status IN ('afgesproken','getekend','beeindigd') ORDER BY 1`,
    )
    .pluck()
    .all(aanbiederId, jaar - 1, jaar) as number[];
}

/** What the plafond check needs in `jaar`: every verleende subsidie's posts and the posts' amounts. */
export function plafondGegevens(db: Db, jaar: number): { subsidies: { verleendCents: number; postIds: number[] }[]; posten: Map<number, PlafondPost> } {
  const koppelingen = db
    .prepare(
      `SELECT s.id, s.verleend_cents AS verleendCents, sp.begrotingspost_id AS postId FROM subsidies s
       JOIN subsidie_begrotingsposten sp ON sp.subsidie_id = s.id WHERE s.begrotingsjaar = ? AND s.verlening_datum IS NOT NULL ORDER BY s.id`,
    )
    .all(jaar) as { id: number; verleendCents: number; postId: number }[];
  const perSubsidie = new Map<number, { verleendCents: number; postIds: number[] }>();
  for (const k of koppelingen) {
    const s = perSubsidie.get(k.id) ?? { verleendCents: k.verleendCents, postIds: [] };
    s.postIds.push(k.postId);
    perSubsidie.set(k.id, s);
  }
  const posten = db
    .prepare(
      'SELECT p.id, p.naam, (SELECT bedrag_cents FROM begrotingspost_bedragen WHERE begrotingspost_id = p.id AND jaar = ?) AS bedragCents FROM begrotingsposten p',
    )
    .all(jaar) as PlafondPost[];
  return { subsidies: [...perSubsidie.values()], posten: new Map(posten.map((p) => [p.id, p])) };
}

/** The setting "verantwoording uiterlijk" as mm-dd of the year after the begrotingsjaar; default 1 April. */
export function verantwoordingMaandDag(db: Db): string {
  const w = db.prepare("SELECT waarde FROM instellingen WHERE sleutel = 'subsidieVerantwoordingMaandDag'").pluck().get() as string | undefined;
  const v = w === undefined ? null : (JSON.parse(w) as unknown);
  return typeof v === 'string' && /^\d{2}-\d{2}$/.test(v) ? v : '04-01';
}

/** Unpaid voorschotten and missing verantwoordingen due on or before `tot` (jjjj-mm-dd), oldest first. */
export function openDeadlines(
  db: Db,
  tot: string,
): {
  aanbiederId: number;
  aanbieder: string;
  begrotingsjaar: number;
  soort: 'voorschot' | 'verantwoording';
  datum: string;
  termijn: number | null;
  bedragCents: number | null;
}[] {
  return db
    .prepare(
      `SELECT s.aanbieder_id AS aanbiederId, a.naam AS aanbieder, s.begrotingsjaar, 'voorschot' AS soort, v.vervaldatum AS datum, v.termijn, v.bedrag_cents AS bedragCents
         FROM subsidie_voorschotten v JOIN subsidies s ON s.id = v.subsidie_id JOIN aanbieders a ON a.id = s.aanbieder_id
         WHERE v.betaald_op IS NULL AND s.vaststelling_datum IS NULL AND v.vervaldatum <= @tot
       UNION ALL
       SELECT s.aanbieder_id, a.naam, s.begrotingsjaar, 'verantwoording', s.verantwoording_uiterlijk, NULL, NULL
         FROM subsidies s JOIN aanbieders a ON a.id = s.aanbieder_id
         WHERE s.verlening_datum IS NOT NULL AND s.verantwoording_datum IS NULL AND s.verantwoording_uiterlijk <= @tot
       ORDER BY datum, aanbieder`,
    )
    .all({ tot }) as never;
}

/** The begrotingsjaren in which the aanbieder has a subsidie (an aanbieder with one is not deleted). */
export function subsidieJarenVan(db: Db, aanbiederId: number): number[] {
  return db.prepare('SELECT begrotingsjaar FROM subsidies WHERE aanbieder_id = ? ORDER BY 1').pluck().all(aanbiederId) as number[];
}
