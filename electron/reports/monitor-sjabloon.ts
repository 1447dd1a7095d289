// The "Monitor" template (issue 18): what the gemeente sends to the aanbieders, read back by
// import/monitor.ts. Drop-down lists for aanbieder and functie, a frozen header, and the sheet
// "Uitleg". With a schooljaar it is pre-filled with one row per counted afspraak of that year
// (school × aanbieder × functie) and the figures already known, so an aanbieder only fills in.
import ExcelJS from 'exceljs';
import type { Db } from '../db/open';
import { leesInstellingen } from '../db/instellingen-repo';
import { GETELDE_STATUSSEN_SQL } from '../db/monitor-repo';
import { schooljaarLabel } from '../domain/schooljaar';
import { kolomLetter } from '../import/afspraken-kolommen';
import { MONITOR_KOLOMMEN, type MonitorKolomSleutel } from '../import/monitor-kolommen';
import { afdrukken, keuzelijst, KOP_FONT, kolomBreedte, kopHoogte, uitlegBlad, type SjabloonBestand } from './sjabloon';
import { Inkortingen } from './tekstcel';

const SJABLOON_RIJEN = 1000;
const TITEL = 'Monitorsjabloon';

const FORMAAT: Partial<Record<MonitorKolomSleutel, string>> = {
  schooljaar: '@',
  vestigingscode: '@',
  vragen: '0',
  binnenSchool: '0',
  verwezenJeugdhulp: '0',
  verwezenWijkteam: '0',
  gerealiseerdeUren: '0.##',
};

type Rij = Partial<Record<MonitorKolomSleutel, string | number | null>>;

/** The counted afspraken of a schooljaar with what is already known of them, and rows without an afspraak. */
function bestaandeRijen(db: Db, schooljaar: number): Rij[] {
  const rijen = db
    .prepare(
      `SELECT s.vestigingscode, s.naam AS schoolnaam, b.naam AS aanbieder, a.functie,
              o.vragen, o.binnen_school AS binnenSchool, o.verwezen_jeugdhulp AS verwezenJeugdhulp,
              o.verwezen_wijkteam AS verwezenWijkteam, o.gerealiseerde_uren AS gerealiseerdeUren
         FROM afspraken a
         JOIN scholen s ON s.id = a.school_id
         JOIN aanbieders b ON b.id = a.aanbieder_id
         LEFT JOIN ondersteuningsvragen o
           ON o.schooljaar = a.schooljaar AND o.school_id = a.school_id AND o.aanbieder_id = a.aanbieder_id AND o.functie = a.functie
        WHERE a.schooljaar = @schooljaar AND a.status IN ${GETELDE_STATUSSEN_SQL}
       UNION ALL
       SELECT s.vestigingscode, s.naam, b.naam, o.functie, o.vragen, o.binnen_school, o.verwezen_jeugdhulp,
              o.verwezen_wijkteam, o.gerealiseerde_uren
         FROM ondersteuningsvragen o
         JOIN scholen s ON s.id = o.school_id
         LEFT JOIN aanbieders b ON b.id = o.aanbieder_id
        WHERE o.schooljaar = @schooljaar AND NOT EXISTS (
              SELECT 1 FROM afspraken a
               WHERE a.schooljaar = o.schooljaar AND a.school_id = o.school_id AND a.aanbieder_id IS o.aanbieder_id
                 AND a.functie IS o.functie AND a.status IN ${GETELDE_STATUSSEN_SQL})
        ORDER BY 1, 3, 4`,
    )
    .all({ schooljaar }) as Rij[];
  return rijen.map((r) => ({ schooljaar: schooljaarLabel(schooljaar), ...r }));
}

export async function maakMonitorSjabloon(db: Db, opties: { schooljaar?: number } = {}): Promise<SjabloonBestand> {
  const wb = new ExcelJS.Workbook();
  const inkortingen = new Inkortingen();
  const gemaakt = new Date();
  wb.creator = 'Schoolinzet';
  wb.created = gemaakt;
  const gemeente = leesInstellingen(db).gemeenteNaam;

  const ws = wb.addWorksheet('Monitor', { views: [{ state: 'frozen', ySplit: 1 }], ...afdrukken(gemaakt, gemeente, MONITOR_KOLOMMEN, TITEL) });
  ws.columns = MONITOR_KOLOMMEN.map((k) => ({ header: k.kop, key: k.sleutel, width: kolomBreedte(k) }));
  const kop = ws.getRow(1);
  kop.font = KOP_FONT;
  kop.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  kop.alignment = { vertical: 'middle', wrapText: true };
  kop.height = kopHoogte(MONITOR_KOLOMMEN);

  const lijsten = wb.addWorksheet('Lijsten', { state: 'hidden' });
  const aanbieders = (db.prepare('SELECT naam FROM aanbieders ORDER BY naam').all() as { naam: string }[]).map((a) => a.naam);
  lijsten.getColumn(1).values = ['Aanbieder', ...aanbieders];
  const functies = db.prepare('SELECT code FROM functies ORDER BY code').pluck().all() as string[];
  lijsten.getColumn(2).values = ['Functie', ...functies];
  const lijst = (kolom: string, aantal: number) => `Lijsten!$${kolom}$2:$${kolom}$${Math.max(2, aantal + 1)}`;
  const keuzes: Partial<Record<MonitorKolomSleutel, { bron: string; naam: string }>> = {
    aanbieder: { bron: lijst('A', aanbieders.length), naam: 'aanbieder' },
    functie: { bron: lijst('B', functies.length), naam: 'functie' },
  };

  const rijen = opties.schooljaar === undefined ? [] : bestaandeRijen(db, opties.schooljaar);
  // Plain values only: names typed by users never become formulas.
  for (const r of rijen) ws.addRow(r);
  const laatste = Math.max(SJABLOON_RIJEN, rijen.length + 200);
  MONITOR_KOLOMMEN.forEach((k, i) => {
    const formaat = FORMAAT[k.sleutel];
    const keuze = keuzes[k.sleutel];
    for (let r = 2; r <= laatste; r++) {
      const cel = ws.getCell(r, i + 1);
      if (formaat) cel.numFmt = formaat;
    }
    if (keuze) keuzelijst(ws, `${kolomLetter(i + 1)}2:${kolomLetter(i + 1)}${laatste}`, keuze);
  });
  // Names from the database that look like a formula stay text when edited in Excel.
  ws.eachRow((rij, nr) => nr > 1 && inkortingen.beveilig(rij));
  lijsten.eachRow((rij) => inkortingen.beveilig(rij));
  ws.autoFilter = { from: 'A1', to: `${kolomLetter(MONITOR_KOLOMMEN.length)}1` };
  ws.pageSetup.printArea = `A1:${kolomLetter(MONITOR_KOLOMMEN.length)}${rijen.length + 1 + 20}`;

  uitlegBlad(
    wb,
    MONITOR_KOLOMMEN,
    [
      'Eén rij per school × aanbieder × functie × schooljaar. Aanbieder en functie mogen leeg zijn als ze niet bekend zijn.',
      'Binnen school opgevangen, verwezen naar jeugdhulp en verwezen via wijkteam zijn samen nooit meer dan het aantal ondersteuningsvragen.',
      'Een rij met hetzelfde schooljaar, dezelfde vestiging, aanbieder en functie als een bestaande regel werkt die regel bij.',
      'Alles of niets: als één rij niet klopt, wordt niets opgeslagen en krijgt u een lijst met elke fout (rij, kolom, wat er mis is).',
      'Alleen lege rijen worden overgeslagen. Zet geen totaalrij onder de gegevens: een rij zonder schooljaar en vestigingscode wordt als fout gemeld. Formules worden niet opnieuw berekend.',
    ],
    { gemaakt, gemeente, titel: TITEL },
    inkortingen,
  );
  return { inhoud: Buffer.from(await wb.xlsx.writeBuffer()), ingekort: inkortingen.uitkomst() };
}
