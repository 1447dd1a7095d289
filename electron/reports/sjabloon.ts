// The afspraken template: the empty sheet the import reads back (electron/import/afspraken.ts),
// with drop-down lists, Dutch number formats, a frozen header row and a sheet "Uitleg" that
// explains every column. Optionally pre-filled with the afspraken of one schooljaar, so a user
// can start the next schooljaar from the current one.
import ExcelJS from 'exceljs';
import type { Db } from '../db/open';
import { leesInstellingen } from '../db/instellingen-repo';
import { schooljaarLabel } from '../domain/schooljaar';
import { AANGEVRAAGD_DOOR, STATUSSEN, STATUS_LABEL, type AanvullendeInzet, type Status } from '../domain/types';
import { bladRecord, type AfspraakVoorBlad } from '../domain/aanvullende-inzet';
import { aanvullendeInzetInSchooljaren } from '../db/aanvullende-inzet-repo';
import { AFSPRAKEN_KOLOMMEN, kolomLetter, type AfsprakenKolom, type KolomSleutel } from '../import/afspraken-kolommen';
import { AANVULLEND_BLAD, AANVULLEND_KOLOMMEN, type AanvullendSleutel } from '../import/aanvullend-kolommen';
import { afdrukInstelling, EURO_CENTEN_FORMAAT, nlDatum } from './style';
import { Inkortingen } from './tekstcel';
import type { IngekorteCellen } from '../api/typen/rapportages';
import { AFSPRAAK_VELDEN, BLAD_VELDEN, bladKolom, type BladVeld } from '../db/afspraken-velden';
import { uitRij, type VeldSoort } from '../db/velden';

/** Rows that get drop-down lists and formats; the import reads any number of rows. */
const SJABLOON_RIJEN = 1000;

const FORMAAT: Partial<Record<KolomSleutel, string>> = {
  schooljaar: '@',
  vestigingscode: '@',
  basisuren: '0.##',
  extraUren: '0.##',
  weken: '0.##',
  uurtarief: EURO_CENTEN_FORMAAT,
  vastBedrag: EURO_CENTEN_FORMAAT,
  aandeelGemeente: '0.##',
  aandeelOnderwijs: '0.##',
  aandeelOverig: '0.##',
  startdatum: 'dd-mm-yyyy',
  einddatum: 'dd-mm-yyyy',
};

export interface SjabloonOpties {
  /** Pre-fill with the afspraken of this schooljaar (start year). */
  schooljaar?: number;
}

/** Wide enough for the longest word of the header (headers wrap, words must not break). */
export function kolomBreedte(k: { kop: string; breedte: number }): number {
  return Math.max(k.breedte, ...k.kop.split(/\s+/).map((w) => w.length + 3));
}

/**
 * Height of a wrapped header row: the header that needs the most lines at its column's width
 * ("Aandeel gemeente (%)" takes three), so no header is cut off. Bold text is a little wider.
 */
export function kopHoogte(kolommen: readonly { kop: string; breedte: number }[]): number {
  const regels = kolommen.map((k) => {
    const perRegel = kolomBreedte(k) - 2;
    let aantal = 1;
    let regel = 0;
    for (const woord of k.kop.split(/\s+/)) {
      if (regel > 0 && regel + 1 + woord.length > perRegel) {
        aantal++;
        regel = 0;
      }
      regel += (regel > 0 ? 1 : 0) + woord.length;
    }
    return aantal;
  });
  return 15 * Math.max(2, ...regels) + 2;
}

/** Printing as the reports do (style.ts): A4 landscape, the header row on every page, text at least 8 pt. */
export function afdrukken(
  gemaakt: Date,
  gemeente: string,
  kolommen: readonly { kop: string; breedte: number }[],
  titel = 'Afsprakensjabloon',
): Partial<ExcelJS.AddWorksheetOptions> {
  return afdrukInstelling({ titel, gemeente, gemaakt, kopRij: 1, breedtes: kolommen.map(kolomBreedte) });
}

/**
 * A drop-down list on a whole column range, as one validation. Set per cell, exceljs merges the
 * cells into ranges after sorting the addresses as text (D10 before D2), which gave overlapping
 * ranges (D2:D1000 and D10:D1000) that Excel refuses and offers to repair.
 */
export function keuzelijst(ws: ExcelJS.Worksheet, bereik: string, keuze: { bron: string; naam: string }): void {
  (ws as unknown as { dataValidations: { add(adres: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(bereik, {
    type: 'list',
    allowBlank: true,
    formulae: [keuze.bron],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: `Onbekende ${keuze.naam}`,
    error: `Kies een ${keuze.naam} uit de lijst.`,
  });
}

export const KOP_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true, color: { argb: 'FFFFFFFF' } };

/** A template's bytes and the cells it had to cut (its Uitleg sheet says so too). */
export interface SjabloonBestand {
  inhoud: Buffer;
  ingekort: IngekorteCellen | null;
}

export async function maakAfsprakenSjabloon(db: Db, opties: SjabloonOpties = {}): Promise<SjabloonBestand> {
  const wb = new ExcelJS.Workbook();
  const inkortingen = new Inkortingen();
  const gemaakt = new Date();
  wb.creator = 'Schoolinzet';
  wb.created = gemaakt;
  const gemeente = leesInstellingen(db).gemeenteNaam;

  const aanbieders = (db.prepare('SELECT naam FROM aanbieders ORDER BY naam').all() as { naam: string }[]).map((a) => a.naam);
  const statussen = STATUSSEN.map((s) => STATUS_LABEL[s]);
  const functies = db.prepare('SELECT code FROM functies ORDER BY volgorde, rowid').pluck().all() as string[];
  const regelingen = db.prepare('SELECT naam FROM regelingen ORDER BY startdatum NULLS LAST, naam COLLATE NOCASE').pluck().all() as string[];
  const lijst = (kolom: string, aantal: number) => `Lijsten!$${kolom}$2:$${kolom}$${Math.max(2, aantal + 1)}`;
  const keuzes: Partial<Record<KolomSleutel | AanvullendSleutel, { bron: string; naam: string }>> = {
    aanbieder: { bron: lijst('A', aanbieders.length), naam: 'aanbieder' },
    functie: { bron: lijst('B', functies.length), naam: 'functie' },
    status: { bron: lijst('C', statussen.length), naam: 'status' },
    ...(regelingen.length ? { regeling: { bron: lijst('D', regelingen.length), naam: 'regeling' } } : {}),
    aangevraagdDoor: { bron: lijst('E', AANGEVRAAGD_DOOR.length), naam: 'aanvrager' },
  };
  const rijen = opties.schooljaar === undefined ? { afspraken: [], aanvullend: [] } : bestaandeRijen(db, opties.schooljaar);
  const blad = { gemaakt, gemeente, keuzes, inkortingen };

  dataBlad(wb, 'Afspraken', AFSPRAKEN_KOLOMMEN, rijen.afspraken, { ...blad, formaat: FORMAAT });
  // Lists live on a hidden sheet: an inline list is limited to 255 characters.
  const lijsten = wb.addWorksheet('Lijsten', { state: 'hidden' });
  lijsten.getColumn(1).values = ['Aanbieder', ...aanbieders];
  lijsten.getColumn(2).values = ['Functie', ...functies];
  lijsten.getColumn(3).values = ['Status', ...statussen];
  lijsten.getColumn(4).values = ['Regeling', ...regelingen];
  lijsten.getColumn(5).values = ['Aangevraagd door', ...AANGEVRAAGD_DOOR];
  lijsten.eachRow((rij) => inkortingen.beveilig(rij));
  // Issue 16 item 9: the full records of aanvullende inzet, on a sheet of their own.
  dataBlad(wb, AANVULLEND_BLAD, AANVULLEND_KOLOMMEN, rijen.aanvullend, { ...blad, formaat: aanvullendFormaat() });

  uitlegBlad(
    wb,
    [
      ...eigenVoorbeelden(db),
      {
        kop: `Blad ${AANVULLEND_BLAD}`,
        verplicht: '',
        uitleg: `De kolommen hieronder staan op het blad ${AANVULLEND_BLAD}: één rij is één regel aanvullende inzet bij een afspraak, met een eigen periode, reden en financiering.`,
        voorbeeld: '',
      },
      ...AANVULLEND_KOLOMMEN,
    ],
    [
      'Blad Afspraken: één rij is één afspraak: school × aanbieder × functie × schooljaar.',
      'Een rij met hetzelfde schooljaar, dezelfde vestiging, aanbieder en functie als een bestaande afspraak werkt die afspraak bij.',
      'Alles of niets: als één rij niet klopt, wordt niets opgeslagen en krijgt u een lijst met elke fout (rij, kolom, wat er mis is).',
      'Alleen lege rijen worden overgeslagen. Zet geen totaalrij onder de gegevens: een rij zonder schooljaar, vestigingscode, aanbieder en functie wordt als fout gemeld.',
      'Formules worden niet opnieuw berekend: Schoolinzet leest de waarde die Excel heeft opgeslagen.',
      `Blad ${AANVULLEND_BLAD}: de afspraak moet op het blad Afspraken van dit bestand staan of al in Schoolinzet bestaan. Een rij met dezelfde afspraak, Van en Reden als een bestaande regel werkt die regel bij; anders komt er een regel bij. Regels die niet op het blad staan blijven bestaan.`,
      `De regel die de kolommen Extra uren per week en Toelichting extra uren van het blad Afspraken weergeven (uren over de hele periode van de afspraak, met de verdeling van de afspraak) staat niet op het blad ${AANVULLEND_BLAD}: wijzig die op het blad Afspraken.`,
      `Voor het blad ${AANVULLEND_BLAD} gelden dezelfde regels: alles of niets, en elke fout noemt het blad, de rij en de kolom. Een bestand zonder dit blad (een ouder sjabloon) wordt ingelezen zoals vroeger.`,
    ],
    { gemaakt, gemeente, titel: 'Afsprakensjabloon' },
    inkortingen,
  );

  return { inhoud: Buffer.from(await wb.xlsx.writeBuffer()), ingekort: inkortingen.uitkomst() };
}

/** How the cells of a data sheet are formatted, by column. */
type Formaten<K extends string> = Partial<Record<K, string>>;

/** The second sheet's formats, from its column kinds. */
function aanvullendFormaat(): Formaten<AanvullendSleutel> {
  const perSoort: Partial<Record<string, string>> = { datum: 'dd-mm-yyyy', bedrag: EURO_CENTEN_FORMAAT, getal: '0.##', percentage: '0.##' };
  return Object.fromEntries(
    AANVULLEND_KOLOMMEN.map((k) => [k.sleutel, k.sleutel === 'schooljaar' || k.sleutel === 'vestigingscode' ? '@' : perSoort[k.soort]]).filter(([, f]) => f),
  ) as Formaten<AanvullendSleutel>;
}

/**
 * A data sheet of the template: the header row in the house style (frozen, wrapped, filter), the
 * rows, formats and drop-down lists on SJABLOON_RIJEN rows, printed with its header on every page.
 */
function dataBlad<K extends string>(
  wb: ExcelJS.Workbook,
  naam: string,
  kolommen: readonly AfsprakenKolom<K>[],
  rijen: readonly Partial<Record<K, string | number | Date | null>>[],
  o: { gemaakt: Date; gemeente: string; keuzes: Partial<Record<string, { bron: string; naam: string }>>; formaat: Formaten<K>; inkortingen: Inkortingen },
): void {
  const titel = naam === 'Afspraken' ? 'Afsprakensjabloon' : `Afsprakensjabloon, ${naam}`;
  const ws = wb.addWorksheet(naam, { views: [{ state: 'frozen', ySplit: 1 }], ...afdrukken(o.gemaakt, o.gemeente, kolommen, titel) });
  ws.columns = kolommen.map((k) => ({ header: k.kop, key: k.sleutel, width: kolomBreedte(k) }));
  const kop = ws.getRow(1);
  kop.font = KOP_FONT;
  kop.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  kop.alignment = { vertical: 'middle', wrapText: true };
  kop.height = kopHoogte(kolommen);
  for (const r of rijen) ws.addRow(r);

  const laatste = Math.max(SJABLOON_RIJEN, rijen.length + 200);
  kolommen.forEach((k, i) => {
    const formaat = o.formaat[k.sleutel];
    const keuze = o.keuzes[k.sleutel];
    if (formaat) for (let r = 2; r <= laatste; r++) ws.getCell(r, i + 1).numFmt = formaat;
    if (keuze) keuzelijst(ws, `${kolomLetter(i + 1)}2:${kolomLetter(i + 1)}${laatste}`, keuze);
    ws.getColumn(i + 1).width = kolomBreedte(k);
  });
  // Names and texts from the database that look like a formula stay text when edited in Excel.
  ws.eachRow((rij, nr) => nr > 1 && o.inkortingen.beveilig(rij));
  ws.autoFilter = { from: 'A1', to: `${kolomLetter(kolommen.length)}1` };
  // Print the header and the filled rows (plus a few empty ones to write on), not 1000 empty rows.
  ws.pageSetup.printArea = `A1:${kolomLetter(kolommen.length)}${rijen.length + 1 + 20}`;
}

/**
 * The columns with examples from the user's own registry: an afspraak that exists (school,
 * vestigingscode, aanbieder and functie that belong together), else the first school, aanbieder
 * and functie; in an empty file a description instead of a school of someone else's gemeente.
 */
function eigenVoorbeelden(db: Db): typeof AFSPRAKEN_KOLOMMEN {
  const afspraak = db
    .prepare(
      `SELECT s.vestigingscode, s.naam AS schoolnaam, an.naam AS aanbieder, a.functie
         FROM afspraken a JOIN scholen s ON s.id = a.school_id LEFT JOIN aanbieders an ON an.id = a.aanbieder_id
        ORDER BY a.schooljaar DESC, s.naam, a.id LIMIT 1`,
    )
    .get() as Partial<Record<'vestigingscode' | 'schoolnaam' | 'aanbieder' | 'functie', string | null>> | undefined;
  const school = db.prepare('SELECT vestigingscode, naam FROM scholen ORDER BY naam, id LIMIT 1').get() as { vestigingscode: string; naam: string } | undefined;
  const eigen: Partial<Record<KolomSleutel, string | null | undefined>> = {
    vestigingscode: afspraak?.vestigingscode ?? school?.vestigingscode ?? '(de vestigingscode van DUO, zie Scholen)',
    schoolnaam: afspraak?.schoolnaam ?? school?.naam ?? '(de naam van de school)',
    aanbieder:
      afspraak?.aanbieder ??
      (db.prepare('SELECT naam FROM aanbieders ORDER BY naam LIMIT 1').pluck().get() as string | undefined) ??
      '(een aanbieder uit Aanbieders)',
    functie: afspraak?.functie ?? (db.prepare('SELECT code FROM functies ORDER BY volgorde, rowid LIMIT 1').pluck().get() as string | undefined),
    regeling:
      (db.prepare('SELECT naam FROM regelingen ORDER BY startdatum NULLS LAST, naam COLLATE NOCASE LIMIT 1').pluck().get() as string | undefined) ??
      '(leeg, of een regeling uit Begroting)',
  };
  return AFSPRAKEN_KOLOMMEN.map((k) => (eigen[k.sleutel] ? { ...k, voorbeeld: eigen[k.sleutel]! } : k));
}

/**
 * The sheet "Uitleg" of a template: every column with whether it is required, what goes in it and
 * an example, then notes; first among them, which cells were cut (`inkortingen` has seen every
 * other row of the workbook by then).
 */
export function uitlegBlad(
  wb: ExcelJS.Workbook,
  kolommen: readonly { kop: string; verplicht: string; uitleg: string; voorbeeld: string }[],
  regels: readonly string[],
  o: { gemaakt: Date; gemeente: string; titel: string },
  inkortingen: Inkortingen,
): void {
  const kolomKoppen = [
    { header: 'Kolom', key: 'kop', width: 22 },
    { header: 'Verplicht', key: 'verplicht', width: 18 },
    { header: 'Wat vult u in', key: 'uitleg', width: 72 },
    { header: 'Voorbeeld', key: 'voorbeeld', width: 26 },
  ];
  const uitleg = wb.addWorksheet(
    'Uitleg',
    afdrukInstelling({ titel: o.titel, gemeente: o.gemeente, gemaakt: o.gemaakt, kopRij: 1, breedtes: kolomKoppen.map((k) => k.width) }),
  );
  uitleg.columns = kolomKoppen;
  const uitlegKop = uitleg.getRow(1);
  uitlegKop.font = KOP_FONT;
  uitlegKop.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  uitlegKop.height = 20;
  for (const k of kolommen) {
    const rij = uitleg.addRow({ kop: k.kop, verplicht: k.verplicht, uitleg: k.uitleg, voorbeeld: k.voorbeeld });
    rij.alignment = { wrapText: true, vertical: 'top' };
    rij.getCell('kop').font = { name: 'Calibri', size: 11, bold: true };
    // Spreadsheet programs do not grow a wrapped row on their own when opening a file.
    rij.height = 15 * Math.max(1, Math.ceil(k.uitleg.length / 76), Math.ceil(k.verplicht.length / 19), Math.ceil(k.voorbeeld.length / 27));
    // Examples like "-" or "=" must stay text.
    rij.getCell('voorbeeld').numFmt = '@';
    // Examples come from the registry (a school named "=1+1" stays text).
    inkortingen.beveilig(rij);
  }
  uitleg.addRow({});
  const ingekort = inkortingen.uitkomst();
  for (const regel of ingekort ? [`Let op: ${ingekort.melding}`, ...regels] : regels) {
    const rij = uitleg.addRow({ kop: regel });
    // The notes run across the columns: merged, so they wrap over the width of the page.
    uitleg.mergeCells(rij.number, 1, rij.number, 4);
    rij.alignment = { wrapText: true, vertical: 'top' };
    rij.height = 15 * Math.ceil(regel.length / 130);
  }
  const bron = uitleg.addRow({ kop: `Sjabloon gemaakt op ${nlDatum(o.gemaakt)}${o.gemeente ? ` voor gemeente ${o.gemeente}` : ''}.` });
  bron.font = { name: 'Calibri', size: 10, italic: true, color: { argb: 'FF595959' } };
  uitleg.views = [{ state: 'frozen', ySplit: 1 }];
}

type SjabloonRij = Partial<Record<KolomSleutel, string | number | Date | null>>;
type AanvullendRij = Partial<Record<AanvullendSleutel, string | number | Date | null>>;

type BladVerwijzing = { [K in BladVeld]: (typeof AFSPRAAK_VELDEN)[K] extends { soort: 'verwijzing' } ? K : never }[BladVeld];

/**
 * How a referenced row shows in its sheet column (what the import looks it up by), as an SQL
 * expression over the query below; a reference on the sheet without one is a compile error.
 */
const VERWIJZING: Record<BladVerwijzing, string> & Partial<Record<BladVeld, string>> = {
  schoolId: 's.vestigingscode',
  aanbiederId: 'b.naam',
  regelingId: '(SELECT r.naam FROM regelingen r WHERE r.id = a.regeling_id)',
};

/** A stored value as the user types it in the sheet, by its kind (what the import reads back). */
function alsCel(soort: VeldSoort, v: unknown): string | number | Date | null {
  if (v === null || v === undefined) return null;
  switch (soort) {
    case 'schooljaar':
      return schooljaarLabel(v as number);
    case 'cents':
      return (v as number) / 100;
    case 'datum':
      return v ? new Date(`${v as string}T00:00:00Z`) : null;
    case 'json':
      return Array.isArray(v) ? v.join(', ') : null;
    case 'keuze':
      return STATUS_LABEL[v as Status] ?? String(v);
    case 'bool':
      return v ? 'ja' : 'nee';
    default:
      return v as string | number;
  }
}

/** The afspraken of a schooljaar as sheet rows: every field of the field map that is on the sheet. */
function bestaandeRijen(db: Db, schooljaar: number): { afspraken: SjabloonRij[]; aanvullend: AanvullendRij[] } {
  const kolommen = BLAD_VELDEN.map((v) => `${VERWIJZING[v] ?? `a.${AFSPRAAK_VELDEN[v].kolom}`} AS ${v}`).join(', ');
  const rijen = db
    .prepare(
      `SELECT ${kolommen}, a.id AS afspraakId, s.naam AS schoolnaam
       FROM afspraken a JOIN scholen s ON s.id = a.school_id JOIN aanbieders b ON b.id = a.aanbieder_id
       LEFT JOIN regelingen r ON r.id = a.regeling_id
       WHERE a.schooljaar = ? ORDER BY s.vestigingscode, b.naam, a.functie`,
    )
    .all(schooljaar) as Record<string, unknown>[];
  // Extra uren per week and Toelichting extra uren: the afspraak's sheet record (issue 16 item 9).
  const startMaand = leesInstellingen(db).schooljaarStartMaand;
  const records = new Map<number, AanvullendeInzet[]>();
  for (const x of aanvullendeInzetInSchooljaren(db, schooljaar, schooljaar)) {
    const lijst = records.get(x.afspraakId);
    if (lijst) lijst.push(x);
    else records.set(x.afspraakId, [x]);
  }
  const aanvullend: AanvullendRij[] = [];
  const afspraken = rijen.map((ruw) => {
    const r = uitRij<Record<string, unknown>>(AFSPRAAK_VELDEN, ruw);
    const rij: SjabloonRij = { schoolnaam: r.schoolnaam as string };
    for (const v of BLAD_VELDEN) rij[bladKolom(v)] = VERWIJZING[v] ? (r[v] as string) : alsCel(AFSPRAAK_VELDEN[v].soort, r[v]);
    const afspraak = { ...(r as unknown as AfspraakVoorBlad), schooljaar };
    const blad = bladRecord(afspraak, records.get(r.afspraakId as number) ?? [], startMaand);
    rij.extraUren = blad?.urenPerWeek ?? 0;
    rij.toelichting = blad?.reden ?? null;
    // Every other record goes on the sheet Aanvullende inzet.
    for (const x of records.get(r.afspraakId as number) ?? []) {
      if (x.id === blad?.id) continue;
      const datum = (iso: string | null) => alsCel('datum', iso) as Date | null;
      aanvullend.push({
        schooljaar: rij.schooljaar,
        vestigingscode: rij.vestigingscode,
        aanbieder: rij.aanbieder,
        functie: rij.functie,
        urenPerWeek: x.urenPerWeek,
        bedrag: x.bedragCents === null ? null : x.bedragCents / 100,
        startdatum: datum(x.startdatum),
        einddatum: datum(x.einddatum),
        reden: x.reden,
        doelen: x.doelen,
        aandeelGemeente: x.aandeelGemeente,
        aandeelOnderwijs: x.aandeelOnderwijs,
        aandeelOverig: x.aandeelOverig,
        overigeFinancier: x.overigeFinancier,
        aangevraagdDoor: x.aangevraagdDoor,
        besluitDatum: datum(x.besluitDatum),
        besluitDoor: x.besluitDoor,
        verantwoordingUiterlijk: datum(x.verantwoordingUiterlijk),
        verantwoordingOntvangen: datum(x.verantwoordingOntvangen),
        verantwoording: x.verantwoording,
      });
    }
    return rij;
  });
  return { afspraken, aanvullend };
}
