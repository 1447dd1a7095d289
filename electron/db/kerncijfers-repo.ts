// SQL of the kerncijfers per jaar (young people 0-19, pupils PO and VO), from the Ontwikkelagenda.
import type { Db } from './open';
import type { Kerncijfers } from '../api/typen/registratie';

const KOLOMMEN = 'jaar, jeugdigen_0_19 AS jeugdigen019, leerlingen_po AS leerlingenPo, leerlingen_vo AS leerlingenVo';

export function lijstKerncijfers(db: Db): Kerncijfers[] {
  return db.prepare(`SELECT ${KOLOMMEN} FROM kerncijfers ORDER BY jaar`).all() as Kerncijfers[];
}

export function leesKerncijfers(db: Db, jaar: number): Kerncijfers | null {
  return (db.prepare(`SELECT ${KOLOMMEN} FROM kerncijfers WHERE jaar = ?`).get(jaar) as Kerncijfers | undefined) ?? null;
}

export function voegKerncijfersToe(db: Db, k: Kerncijfers): void {
  db.prepare('INSERT INTO kerncijfers (jaar, jeugdigen_0_19, leerlingen_po, leerlingen_vo) VALUES (?, ?, ?, ?)').run(
    k.jaar,
    k.jeugdigen019,
    k.leerlingenPo,
    k.leerlingenVo,
  );
}

export function wijzigKerncijfers(db: Db, k: Kerncijfers): void {
  db.prepare('UPDATE kerncijfers SET jeugdigen_0_19 = ?, leerlingen_po = ?, leerlingen_vo = ? WHERE jaar = ?').run(
    k.jeugdigen019,
    k.leerlingenPo,
    k.leerlingenVo,
    k.jaar,
  );
}

export function verwijderKerncijfers(db: Db, jaar: number): void {
  db.prepare('DELETE FROM kerncijfers WHERE jaar = ?').run(jaar);
}
