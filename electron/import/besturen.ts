// DUO's list of bevoegde gezagen (school boards) into the besturen: names by number. Same reader
// as the other DUO files (lezen.ts: encoding, separator, header row; duo.ts: column names), a
// preview first, then everything in one transaction. It never deletes a bestuur and never
// replaces a name by an empty one; a row without a name is left out.
import { NAAM_MAX } from '../domain/grenzen';
import { normaliseerTekst } from '../domain/tekst';
import type { Db } from '../db/open';
import { logMutatie } from '../db/mutatielog-repo';
import { normaliseerKolom } from './duo';
import { ImportFout } from './fout';
import type { BesturenPlan, ImportMelding } from '../api/typen/importeren';
import { leesTabel } from './lezen';

export const BESTUUR_KOLOMMEN = { nummer: 'BEVOEGD GEZAG NUMMER', naam: 'BEVOEGD GEZAG NAAM' } as const;
/** Older and hand-made copies name the columns differently. */
const ALIASSEN: Record<string, string> = {
  'BEVOEGD GEZAG': BESTUUR_KOLOMMEN.nummer,
  BEVOEGDGEZAGNUMMER: BESTUUR_KOLOMMEN.nummer,
  'NAAM BEVOEGD GEZAG': BESTUUR_KOLOMMEN.naam,
  'BEVOEGD GEZAGNAAM': BESTUUR_KOLOMMEN.naam,
};

export interface BestuurUitBestand {
  rij: number;
  nummer: string;
  naam: string;
}

/** Reads the file; every problem at once, in Dutch, with row and column. */
export function leesBesturenBestand(inhoud: Buffer | Uint8Array): { encoding: string; rijen: number; besturen: BestuurUitBestand[] } {
  const tabel = leesTabel(inhoud);
  const kolommen = tabel.headers.map((h) => {
    const k = normaliseerKolom(h);
    return ALIASSEN[k] ?? k;
  });
  const iNummer = kolommen.indexOf(BESTUUR_KOLOMMEN.nummer);
  const iNaam = kolommen.indexOf(BESTUUR_KOLOMMEN.naam);
  if (iNummer < 0 || iNaam < 0) {
    const scholenBestand = kolommen.includes('VESTIGINGSCODE') || kolommen.includes('INSTELLINGSCODE');
    const gevonden = tabel.headers.slice(0, 8).join(', ') + (tabel.headers.length > 8 ? ', …' : '');
    throw new ImportFout([
      ...(scholenBestand
        ? [{ melding: 'Dit is een DUO-bestand met scholen, geen lijst van bevoegde gezagen. Lees het in bij "DUO-bestanden" (scholen en leerlingen).' }]
        : [{ melding: `Dit bestand is niet herkend als de DUO-lijst van bevoegde gezagen. Gevonden kolommen: ${gevonden}.` }]),
      ...[BESTUUR_KOLOMMEN.nummer, BESTUUR_KOLOMMEN.naam]
        .filter((k) => !kolommen.includes(k))
        .map((k) => ({ kolom: k, melding: 'De kolom ontbreekt; die hoort in de DUO-lijst van bevoegde gezagen.' })),
    ]);
  }
  const meldingen: ImportMelding[] = [];
  const gezien = new Map<string, BestuurUitBestand>();
  tabel.rows.forEach((r, i) => {
    const rij = i + 2;
    const nummer = (r[iNummer] ?? '').replace(/\s/g, '');
    // The one text normaliser (domain/tekst.ts): NFC, no control or XML-illegal characters.
    const schoon = normaliseerTekst(r[iNaam] ?? '', 'De naam', { max: NAAM_MAX });
    const naam = schoon.ok ? schoon.waarde.replace(/\s+/g, ' ') : '';
    if (nummer === '' && naam === '' && schoon.ok) return;
    if (!schoon.ok) {
      meldingen.push({ rij, kolom: tabel.headers[iNaam], melding: schoon.melding });
      return;
    }
    if (!/^\d{1,8}$/.test(nummer)) {
      meldingen.push({ rij, kolom: tabel.headers[iNummer], melding: `"${r[iNummer] ?? ''}" is geen bevoegd-gezagnummer (alleen cijfers, zoals 41430).` });
      return;
    }
    const eerder = gezien.get(nummer);
    if (eerder) {
      if (eerder.naam !== naam)
        meldingen.push({
          rij,
          kolom: tabel.headers[iNummer],
          melding: `Nummer ${nummer} staat ook in rij ${eerder.rij} met een andere naam ("${eerder.naam}").`,
        });
      return;
    }
    gezien.set(nummer, { rij, nummer, naam });
  });
  if (meldingen.length > 0) {
    const lijst = meldingen.slice(0, 50);
    if (meldingen.length > 50) lijst.push({ melding: `En nog ${meldingen.length - 50} meldingen.` });
    throw new ImportFout(lijst);
  }
  return { encoding: tabel.encoding, rijen: tabel.rows.length, besturen: [...gezien.values()] };
}

/** What the import would do to this database. Names are compared exactly: a changed spelling is a change. */
export function maakBesturenPlan(db: Db, bestand: string, inhoud: Buffer | Uint8Array): BesturenPlan {
  const gelezen = leesBesturenBestand(inhoud);
  const bestaand = new Map(
    (db.prepare('SELECT id, nummer, naam FROM besturen WHERE nummer IS NOT NULL').all() as { id: number; nummer: string; naam: string }[]).map((b) => [
      b.nummer,
      b,
    ]),
  );
  const plan: BesturenPlan = { bestand, encoding: gelezen.encoding, rijen: gelezen.rijen, nieuw: [], gewijzigd: [], ongewijzigd: 0, zonderNaam: 0 };
  for (const b of gelezen.besturen) {
    if (b.naam === '') {
      plan.zonderNaam++;
      continue;
    }
    const oud = bestaand.get(b.nummer);
    if (!oud) plan.nieuw.push({ nummer: b.nummer, naam: b.naam });
    else if (oud.naam === b.naam) plan.ongewijzigd++;
    else plan.gewijzigd.push({ id: oud.id, nummer: b.nummer, oud: oud.naam, nieuw: b.naam });
  }
  return plan;
}

/** Applies the plan in one transaction, with a mutatielog line per bestuur. */
export function voerBesturenPlanUit(db: Db, plan: BesturenPlan, gebruiker: string): void {
  const maak = db.prepare('INSERT INTO besturen (nummer, naam) VALUES (?, ?)');
  const hernoem = db.prepare('UPDATE besturen SET naam = ? WHERE id = ? AND nummer = ?');
  db.transaction(() => {
    const log: [string, string | null, unknown, unknown][] = [];
    for (const b of plan.nieuw) {
      const r = maak.run(b.nummer, b.naam);
      log.push(['bestuur', String(r.lastInsertRowid), null, { nummer: b.nummer, naam: b.naam, bron: plan.bestand }]);
    }
    for (const g of plan.gewijzigd) {
      if (hernoem.run(g.nieuw, g.id, g.nummer).changes !== 1) throw new Error(`Bestuur ${g.nummer} veranderde tijdens de import`);
      log.push(['bestuur', String(g.id), { naam: g.oud }, { naam: g.nieuw, bron: plan.bestand }]);
    }
    if (log.length > 0) logMutatie(db, gebruiker, 'import.besturenUitvoeren', log);
  })();
}

/** The preview in Dutch lines, for the CLI. */
export function besturenSamenvatting(v: Pick<BesturenPlan, 'bestand' | 'rijen' | 'nieuw' | 'gewijzigd' | 'ongewijzigd' | 'zonderNaam'>): string[] {
  const n = (x: number) => x.toLocaleString('nl-NL');
  return [
    `${v.bestand}: DUO-lijst van bevoegde gezagen (${n(v.rijen)} rijen)`,
    '',
    `Nieuwe besturen:        ${n(v.nieuw.length)}`,
    `Andere naam:            ${n(v.gewijzigd.length)}`,
    `Ongewijzigd:            ${n(v.ongewijzigd)}`,
    `Zonder naam (overgeslagen): ${n(v.zonderNaam)}`,
    ...(v.gewijzigd.length ? ['', 'Andere naam:', ...v.gewijzigd.map((g) => `  ${g.nummer}: "${g.oud}" → "${g.nieuw}"`)] : []),
    ...(v.nieuw.length ? ['', 'Nieuw:', ...v.nieuw.map((b) => `  ${b.nummer}: ${b.naam}`)] : []),
  ];
}
