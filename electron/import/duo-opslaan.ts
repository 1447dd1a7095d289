// DUO files into the school registry: read one or more files, build the plan per file against
// the registry as it would be after the files before it (so a pupil file can refer to schools
// an address file in the same batch creates), and apply every plan in ONE transaction.
// Schools are never deleted; the plan only flags them "niet meer in DUO-bestand".
import type { Db } from '../db/open';
import { logMutatie } from '../db/mutatielog-repo';
import { leesDuoBestand, type DuoBestand, type DuoLeerlingen } from './duo';
import { telwoord } from '../domain/telwoord';
import type { DuoSoort, DuoVeld, DuoVestiging, ImportMelding, DuoVoorbeeld } from '../api/typen/importeren';
import { maakDuoPlan, type BestaandBestuur, type BestaandeSchool, type DuoPlan } from './duo-preview';
import { ImportFout } from './fout';
import type { GekozenBestand } from './plannen';
import { allePostcoderegels, vulWijken, wijkInvullingen } from '../db/wijkregels-repo';
import { wijkVoorPostcode } from '../domain/wijkregels';

/** The DUO fields the scholen table stores, and their columns. */
const KOLOM: Partial<Record<DuoVeld, string>> = {
  brin: 'brin',
  naam: 'naam',
  sector: 'sector',
  denominatie: 'denominatie',
  straat: 'straat',
  huisnummer: 'huisnummer',
  postcode: 'postcode',
  plaats: 'plaats',
  gemeenteCode: 'gemeente_code',
  bestuurNummer: 'bestuur_id',
};
export const DUO_DB_VELDEN = Object.keys(KOLOM) as DuoVeld[];

export const VELD_LABEL: Record<DuoVeld, string> = {
  brin: 'BRIN',
  naam: 'naam',
  sector: 'sector',
  denominatie: 'denominatie',
  straat: 'straat',
  huisnummer: 'huisnummer',
  postcode: 'postcode',
  plaats: 'plaats',
  gemeenteCode: 'gemeentecode',
  gemeenteNaam: 'gemeentenaam',
  bestuurNummer: 'bestuur',
  bestuurNaam: 'bestuursnaam',
  telefoon: 'telefoon',
  website: 'website',
};

export interface DuoImportOpties {
  /** Keep only this gemeente (4 digits, `193` is fine); null = every row of the file. */
  gemeenteCode: string | null;
  /** Name of the gemeente, for files without codes (edugis); only used with gemeenteCode. */
  gemeenteNaam?: string | null;
  /** Year of the pupil counts, for files whose name does not say it. */
  jaar?: number;
  voortgang?: (fractie: number) => void;
}

export interface DuoBestandsPlan {
  naam: string;
  bestand: Omit<DuoBestand, 'vestigingen' | 'leerlingen'>;
  plan: DuoPlan;
}

export interface DuoImportPlan {
  bestanden: DuoBestandsPlan[];
  /** See DuoVoorbeeld.aantallen.wijkVolgensPostcode. */
  wijkVolgensPostcode: number;
}

/** How many schools without a wijk a postcode rule fills once the plan is written (as voerDuoImportUit does). */
function telWijkVolgensPostcode(db: Db, bestanden: DuoBestandsPlan[]): number {
  const regels = allePostcoderegels(db);
  if (regels.length === 0) return 0;
  const zonderWijk = new Map(
    (db.prepare('SELECT upper(vestigingscode) AS code, postcode FROM scholen WHERE wijk_id IS NULL').all() as { code: string; postcode: string | null }[]).map(
      (s) => [s.code, s.postcode],
    ),
  );
  for (const { plan } of bestanden) {
    for (const v of plan.nieuw) zonderWijk.set(v.vestigingscode.toUpperCase(), v.postcode);
    for (const g of plan.gewijzigd)
      if (zonderWijk.has(g.vestigingscode.toUpperCase()) && plan.velden.includes('postcode')) zonderWijk.set(g.vestigingscode.toUpperCase(), g.record.postcode);
  }
  return [...zonderWijk.values()].filter((p) => wijkVoorPostcode(regels, p) !== null).length;
}

const MAX_LIJST = 500;

// ---- reading the registry ----------------------------------------------------------------------

function leesScholen(db: Db): BestaandeSchool[] {
  const rijen = db
    .prepare(
      `SELECT s.vestigingscode, s.brin, s.naam, s.sector, s.denominatie, s.straat, s.huisnummer, s.postcode, s.plaats,
              s.gemeente_code AS gemeenteCode, b.nummer AS bestuurNummer, s.niet_in_duo AS nietInDuo
       FROM scholen s LEFT JOIN besturen b ON b.id = s.bestuur_id`,
    )
    .all() as (Omit<BestaandeSchool, 'nietInDuo'> & { nietInDuo: number })[];
  return rijen.map((r) => ({ ...r, nietInDuo: Boolean(r.nietInDuo) }));
}

function leesBesturen(db: Db): BestaandBestuur[] {
  return db.prepare('SELECT nummer, naam FROM besturen').all() as BestaandBestuur[];
}

function leesLeerlingen(db: Db): DuoLeerlingen[] {
  const rijen = db.prepare('SELECT s.vestigingscode, l.jaar, l.aantal, l.onder5 FROM leerlingen l JOIN scholen s ON s.id = l.school_id').all() as {
    vestigingscode: string;
    jaar: number;
    aantal: number | null;
    onder5: number;
  }[];
  return rijen.map((r) => ({ ...r, onder5: Boolean(r.onder5) }));
}

// ---- planning ----------------------------------------------------------------------------------

/** Address files first: their new schools can then receive the pupil counts of the same batch. */
const VOLGORDE: Record<DuoSoort, number> = {
  'po-adressen': 0,
  'vo-adressen': 0,
  'so-adressen': 0,
  'mbo-instellingen': 0,
  edugis: 1,
  'leerlingen-historisch': 2,
  'leerlingen-vo': 2,
};

export function maakDuoImportPlan(db: Db, bestanden: GekozenBestand[], opties: DuoImportOpties): DuoImportPlan {
  if (bestanden.length === 0) throw new ImportFout('Er is geen bestand gekozen.');
  const gelezen: { naam: string; bestand: DuoBestand }[] = [];
  const meldingen: ImportMelding[] = [];
  bestanden.forEach((b, i) => {
    try {
      const bestand = leesDuoBestand(b.inhoud, {
        gemeenteCode: opties.gemeenteCode ?? undefined,
        gemeenteNaam: opties.gemeenteCode ? (opties.gemeenteNaam ?? undefined) : undefined,
        bestandsnaam: b.naam,
        jaar: opties.jaar,
      });
      gelezen.push({ naam: b.naam, bestand });
    } catch (e) {
      if (!(e instanceof ImportFout)) throw e;
      // With several files, every message says which file it is about.
      const voor = bestanden.length > 1 ? `${b.naam}: ` : '';
      meldingen.push(...e.meldingen.map((m) => ({ ...m, melding: voor + m.melding })));
    }
    opties.voortgang?.(((i + 1) / bestanden.length) * 0.8);
  });
  if (meldingen.length > 0) throw new ImportFout(meldingen);
  // The edugis file is a derived copy with other spellings: together with DUO's own address
  // files it would rename schools back and forth on every import.
  const edugis = gelezen.find((g) => g.bestand.soort === 'edugis');
  if (edugis && gelezen.some((g) => g.bestand.bereik.sectoren.length > 0 && g.bestand.soort !== 'edugis')) {
    throw new ImportFout(
      `${edugis.naam} is een afgeleid scholenbestand (edugis), geen DUO-bestand. Lees het niet samen met de adresbestanden van DUO in: kies alleen de DUO-bestanden, of alleen dit bestand.`,
    );
  }
  gelezen.sort((a, b) => VOLGORDE[a.bestand.soort] - VOLGORDE[b.bestand.soort]);

  // The registry as it will be after each file, so the next file is planned against it.
  const scholen = new Map(leesScholen(db).map((s) => [s.vestigingscode.toUpperCase(), s]));
  const besturen = leesBesturen(db);
  const leerlingen = new Map(leesLeerlingen(db).map((l) => [`${l.vestigingscode}|${l.jaar}`, l]));

  const uit: DuoBestandsPlan[] = [];
  for (const { naam, bestand } of gelezen) {
    const plan = maakDuoPlan({
      bestand,
      scholen: [...scholen.values()],
      besturen,
      leerlingen: [...leerlingen.values()],
      velden: DUO_DB_VELDEN,
    });
    for (const v of plan.nieuw) scholen.set(v.vestigingscode, { ...alsBestaand(v), nietInDuo: false });
    for (const g of plan.gewijzigd) {
      const s = scholen.get(g.vestigingscode)!;
      for (const veld of plan.velden) (s as Record<string, unknown>)[veld] = g.record[veld];
    }
    for (const n of plan.nietMeerInBestand) scholen.get(n.vestigingscode)!.nietInDuo = true;
    for (const code of plan.weerInBestand) scholen.get(code)!.nietInDuo = false;
    besturen.push(...plan.nieuweBesturen.map((b) => ({ nummer: b.nummer, naam: b.naam })));
    for (const l of plan.leerlingen.nieuw) leerlingen.set(`${l.vestigingscode}|${l.jaar}`, l);
    for (const l of plan.leerlingen.gewijzigd) leerlingen.set(`${l.vestigingscode}|${l.jaar}`, l.nieuw);
    const { vestigingen: _v, leerlingen: _l, ...kop } = bestand;
    uit.push({ naam, bestand: kop, plan });
  }
  opties.voortgang?.(0.9);
  return { bestanden: uit, wijkVolgensPostcode: telWijkVolgensPostcode(db, uit) };
}

function alsBestaand(v: DuoVestiging): BestaandeSchool {
  const s: BestaandeSchool = { vestigingscode: v.vestigingscode };
  for (const veld of DUO_DB_VELDEN) (s as Record<string, unknown>)[veld] = v[veld];
  return s;
}

export function duoVoorbeeld(plan: DuoImportPlan, gemeenteCode: string | null): DuoVoorbeeld {
  const p = plan.bestanden.map((b) => b.plan);
  const alle = <T>(f: (x: DuoPlan) => T[]) => p.flatMap(f);
  const nieuw = alle((x) => x.nieuw);
  const gewijzigd = alle((x) => x.gewijzigd);
  const nietMeer = alle((x) => x.nietMeerInBestand);
  const besturen = alle((x) => x.nieuweBesturen);
  const som = (f: (x: DuoPlan) => number) => p.reduce((s, x) => s + f(x), 0);
  const ingekort = [nieuw, gewijzigd, nietMeer, besturen].some((l) => l.length > MAX_LIJST);
  return {
    gemeenteCode,
    bestanden: plan.bestanden.map((b) => ({
      naam: b.naam,
      soort: b.bestand.soort,
      omschrijving: b.bestand.omschrijving,
      rijen: b.bestand.rijen,
      rijenNaFilter: b.bestand.rijenNaFilter,
      encoding: b.bestand.encoding,
    })),
    aantallen: {
      nieuw: nieuw.length,
      gewijzigd: gewijzigd.length,
      ongewijzigd: som((x) => x.ongewijzigd.length),
      nietMeerInBestand: nietMeer.length,
      weerInBestand: som((x) => x.weerInBestand.length),
      nieuweBesturen: besturen.length,
      leerlingenNieuw: som((x) => x.leerlingen.nieuw.length),
      leerlingenGewijzigd: som((x) => x.leerlingen.gewijzigd.length),
      leerlingenOngewijzigd: som((x) => x.leerlingen.ongewijzigd),
      leerlingenZonderSchool: som((x) => x.leerlingen.zonderSchool.reduce((s, z) => s + z.aantalTellingen, 0)),
      wijkVolgensPostcode: plan.wijkVolgensPostcode,
    },
    nieuw: nieuw.slice(0, MAX_LIJST).map((v) => ({ vestigingscode: v.vestigingscode, naam: v.naam, sector: v.sector, plaats: v.plaats })),
    gewijzigd: gewijzigd.slice(0, MAX_LIJST).map((g) => ({
      vestigingscode: g.vestigingscode,
      naam: g.naam,
      wijzigingen: g.wijzigingen.map((w) => ({ ...w, label: VELD_LABEL[w.veld] })),
    })),
    nietMeerInBestand: nietMeer.slice(0, MAX_LIJST),
    nieuweBesturen: besturen.slice(0, MAX_LIJST).map((b) => ({ nummer: b.nummer, naam: b.naam })),
    ingekort,
  };
}

// ---- applying ----------------------------------------------------------------------------------

/** Applies every file's plan in one transaction; a throw anywhere leaves the database untouched. */
export function voerDuoImportUit(db: Db, plan: DuoImportPlan, gebruiker: string, methode = 'import.duoUitvoeren'): void {
  const bestuurId = db.prepare('SELECT id FROM besturen WHERE nummer = ?').pluck();
  const nieuwBestuur = db.prepare('INSERT INTO besturen (nummer, naam) VALUES (?, ?)');
  // One read of every school id, inside the transaction, instead of a lookup per school: the lookup
  // by upper(vestigingscode) cannot use the index, so a national pupil file scanned the table per school.
  const alleScholen = db.prepare('SELECT upper(vestigingscode), id FROM scholen').raw();
  let schoolIds: Map<string, number> | null = null;
  const nieuweSchool = db.prepare(
    `INSERT INTO scholen (vestigingscode, brin, naam, sector, denominatie, straat, huisnummer, postcode, plaats, gemeente_code, bestuur_id)
     VALUES (@vestigingscode, @brin, @naam, @sector, @denominatie, @straat, @huisnummer, @postcode, @plaats, @gemeenteCode, @bestuurId)`,
  );
  const vlag = db.prepare('UPDATE scholen SET niet_in_duo = ? WHERE id = ?');
  const telling = db.prepare(
    `INSERT INTO leerlingen (school_id, jaar, aantal, onder5) VALUES (?, ?, ?, ?)
     ON CONFLICT (school_id, jaar) DO UPDATE SET aantal = excluded.aantal, onder5 = excluded.onder5`,
  );
  const updates = new Map<string, { run(params: unknown[]): unknown }>();
  const leeg = (w: string | null | undefined) => (w === undefined || w === null || w.trim() === '' ? null : w.trim());
  const bestuur = (nummer: string | null) => (leeg(nummer) ? ((bestuurId.get(nummer!.trim()) as number | undefined) ?? null) : null);
  const idVan = (code: string) => {
    schoolIds ??= new Map(alleScholen.all() as [string, number][]);
    const id = schoolIds.get(code.toUpperCase());
    if (id === undefined) throw new Error(`School ${code} verdween tijdens de import`);
    return id;
  };

  db.transaction(() => {
    const log: [string, string | null, unknown, unknown][] = [];
    for (const { naam, plan: p } of plan.bestanden) {
      for (const b of p.nieuweBesturen) {
        const r = nieuwBestuur.run(b.nummer, b.naam);
        log.push(['bestuur', String(r.lastInsertRowid), null, { nummer: b.nummer, naam: b.naam }]);
      }
      for (const v of p.nieuw) {
        const r = nieuweSchool.run({
          vestigingscode: v.vestigingscode,
          brin: v.brin,
          naam: v.naam,
          sector: v.sector,
          denominatie: leeg(v.denominatie),
          straat: leeg(v.straat),
          huisnummer: leeg(v.huisnummer),
          postcode: leeg(v.postcode),
          plaats: leeg(v.plaats),
          gemeenteCode: leeg(v.gemeenteCode),
          bestuurId: bestuur(v.bestuurNummer),
        });
        schoolIds?.set(v.vestigingscode.toUpperCase(), Number(r.lastInsertRowid));
        log.push(['school', String(r.lastInsertRowid), null, { ...v, bron: naam }]);
      }
      for (const g of p.gewijzigd) {
        // An empty name in the file never overwrites the school's name (see duo-preview.ts).
        const velden = p.velden.filter((v) => KOLOM[v] && !(v === 'naam' && !g.record.naam?.trim()));
        if (velden.length === 0) continue;
        const id = idVan(g.vestigingscode);
        const waarden = velden.map((v) =>
          v === 'bestuurNummer'
            ? bestuur(g.record.bestuurNummer)
            : v === 'naam' || v === 'brin' || v === 'sector'
              ? g.record[v]
              : leeg(g.record[v] as string | null),
        );
        const sql = `UPDATE scholen SET ${velden.map((v) => `${KOLOM[v]} = ?`).join(', ')} WHERE id = ?`;
        if (!updates.has(sql)) updates.set(sql, db.prepare(sql));
        updates.get(sql)!.run([...waarden, id]);
        log.push([
          'school',
          String(id),
          Object.fromEntries(g.wijzigingen.map((w) => [w.veld, w.oud])),
          Object.fromEntries(g.wijzigingen.map((w) => [w.veld, w.nieuw])),
        ]);
      }
      for (const n of p.nietMeerInBestand) {
        const id = idVan(n.vestigingscode);
        vlag.run(1, id);
        log.push(['school', String(id), { nietInDuo: false }, { nietInDuo: true, bron: naam }]);
      }
      for (const code of p.weerInBestand) {
        const id = idVan(code);
        vlag.run(0, id);
        log.push(['school', String(id), { nietInDuo: true }, { nietInDuo: false, bron: naam }]);
      }
      const tellingen = [...p.leerlingen.nieuw, ...p.leerlingen.gewijzigd.map((g) => g.nieuw)];
      const ids = new Map<string, number>();
      for (const t of tellingen) {
        let id = ids.get(t.vestigingscode);
        if (id === undefined) ids.set(t.vestigingscode, (id = idVan(t.vestigingscode)));
        telling.run(id, t.jaar, t.aantal, t.onder5 ? 1 : 0);
      }
      if (tellingen.length > 0) {
        // One line for the counts: a national file holds hundreds of thousands of them.
        log.push(['leerlingen', null, null, { bron: naam, nieuw: p.leerlingen.nieuw.length, gewijzigd: p.leerlingen.gewijzigd.length }]);
      }
    }
    // Schools still without a wijk get the wijk of their postcode rule; a wijk a user set stays.
    for (const i of vulWijken(db, wijkInvullingen(db)))
      log.push(['school', String(i.schoolId), { wijkId: null }, { wijkId: i.wijkId, bron: `postcoderegel (${i.postcode})` }]);
    // An import that changes nothing leaves no trace either: the file is byte-for-byte the same.
    if (log.length > 0) logMutatie(db, gebruiker, methode, log);
  })();
}

/** What a DUO import did, for the screen: one sentence, counts with Dutch thousands, parts that are 0 left out, no list of file names. */
export function duoImportZin(bestanden: readonly string[], v: DuoVoorbeeld['aantallen']): string {
  const bron = bestanden.length === 1 ? bestanden[0] : `${bestanden.length} DUO-bestanden`;
  const scholen = [
    telwoord(v.nieuw, 'nieuwe school', 'nieuwe scholen'),
    `${telwoord(v.gewijzigd, 'gewijzigd', 'gewijzigd')}`,
    `${telwoord(v.ongewijzigd, 'ongewijzigd', 'ongewijzigd')}`,
  ];
  const meer = [
    v.nietMeerInBestand ? `${telwoord(v.nietMeerInBestand, 'school', 'scholen')} niet meer in het DUO-bestand (blijven bewaard)` : null,
    v.nieuweBesturen ? telwoord(v.nieuweBesturen, 'nieuw bestuur', 'nieuwe besturen') : null,
    v.leerlingenNieuw + v.leerlingenGewijzigd
      ? `${telwoord(v.leerlingenNieuw + v.leerlingenGewijzigd, 'leerlingtelling', 'leerlingtellingen')} opgeslagen`
      : null,
    v.wijkVolgensPostcode ? `${telwoord(v.wijkVolgensPostcode, 'school kreeg', 'scholen kregen')} een wijk volgens de postcoderegels` : null,
  ].filter(Boolean);
  return `Geïmporteerd uit ${bron}: ${scholen.join(', ')}.${meer.length ? ` Verder: ${meer.join('; ')}.` : ''}`;
}

/** A Dutch summary of the plan, for the CLI (and a log). */
export function duoSamenvatting(v: DuoVoorbeeld): string[] {
  const n = (x: number) => x.toLocaleString('nl-NL');
  const regels: string[] = [];
  for (const b of v.bestanden) {
    regels.push(
      `${b.naam}: ${b.omschrijving} (${n(b.rijen)} rijen${b.rijen !== b.rijenNaFilter ? `, ${n(b.rijenNaFilter)} van gemeente ${v.gemeenteCode}` : ''})`,
    );
  }
  const a = v.aantallen;
  regels.push(
    '',
    `Nieuwe scholen:               ${n(a.nieuw)}`,
    `Gewijzigde scholen:           ${n(a.gewijzigd)}`,
    `Ongewijzigde scholen:         ${n(a.ongewijzigd)}`,
    `Niet meer in DUO-bestand:     ${n(a.nietMeerInBestand)}`,
    `Weer in DUO-bestand:          ${n(a.weerInBestand)}`,
    `Nieuwe besturen:              ${n(a.nieuweBesturen)}`,
    `Leerlingtellingen nieuw:      ${n(a.leerlingenNieuw)}`,
    `Leerlingtellingen gewijzigd:  ${n(a.leerlingenGewijzigd)}`,
    `Leerlingtellingen gelijk:     ${n(a.leerlingenOngewijzigd)}`,
  );
  if (a.wijkVolgensPostcode > 0) regels.push(`Wijk volgens postcoderegel:   ${n(a.wijkVolgensPostcode)}`);
  if (a.leerlingenZonderSchool > 0) {
    regels.push(`Leerlingtellingen zonder school in het register (niet opgeslagen): ${n(a.leerlingenZonderSchool)}`);
  }
  if (v.gewijzigd.length > 0) {
    regels.push('', 'Wijzigingen:');
    for (const g of v.gewijzigd) {
      regels.push(`  ${g.vestigingscode} ${g.naam}: ${g.wijzigingen.map((w) => `${w.label} "${w.oud ?? ''}" → "${w.nieuw ?? ''}"`).join('; ')}`);
    }
  }
  if (v.nietMeerInBestand.length > 0) {
    regels.push('', 'Niet meer in DUO-bestand (blijven bewaard, met een markering):');
    for (const s of v.nietMeerInBestand) regels.push(`  ${s.vestigingscode} ${s.naam} (${s.sector})`);
  }
  if (v.ingekort) regels.push('', `(De lijsten tonen de eerste ${MAX_LIJST}; de aantallen zijn volledig.)`);
  return regels;
}
