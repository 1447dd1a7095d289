// The afspraken sheet (domain.md, "The afspraken sheet"): read an .xlsx as a user typed it in
// Excel or LibreOffice, check every row, and save all rows or none.
//
// Decisions worth knowing:
// - Formulas in the file are never evaluated: a formula cell counts with its cached result, as if
//   that result had been typed. A formula without a cached result is an error for that cell.
// - Only a truly empty row is skipped. A row is never guessed to be a total row and dropped: a
//   school "Totaal Kindcentrum De Brug" or an aanbieder "Totaal Zorg BV" is a real row. A row
//   without schooljaar, vestigingscode, aanbieder and functie (a pasted total row) is an error
//   that names the row, so the user decides (delete or complete it) and nothing is saved before.
// - Every problem is collected as (rij, kolom, melding) with Excel's own row number; one bad
//   row, even the last of 50.000, means nothing is saved.
// - Empty Aandeel gemeente and onderwijs: the functie's usual payer pays the rest to 100 %.
import type { Db } from '../db/open';
import { logMutatie } from '../db/mutatielog-repo';
import { afspraakParams, afsprakenVanSchooljaar, leesAfspraak, voegAfspraakToe, wijzigAfspraak } from '../db/afspraken-repo';
import { AFSPRAAK_VELDEN, BLAD_VELDEN, bladKolom, type AfspraakVeldNaam, type BladVeld } from '../db/afspraken-velden';
import type { VeldSoort } from '../db/velden';
import { parseSchooljaar, schooljaarLabel } from '../domain/schooljaar';
import { lijstRegelingen } from '../db/regelingen-repo';
import type { Regeling } from '../api/typen/registratie';
import { leesInstellingen } from '../db/instellingen-repo';
import { regelingBezwaren } from '../domain/regeling';
import { STATUSSEN, STATUS_LABEL, type AanvullendeInzet, type Afspraak, type FunctieCode, type Sector, type Status } from '../domain/types';
import { bladInzetSchema, bladRecord, bladRecordVoor } from '../domain/aanvullende-inzet';
import { aanvullendeInzetInSchooljaren, aanvullendeInzetTabel, aanvullendeInzetVan, voegAanvullendeInzetToe } from '../db/aanvullende-inzet-repo';
import { schooljaarPeriode } from '../domain/schooljaar';
import { afspraakInvoerSchema } from '../domain/validatie';
import { celLezer, datumTekst, isLeeg, ONGELDIG, tick, type AfsprakenBlad, type RuweRij } from './afspraken-blad';
import { AFSPRAKEN_KOLOMMEN, normaliseerKop, type KolomSleutel } from './afspraken-kolommen';
import { ImportFout } from './fout';
import { aanvullendVoorbeeld, planAanvullend, schrijfAanvullend } from './aanvullend-blad';
import type { ImportMelding, AanvullendPlanRij, AfsprakenPlanRij, AfsprakenVoorbeeld } from '../api/typen/importeren';

export { leesAfsprakenBlad, type AfsprakenBlad } from './afspraken-blad';

const MAX_LIJST = 500;

export interface AfsprakenPlan {
  blad: string;
  rijen: AfsprakenPlanRij[];
  waarschuwingen: ImportMelding[];
  /** The rows of the sheet "Aanvullende inzet"; null: the file has no such sheet (an older template). */
  aanvullend?: AanvullendPlanRij[] | null;
}

// ---- checking the rows against the registry -----------------------------------------------------

export interface Register {
  scholen: Map<string, { id: number; naam: string }>;
  aanbieders: Map<string, { id: number; naam: string }>;
  aanbiederNamen: string[];
  functies: Map<string, { code: FunctieCode; betaler: 'gemeente' | 'onderwijs' }>;
  /** The existing afspraak with this key; a schooljaar's afspraken are read when the sheet first names it. */
  afspraak(schooljaar: number, k: string): BestaandeAfspraak | undefined;
  /** By lower-case name (issue 13 item 4). */
  regelingen: Map<string, Regeling>;
  regelingNamen: Map<number, Regeling>;
  sectoren: Map<number, Sector>;
  startMaand: number;
}

/** An afspraak in the file, with the record its columns Extra uren per week and Toelichting extra uren stand for. */
export type BestaandeAfspraak = Afspraak & { blad: AanvullendeInzet | null; records: readonly AanvullendeInzet[] };

function leesRegister(db: Db): Register {
  const scholen = new Map<string, { id: number; naam: string }>();
  for (const s of db.prepare('SELECT id, vestigingscode, naam FROM scholen').all() as { id: number; vestigingscode: string; naam: string }[]) {
    scholen.set(s.vestigingscode.toUpperCase(), { id: s.id, naam: s.naam });
  }
  const aanbieders = new Map<string, { id: number; naam: string }>();
  const lijst = db.prepare('SELECT id, naam, korte_naam AS korteNaam FROM aanbieders ORDER BY naam').all() as {
    id: number;
    naam: string;
    korteNaam: string | null;
  }[];
  // A full name wins over someone else's short name.
  for (const a of lijst) if (a.korteNaam) aanbieders.set(a.korteNaam.trim().toLowerCase(), { id: a.id, naam: a.naam });
  for (const a of lijst) aanbieders.set(a.naam.trim().toLowerCase(), { id: a.id, naam: a.naam });
  const functies = new Map<string, { code: FunctieCode; betaler: 'gemeente' | 'onderwijs' }>();
  for (const f of db.prepare('SELECT code, naam, betaler FROM functies').all() as { code: FunctieCode; naam: string; betaler: 'gemeente' | 'onderwijs' }[]) {
    functies.set(f.code.toLowerCase(), f);
    functies.set(f.naam.toLowerCase(), f);
  }
  const startMaand = leesInstellingen(db).schooljaarStartMaand;
  // Per schooljaar, not the whole registry: a national file holds 250.000 afspraken, a sheet one or two years.
  // Each with the record its columns Extra uren per week and Toelichting extra uren stand for (issue 16 item 9).
  const perJaar = new Map<number, Map<string, BestaandeAfspraak>>();
  const afspraak = (schooljaar: number, k: string) => {
    let jaar = perJaar.get(schooljaar);
    if (!jaar) {
      const records = new Map<number, AanvullendeInzet[]>();
      for (const r of aanvullendeInzetInSchooljaren(db, schooljaar, schooljaar)) {
        const lijst = records.get(r.afspraakId);
        if (lijst) lijst.push(r);
        else records.set(r.afspraakId, [r]);
      }
      jaar = new Map(
        afsprakenVanSchooljaar(db, schooljaar).map((a) => [
          sleutel(a.schooljaar, a.schoolId, a.aanbiederId, a.functie),
          { ...a, blad: bladRecord(a, records.get(a.id) ?? [], startMaand), records: records.get(a.id) ?? [] },
        ]),
      );
      perJaar.set(schooljaar, jaar);
    }
    return jaar.get(k);
  };
  const alleRegelingen = lijstRegelingen(db);
  const sectoren = new Map(db.prepare('SELECT id, sector FROM scholen').raw().all() as [number, Sector][]);
  return {
    scholen,
    aanbieders,
    aanbiederNamen: lijst.map((a) => a.naam),
    functies,
    afspraak,
    regelingen: new Map(alleRegelingen.map((r) => [r.naam.trim().toLowerCase(), r])),
    regelingNamen: new Map(alleRegelingen.map((r) => [r.id, r])),
    sectoren,
    startMaand,
  };
}

const afspraakSleutel = (r: AfsprakenPlanRij) => sleutel(r.waarden.schooljaar, r.waarden.schoolId, r.waarden.aanbiederId, r.waarden.functie);

export const sleutel = (schooljaar: number, schoolId: number, aanbiederId: number, functie: string) => `${schooljaar}|${schoolId}|${aanbiederId}|${functie}`;

const KOP = Object.fromEntries(AFSPRAKEN_KOLOMMEN.map((k) => [k.sleutel, k.kop])) as Record<KolomSleutel, string>;
const INDEX = Object.fromEntries(AFSPRAKEN_KOLOMMEN.map((k, i) => [k.sleutel, i])) as Record<KolomSleutel, number>;

/** The field of the afspraak schema → the column the user typed it in (from the field map). */
const VELD_KOLOM: Record<string, KolomSleutel> = Object.fromEntries(BLAD_VELDEN.map((v) => [v, bladKolom(v)]));

const STATUS_UIT_TEKST = new Map<string, Status>(
  STATUSSEN.flatMap((s) => [
    [s, s],
    [STATUS_LABEL[s].toLowerCase(), s],
  ]),
);
STATUS_UIT_TEKST.set('beeindigd', 'beeindigd');
STATUS_UIT_TEKST.set('in-overleg', 'in_overleg');

export interface AfsprakenPlanOpties {
  voortgang?: (fractie: number) => void;
}

export async function maakAfsprakenPlan(db: Db, blad: AfsprakenBlad, opties: AfsprakenPlanOpties = {}): Promise<AfsprakenPlan> {
  const reg = leesRegister(db);
  const fouten: ImportMelding[] = [];
  const waarschuwingen = [...blad.waarschuwingen];
  const plan: AfsprakenPlanRij[] = [];
  const gezien = new Map<string, number>();

  // Empty rows never reach here (leesAfsprakenBlad leaves them out). A row with values but none
  // of the four key columns (empty, or only a word like "Totaal") is reported once, not as a
  // list of missing fields. A row with its keys filled in is a real row, whatever its names say.
  const geenSleutel = (c: RuweRij['cellen'][number]) =>
    isLeeg(c) || (typeof c === 'string' && /^\s*(sub)?tota(a)?l\b/i.test(c) && c.trim().split(/\s+/).length <= 2);
  const zonderSleutel = (r: RuweRij) => [INDEX.schooljaar, INDEX.vestigingscode, INDEX.aanbieder, INDEX.functie].every((i) => geenSleutel(r.cellen[i]));

  for (let i = 0; i < blad.rijen.length; i++) {
    const r = blad.rijen[i];
    if (zonderSleutel(r)) {
      fouten.push({
        rij: r.rij,
        melding:
          'Deze rij heeft geen schooljaar, vestigingscode, aanbieder en functie, maar wel andere waarden (een totaalrij?). ' +
          'Verwijder de rij uit het blad of vul hem aan, en importeer opnieuw.',
      });
      continue;
    }
    const rij = controleerRij(r, reg, fouten, waarschuwingen);
    if (rij) {
      const k = sleutel(rij.waarden.schooljaar, rij.waarden.schoolId, rij.waarden.aanbiederId, rij.waarden.functie);
      const eerder = gezien.get(k);
      if (eerder !== undefined) {
        fouten.push({
          rij: r.rij,
          melding: `Dubbele afspraak: ${rij.label.schooljaar}, ${rij.label.vestigingscode}, ${rij.label.aanbieder}, ${rij.label.functie} staat ook in rij ${eerder}.`,
        });
      } else {
        gezien.set(k, r.rij);
        const oud = reg.afspraak(rij.waarden.schooljaar, k);
        // An empty Regeling cell keeps the regeling an existing afspraak has; the rules of that one apply.
        rij.waarden.regelingId = rij.waarden.regelingId ?? oud?.regelingId ?? null;
        const regeling = reg.regelingNamen.get(rij.waarden.regelingId ?? 0);
        const bezwaren = regeling ? regelingBezwaren(rij.waarden, reg.sectoren.get(rij.waarden.schoolId) ?? null, regeling, reg.startMaand) : [];
        for (const b of bezwaren) fouten.push({ rij: r.rij, kolom: KOP[b.veld], melding: b.melding });
        if (bezwaren.length === 0) {
          vergelijkMetBestaand(rij, oud, reg);
          plan.push(rij);
        }
      }
    }
    if (i % 2000 === 1999) {
      opties.voortgang?.(i / blad.rijen.length);
      await tick();
    }
  }
  // The sheet Aanvullende inzet, checked against the afspraken of this sheet and of the file.
  const tweede = blad.aanvullend ? planAanvullend(blad.aanvullend, reg, new Map(plan.map((r) => [afspraakSleutel(r), r])), sleutel, fouten) : null;
  const aanvullend = tweede?.rijen ?? null;
  for (const r of plan) {
    if (!tweede?.geclaimd.has(afspraakSleutel(r))) continue;
    // Its record of the Extra uren columns is a row of the sheet Aanvullende inzet: these columns leave it alone.
    r.bladElders = true;
    r.wijzigingen = r.wijzigingen.filter((w) => w.kolom !== KOP.extraUren && w.kolom !== KOP.toelichting);
    if (r.soort === 'gewijzigd' && r.wijzigingen.length === 0) r.soort = 'ongewijzigd';
  }
  if (blad.aanvullend) waarschuwingen.push(...blad.aanvullend.waarschuwingen);
  if (fouten.length > 0) throw new ImportFout(fouten);
  if (plan.length === 0 && !aanvullend?.length) {
    throw new ImportFout([{ rij: blad.kopRij + 1, melding: 'Het blad bevat geen afspraken: onder de kopregel staan geen gegevens.' }]);
  }
  opties.voortgang?.(1);
  return { blad: blad.blad, rijen: plan, waarschuwingen, aanvullend };
}

function controleerRij(r: RuweRij, reg: Register, fouten: ImportMelding[], waarschuwingen: ImportMelding[]): AfsprakenPlanRij | null {
  const aantalFouten = fouten.length;
  const { mislukt, fout, tekst, getal, bedrag, datum } = celLezer<KolomSleutel>(r, INDEX, KOP, fouten);

  // Schooljaar
  let schooljaar: number = ONGELDIG;
  const sj = tekst('schooljaar');
  if (sj === null) fout('schooljaar', 'Schooljaar is verplicht.');
  else if (sj !== undefined) {
    const jaar = parseSchooljaar(sj);
    if (jaar === null) fout('schooljaar', `"${sj}" is geen schooljaar (schrijf bijvoorbeeld 2017-2018).`);
    else schooljaar = jaar;
  }

  // Vestigingscode and Schoolnaam
  let schoolId: number = ONGELDIG;
  let registerNaam = '';
  const code = tekst('vestigingscode')?.toUpperCase().replace(/\s+/g, '');
  if (code === null) fout('vestigingscode', 'Vestigingscode is verplicht.');
  else if (code !== undefined) {
    if (!/^[0-9A-Z]{4}(\d{2})?$/.test(code)) fout('vestigingscode', `"${code}" is geen vestigingscode (BRIN en 2 cijfers, zoals 20CF01).`);
    else {
      const school = reg.scholen.get(code);
      if (!school) fout('vestigingscode', `${code} staat niet in het scholenregister. Importeer eerst de DUO-bestanden of voeg de school toe.`);
      else {
        schoolId = school.id;
        registerNaam = school.naam;
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
  }

  // Aanbieder
  let aanbiederId: number = ONGELDIG;
  let aanbiederNaam = '';
  const aanbieder = tekst('aanbieder');
  if (aanbieder === null) fout('aanbieder', 'Aanbieder is verplicht.');
  else if (aanbieder !== undefined) {
    const a = reg.aanbieders.get(aanbieder.toLowerCase());
    if (!a) fout('aanbieder', `"${aanbieder}" is geen bekende aanbieder (bekend: ${reg.aanbiederNamen.join(', ')}).`);
    else [aanbiederId, aanbiederNaam] = [a.id, a.naam];
  }

  // Functie
  let functie: FunctieCode | number = ONGELDIG;
  let betaler: 'gemeente' | 'onderwijs' | null = null;
  const f = tekst('functie');
  if (f === null) fout('functie', 'Functie is verplicht.');
  else if (f !== undefined) {
    const gevonden = reg.functies.get(f.toLowerCase()) ?? (f.toLowerCase() === 'orthopedagoog' ? reg.functies.get('ortho') : undefined);
    if (!gevonden) fout('functie', `"${f}" is geen functie (kies uit ${[...new Set([...reg.functies.values()].map((x) => x.code))].join(', ')}).`);
    else [functie, betaler] = [gevonden.code, gevonden.betaler];
  }

  const vastBedrag = bedrag('vastBedrag');
  let basisuren = getal('basisuren', 'getal');
  if (basisuren === null) {
    if (vastBedrag === null) fout('basisuren', 'Basisuren per week is verplicht (0 mag), behalve bij een vast bedrag per jaar.');
    basisuren = vastBedrag === null ? ONGELDIG : 0;
  }
  const extra = getal('extraUren', 'getal') ?? 0;
  const toelichting = tekst('toelichting');
  // The two columns are one record of aanvullende inzet (issue 16 item 9): its own checks.
  const aanvullendCheck = bladInzetSchema.safeParse({ urenPerWeek: extra, reden: toelichting ?? null });
  if (!aanvullendCheck.success) {
    for (const issue of aanvullendCheck.error.issues) {
      const k: KolomSleutel = issue.path[0] === 'reden' ? 'toelichting' : 'extraUren';
      if (!mislukt.has(k)) fout(k, issue.message);
    }
  } else if (aanvullendCheck.data.reden === null && aanvullendCheck.data.urenPerWeek > 0 && !mislukt.has('toelichting')) {
    fout('toelichting', 'Toelichting extra uren is verplicht bij extra uren per week: waarom is de basisinzet niet genoeg?');
  }
  const weken = getal('weken', 'getal');
  const uurtarief = bedrag('uurtarief');

  // Shares: see the header of this file.
  let gemeente = getal('aandeelGemeente', 'percentage');
  let onderwijs = getal('aandeelOnderwijs', 'percentage');
  const overig = getal('aandeelOverig', 'percentage') ?? 0;
  if (!Number.isNaN(overig) && !Number.isNaN(gemeente ?? 0) && !Number.isNaN(onderwijs ?? 0)) {
    if (gemeente === null && onderwijs === null) {
      if (betaler === null) {
        if (!mislukt.has('functie')) fout('aandeelGemeente', 'Vul Aandeel gemeente en Aandeel onderwijs in.');
        gemeente = onderwijs = ONGELDIG;
      } else {
        gemeente = betaler === 'gemeente' ? 100 - overig : 0;
        onderwijs = betaler === 'onderwijs' ? 100 - overig : 0;
      }
    } else if (gemeente === null) gemeente = rest(100 - onderwijs! - overig);
    else if (onderwijs === null) onderwijs = rest(100 - gemeente - overig);
  }

  const statusTekst = tekst('status');
  let status: Status | number = ONGELDIG;
  if (statusTekst === null) fout('status', `Status is verplicht (${STATUSSEN.map((s) => STATUS_LABEL[s]).join(', ')}).`);
  else if (statusTekst !== undefined) {
    const s = STATUS_UIT_TEKST.get(statusTekst.toLowerCase().replace(/\s+/g, ' '));
    if (!s) fout('status', `"${statusTekst}" is geen status (kies uit ${STATUSSEN.map((x) => STATUS_LABEL[x]).join(', ')}).`);
    else status = s;
  }

  // Regeling (optional column): a name of a regeling in the file, case-insensitive.
  let regelingId: number | null = null;
  const regelingTekst = tekst('regeling');
  if (regelingTekst) {
    const gevonden = reg.regelingen.get(regelingTekst.toLowerCase());
    if (!gevonden) {
      const namen = [...reg.regelingNamen.values()].map((x) => x.naam);
      fout('regeling', `"${regelingTekst}" is geen regeling in dit bestand${namen.length ? ` (bekend: ${namen.join(', ')})` : ''}.`);
      regelingId = ONGELDIG;
    } else regelingId = gevonden.id;
  }

  const themasTekst = tekst('themas');
  // Every field the field map puts on the sheet (a new one is a compile error until it is read here).
  const invoer: Record<BladVeld, unknown> = {
    schooljaar,
    schoolId,
    aanbiederId,
    functie,
    basisurenPerWeek: basisuren,
    wekenPerJaar: weken,
    uurtariefCents: uurtarief,
    vastBedragCents: vastBedrag,
    aandeelGemeente: gemeente ?? ONGELDIG,
    aandeelOnderwijs: onderwijs ?? ONGELDIG,
    aandeelOverig: overig,
    overigeFinancier: tekst('overigeFinancier') ?? (mislukt.has('overigeFinancier') ? ONGELDIG : null),
    startdatum: datum('startdatum'),
    einddatum: datum('einddatum'),
    status,
    themas: themasTekst
      ? themasTekst
          .split(/[,;]/)
          .map((t) => t.trim())
          .filter(Boolean)
      : mislukt.has('themas')
        ? ONGELDIG
        : [],
    regelingId,
  };

  const check = afspraakInvoerSchema.safeParse(invoer);
  if (!check.success) {
    for (const issue of check.error.issues) {
      const k = VELD_KOLOM[String(issue.path[0])] ?? 'schooljaar';
      // The column's own check already said what is wrong with it.
      if (mislukt.has(k) && issue.code !== 'custom') continue;
      if (mislukt.has(k) && issue.path.length === 1 && Number.isNaN((invoer as Record<string, unknown>)[String(issue.path[0])])) continue;
      fouten.push({ rij: r.rij, kolom: KOP[k], melding: issue.message });
    }
  }
  if (!check.success || fouten.length > aantalFouten) return null;
  return {
    rij: r.rij,
    soort: 'nieuw',
    bestaandId: null,
    waarden: check.data,
    aanvullend: aanvullendCheck.data ?? { urenPerWeek: 0, reden: null },
    label: {
      schooljaar: schooljaarLabel(check.data.schooljaar),
      vestigingscode: code!,
      schoolnaam: registerNaam,
      aanbieder: aanbiederNaam,
      functie: String(functie),
    },
    wijzigingen: [],
  };
}

function rest(waarde: number): number {
  return Math.round(waarde * 100) / 100;
}

// ---- comparing with what is there --------------------------------------------------------------

/** How a value is shown in the list of changes, by its kind. */
const TOON: Record<VeldSoort, (v: unknown) => string> = {
  id: getalTekst,
  verwijzing: getalTekst,
  schooljaar: (v) => schooljaarLabel(v as number),
  getal: getalTekst,
  cents: centsTekst,
  tekst: (v) => (v as string | null) ?? '',
  keuze: (v) => STATUS_LABEL[v as Status] ?? String(v),
  datum: (v) => (v ? datumTekst(v as string) : ''),
  bool: (v) => (v ? 'ja' : 'nee'),
  json: (v) => (Array.isArray(v) ? v.join(', ') : JSON.stringify(v ?? null)),
};

/** The sheet's fields that can change in an existing afspraak: all but its key. */
const SLEUTEL = new Set<AfspraakVeldNaam>(['schooljaar', 'schoolId', 'aanbiederId', 'functie']);
// The regeling is compared by name in vergelijkMetBestaand (an empty cell keeps the existing one).
const VERGELEKEN = BLAD_VELDEN.filter((v) => !SLEUTEL.has(v) && v !== 'regelingId').map((veld) => ({
  veld,
  kolom: bladKolom(veld),
  toon: TOON[AFSPRAAK_VELDEN[veld].soort],
}));

function getalTekst(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).replace('.', ',');
}

function centsTekst(v: unknown): string {
  if (v === null || v === undefined) return '';
  const c = v as number;
  return `€ ${Math.floor(c / 100).toLocaleString('nl-NL')},${String(c % 100).padStart(2, '0')}`;
}

function vergelijkMetBestaand(rij: AfsprakenPlanRij, oud: BestaandeAfspraak | undefined, reg: Register): void {
  if (!oud) return;
  rij.bestaandId = oud.id;
  const w = rij.waarden;
  if (w.regelingId !== null && w.regelingId !== oud.regelingId) {
    const naam = (id: number | null) => (id === null ? '' : (reg.regelingNamen.get(id)?.naam ?? ''));
    rij.wijzigingen.push({ kolom: KOP.regeling, oud: naam(oud.regelingId), nieuw: naam(w.regelingId) });
  }
  for (const v of VERGELEKEN) {
    const a = oud[v.veld] ?? null;
    const b = w[v.veld] ?? null;
    const anders = typeof a === 'object' || typeof b === 'object' ? JSON.stringify(a) !== JSON.stringify(b) : a !== b;
    if (anders) rij.wijzigingen.push({ kolom: KOP[v.kolom], oud: v.toon(a), nieuw: v.toon(b) });
  }
  const oudUren = oud.blad?.urenPerWeek ?? 0;
  const oudeReden = oud.blad?.reden ?? null;
  const nieuw = rij.aanvullend ?? { urenPerWeek: 0, reden: null };
  if (oudUren !== nieuw.urenPerWeek) rij.wijzigingen.push({ kolom: KOP.extraUren, oud: getalTekst(oudUren), nieuw: getalTekst(nieuw.urenPerWeek) });
  // An empty Toelichting keeps the reden of a record that stays (a reden is required).
  if (nieuw.reden !== null ? nieuw.reden !== oudeReden : oudeReden !== null && nieuw.urenPerWeek === 0) {
    rij.wijzigingen.push({ kolom: KOP.toelichting, oud: oudeReden ?? '', nieuw: nieuw.reden ?? '' });
  }
  rij.soort = rij.wijzigingen.length > 0 ? 'gewijzigd' : 'ongewijzigd';
}

/**
 * Writes the sheet record of an afspraak (issue 16 item 9): extra uren or a toelichting make or
 * update it, with the afspraak's period and split; neither removes it.
 */
function schrijfBladInzet(db: Db, afspraakId: number, rij: AfsprakenPlanRij, bestaand: AanvullendeInzet | null, startMaand: number): void {
  if (rij.bladElders) return;
  const { urenPerWeek, reden } = rij.aanvullend ?? { urenPerWeek: 0, reden: null };
  if (urenPerWeek === 0 && reden === null) {
    if (bestaand) aanvullendeInzetTabel.verwijder(db, bestaand.id);
    return;
  }
  const { id: _id, ...oud } = bestaand ?? { id: 0 };
  const record = bladRecordVoor(
    rij.waarden,
    afspraakId,
    urenPerWeek,
    reden,
    schooljaarPeriode(rij.waarden.schooljaar, startMaand),
    bestaand ? (oud as Omit<AanvullendeInzet, 'id'>) : null,
  );
  if (bestaand) aanvullendeInzetTabel.wijzig(db, bestaand.id, record);
  else voegAanvullendeInzetToe(db, [record]);
}

/** The preview of a planned sheet import: also the monitor sheet's (import/monitor.ts), so the page and the CLI show both alike. */
export function afsprakenVoorbeeld(
  bestand: string,
  plan: Pick<AfsprakenPlan, 'blad' | 'waarschuwingen' | 'aanvullend'> & { rijen: readonly Omit<AfsprakenPlanRij, 'waarden' | 'bestaandId'>[] },
): AfsprakenVoorbeeld {
  const tel = (s: AfsprakenPlanRij['soort']) => plan.rijen.filter((r) => r.soort === s).length;
  const zichtbaar = plan.rijen.filter((r) => r.soort !== 'ongewijzigd');
  return {
    bestand,
    blad: plan.blad,
    rijen: plan.rijen.length,
    nieuw: tel('nieuw'),
    gewijzigd: tel('gewijzigd'),
    ongewijzigd: tel('ongewijzigd'),
    waarschuwingen: plan.waarschuwingen.slice(0, 1000),
    wijzigingen: zichtbaar.slice(0, MAX_LIJST).map(({ rij, soort, label, wijzigingen }) => ({ rij, soort, label, wijzigingen })),
    ingekort: zichtbaar.length > MAX_LIJST,
    ...(plan.aanvullend ? { aanvullend: aanvullendVoorbeeld(plan.aanvullend, MAX_LIJST) } : {}),
  };
}

// ---- saving ------------------------------------------------------------------------------------

/** The sheet record of one afspraak as it is stored now (before the sheet's write), read inside the writing transaction. */
function bladRecordVan(db: Db, afspraakId: number, startMaand: number): AanvullendeInzet | null {
  const afspraak = leesAfspraak(db, afspraakId);
  return afspraak ? bladRecord(afspraak, aanvullendeInzetVan(db, afspraakId), startMaand) : null;
}

const bladLog = (r: AfsprakenPlanRij) => (r.aanvullend && (r.aanvullend.urenPerWeek > 0 || r.aanvullend.reden) ? { aanvullendeInzet: r.aanvullend } : {});

/**
 * Saves every new and changed row in one transaction, through the repo's writes; a changed row
 * writes only the fields on the sheet, so the others (BLOZ-advies, regeling, …) are kept.
 */
export function voerAfsprakenPlanUit(
  db: Db,
  plan: AfsprakenPlan,
  gebruiker: string,
  methode = 'import.afsprakenUitvoeren',
): { nieuw: number; gewijzigd: number; ongewijzigd: number } {
  const telling = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };
  const startMaand = leesInstellingen(db).schooljaarStartMaand;
  db.transaction(() => {
    const log: [string, string | null, unknown, unknown][] = [];
    // The afspraken of this sheet by key: the sheet Aanvullende inzet names them so.
    const ids = new Map<string, number>();
    for (const r of plan.rijen) {
      telling[r.soort]++;
      if (r.bestaandId !== null) ids.set(afspraakSleutel(r), r.bestaandId);
      if (r.soort === 'ongewijzigd') continue;
      if (r.soort === 'nieuw') {
        const id = voegAfspraakToe(db, r.waarden);
        ids.set(afspraakSleutel(r), id);
        schrijfBladInzet(db, id, r, null, startMaand);
        log.push(['afspraak', String(id), null, { ...afspraakParams(r.waarden, BLAD_VELDEN), ...bladLog(r), rij: r.rij }]);
      } else {
        const blad = bladRecordVan(db, r.bestaandId!, startMaand);
        wijzigAfspraak(db, r.bestaandId!, r.waarden, BLAD_VELDEN);
        schrijfBladInzet(db, r.bestaandId!, r, blad, startMaand);
        log.push([
          'afspraak',
          String(r.bestaandId),
          Object.fromEntries(r.wijzigingen.map((x) => [x.kolom, x.oud])),
          Object.fromEntries(r.wijzigingen.map((x) => [x.kolom, x.nieuw])),
        ]);
      }
    }
    schrijfAanvullend(db, plan.aanvullend ?? [], ids, log);
    if (log.length > 0) logMutatie(db, gebruiker, methode, log);
  })();
  return telling;
}
