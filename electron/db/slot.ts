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
  if (bestaat && fs.statSync(slotPad(dbPad)).isDirectory()) throw mapOpSlotplek(dbPad);
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

/** A folder stands where the note belongs (EISDIR): we cannot keep a note, so we do not open. */
function mapOpSlotplek(dbPad: string): DatabaseFout {
  const slot = slotPad(dbPad);
  return new DatabaseFout(
    `Naast ${path.basename(dbPad)} staat een map met de naam "${path.basename(slot)}", op de plek waar Schoolinzet bijhoudt wie het bestand open heeft. ` +
      `Verwijder of hernoem die map (in ${path.dirname(slot)}) en open het bestand opnieuw, of open het alleen-lezen.`,
    'niet-te-openen',
  );
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
    vervang(this.dbPad, this.info);
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

/** `~$schoolinzet.db.slot.overname`: held for the few milliseconds of a takeover (see neemSlot). */
export function overnamePad(dbPad: string): string {
  return `${slotPad(dbPad)}.overname`;
}

/** A takeover note older than this belongs to a program that died in the middle of a takeover. */
const OVERNAME_VERLATEN_NA_MS = 10_000;
/** How long we wait for another program's takeover before we give up (in steps of 10 ms). */
const OVERNAME_POGINGEN = 500;

/**
 * Takes the note for `dbPad`: free, our own, or stale → ours; someone else's → BestandInGebruikFout
 * (unless `overnemen`: the user said the other program is gone).
 *
 * Two programs may never both own the note, also when both find the same stale note at once:
 * - a free note is created with O_EXCL ('wx'): of two creators one gets EEXIST;
 * - a stale note is replaced only by the holder of a second note, the takeover note, itself taken
 *   with 'wx'. Holding it, we look at the note again (another program may have taken it over just
 *   before us; then it is alive and no longer stale) and only then replace it by an atomic rename.
 *   Every replacement happens under the takeover note, so the look and the replace cannot interleave
 *   with another program's.
 */
export function neemSlot(dbPad: string, omg: SlotOmgeving = standaardSlotOmgeving(), overnemen = false): Slot {
  const nu = omg.nu().toISOString();
  const info: SlotInfo = { app: 'Schoolinzet', computer: omg.computer, gebruiker: omg.gebruiker, pid: omg.pid, sinds: nu, ververst: nu };
  for (let poging = 0; ; poging++) {
    if (poging > OVERNAME_POGINGEN) {
      throw new DatabaseFout('Een ander programma opent dit bestand op dit moment. Probeer het over een paar seconden opnieuw.', 'niet-te-openen');
    }
    if (maakExclusief(slotPad(dbPad), info)) return new Slot(dbPad, info, omg);
    const status = slotStatus(dbPad, omg);
    if (status.soort === 'vrij') continue; // removed between our create and our look: create again
    if (status.soort === 'bezet' && !overnemen) throw new BestandInGebruikFout(status.slot, status.melding);
    if (status.soort === 'eigen') {
      vervang(dbPad, info); // this very process: nobody else can race us for it
      return new Slot(dbPad, info, omg);
    }
    if (!maakExclusief(overnamePad(dbPad), info)) {
      // Another program is taking it over right now; when it is done, the note is alive (bezet).
      ruimVerlatenOvernameOp(dbPad, omg);
      slaap(10);
      continue;
    }
    try {
      const opnieuw = slotStatus(dbPad, omg);
      if (opnieuw.soort === 'vrij') continue; // the owner closed it: create it exclusively
      if (opnieuw.soort === 'bezet' && !(overnemen && zelfdeSlot(opnieuw.slot, status.slot))) {
        // Someone took it over between our two looks ("overnemen" was about the earlier note).
        throw new BestandInGebruikFout(opnieuw.slot, opnieuw.melding);
      }
      vervang(dbPad, info);
      return new Slot(dbPad, info, omg);
    } finally {
      fs.rmSync(overnamePad(dbPad), { force: true });
    }
  }
}

/**
 * Creates the file only if it does not exist; false when it does. The note is written whole to a
 * temporary file first and then hard-linked into place (link fails with EEXIST like O_EXCL): a note
 * created with 'wx' and written afterwards is empty for a moment, and another program that reads it
 * then sees an unreadable, stale note and takes it over, so both would own it. Where the file system
 * has no hard links (some network drives), 'wx' is the fallback.
 */
function maakExclusief(pad: string, info: SlotInfo): boolean {
  const inhoud = JSON.stringify(info, null, 2);
  const tijdelijk = `${pad}.${process.pid}.nieuw`;
  try {
    fs.writeFileSync(tijdelijk, inhoud);
    try {
      fs.linkSync(tijdelijk, pad);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    }
  } finally {
    fs.rmSync(tijdelijk, { force: true });
  }
  try {
    fs.writeFileSync(pad, inhoud, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Writes the note whole to a temporary file and renames it over the old one (never half a note). */
function vervang(dbPad: string, info: SlotInfo): void {
  const tijdelijk = `${slotPad(dbPad)}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tijdelijk, JSON.stringify(info, null, 2));
    fs.renameSync(tijdelijk, slotPad(dbPad));
  } catch (error) {
    fs.rmSync(tijdelijk, { force: true });
    throw error;
  }
}

/**
 * A takeover note of a program that died during its takeover (its process is gone, or the note is
 * old) would block every open. It is moved away under a name of our own, and put back if what we
 * moved turns out to be a fresh takeover note of someone else.
 */
function ruimVerlatenOvernameOp(dbPad: string, omg: SlotOmgeving): void {
  const pad = overnamePad(dbPad);
  let gezien: string;
  let leeftijd: number;
  try {
    gezien = fs.readFileSync(pad, 'utf8');
    leeftijd = omg.nu().getTime() - fs.statSync(pad).mtimeMs;
  } catch {
    return; // already gone
  }
  let eigenaar: Partial<SlotInfo> = {};
  try {
    eigenaar = JSON.parse(gezien) as Partial<SlotInfo>;
  } catch {
    // half written or foreign: only its age counts
  }
  const zelfdeComputer = typeof eigenaar.computer === 'string' && eigenaar.computer.toLowerCase() === omg.computer.toLowerCase();
  const dood = zelfdeComputer && typeof eigenaar.pid === 'number' && !omg.leeft(eigenaar.pid);
  if (!dood && leeftijd < OVERNAME_VERLATEN_NA_MS) return;
  const weg = `${pad}.${omg.pid}.weg`;
  try {
    fs.renameSync(pad, weg);
  } catch {
    return; // someone else cleaned it up
  }
  if (fs.readFileSync(weg, 'utf8') !== gezien) {
    try {
      fs.linkSync(weg, pad); // a fresh one after all: back in its place (never over another)
    } catch {
      // a third program made a new one meanwhile; that one stays
    }
  }
  fs.rmSync(weg, { force: true });
}

function zelfdeSlot(a: SlotInfo, b: SlotInfo): boolean {
  return a.computer === b.computer && a.pid === b.pid && a.sinds === b.sinds;
}

function slaap(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function twee(n: number): string {
  return String(n).padStart(2, '0');
}
