// SQL of the aanbieders (providers that employ the workers).
import type { Db } from './open';
import { tabel, type VeldMap } from './velden';
import type { Aanbieder, AanbiederRij } from '../api/typen/registratie';

/** The columns of `aanbieders` (db/velden.ts); lees, voegToe, wijzig and verwijder come from it. */
export const AANBIEDER_VELDEN = {
  id: { kolom: 'id', soort: 'id' },
  naam: { kolom: 'naam', soort: 'tekst' },
  korteNaam: { kolom: 'korte_naam', soort: 'tekst' },
  contactpersoon: { kolom: 'contactpersoon', soort: 'tekst' },
  email: { kolom: 'email', soort: 'tekst' },
  opmerking: { kolom: 'opmerking', soort: 'tekst' },
} as const satisfies VeldMap<Aanbieder>;

export const aanbiedersTabel = tabel<Aanbieder>('aanbieders', AANBIEDER_VELDEN);
const KOLOMMEN = aanbiedersTabel.kolommen;

export function lijstAanbieders(db: Db): AanbiederRij[] {
  return db
    .prepare(
      `SELECT ${KOLOMMEN}, (SELECT count(*) FROM afspraken a WHERE a.aanbieder_id = aanbieders.id) AS aantalAfspraken
       FROM aanbieders ORDER BY naam COLLATE NOCASE`,
    )
    .all() as AanbiederRij[];
}

export function leesAanbieder(db: Db, id: number): Aanbieder | null {
  return aanbiedersTabel.lees(db, id);
}

/** An aanbieder whose name or short name equals `naam` (case-insensitive). */
export function aanbiederMetNaam(db: Db, naam: string, behalve?: number): Aanbieder | null {
  return (
    (db
      .prepare(`SELECT ${KOLOMMEN} FROM aanbieders WHERE (naam = @naam COLLATE NOCASE OR korte_naam = @naam COLLATE NOCASE) AND id IS NOT @behalve`)
      .get({ naam, behalve: behalve ?? null }) as Aanbieder | undefined) ?? null
  );
}
