// The SQL of the monitor: ondersteuningsvragen rows (issue 18, rule 12) and the monitor settings
// (norm range, realisatie threshold), which are instellingen rows under their own keys.
import { STANDAARD_NORM, type MonitorRegel } from '../domain/monitor';
import { STANDAARD_DREMPEL, type RealisatieAfspraak } from '../domain/realisatie';
import type { MonitorInstellingen, Ondersteuningsvragen, OndersteuningsvragenRij } from '../api/typen/monitor';
import { isGeteld } from '../domain/kosten';
import { STATUSSEN } from '../domain/types';
import type { Db } from './open';
import { tabel, voorbereid, type VeldMap } from './velden';

/** `('afgesproken', 'getekend', 'beeindigd')`: the counted statuses of rule 5 (domain/kosten.ts isGeteld) for SQL. */
export const GETELDE_STATUSSEN_SQL = `(${STATUSSEN.filter(isGeteld)
  .map((s) => `'${s}'`)
  .join(', ')})`;

export const ONDERSTEUNINGSVRAGEN_VELDEN = {
  id: { kolom: 'id', soort: 'id' },
  schooljaar: { kolom: 'schooljaar', soort: 'schooljaar' },
  schoolId: { kolom: 'school_id', soort: 'verwijzing' },
  aanbiederId: { kolom: 'aanbieder_id', soort: 'verwijzing' },
  functie: { kolom: 'functie', soort: 'keuze' },
  vragen: { kolom: 'vragen', soort: 'getal' },
  binnenSchool: { kolom: 'binnen_school', soort: 'getal' },
  verwezenJeugdhulp: { kolom: 'verwezen_jeugdhulp', soort: 'getal' },
  verwezenWijkteam: { kolom: 'verwezen_wijkteam', soort: 'getal' },
  gerealiseerdeUren: { kolom: 'gerealiseerde_uren', soort: 'getal' },
} satisfies VeldMap<Ondersteuningsvragen>;

export const ondersteuningsvragenTabel = tabel<Ondersteuningsvragen>('ondersteuningsvragen', ONDERSTEUNINGSVRAGEN_VELDEN);

/** The row with the same four keys (NULL aanbieder/functie match NULL), other than `behalve`. */
export function zoekOndersteuningsvragen(
  db: Db,
  k: { schooljaar: number; schoolId: number; aanbiederId: number | null; functie: string | null },
  behalve?: number,
): Ondersteuningsvragen | null {
  const id = voorbereid(
    db,
    `SELECT id FROM ondersteuningsvragen
      WHERE schooljaar = @schooljaar AND school_id = @schoolId
        AND IFNULL(aanbieder_id, 0) = IFNULL(@aanbiederId, 0) AND IFNULL(functie, '') = IFNULL(@functie, '')
        AND id IS NOT @behalve`,
  )
    .pluck()
    .get({ ...k, behalve: behalve ?? null }) as number | undefined;
  return id === undefined ? null : ondersteuningsvragenTabel.lees(db, id);
}

/** A schooljaar's rows with names, by school name, aanbieder and functie. */
export function lijstOndersteuningsvragen(db: Db, schooljaar: number): Omit<OndersteuningsvragenRij, 'percentageBinnenSchool'>[] {
  return voorbereid(
    db,
    `SELECT o.id, o.schooljaar, o.school_id AS schoolId, o.aanbieder_id AS aanbiederId, o.functie, o.vragen,
            o.binnen_school AS binnenSchool, o.verwezen_jeugdhulp AS verwezenJeugdhulp, o.verwezen_wijkteam AS verwezenWijkteam,
            o.gerealiseerde_uren AS gerealiseerdeUren, s.vestigingscode, s.naam AS schoolnaam, a.naam AS aanbieder
       FROM ondersteuningsvragen o
       JOIN scholen s ON s.id = o.school_id
       LEFT JOIN aanbieders a ON a.id = o.aanbieder_id
      WHERE o.schooljaar = ?
      ORDER BY s.naam COLLATE NOCASE, s.vestigingscode, a.naam COLLATE NOCASE, o.functie`,
  ).all(schooljaar) as Omit<OndersteuningsvragenRij, 'percentageBinnenSchool'>[];
}

/** Rows with what the monitor groups by; all schooljaren when none is given (the trend). */
export function monitorRegels(db: Db, schooljaar?: number): MonitorRegel[] {
  return voorbereid(
    db,
    `SELECT o.schooljaar, o.school_id AS schoolId, s.vestigingscode, s.naam AS schoolnaam, s.sector, w.naam AS wijk,
            a.naam AS aanbieder, o.functie, o.vragen, o.binnen_school AS binnenSchool,
            o.verwezen_jeugdhulp AS verwezenJeugdhulp, o.verwezen_wijkteam AS verwezenWijkteam
       FROM ondersteuningsvragen o
       JOIN scholen s ON s.id = o.school_id
       LEFT JOIN wijken w ON w.id = s.wijk_id
       LEFT JOIN aanbieders a ON a.id = o.aanbieder_id
      WHERE @schooljaar IS NULL OR o.schooljaar = @schooljaar`,
  ).all({ schooljaar: schooljaar ?? null }) as MonitorRegel[];
}

export function monitorSchooljaren(db: Db): number[] {
  return voorbereid(db, 'SELECT DISTINCT schooljaar FROM ondersteuningsvragen ORDER BY schooljaar').pluck().all() as number[];
}

const SLEUTELS = { normVan: 'monitorNormVan', normTot: 'monitorNormTot', drempel: 'monitorRealisatieDrempel' } as const;

export function leesMonitorInstellingen(db: Db): MonitorInstellingen {
  const rijen = voorbereid(db, `SELECT sleutel, waarde FROM instellingen WHERE sleutel IN (?, ?, ?)`).all(
    SLEUTELS.normVan,
    SLEUTELS.normTot,
    SLEUTELS.drempel,
  ) as { sleutel: string; waarde: string }[];
  const w = new Map(rijen.map((r) => [r.sleutel, JSON.parse(r.waarde) as number]));
  return {
    norm: { van: w.get(SLEUTELS.normVan) ?? STANDAARD_NORM.van, tot: w.get(SLEUTELS.normTot) ?? STANDAARD_NORM.tot },
    realisatieDrempel: w.get(SLEUTELS.drempel) ?? STANDAARD_DREMPEL,
  };
}

export function schrijfMonitorInstellingen(db: Db, i: MonitorInstellingen): void {
  const upsert = voorbereid(db, 'INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde');
  upsert.run(SLEUTELS.normVan, JSON.stringify(i.norm.van));
  upsert.run(SLEUTELS.normTot, JSON.stringify(i.norm.tot));
  upsert.run(SLEUTELS.drempel, JSON.stringify(i.realisatieDrempel));
}

/**
 * The counted afspraken of a schooljaar (rule 5) with names, and the realised hours reported on
 * the monitor row with the same school, aanbieder, functie and schooljaar.
 */
export function realisatieGegevens(db: Db, schooljaar: number): { afspraken: RealisatieAfspraak[]; gerealiseerd: Map<number, number> } {
  const rijen = voorbereid(
    db,
    `SELECT a.id, a.schooljaar, a.school_id AS schoolId, a.aanbieder_id AS aanbiederId, a.functie,
            a.basisuren AS basisurenPerWeek, a.weken_per_jaar AS wekenPerJaar,
            (SELECT json_group_array(json_object('urenPerWeek', ai.uren_per_week, 'startdatum', ai.startdatum, 'einddatum', ai.einddatum))
               FROM aanvullende_inzet ai WHERE ai.afspraak_id = a.id) AS aanvullend,
            a.startdatum, a.einddatum, s.vestigingscode, s.naam AS schoolnaam, b.naam AS aanbieder,
            o.gerealiseerde_uren AS gerealiseerdeUren
       FROM afspraken a
       JOIN scholen s ON s.id = a.school_id
       JOIN aanbieders b ON b.id = a.aanbieder_id
       LEFT JOIN ondersteuningsvragen o
         ON o.schooljaar = a.schooljaar AND o.school_id = a.school_id AND o.aanbieder_id = a.aanbieder_id AND o.functie = a.functie
      WHERE a.schooljaar = ? AND a.status IN ${GETELDE_STATUSSEN_SQL}`,
  ).all(schooljaar) as (Omit<RealisatieAfspraak, 'aanvullend'> & { aanvullend: string; gerealiseerdeUren: number | null })[];
  const gerealiseerd = new Map<number, number>();
  for (const r of rijen) if (r.gerealiseerdeUren !== null) gerealiseerd.set(r.id, r.gerealiseerdeUren);
  return { afspraken: rijen.map((r) => ({ ...r, aanvullend: JSON.parse(r.aanvullend) as RealisatieAfspraak['aanvullend'] })), gerealiseerd };
}
