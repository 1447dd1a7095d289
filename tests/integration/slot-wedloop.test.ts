// Real processes race for the same lock note, many rounds: never two owners. Each round starts from
// a stale note (its program died), a note of 13 hours ago, an unreadable note or no note at all;
// four processes wait for the same moment and then all take the note.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseSessie } from '../../electron/db/sessie';
import { neemSlot, overnamePad, slotPad } from '../../electron/db/slot';
import { tmpDbPad } from '../helpers/db';

const SLOT_MODULE = path.resolve(__dirname, '../../electron/db/slot.ts');
const KIND = `
import readline from 'node:readline';
const { neemSlot } = await import(process.argv[2]);
const pad = process.argv[3];
readline.createInterface({ input: process.stdin }).on('line', (regel) => {
  const start = Number(regel);
  while (Date.now() < start) {} // all processes start at the same moment
  let antwoord;
  try {
    neemSlot(pad);
    antwoord = { pid: process.pid, uitkomst: 'eigenaar' };
  } catch (error) {
    antwoord = { pid: process.pid, uitkomst: error.name, melding: error.message };
  }
  process.stdout.write(JSON.stringify(antwoord) + '\\n');
});
process.stdout.write('{"klaar":true}\\n');
`;

interface Antwoord {
  pid: number;
  uitkomst: string;
  melding?: string;
}

const kinderen: ChildProcess[] = [];
afterAll(() => {
  for (const kind of kinderen) kind.kill('SIGKILL');
});

function start(script: string, pad: string): { kind: ChildProcess; volgende(): Promise<Antwoord> } {
  const kind = spawn(process.execPath, ['--import', 'tsx', script, SLOT_MODULE, pad], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  kinderen.push(kind);
  const wachtend: ((a: Antwoord) => void)[] = [];
  const klaar: Antwoord[] = [];
  readline.createInterface({ input: kind.stdout! }).on('line', (regel) => {
    const a = JSON.parse(regel) as Antwoord;
    const w = wachtend.shift();
    if (w) w(a);
    else klaar.push(a);
  });
  return { kind, volgende: () => (klaar.length ? Promise.resolve(klaar.shift()!) : new Promise((resolve) => wachtend.push(resolve))) };
}

/** The pid of a process that has ended: a note with it belongs to a program that is gone. */
function dodePid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

function note(pid: number, computer = os.hostname(), ververst = new Date()): string {
  const t = ververst.toISOString();
  return JSON.stringify({ app: 'Schoolinzet', computer, gebruiker: 'weg', pid, sinds: t, ververst: t });
}

describe('racing for the lock note', () => {
  it('four processes, many rounds: exactly one owns the note, the others are told who has it', async () => {
    const pad = tmpDbPad('gedeeld.db');
    const script = path.join(path.dirname(pad), 'kind.mjs');
    fs.writeFileSync(script, KIND);
    const processen = Array.from({ length: 4 }, () => start(script, pad));
    for (const p of processen) expect(await p.volgende()).toMatchObject({ klaar: true });

    const beginsituaties = [
      () => fs.writeFileSync(slotPad(pad), note(dodePid())),
      () => fs.writeFileSync(slotPad(pad), note(4242, 'PC-ELDERS', new Date(Date.now() - 13 * 3600_000))),
      () => fs.writeFileSync(slotPad(pad), 'geen json'),
      () => fs.rmSync(slotPad(pad), { force: true }),
    ];
    const rondes = 40;
    for (let ronde = 0; ronde < rondes; ronde++) {
      beginsituaties[ronde % beginsituaties.length]();
      const moment = Date.now() + 150;
      for (const p of processen) p.kind.stdin!.write(`${moment}\n`);
      const antwoorden = await Promise.all(processen.map((p) => p.volgende()));
      const eigenaren = antwoorden.filter((a) => a.uitkomst === 'eigenaar');
      expect(eigenaren, `ronde ${ronde}: ${JSON.stringify(antwoorden)}`).toHaveLength(1);
      for (const a of antwoorden.filter((x) => x.uitkomst !== 'eigenaar')) {
        expect(a).toMatchObject({
          uitkomst: 'BestandInGebruikFout',
          melding: expect.stringMatching(/^Dit bestand is geopend door .* Je kunt het alleen-lezen openen/),
        });
      }
      expect(JSON.parse(fs.readFileSync(slotPad(pad), 'utf8')).pid).toBe(eigenaren[0].pid);
      expect(fs.existsSync(overnamePad(pad))).toBe(false);
    }
    expect(fs.readdirSync(path.dirname(pad)).sort()).toEqual(['kind.mjs', `~$gedeeld.db.slot`]);
  }, 120_000);

  it('a takeover note left by a program that died during its takeover does not block the file', () => {
    const pad = tmpDbPad('gedeeld.db');
    fs.writeFileSync(slotPad(pad), note(dodePid()));
    fs.writeFileSync(overnamePad(pad), note(dodePid()));
    const slot = neemSlot(pad);
    expect(JSON.parse(fs.readFileSync(slotPad(pad), 'utf8')).pid).toBe(process.pid);
    expect(fs.existsSync(overnamePad(pad))).toBe(false);
    slot.vrijgeven();
  });

  it('a folder where the note belongs: a Dutch message, nothing opened', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    (await DatabaseSessie.open(pad)).close();
    fs.mkdirSync(slotPad(pad));
    await expect(DatabaseSessie.open(pad)).rejects.toThrow(/staat een map met de naam "~\$schoolinzet\.db\.slot".*Verwijder of hernoem die map/);
    expect(fs.statSync(slotPad(pad)).isDirectory()).toBe(true);
    // Read-only needs no note, so that still works.
    const ro = await DatabaseSessie.open(pad, { alleenLezen: true });
    expect(ro.alleenLezen()).toBe(true);
    ro.close();
  });
});
