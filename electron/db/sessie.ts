import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlleenLezenMapFout, DatabaseFout, openDatabase, type Db, type OpenOptions } from './open';
import { ruimHerstelRestenOp } from './backups';
import { omgevingsFout } from './bestandsreden';
import { isNetwerkPad, type NetwerkSysteem } from './netwerk';
import { neemSlot, standaardSlotOmgeving, type Slot, type SlotOmgeving } from './slot';

export interface SessieOpties extends OpenOptions {
  /** Open without writing: no lock note, no migrations; what the user picks when a colleague has the file. */
  alleenLezen?: boolean;
  /** Take over a colleague's lock note (the user says that program is gone). */
  slotOvernemen?: boolean;
  /** For tests: who we are (lock note) and what the system says about network drives. */
  slotOmgeving?: SlotOmgeving;
  netwerk?: NetwerkSysteem;
}

interface Geopend {
  db: Db;
  pad: string;
  readonly: boolean;
  /** Why the file is read-only although the user did not ask for it (no right to write); else null. */
  reden: string | null;
  slot: Slot | null;
  /** The temp folder of a read-only copy (openKopie), removed on close; else null. */
  kopieMap: string | null;
}

/**
 * Why the user cannot change this existing file: the file itself, or its folder (SQLite writes its
 * journal, WAL and the lock note there), is not writable for them. null when both are.
 */
export function nietSchrijfbaarReden(pad: string): string | null {
  const volledig = path.resolve(pad);
  const map = path.dirname(volledig);
  const naam = path.basename(volledig);
  if (!magSchrijven(volledig)) {
    return `Je mag ${naam} niet wijzigen (het bestand is alleen-lezen, of van iemand anders). Schoolinzet heeft het daarom alleen-lezen geopend. Vraag schrijfrechten, of sla een kopie op in een map waar je mag schrijven.`;
  }
  if (!magSchrijven(map)) {
    return `Je mag niet schrijven in de map ${map}. Schoolinzet heeft ${naam} daarom alleen-lezen geopend. Vraag schrijfrechten op de map, of kopieer het bestand naar een map waar je mag schrijven.`;
  }
  return null;
}

function magSchrijven(pad: string): boolean {
  try {
    fs.accessSync(pad, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database file that is open right now; the app can switch to another one. Opening for
 * writing takes the lock note beside the file (refused while a colleague has it open) and uses the
 * rollback journal instead of WAL on a network drive.
 */
export class DatabaseSessie {
  private constructor(
    private huidig: Geopend,
    private readonly opties: SessieOpties,
  ) {}

  static async open(pad: string, opties: SessieOpties = {}): Promise<DatabaseSessie> {
    return new DatabaseSessie(await openGeopend(pad, opties), opties);
  }

  db(): Db {
    return this.huidig.db;
  }

  dbPad(): string {
    return this.huidig.pad;
  }

  alleenLezen(): boolean {
    return this.huidig.readonly;
  }

  /** Why the file opened read-only without being asked (see nietSchrijfbaarReden); else null. */
  alleenLezenReden(): string | null {
    return this.huidig.reden;
  }

  /** Opens the other file first; only when that worked is the current one closed. */
  async wissel(pad: string, opties: SessieOpties = {}): Promise<void> {
    const basis: SessieOpties = { ...this.opties, readonly: undefined, alleenLezen: undefined, slotOvernemen: undefined, rollbackJournal: undefined };
    const nieuw = await openGeopend(pad, { ...basis, ...opties });
    const zelfdeBestand = path.resolve(pad) === path.resolve(this.huidig.pad);
    // Reopening the same file (e.g. read-only → writable): the new note is ours; do not remove it.
    if (zelfdeBestand && nieuw.slot) {
      if (this.huidig.db.open) this.huidig.db.close();
      this.huidig.slot?.stop();
      if (this.huidig.kopieMap) fs.rmSync(this.huidig.kopieMap, { recursive: true, force: true });
    } else {
      sluit(this.huidig);
    }
    this.huidig = nieuw;
  }

  close(): void {
    sluit(this.huidig);
  }
}

async function openGeopend(pad: string, opties: SessieOpties): Promise<Geopend> {
  const geheugen = pad === ':memory:';
  // First of all, before a lock note or a backup is made: may the user write here at all? If not,
  // the file opens read-only and the reason says why (instead of an English SQLite error at the
  // first save, after a backup was already attempted).
  const reden = !geheugen && !opties.readonly && !opties.alleenLezen && fs.existsSync(pad) ? nietSchrijfbaarReden(pad) : null;
  const readonly = Boolean(opties.readonly || opties.alleenLezen || reden);
  const rollbackJournal = opties.rollbackJournal ?? (!geheugen && isNetwerkPad(pad, opties.netwerk));
  let slot: Slot | null = null;
  if (!readonly && !geheugen) {
    try {
      // A new file in a new folder: the folder must exist before the note can lie in it.
      if (!fs.existsSync(pad)) fs.mkdirSync(path.dirname(path.resolve(pad)), { recursive: true });
      slot = neemSlot(pad, opties.slotOmgeving ?? standaardSlotOmgeving(), opties.slotOvernemen);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT') {
        const map = path.dirname(path.resolve(pad));
        throw new DatabaseFout(
          fs.existsSync(map)
            ? `In de map ${map} kan Schoolinzet niet schrijven. Open het bestand alleen-lezen, of kies een map waar je mag schrijven.`
            : `De map ${map} bestaat niet.`,
          'niet-te-openen',
        );
      }
      const omgeving = error instanceof DatabaseFout ? null : omgevingsFout(error);
      if (omgeving) throw new DatabaseFout(`${path.basename(pad)} kan niet worden geopend. ${omgeving.melding}`, 'niet-te-openen');
      throw error;
    }
  }
  try {
    const { db } = await openDatabase(pad, { ...opties, readonly, rollbackJournal });
    // Ours to write now (lock note taken): what a crashed restore left beside the file goes.
    if (slot) ruimHerstelRestenOp(pad);
    slot?.startVerversen();
    return { db, pad, readonly, reden, slot, kopieMap: null };
  } catch (error) {
    slot?.vrijgeven();
    if (error instanceof AlleenLezenMapFout && readonly) return openKopie(pad, opties);
    if (reden && error instanceof DatabaseFout && !(error instanceof AlleenLezenMapFout)) throw new DatabaseFout(`${reden} ${error.message}`, error.code);
    throw error;
  }
}

function sluit(geopend: Geopend): void {
  if (geopend.db.open) geopend.db.close();
  geopend.slot?.vrijgeven();
  if (geopend.kopieMap) fs.rmSync(geopend.kopieMap, { recursive: true, force: true });
}

const KOPIE_VOORVOEGSEL = 'schoolinzet-kopie-';

/**
 * Copies left by a program that ended without closing them (a crash, a kill): their folder names
 * the process that made them; a process that is gone has no use for its copy.
 */
function ruimOudeKopieenOp(): void {
  const tmp = os.tmpdir();
  const leeft = standaardSlotOmgeving().leeft;
  let namen: string[];
  try {
    namen = fs.readdirSync(tmp);
  } catch {
    return;
  }
  for (const naam of namen) {
    const pid = naam.startsWith(KOPIE_VOORVOEGSEL) ? Number(/^(\d+)-/.exec(naam.slice(KOPIE_VOORVOEGSEL.length))?.[1]) : NaN;
    if (!Number.isInteger(pid) || pid === process.pid || leeft(pid)) continue;
    try {
      fs.rmSync(path.join(tmp, naam), { recursive: true, force: true });
    } catch {
      // Someone else's (another user's) copy, or gone already: tidying up never stops an open.
    }
  }
}

/**
 * A database in WAL mode in a folder the user cannot write, without its -shm file: SQLite cannot
 * read it there (it must make that helper file beside it). A copy of the file and its -wal in a
 * temp folder can be read, with everything the WAL holds; the user is told it is a read-only copy
 * of this moment. Copied again when the file or its WAL changed while copying (a colleague who may
 * write there saved), so the copy is one state; removed when the session closes it.
 */
async function openKopie(pad: string, opties: SessieOpties): Promise<Geopend> {
  const naam = path.basename(pad);
  const wal = `${pad}-wal`;
  ruimOudeKopieenOp();
  const map = fs.mkdtempSync(path.join(os.tmpdir(), `${KOPIE_VOORVOEGSEL}${process.pid}-`));
  const kopie = path.join(map, naam);
  const stand = () => [pad, wal].map((p) => (fs.existsSync(p) ? `${fs.statSync(p).size}:${fs.statSync(p).mtimeMs}` : '-')).join('|');
  try {
    for (let poging = 0; ; poging++) {
      const voor = stand();
      fs.copyFileSync(pad, kopie);
      fs.rmSync(`${kopie}-wal`, { force: true });
      if (fs.existsSync(wal)) fs.copyFileSync(wal, `${kopie}-wal`);
      if (stand() === voor || poging === 2) break;
    }
    // Before SQLite opens it: reading makes its own -wal and -shm beside the copy.
    const metWal = fs.existsSync(`${kopie}-wal`);
    const { db } = await openDatabase(kopie, { ...opties, readonly: true, rollbackJournal: false });
    const reden =
      `Je mag niet schrijven in de map ${path.dirname(path.resolve(pad))}, en SQLite kan ${naam} daar niet lezen zonder een hulpbestand (${naam}-shm) te maken. ` +
      `Schoolinzet heeft daarom een kopie van ${naam}${metWal ? ` (met ${naam}-wal)` : ''} alleen-lezen geopend: je ziet alles wat er nu in staat, maar niet wat een collega hierna opslaat. ` +
      'Open het bestand opnieuw om de nieuwste stand te zien.';
    return { db, pad, readonly: true, reden, slot: null, kopieMap: map };
  } catch (error) {
    fs.rmSync(map, { recursive: true, force: true });
    const omgeving = error instanceof DatabaseFout ? null : omgevingsFout(error);
    if (omgeving)
      throw new DatabaseFout(`${naam} kan niet worden gelezen: de map is alleen-lezen en een kopie maken lukt niet. ${omgeving.melding}`, 'niet-te-openen');
    throw error;
  }
}
