// The lock note (slotbestand) beside an open database, as office programs keep one: it tells a
// colleague who opens the same file (on a shared drive) who has it open, so they can open it
// read-only instead of both writing. SQLite's own locks still guard every single write; the note
// is about people, not pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseFout } from './open';
import { gebruikersnaam } from '../paden';

export interface SlotInfo {
  app: 'Schoolinzet';
  computer: string;
  gebruiker: string;
  pid: number;
  /** When the file was opened (ISO). */
  sinds: string;
  /** Last sign of life (ISO); refreshed while the file is open. */
  ververst: string;
}

/** Who we are and what the clock says; tests pass their own. */
export interface SlotOmgeving {
  computer: string;
  gebruiker: string;
  pid: number;
  nu(): Date;
  /** Does a process with this id run on this computer? */
  leeft(pid: number): boolean;
}

/** A note not refreshed for this long belongs to a program that did not close properly. */
export const SLOT_VERLOOPT_NA_MS = 12 * 60 * 60 * 1000;
/** How often an open file's note is refreshed. */
export const SLOT_VERVERS_MS = 30 * 60 * 1000;

export function standaardSlotOmgeving(): SlotOmgeving {
  return {
    computer: os.hostname(),
    gebruiker: gebruikersnaam(),
    pid: process.pid,
    nu: () => new Date(),
    leeft(pid) {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but not ours to signal
      }
    },
  };
}

/** `~$schoolinzet.db.slot` beside `schoolinzet.db`. */
export function slotPad(dbPad: string): string {
  const volledig = path.resolve(dbPad);
  return path.join(path.dirname(volledig), `~$${path.basename(volledig)}.slot`);
}

export function leesSlot(dbPad: string): SlotInfo | null {
  try {
    const data = JSON.parse(fs.readFileSync(slotPad(dbPad), 'utf8')) as Partial<SlotInfo>;
    if (typeof data.computer !== 'string' || typeof data.gebruiker !== 'string' || typeof data.pid !== 'number') return null;
    if (typeof data.sinds !== 'string' || typeof data.ververst !== 'string') return null;
    return data as SlotInfo;
  } catch {
    return null;
  }
}

export type SlotStatus =
  | { soort: 'vrij' }
  | { soort: 'eigen'; slot: SlotInfo }
  /** A note left by a program that is gone (same computer, dead process; or not refreshed for 12 hours). */
  | { soort: 'verlopen'; slot: SlotInfo }
  | { soort: 'bezet'; slot: SlotInfo; melding: string };

export function slotStatus(dbPad: string, omg: SlotOmgeving = standaardSlotOmgeving()): SlotStatus {
  const bestaat = fs.existsSync(slotPad(dbPad));
  const slot = leesSlot(dbPad);
  if (!bestaat) return { soort: 'vrij' };
  if (!slot) return { soort: 'verlopen', slot: { app: 'Schoolinzet', computer: '?', gebruiker: '?', pid: 0, sinds: '', ververst: '' } };
  const zelfdeComputer = slot.computer.toLowerCase() === omg.computer.toLowerCase();
  if (zelfdeComputer && slot.pid === omg.pid) return { soort: 'eigen', slot };
  if (zelfdeComputer && !omg.leeft(slot.pid)) return { soort: 'verlopen', slot };
  const ververst = Date.parse(slot.ververst);
  if (!Number.isFinite(ververst) || omg.nu().getTime() - ververst > SLOT_VERLOOPT_NA_MS) return { soort: 'verlopen', slot };
  return { soort: 'bezet', slot, melding: bezetMelding(slot, omg.nu()) };
}

/** "Dit bestand is geopend door j.jansen op PC-0231 sinds 14:05." (with the date when not today). */
export function bezetMelding(slot: SlotInfo, nu: Date): string {
  const sinds = new Date(slot.sinds);
  const tijd = `${twee(sinds.getHours())}:${twee(sinds.getMinutes())}`;
  const zelfdeDag = sinds.toDateString() === nu.toDateString();
  const wanneer = zelfdeDag ? tijd : `${twee(sinds.getDate())}-${twee(sinds.getMonth() + 1)}-${sinds.getFullYear()} ${tijd}`;
  return `Dit bestand is geopend door ${slot.gebruiker} op ${slot.computer} sinds ${wanneer}.`;
}

/** Someone else has the file open; the message says who, and that read-only is possible. */
export class BestandInGebruikFout extends DatabaseFout {
  constructor(
    readonly slot: SlotInfo,
    melding: string,
  ) {
    super(`${melding} Je kunt het alleen-lezen openen; wijzigingen opslaan kan dan niet.`, 'niet-te-openen');
    this.name = 'BestandInGebruikFout';
  }
}

/** The note of a file we have open. */
export class Slot {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly dbPad: string,
    private info: SlotInfo,
    private readonly omg: SlotOmgeving,
  ) {}

  /** Refreshes the note now and then (an unref'd timer: it never keeps the process alive). */
  startVerversen(elke = SLOT_VERVERS_MS): void {
    this.timer = setInterval(() => this.ververs(), elke);
    this.timer.unref();
  }

  ververs(): void {
    const huidig = leesSlot(this.dbPad);
    if (!huidig || huidig.pid !== this.info.pid || huidig.computer !== this.info.computer) return; // taken over
    this.info = { ...this.info, ververst: this.omg.nu().toISOString() };
    schrijf(this.dbPad, this.info, false);
  }

  /** Stops refreshing (the note stays: a new open of the same file took it over). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Removes the note, but only while it is still ours. */
  vrijgeven(): void {
    this.stop();
    const huidig = leesSlot(this.dbPad);
    if (huidig && huidig.pid === this.info.pid && huidig.computer === this.info.computer) fs.rmSync(slotPad(this.dbPad), { force: true });
  }
}

/**
 * Takes the note for `dbPad`: free, our own, or stale → ours; someone else's → BestandInGebruikFout
 * (unless `overnemen`: the user said the other program is gone).
 */
export function neemSlot(dbPad: string, omg: SlotOmgeving = standaardSlotOmgeving(), overnemen = false): Slot {
  const status = slotStatus(dbPad, omg);
  if (status.soort === 'bezet' && !overnemen) throw new BestandInGebruikFout(status.slot, status.melding);
  const nu = omg.nu().toISOString();
  const info: SlotInfo = { app: 'Schoolinzet', computer: omg.computer, gebruiker: omg.gebruiker, pid: omg.pid, sinds: nu, ververst: nu };
  if (status.soort === 'vrij') {
    try {
      schrijf(dbPad, info, true);
    } catch (error) {
      // Someone created the note between our look and our write: look again.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return neemSlot(dbPad, omg, overnemen);
      throw error;
    }
  } else {
    schrijf(dbPad, info, false);
  }
  return new Slot(dbPad, info, omg);
}

function schrijf(dbPad: string, info: SlotInfo, exclusief: boolean): void {
  fs.writeFileSync(slotPad(dbPad), JSON.stringify(info, null, 2), { flag: exclusief ? 'wx' : 'w' });
}

function twee(n: number): string {
  return String(n).padStart(2, '0');
}
