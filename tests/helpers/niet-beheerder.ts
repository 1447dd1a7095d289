// Runs the CLI as a user without special rights. The tests run as root, and root may write
// everywhere, so file and folder modes only mean something for another user: `nobody` (uid 65534;
// setuid works for that number also where /etc/passwd has no entry for it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

export interface Gebruiker {
  uid?: number;
  gid?: number;
  /** A node binary this user may run (root's own may lie in a folder only root can enter). */
  node: string;
  /** A home folder of its own (the CLI's default data folder is never used: tests pass --db). */
  home: string;
}

let gebruiker: Gebruiker | null = null;

export function nietBeheerder(): Gebruiker {
  if (gebruiker) return gebruiker;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-nobody-'));
  fs.chmodSync(home, 0o777);
  if (process.getuid?.() !== 0) return (gebruiker = { node: process.execPath, home });
  const uid = 65534;
  const gid = 65534;
  let node = process.execPath;
  if (spawnSync(node, ['-e', '0'], { uid, gid }).status !== 0) {
    node = path.join(home, 'node');
    try {
      fs.linkSync(process.execPath, node);
    } catch {
      fs.copyFileSync(process.execPath, node);
    }
    fs.chmodSync(node, 0o755);
  }
  const proef = spawnSync(
    node,
    ['-e', `require('fs').accessSync(${JSON.stringify(path.join(REPO, 'bin', 'schoolinzet.mjs'))}, require('fs').constants.R_OK)`],
    { uid, gid },
  );
  if (proef.status !== 0) throw new Error(`De gebruiker nobody kan ${REPO} niet lezen; deze test heeft een map nodig die iedereen mag lezen.`);
  return (gebruiker = { uid, gid, node, home });
}

/** `schoolinzet ARGS` as that user: exit code, stdout and stderr. */
export function cliAlsNietBeheerder(...argv: string[]): { code: number | null; out: string; err: string } {
  const g = nietBeheerder();
  const r = spawnSync(g.node, [path.join(REPO, 'bin', 'schoolinzet.mjs'), ...argv], {
    uid: g.uid,
    gid: g.gid,
    cwd: g.home,
    env: { PATH: process.env.PATH ?? '', HOME: g.home, SCHOOLINZET_DATA: g.home, TMPDIR: g.home },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
