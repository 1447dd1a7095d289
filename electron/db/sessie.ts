import fs from 'node:fs';
import path from 'node:path';
import { DatabaseFout, openDatabase, type Db, type OpenOptions } from './open';
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
  slot: Slot | null;
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

  /** Opens the other file first; only when that worked is the current one closed. */
  async wissel(pad: string, opties: SessieOpties = {}): Promise<void> {
    const basis: SessieOpties = { ...this.opties, readonly: undefined, alleenLezen: undefined, slotOvernemen: undefined, rollbackJournal: undefined };
    const nieuw = await openGeopend(pad, { ...basis, ...opties });
    const zelfdeBestand = path.resolve(pad) === path.resolve(this.huidig.pad);
    // Reopening the same file (e.g. read-only → writable): the new note is ours; do not remove it.
    if (zelfdeBestand && nieuw.slot) {
      if (this.huidig.db.open) this.huidig.db.close();
      this.huidig.slot?.stop();
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
  const readonly = Boolean(opties.readonly || opties.alleenLezen);
  const geheugen = pad === ':memory:';
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
      throw error;
    }
  }
  try {
    const { db } = await openDatabase(pad, { ...opties, readonly, rollbackJournal });
    slot?.startVerversen();
    return { db, pad, readonly, slot };
  } catch (error) {
    slot?.vrijgeven();
    throw error;
  }
}

function sluit(geopend: Geopend): void {
  if (geopend.db.open) geopend.db.close();
  geopend.slot?.vrijgeven();
}
