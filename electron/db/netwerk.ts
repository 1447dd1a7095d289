// Is a database file on a network drive? SQLite's documentation: WAL needs shared memory between
// the processes that use the file, which network file systems do not offer, so there the app uses
// the rollback journal (OpenOptions.rollbackJournal). Main process / CLI only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What the check asks of the system; tests pass their own. */
export interface NetwerkSysteem {
  platform: NodeJS.Platform;
  /** fs.statfsSync(p).type (Linux: the file system's magic number). */
  statfsType(p: string): number | null;
  /** Windows: the UNC path behind a path, if the system resolves it to one (mapped drive). */
  echtPad(p: string): string | null;
  /** Windows: does `net use X:` know this drive letter as a network connection? */
  netUse(schijf: string): boolean;
}

/** Linux statfs magic numbers of network and cluster file systems. */
const NETWERK_FS = new Set([
  0x6969, // NFS
  0x517b, // SMB
  0xff534d42, // CIFS
  0xfe534d42, // SMB2
  0x5346414f, // AFS
  0x73757245, // Coda
  0x01021997, // 9P (also WSL's Windows drives)
  0x00c36400, // Ceph
  0x01161970, // GFS2
  0x7461636f, // OCFS2
  0x0bd00bd0, // Lustre
  0x65735546, // FUSE (sshfs, rclone…): treated as remote to be safe
]);

export const standaardSysteem: NetwerkSysteem = {
  platform: process.platform,
  statfsType(p) {
    try {
      return fs.statfsSync(p).type;
    } catch {
      return null;
    }
  },
  echtPad(p) {
    try {
      return fs.realpathSync.native(p);
    } catch {
      return null;
    }
  },
  netUse(schijf) {
    try {
      execFileSync('net', ['use', schijf], { stdio: 'ignore', timeout: 3000, windowsHide: true });
      return true; // exit code 0: a network connection with this drive letter exists
    } catch {
      return false;
    }
  },
};

/** `\\server\share\…` or `//server/share/…` (but not the local `\\?\C:\` or device `\\.\` forms). */
export function isUncPad(p: string): boolean {
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(p)) return true;
  return /^[\\/]{2}[^\\/?.][^\\/]*[\\/][^\\/]+/.test(p);
}

/** True when the file (or, for a new file, its folder) lies on a network location. */
export function isNetwerkPad(pad: string, systeem: NetwerkSysteem = standaardSysteem): boolean {
  if (pad === ':memory:') return false;
  if (isUncPad(pad)) return true;
  const bestaand = fs.existsSync(pad) ? pad : path.dirname(pad);
  if (systeem.platform === 'win32') {
    const echt = systeem.echtPad(bestaand);
    if (echt && isUncPad(echt)) return true;
    const schijf = /^([a-z]):/i.exec(path.win32.resolve(pad));
    return schijf ? systeem.netUse(`${schijf[1].toUpperCase()}:`) : false;
  }
  const type = systeem.statfsType(bestaand);
  return type !== null && NETWERK_FS.has(type >>> 0);
}
