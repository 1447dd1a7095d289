import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseSessie } from '../../electron/db/sessie';
import { BestandInGebruikFout, leesSlot, neemSlot, slotPad, slotStatus, SLOT_VERLOOPT_NA_MS, type SlotOmgeving } from '../../electron/db/slot';
import { invoke, toFoutData } from '../../electron/api/registry';
import { maakOmgeving } from '../../electron/omgeving';
import { dump, tmpDbPad } from '../helpers/db';

const teSluiten: { close(): void }[] = [];
const kinderen: ChildProcess[] = [];
afterEach(() => {
  while (teSluiten.length) teSluiten.pop()!.close();
  while (kinderen.length) kinderen.pop()!.kill('SIGKILL');
});

/** A colleague: another computer (or another process here), with a clock we set. */
function iemand(deel: Partial<SlotOmgeving> = {}): SlotOmgeving {
  return { computer: 'PC-0231', gebruiker: 'j.jansen', pid: 4242, nu: () => new Date(2026, 10, 23, 14, 5), leeft: () => true, ...deel };
}
const ik = (deel: Partial<SlotOmgeving> = {}) => iemand({ computer: 'LAPTOP-17', gebruiker: 'a.devries', pid: process.pid, ...deel });

describe('the lock note', () => {
  it('is written on open and removed on close, beside the file', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    const sessie = await DatabaseSessie.open(pad);
    expect(slotPad(pad)).toBe(path.join(path.dirname(pad), '~$schoolinzet.db.slot'));
    expect(leesSlot(pad)).toMatchObject({ app: 'Schoolinzet', computer: os.hostname(), pid: process.pid });
    sessie.close();
    expect(fs.existsSync(slotPad(pad))).toBe(false);
  });

  it('stays while the same file is reopened (read-only, then writable again) and goes with the last close', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    const sessie = await DatabaseSessie.open(pad, { alleenLezen: false });
    await sessie.wissel(pad, { alleenLezen: true });
    expect(fs.existsSync(slotPad(pad))).toBe(false); // a reader keeps no note
    await sessie.wissel(pad);
    expect(sessie.alleenLezen()).toBe(false);
    await sessie.wissel(pad);
    expect(leesSlot(pad)?.pid).toBe(process.pid);
    sessie.close();
    expect(fs.existsSync(slotPad(pad))).toBe(false);
  });

  it('tells in Dutch who has the file open, and offers read-only', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    (await DatabaseSessie.open(pad)).close();
    neemSlot(pad, iemand());
    const poging = DatabaseSessie.open(pad, { slotOmgeving: ik({ nu: () => new Date(2026, 10, 23, 15, 30) }) });
    await expect(poging).rejects.toBeInstanceOf(BestandInGebruikFout);
    await expect(poging).rejects.toThrow('Dit bestand is geopend door j.jansen op PC-0231 sinds 14:05. Je kunt het alleen-lezen openen');
    const fout = await poging.catch((e) => e);
    expect(toFoutData(fout)).toMatchObject({ code: 'in-gebruik' });

    // Read-only works, leaves the colleague's note alone and refuses writes.
    const ro = await DatabaseSessie.open(pad, { alleenLezen: true, slotOmgeving: ik() });
    teSluiten.push(ro);
    expect(ro.alleenLezen()).toBe(true);
    const r = await invoke(
      'instellingen.opslaan',
      { gemeenteNaam: 'Zwolle', gemeenteCode: '0193', schooljaarStartMaand: 9, wekenPerSchooljaar: 40, standaardTarieven: {} },
      maakOmgeving(ro),
    );
    expect(r).toMatchObject({ ok: false, fout: { code: 'conflict' } });
    ro.close();
    expect(leesSlot(pad)).toMatchObject({ gebruiker: 'j.jansen' });
  });

  it('says the date as well when the file was opened on another day', () => {
    const pad = tmpDbPad('schoolinzet.db');
    neemSlot(pad, iemand({ nu: () => new Date(2026, 10, 20, 9, 0) }));
    const status = slotStatus(pad, ik({ nu: () => new Date(2026, 10, 20, 18, 0) }));
    expect(status).toMatchObject({ soort: 'bezet', melding: 'Dit bestand is geopend door j.jansen op PC-0231 sinds 09:00.' });
    const pad2 = tmpDbPad('avond.db');
    neemSlot(pad2, iemand({ nu: () => new Date(2026, 10, 20, 21, 30) }));
    const volgendeOchtend = slotStatus(pad2, ik({ nu: () => new Date(2026, 10, 21, 7, 0) }));
    expect(volgendeOchtend).toMatchObject({ soort: 'bezet', melding: 'Dit bestand is geopend door j.jansen op PC-0231 sinds 20-11-2026 21:30.' });
  });

  it('takes over a stale note: same computer and the program is gone, or not refreshed for 12 hours', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    neemSlot(pad, iemand({ computer: 'LAPTOP-17', pid: 999_999 }));
    expect(slotStatus(pad, ik({ leeft: () => false }))).toMatchObject({ soort: 'verlopen' });

    neemSlot(pad, iemand(), true);
    const over12uur = ik({ nu: () => new Date(new Date(2026, 10, 23, 14, 5).getTime() + SLOT_VERLOOPT_NA_MS + 60_000) });
    expect(slotStatus(pad, over12uur)).toMatchObject({ soort: 'verlopen' });
    const sessie = await DatabaseSessie.open(pad, { slotOmgeving: over12uur });
    expect(leesSlot(pad)).toMatchObject({ computer: 'LAPTOP-17', gebruiker: 'a.devries' });
    sessie.close();
    expect(fs.existsSync(slotPad(pad))).toBe(false);
  });

  it('treats an unreadable note as stale, and a refresh keeps a note alive', () => {
    const pad = tmpDbPad('schoolinzet.db');
    fs.writeFileSync(slotPad(pad), 'geen json');
    expect(slotStatus(pad, ik())).toMatchObject({ soort: 'verlopen' });
    let nu = new Date(2026, 10, 23, 8, 0);
    const slot = neemSlot(pad, iemand({ nu: () => nu }), true);
    nu = new Date(2026, 10, 23, 19, 0);
    slot.ververs();
    expect(slotStatus(pad, ik({ nu: () => new Date(2026, 10, 24, 6, 0) }))).toMatchObject({ soort: 'bezet' });
  });

  it('a real second process on this computer that has the file open keeps it; when it dies the note is taken over', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    (await DatabaseSessie.open(pad)).close();
    // The other process writes its own note (as DatabaseSessie would) and stays alive.
    const kind = spawn(
      process.execPath,
      [
        '-e',
        `
      const fs = require('fs'), os = require('os');
      const n = new Date().toISOString();
      fs.writeFileSync(${JSON.stringify(slotPad(pad))}, JSON.stringify({ app: 'Schoolinzet', computer: os.hostname(), gebruiker: 'collega', pid: process.pid, sinds: n, ververst: n }));
      console.log('klaar'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    kinderen.push(kind);
    await new Promise<void>((resolve) => kind.stdout!.once('data', () => resolve()));
    await expect(DatabaseSessie.open(pad)).rejects.toThrow(/geopend door collega op /);
    kind.kill('SIGKILL');
    await new Promise((resolve) => kind.once('exit', resolve));
    const sessie = await DatabaseSessie.open(pad);
    teSluiten.push(sessie);
    expect(leesSlot(pad)?.pid).toBe(process.pid);
  });
});

describe('a busy database', () => {
  it('waits, then says plainly that the file is busy, and nothing changed', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    const sessie = await DatabaseSessie.open(pad);
    teSluiten.push(sessie);
    const omgeving = maakOmgeving(sessie, { gebruiker: 'tester' });
    const voor = dump(sessie.db());
    // A second connection (another program) holds a write transaction.
    const ander = new Database(pad);
    ander.pragma('busy_timeout = 0');
    ander.exec('BEGIN IMMEDIATE');
    ander.prepare(`INSERT INTO wijken (naam) VALUES ('van de ander')`).run();
    // The app lets SQLite wait 5 s for a colleague's write before it gives up (no duration is
    // asserted here: the waiting is SQLite's busy_timeout); shorter in this test to keep it quick.
    expect(sessie.db().pragma('busy_timeout', { simple: true })).toBe(5000);
    sessie.db().pragma('busy_timeout = 300');
    const r = await invoke(
      'instellingen.opslaan',
      { gemeenteNaam: 'Zwolle', gemeenteCode: '0193', schooljaarStartMaand: 9, wekenPerSchooljaar: 40, standaardTarieven: {} },
      omgeving,
    );
    expect(r).toMatchObject({
      ok: false,
      fout: { code: 'conflict', melding: expect.stringMatching(/bezet door een ander programma of een collega.*niets veranderd/) },
    });
    ander.exec('ROLLBACK');
    ander.close();
    expect(dump(sessie.db())).toEqual(voor);
  });

  it('opens files on a network drive with the rollback journal instead of WAL', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    const netwerk = { platform: 'linux' as const, statfsType: () => 0xff534d42, echtPad: () => null, netUse: () => false };
    const sessie = await DatabaseSessie.open(pad, { netwerk });
    teSluiten.push(sessie);
    expect(sessie.db().pragma('journal_mode', { simple: true })).toBe('delete');
    expect(sessie.db().pragma('synchronous', { simple: true })).toBe(2); // FULL
    const lokaal = await DatabaseSessie.open(tmpDbPad('lokaal.db'));
    teSluiten.push(lokaal);
    expect(lokaal.db().pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
