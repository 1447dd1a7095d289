// Imports (issue 6): DUO school lists and pupil counts, and the afspraken sheet. Each import is a
// preview (the user picks the file(s) in a native dialog, or drops them on the page and the page
// sends their bytes; either way the bytes stay in the main process under a short-lived id) and an
// execution by that id: a backup first, then one transaction.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { maakBackup } from '../db/backups';
import type { Db } from '../db/open';
import { leesInstellingen } from '../db/instellingen-repo';
import { aanvullendVoorbeeld } from '../import/aanvullend-blad';
import { afsprakenVoorbeeld, leesAfsprakenBlad, maakAfsprakenPlan, voerAfsprakenPlanUit, type AfsprakenPlan } from '../import/afspraken';
import type {
  AfsprakenVoorbeeld,
  BesturenVoorbeeldResultaat,
  DuoVoorbeeld,
  ImportMelding,
  DuoVoorbeeldResultaat,
  AfsprakenVoorbeeldResultaat,
  ImportResultaat,
} from './typen/importeren';
import { duoImportZin, duoVoorbeeld, maakDuoImportPlan, voerDuoImportUit, type DuoImportOpties, type DuoImportPlan } from '../import/duo-opslaan';
import { schrijfStempel } from '../db/lees-cache';
import { normaliseerGemeenteCode } from '../import/duo';
import { ImportFout } from '../import/fout';
import { bestandUitInhoud, bewaarImport, neemImport, zetTerug, type GekozenBestand } from '../import/plannen';
import { maakAfsprakenSjabloon } from '../reports/sjabloon';
import { maakBesturenPlan, voerBesturenPlanUit } from '../import/besturen';
import { schrijfAtomisch } from '../bestanden/atomisch';
import { Inkortingen } from '../reports/tekstcel';
import { GebruikersFout } from './fout';
import type { VeldMelding } from './typen/fout';
import type { ParsedInput } from './contract';
import type { HandlerContext, Handlers, Omgeving } from './registry';
import { weigerAlsAlleenLezen } from './alleen-lezen';
import { IMPORT_BESTAND_MAX_BYTES, IMPORT_GRENS_MELDING } from '../domain/grenzen';

/** The API payload lists at most this many problems; the message says how many there are. */
const MAX_MELDINGEN = 1000;

interface DuoBewaard {
  bestanden: GekozenBestand[];
  opties: Omit<DuoImportOpties, 'voortgang'>;
  /** The preview's plan, with the database and its schrijfStempel when it was made. */
  plan?: { db: Db; stempel: string; plan: DuoImportPlan };
}

interface AfsprakenBewaard {
  bestand: GekozenBestand;
  /** The preview's plan, with the database and its schrijfStempel when it was made (as for DUO). */
  plan: { db: Db; stempel: string; plan: AfsprakenPlan };
}

const CSV = [
  { name: 'DUO-bestand (CSV)', extensions: ['csv', 'txt'] },
  { name: 'Alle bestanden', extensions: ['*'] },
];
const XLSX = [{ name: 'Excel-werkmap', extensions: ['xlsx'] }];

export function leesGekozen(pad: string): GekozenBestand {
  const naam = path.basename(pad);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(pad);
  } catch {
    throw new GebruikersFout(`Het bestand ${naam} is niet gevonden.`, 'niet-gevonden');
  }
  if (!stat.isFile()) throw new GebruikersFout(`${naam} is geen bestand.`, 'bestand');
  if (stat.size > IMPORT_BESTAND_MAX_BYTES) throw new GebruikersFout(IMPORT_GRENS_MELDING.bestand(naam), 'bestand');
  try {
    return { naam, inhoud: fs.readFileSync(pad) };
  } catch {
    throw new GebruikersFout(`Het bestand ${naam} kan niet worden gelezen. Is het nog geopend in een ander programma?`, 'bestand');
  }
}

/** An ImportFout becomes the API's user error, with every (rij, kolom, melding). */
export function alsGebruikersFout(e: unknown, bestand: string): unknown {
  if (!(e instanceof ImportFout)) return e;
  const lijst = e.meldingen;
  const velden: VeldMelding[] = lijst.slice(0, MAX_MELDINGEN).map((m: ImportMelding) => ({
    veld: m.kolom ?? '',
    melding: m.melding,
    ...(m.rij !== undefined ? { rij: m.rij } : {}),
  }));
  if (lijst.length > MAX_MELDINGEN) velden.push({ veld: '', melding: `En nog ${lijst.length - MAX_MELDINGEN} problemen.` });
  const melding =
    lijst.length === 1
      ? `${bestand} is niet ingelezen: ${formatKort(lijst[0])} Er is niets opgeslagen.`
      : `${bestand} is niet ingelezen: ${lijst.length} problemen. Er is niets opgeslagen.`;
  return new GebruikersFout(melding, 'bestand', velden);
}

function formatKort(m: ImportMelding): string {
  const plaats = [m.rij !== undefined ? `rij ${m.rij}` : '', m.kolom ? `kolom ${m.kolom}` : ''].filter(Boolean).join(', ');
  return plaats ? `${plaats}: ${m.melding}` : m.melding;
}

export function magSchrijven(omgeving: Omgeving): void {
  weigerAlsAlleenLezen(omgeving, 'er kan niets worden geïmporteerd.');
}

/** The backup before an import: its file name and when it was made (the screen shows that in local time). */
export async function backupVoorImport(db: Db, omgeving: Omgeving): Promise<Pick<ImportResultaat, 'backup' | 'backupTijd'>> {
  if (omgeving.dbPad() === ':memory:') return { backup: null, backupTijd: null };
  const b = await maakBackup(db, omgeving.dbPad(), 'voor-import');
  return { backup: b.naam, backupTijd: b.datum };
}

function duoOpties(db: Db, input: ParsedInput<'import.duoVoorbeeld'>): Omit<DuoImportOpties, 'voortgang'> {
  const instellingen = leesInstellingen(db);
  if (input.alle) return { gemeenteCode: null, jaar: input.jaar };
  const code = input.gemeenteCode ? normaliseerGemeenteCode(input.gemeenteCode) : normaliseerGemeenteCode(instellingen.gemeenteCode);
  if (!code) {
    throw new GebruikersFout(
      'Er is geen gemeentecode ingesteld. Vul die in bij Instellingen (vier cijfers, zoals in de DUO-bestanden), kies een andere gemeente, of lees het hele bestand in.',
      'ongeldige-invoer',
      [{ veld: 'gemeenteCode', melding: 'Gemeentecode ontbreekt.' }],
    );
  }
  // A file without codes (edugis) is filtered by name, only for the gemeente of the settings.
  const eigen = normaliseerGemeenteCode(instellingen.gemeenteCode) === code;
  return { gemeenteCode: code, gemeenteNaam: eigen && instellingen.gemeenteNaam ? instellingen.gemeenteNaam : null, jaar: input.jaar };
}

const voortgang = (ctx: HandlerContext, taak: string) => (f: number) => ctx.omgeving.voortgang?.(taak, Math.max(0, Math.min(1, f)));

/** The one preview path for DUO files, however they were chosen. */
async function duoPlanVoorbeeld(bestanden: GekozenBestand[], opties: Omit<DuoImportOpties, 'voortgang'>, ctx: HandlerContext): Promise<DuoVoorbeeldResultaat> {
  const { db, omgeving } = ctx;
  const naam = bestanden.map((b) => b.naam).join(', ');
  try {
    const stempel = schrijfStempel(db);
    const plan = maakDuoImportPlan(db, bestanden, { ...opties, voortgang: voortgang(ctx, 'DUO-bestanden lezen') });
    const id = bewaarImport<DuoBewaard>('duo', omgeving.dbPad(), { bestanden, opties, plan: { db, stempel, plan } });
    return { id, ...duoVoorbeeld(plan, opties.gemeenteCode) };
  } catch (e) {
    throw alsGebruikersFout(e, naam);
  } finally {
    omgeving.voortgang?.('', 1);
  }
}

/** The one preview path for an afsprakenblad, however it was chosen. */
async function afsprakenPlanVoorbeeld(bestand: GekozenBestand, ctx: HandlerContext): Promise<AfsprakenVoorbeeldResultaat> {
  const { db, omgeving } = ctx;
  try {
    const stempel = schrijfStempel(db);
    const plan = await planAfspraken(db, bestand, ctx);
    const id = bewaarImport<AfsprakenBewaard>('afspraken', omgeving.dbPad(), { bestand, plan: { db, stempel, plan } });
    return { id, ...afsprakenVoorbeeld(bestand.naam, plan) };
  } catch (e) {
    throw alsGebruikersFout(e, bestand.naam);
  } finally {
    omgeving.voortgang?.('', 1);
  }
}

/** The one preview path for a bevoegde-gezagen list, however it was chosen. */
function besturenPlanVoorbeeld(bestand: GekozenBestand, ctx: HandlerContext): BesturenVoorbeeldResultaat {
  try {
    const plan = maakBesturenPlan(ctx.db, bestand.naam, bestand.inhoud);
    return { id: bewaarImport<GekozenBestand>('besturen', ctx.omgeving.dbPad(), bestand), ...plan };
  } catch (e) {
    throw alsGebruikersFout(e, bestand.naam);
  }
}

export const importerenHandlers: Handlers<
  | 'import.besturenVoorbeeld'
  | 'import.besturenVoorbeeldInhoud'
  | 'import.besturenUitvoeren'
  | 'import.duoVoorbeeld'
  | 'import.duoVoorbeeldInhoud'
  | 'import.duoUitvoeren'
  | 'import.afsprakenVoorbeeld'
  | 'import.afsprakenVoorbeeldInhoud'
  | 'import.afsprakenUitvoeren'
  | 'import.sjabloonOpslaan'
  | 'import.foutenOpslaan'
> = {
  'import.duoVoorbeeld': async (input, ctx) => {
    const { db, omgeving } = ctx;
    const opties = duoOpties(db, input);
    const paden = await omgeving.kiesBestanden({ doel: 'openen', titel: 'DUO-bestanden kiezen', filters: CSV, meerdere: true });
    if (!paden || paden.length === 0) return { id: null, ...duoLeeg(opties.gemeenteCode) };
    return duoPlanVoorbeeld(paden.map(leesGekozen), opties, ctx);
  },
  'import.duoVoorbeeldInhoud': async ({ bestanden, ...filter }, ctx) =>
    duoPlanVoorbeeld(
      bestanden.map((b) => bestandUitInhoud(b.naam, b.inhoudBase64)),
      duoOpties(ctx.db, filter),
      ctx,
    ),
  'import.duoUitvoeren': async ({ id }, ctx) => {
    const { db, omgeving } = ctx;
    magSchrijven(omgeving);
    const bewaard = neemImport<DuoBewaard>(id, 'duo', omgeving.dbPad());
    const naam = bewaard.bestanden.map((b) => b.naam).join(', ');
    try {
      const backup = await backupVoorImport(db, omgeving);
      // The preview's plan when nothing was written to this database since (by this connection or
      // any other: schrijfStempel, checked after the backup and right before the synchronous
      // execution); otherwise planned again against the database as it is now, so nothing stale is written.
      const plan =
        bewaard.plan && bewaard.plan.db === db && bewaard.plan.stempel === schrijfStempel(db)
          ? bewaard.plan.plan
          : maakDuoImportPlan(db, bewaard.bestanden, { ...bewaard.opties, voortgang: (f) => voortgang(ctx, 'DUO-import')(f * 0.5) });
      voerDuoImportUit(db, plan, omgeving.gebruiker);
      const v = duoVoorbeeld(plan, bewaard.opties.gemeenteCode).aantallen;
      return {
        ...backup,
        samenvatting: duoImportZin(
          bewaard.bestanden.map((b) => b.naam),
          v,
        ),
      };
    } catch (e) {
      zetTerug(id, 'duo', omgeving.dbPad(), bewaard);
      throw alsGebruikersFout(e, naam);
    } finally {
      omgeving.voortgang?.('', 1);
    }
  },
  'import.besturenVoorbeeld': async (_input, ctx) => {
    const pad = await ctx.omgeving.kiesBestand({ doel: 'openen', titel: 'DUO-lijst van bevoegde gezagen kiezen', filters: CSV });
    if (!pad) return { id: null, bestand: '', encoding: '', rijen: 0, nieuw: [], gewijzigd: [], ongewijzigd: 0, zonderNaam: 0 };
    return besturenPlanVoorbeeld(leesGekozen(pad), ctx);
  },
  'import.besturenVoorbeeldInhoud': async ({ naam, inhoudBase64 }, ctx) => besturenPlanVoorbeeld(bestandUitInhoud(naam, inhoudBase64), ctx),
  'import.besturenUitvoeren': async ({ id }, ctx) => {
    const { db, omgeving } = ctx;
    magSchrijven(omgeving);
    const bestand = neemImport<GekozenBestand>(id, 'besturen', omgeving.dbPad());
    try {
      const backup = await backupVoorImport(db, omgeving);
      // Planned again against the database as it is now: a name typed since the preview is not lost to a stale plan.
      const plan = maakBesturenPlan(db, bestand.naam, bestand.inhoud);
      voerBesturenPlanUit(db, plan, omgeving.gebruiker);
      return {
        ...backup,
        samenvatting: `Besturen uit ${bestand.naam} opgeslagen: ${plan.nieuw.length} nieuw, ${plan.gewijzigd.length} met een andere naam, ${plan.ongewijzigd} ongewijzigd.`,
      };
    } catch (e) {
      zetTerug(id, 'besturen', omgeving.dbPad(), bestand);
      throw alsGebruikersFout(e, bestand.naam);
    }
  },
  'import.afsprakenVoorbeeld': async (_input, ctx) => {
    const { omgeving } = ctx;
    const pad = await omgeving.kiesBestand({ doel: 'openen', titel: 'Afsprakenblad kiezen', filters: XLSX });
    if (!pad) return { id: null, ...afsprakenLeeg() };
    return afsprakenPlanVoorbeeld(leesGekozen(pad), ctx);
  },
  'import.afsprakenVoorbeeldInhoud': async ({ naam, inhoudBase64 }, ctx) => afsprakenPlanVoorbeeld(bestandUitInhoud(naam, inhoudBase64), ctx),
  'import.afsprakenUitvoeren': async ({ id }, ctx) => {
    const { db, omgeving } = ctx;
    magSchrijven(omgeving);
    const bewaard = neemImport<AfsprakenBewaard>(id, 'afspraken', omgeving.dbPad());
    const { bestand } = bewaard;
    try {
      const backup = await backupVoorImport(db, omgeving);
      // The preview's plan when nothing was written to this database since (checked after the
      // backup, right before the synchronous write); otherwise read and planned again, so a
      // change made in between is never overwritten by a stale plan.
      const plan = bewaard.plan.db === db && bewaard.plan.stempel === schrijfStempel(db) ? bewaard.plan.plan : await planAfspraken(db, bestand, ctx);
      const t = voerAfsprakenPlanUit(db, plan, omgeving.gebruiker);
      const a = plan.aanvullend ? aanvullendVoorbeeld(plan.aanvullend, 0) : null;
      const inzet = a ? ` Aanvullende inzet: ${a.nieuw} nieuw, ${a.gewijzigd} gewijzigd, ${a.ongewijzigd} ongewijzigd.` : '';
      return {
        ...backup,
        samenvatting: `Afspraken uit ${bestand.naam} opgeslagen: ${t.nieuw} nieuw, ${t.gewijzigd} gewijzigd, ${t.ongewijzigd} ongewijzigd.${inzet}`,
      };
    } catch (e) {
      zetTerug(id, 'afspraken', omgeving.dbPad(), bewaard);
      throw alsGebruikersFout(e, bestand.naam);
    } finally {
      omgeving.voortgang?.('', 1);
    }
  },
  'import.foutenOpslaan': async ({ bestand, meldingen }, { omgeving }) => {
    const pad = await omgeving.kiesBestand({ doel: 'opslaan', titel: 'Foutenlijst opslaan', standaardNaam: 'Importfouten.xlsx', filters: XLSX });
    if (!pad) return { opgeslagen: false, bestand: null, ingekort: null };
    const wb = new ExcelJS.Workbook();
    const inkortingen = new Inkortingen();
    const ws = wb.addWorksheet('Fouten', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
      { header: 'Rij', key: 'rij', width: 8 },
      { header: 'Kolom', key: 'kolom', width: 26 },
      { header: 'Wat is er mis', key: 'melding', width: 100 },
    ];
    ws.getRow(1).font = { bold: true };
    // Plain strings only: text from a file never becomes a formula in Excel.
    for (const m of meldingen) ws.addRow({ rij: m.rij ?? null, kolom: m.kolom, melding: m.melding });
    if (bestand) {
      ws.addRow({});
      ws.addRow({ kolom: 'Bestand', melding: bestand });
    }
    ws.eachRow((rij, nr) => {
      if (nr > 1) inkortingen.beveilig(rij);
    });
    const ingekort = inkortingen.uitkomst();
    if (ingekort) {
      ws.addRow({});
      ws.addRow({ kolom: 'Let op', melding: ingekort.melding });
    }
    await schrijfAtomisch(pad, Buffer.from(await wb.xlsx.writeBuffer()));
    return { opgeslagen: true, bestand: path.basename(pad), ingekort };
  },
  'import.sjabloonOpslaan': async ({ schooljaar }, { db, omgeving }) => {
    const naam = schooljaar === undefined ? 'Afspraken-sjabloon.xlsx' : `Afspraken ${schooljaar}-${schooljaar + 1}.xlsx`;
    const pad = await omgeving.kiesBestand({ doel: 'opslaan', titel: 'Afsprakensjabloon opslaan', standaardNaam: naam, filters: XLSX });
    if (!pad) return { opgeslagen: false, bestand: null, ingekort: null };
    const { inhoud, ingekort } = await maakAfsprakenSjabloon(db, { schooljaar });
    await schrijfAtomisch(pad, inhoud);
    return { opgeslagen: true, bestand: path.basename(pad), ingekort };
  },
};

/** Progress of the running import, polled by the renderer (the Omgeving keeps the last report). */
export const voortgangHandlers: Handlers<'app.voortgang'> = {
  'app.voortgang': (_input, { omgeving }) => omgeving.voortgangStand?.() ?? null,
};

async function planAfspraken(db: Db, bestand: GekozenBestand, ctx: HandlerContext) {
  const taak = `Afspraken lezen uit ${bestand.naam}`;
  ctx.omgeving.voortgang?.(taak, 0.05);
  const blad = await leesAfsprakenBlad(bestand.inhoud);
  ctx.omgeving.voortgang?.(taak, 0.4);
  return maakAfsprakenPlan(db, blad, { voortgang: (f) => voortgang(ctx, taak)(0.4 + f * 0.55) });
}

function duoLeeg(gemeenteCode: string | null): DuoVoorbeeld {
  return {
    gemeenteCode,
    bestanden: [],
    aantallen: {
      nieuw: 0,
      gewijzigd: 0,
      ongewijzigd: 0,
      nietMeerInBestand: 0,
      weerInBestand: 0,
      nieuweBesturen: 0,
      leerlingenNieuw: 0,
      leerlingenGewijzigd: 0,
      leerlingenOngewijzigd: 0,
      leerlingenZonderSchool: 0,
      wijkVolgensPostcode: 0,
    },
    nieuw: [],
    gewijzigd: [],
    nietMeerInBestand: [],
    nieuweBesturen: [],
    ingekort: false,
  };
}

function afsprakenLeeg(): AfsprakenVoorbeeld {
  return { bestand: '', blad: '', rijen: 0, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, waarschuwingen: [], wijzigingen: [], ingekort: false };
}
