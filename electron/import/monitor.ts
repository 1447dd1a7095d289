// The "Monitor" sheet (issue 18): the figures an aanbieder sends back in the app's template, one
// row per school × aanbieder × functie × schooljaar. Read by the afsprakenblad's reader
// (afspraken-blad.ts) and by its rules: row-level Dutch messages with Excel's row number, all or
// nothing, a preview of new/changed/unchanged rows, a row with the same four keys updates, and no
// row is ever dropped silently.
import { NAAM_MAX } from '../domain/grenzen';
import { normaliseerTekst } from '../domain/tekst';
import type { Db } from '../db/open';
import { logMutatie } from '../db/mutatielog-repo';
import { ondersteuningsvragenTabel } from '../db/monitor-repo';
import { parseGetal } from '../domain/geld';
import { parseSchooljaar, schooljaarLabel } from '../domain/schooljaar';
import type { FunctieCode } from '../domain/types';
import { ondersteuningsvragenInvoer } from '../api/invoer/monitor';
import type { Ondersteuningsvragen } from '../api/typen/monitor';
import type { ImportMelding } from '../api/typen/importeren';
import { isLeeg, leesBlad, toonWaarde, type AfsprakenBlad, type RuweRij } from './afspraken-blad';
import { normaliseerKop } from './afspraken-kolommen';
import { MONITOR_KOLOMMEN, type MonitorKolomSleutel } from './monitor-kolommen';
import { ImportFout } from './fout';

type Waarden = Omit<Ondersteuningsvragen, 'id'>;

export interface MonitorPlanRij {
  rij: number;
  soort: 'nieuw' | 'gewijzigd' | 'ongewijzigd';
  bestaandId: number | null;
  waarden: Waarden;
  label: { schooljaar: string; vestigingscode: string; schoolnaam: string; aanbieder: string; functie: string };
  wijzigingen: { kolom: string; oud: string; nieuw: string }[];
}

export interface MonitorPlan {
  blad: string;
  rijen: MonitorPlanRij[];
  waarschuwingen: ImportMelding[];
}

export function leesMonitorBlad(inhoud: Buffer | Uint8Array): Promise<AfsprakenBlad> {
  return leesBlad(inhoud, { kolommen: MONITOR_KOLOMMEN, blad: 'Monitor', sjabloon: 'het monitorsjabloon', naam: 'monitorblad' });
}

const KOP = Object.fromEntries(MONITOR_KOLOMMEN.map((k) => [k.sleutel, k.kop])) as Record<MonitorKolomSleutel, string>;
const INDEX = Object.fromEntries(MONITOR_KOLOMMEN.map((k, i) => [k.sleutel, i])) as Record<MonitorKolomSleutel, number>;
const GETALLEN = ['vragen', 'binnenSchool', 'verwezenJeugdhulp', 'verwezenWijkteam', 'gerealiseerdeUren'] as const;

interface Register {
  scholen: Map<string, { id: number; naam: string }>;
  aanbieders: Map<string, { id: number; naam: string }>;
  aanbiederNamen: string[];
  /** The functies of the file (the gemeente's own included), by code and by name, lower case. */
  functies: Map<string, FunctieCode>;
  functieCodes: string[];
  bestaand: Map<string, Ondersteuningsvragen>;
}

const sleutel = (w: Pick<Waarden, 'schooljaar' | 'schoolId' | 'aanbiederId' | 'functie'>) =>
  `${w.schooljaar}|${w.schoolId}|${w.aanbiederId ?? ''}|${w.functie ?? ''}`;

function leesRegister(db: Db): Register {
  const scholen = new Map<string, { id: number; naam: string }>();
  for (const s of db.prepare('SELECT id, vestigingscode, naam FROM scholen').all() as { id: number; vestigingscode: string; naam: string }[]) {
    scholen.set(s.vestigingscode.toUpperCase(), { id: s.id, naam: s.naam });
  }
  const lijst = db.prepare('SELECT id, naam, korte_naam AS korteNaam FROM aanbieders ORDER BY naam').all() as {
    id: number;
    naam: string;
    korteNaam: string | null;
  }[];
  const aanbieders = new Map<string, { id: number; naam: string }>();
  // A full name wins over someone else's short name (as on the afsprakenblad).
  for (const a of lijst) if (a.korteNaam) aanbieders.set(a.korteNaam.trim().toLowerCase(), { id: a.id, naam: a.naam });
  for (const a of lijst) aanbieders.set(a.naam.trim().toLowerCase(), { id: a.id, naam: a.naam });
  const bestaand = new Map<string, Ondersteuningsvragen>();
  for (const id of db.prepare('SELECT id FROM ondersteuningsvragen').pluck().all() as number[]) {
    const o = ondersteuningsvragenTabel.lees(db, id)!;
    bestaand.set(sleutel(o), o);
  }
  const functies = new Map<string, FunctieCode>();
  const rijen = db.prepare('SELECT code, naam FROM functies ORDER BY code').all() as { code: string; naam: string }[];
  for (const f of rijen) functies.set(f.naam.toLowerCase(), f.code);
  for (const f of rijen) functies.set(f.code.toLowerCase(), f.code);
  if (functies.has('ortho')) functies.set('orthopedagoog', 'ORTHO');
  return { scholen, aanbieders, aanbiederNamen: lijst.map((a) => a.naam), functies, functieCodes: rijen.map((f) => f.code), bestaand };
}

export function maakMonitorPlan(db: Db, blad: AfsprakenBlad): MonitorPlan {
  const reg = leesRegister(db);
  const fouten: ImportMelding[] = [];
  const waarschuwingen = [...blad.waarschuwingen];
  const plan: MonitorPlanRij[] = [];
  const gezien = new Map<string, number>();
  // As on the afsprakenblad: only a truly empty row is skipped (by the reader). A row with values
  // but no schooljaar and vestigingscode (empty, or only a word like "Totaal") is never guessed to
  // be a total row and dropped: it is an error naming the row, so the user decides.
  const geenSleutel = (c: RuweRij['cellen'][number]) =>
    isLeeg(c) || (typeof c === 'string' && /^\s*(sub)?tota(a)?l\b/i.test(c) && c.trim().split(/\s+/).length <= 2);
  blad.rijen.forEach((r) => {
    if (geenSleutel(r.cellen[INDEX.schooljaar]) && geenSleutel(r.cellen[INDEX.vestigingscode])) {
      fouten.push({
        rij: r.rij,
        melding:
          'Deze rij heeft geen schooljaar en vestigingscode, maar wel andere waarden (een totaalrij?). Verwijder de rij uit het blad of vul hem aan, en importeer opnieuw.',
      });
      return;
    }
    const rij = controleerRij(r, reg, fouten, waarschuwingen);
    if (!rij) return;
    const k = sleutel(rij.waarden);
    const eerder = gezien.get(k);
    if (eerder !== undefined) {
      const l = rij.label;
      fouten.push({
        rij: r.rij,
        melding: `Dubbele regel: ${l.schooljaar}, ${l.vestigingscode}, ${l.aanbieder || 'geen aanbieder'}, ${l.functie || 'geen functie'} staat ook in rij ${eerder}.`,
      });
      return;
    }
    gezien.set(k, r.rij);
    vergelijk(rij, reg.bestaand.get(k));
    plan.push(rij);
  });
  if (fouten.length > 0) throw new ImportFout(fouten);
  if (plan.length === 0) throw new ImportFout([{ rij: blad.kopRij + 1, melding: 'Het blad bevat geen cijfers: onder de kopregel staan geen gegevens.' }]);
  return { blad: blad.blad, rijen: plan, waarschuwingen };
}

function controleerRij(r: RuweRij, reg: Register, fouten: ImportMelding[], waarschuwingen: ImportMelding[]): MonitorPlanRij | null {
  const voor = fouten.length;
  const mislukt = new Set<MonitorKolomSleutel>();
  const fout = (k: MonitorKolomSleutel, melding: string) => {
    mislukt.add(k);
    fouten.push({ rij: r.rij, kolom: KOP[k], melding });
  };
  const tekst = (k: MonitorKolomSleutel): string | null | undefined => {
    const c = r.cellen[INDEX[k]];
    if (isLeeg(c)) return null;
    if (typeof c === 'object' && c !== null && !(c instanceof Date)) return void fout(k, `de cel bevat een fout (${c.fout}).`);
    // The one text normaliser (domain/tekst.ts), so a lookup sees the same text a form would.
    const schoon = normaliseerTekst(toonWaarde(c!), KOP[k], { max: NAAM_MAX });
    if (!schoon.ok) return void fout(k, schoon.melding);
    return schoon.waarde === '' ? null : schoon.waarde;
  };

  let schooljaar = Number.NaN;
  const sj = tekst('schooljaar');
  if (sj === null) fout('schooljaar', 'Schooljaar is verplicht.');
  else if (sj !== undefined) {
    const jaar = parseSchooljaar(sj);
    if (jaar === null) fout('schooljaar', `"${sj}" is geen schooljaar (schrijf bijvoorbeeld 2023-2024).`);
    else schooljaar = jaar;
  }

  let schoolId = Number.NaN;
  let schoolnaam = '';
  const code = tekst('vestigingscode')?.toUpperCase().replace(/\s+/g, '');
  if (code === null) fout('vestigingscode', 'Vestigingscode is verplicht.');
  else if (code !== undefined) {
    const school = reg.scholen.get(code);
    if (!/^[0-9A-Z]{4}(\d{2})?$/.test(code)) fout('vestigingscode', `"${code}" is geen vestigingscode (BRIN en 2 cijfers, zoals 20CF01).`);
    else if (!school) fout('vestigingscode', `${code} staat niet in het scholenregister. Importeer eerst de DUO-bestanden of voeg de school toe.`);
    else {
      [schoolId, schoolnaam] = [school.id, school.naam];
      const naam = tekst('schoolnaam');
      if (naam && normaliseerKop(naam) !== normaliseerKop(school.naam)) {
        waarschuwingen.push({
          rij: r.rij,
          kolom: KOP.schoolnaam,
          melding: `"${naam}" wijkt af van de naam in het register ("${school.naam}"); de naam in het register blijft.`,
        });
      }
    }
  }

  let aanbiederId: number | null = null;
  let aanbiederNaam = '';
  const aanbieder = tekst('aanbieder');
  if (aanbieder) {
    const a = reg.aanbieders.get(aanbieder.toLowerCase());
    if (!a) fout('aanbieder', `"${aanbieder}" is geen bekende aanbieder (bekend: ${reg.aanbiederNamen.join(', ')}).`);
    else [aanbiederId, aanbiederNaam] = [a.id, a.naam];
  }

  let functie: FunctieCode | null = null;
  const f = tekst('functie');
  if (f) {
    const gevonden = reg.functies.get(f.toLowerCase());
    if (!gevonden) fout('functie', `"${f}" is geen functie (kies uit ${reg.functieCodes.join(', ')}).`);
    else functie = gevonden;
  }

  const getal = (k: MonitorKolomSleutel): number | null => {
    const c = r.cellen[INDEX[k]];
    if (isLeeg(c)) return null;
    if (typeof c === 'number') return c;
    const v = typeof c === 'string' ? parseGetal(c) : null;
    if (v === null)
      fout(k, typeof c === 'object' && c !== null && !(c instanceof Date) ? `de cel bevat een fout (${c.fout}).` : `"${toonWaarde(c!)}" is geen getal.`);
    return v ?? Number.NaN;
  };
  const getallen = Object.fromEntries(GETALLEN.map((k) => [k, getal(k)])) as Record<(typeof GETALLEN)[number], number | null>;
  if (getallen.vragen === null) fout('vragen', 'Ondersteuningsvragen is verplicht (0 mag).');
  if (getallen.binnenSchool === null) fout('binnenSchool', 'Binnen school opgevangen is verplicht (0 mag).');
  if (getallen.gerealiseerdeUren !== null && (aanbieder === null || f === null)) {
    fout('gerealiseerdeUren', 'Gerealiseerde uren horen bij een afspraak: vul ook Aanbieder en Functie in.');
  }

  const invoer = {
    schooljaar,
    schoolId,
    aanbiederId,
    functie,
    vragen: getallen.vragen,
    binnenSchool: getallen.binnenSchool,
    verwezenJeugdhulp: getallen.verwezenJeugdhulp ?? 0,
    verwezenWijkteam: getallen.verwezenWijkteam ?? 0,
    gerealiseerdeUren: getallen.gerealiseerdeUren,
  };
  // The same schema as the screen and the API: the part rule and its wording exist once.
  const check = ondersteuningsvragenInvoer.safeParse(invoer);
  if (!check.success) {
    for (const issue of check.error.issues) {
      const veld = String(issue.path[0]);
      // A column whose own check failed (NaN) was already reported in words of its own.
      if (Number.isNaN(invoer[veld as keyof typeof invoer])) continue;
      const k = (veld in KOP ? veld : 'schooljaar') as MonitorKolomSleutel;
      if (mislukt.has(k) && issue.code !== 'custom') continue;
      fouten.push({ rij: r.rij, kolom: KOP[k], melding: issue.message });
    }
  }
  if (!check.success || fouten.length > voor) return null;
  return {
    rij: r.rij,
    soort: 'nieuw',
    bestaandId: null,
    waarden: check.data,
    label: { schooljaar: schooljaarLabel(check.data.schooljaar), vestigingscode: code!, schoolnaam, aanbieder: aanbiederNaam, functie: functie ?? '' },
    wijzigingen: [],
  };
}

const getalTekst = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));

function vergelijk(rij: MonitorPlanRij, oud: Ondersteuningsvragen | undefined): void {
  if (!oud) return;
  rij.bestaandId = oud.id;
  for (const k of GETALLEN) {
    const a = oud[k] ?? null;
    const b = rij.waarden[k] ?? null;
    if (a !== b) rij.wijzigingen.push({ kolom: KOP[k], oud: getalTekst(a), nieuw: getalTekst(b) });
  }
  rij.soort = rij.wijzigingen.length > 0 ? 'gewijzigd' : 'ongewijzigd';
}

/** Saves every new and changed row in one transaction, logged in the mutatielog. */
export function voerMonitorPlanUit(db: Db, plan: MonitorPlan, gebruiker: string): { nieuw: number; gewijzigd: number; ongewijzigd: number } {
  const telling = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };
  db.transaction(() => {
    const log: [string, string | null, unknown, unknown][] = [];
    for (const r of plan.rijen) {
      telling[r.soort]++;
      if (r.soort === 'ongewijzigd') continue;
      if (r.soort === 'nieuw') {
        const id = ondersteuningsvragenTabel.voegToe(db, r.waarden);
        log.push(['ondersteuningsvragen', String(id), null, { ...r.waarden, rij: r.rij }]);
      } else {
        const oud = ondersteuningsvragenTabel.lees(db, r.bestaandId!);
        ondersteuningsvragenTabel.wijzig(db, r.bestaandId!, r.waarden);
        log.push(['ondersteuningsvragen', String(r.bestaandId), oud, r.waarden]);
      }
    }
    if (log.length > 0) logMutatie(db, gebruiker, 'import.monitorUitvoeren', log);
  })();
  return telling;
}
