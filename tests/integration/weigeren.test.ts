// Files the app must refuse, with a clear Dutch message, and leave byte-for-byte as they were.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseFout, openDatabase } from '../../electron/db/open';
import { DatabaseSessie } from '../../electron/db/sessie';
import { maakOmgeving } from '../../electron/omgeving';
import { invoke } from '../../electron/api/registry';
import { dump, tmpDbPad } from '../helpers/db';

/** A real Schoolinzet file with some rows, checkpointed into one file. */
async function echtBestand(naam = 'zwolle.db'): Promise<string> {
  const pad = tmpDbPad(naam);
  const { db } = await openDatabase(pad);
  const insert = db.prepare('INSERT INTO wijken (naam, omschrijving) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`Wijk ${i}`, 'x'.repeat(200));
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return pad;
}

/** Everything in the folder, with contents: a refused open must not add, remove or change a file. */
function map(pad: string): Record<string, string> {
  const dir = path.dirname(pad);
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]));
}

async function geweigerd(pad: string, verwacht: RegExp, code: DatabaseFout['code']) {
  const voor = map(pad);
  for (const open of [() => openDatabase(pad), () => DatabaseSessie.open(pad)]) {
    const fout = await open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(fout).toBeInstanceOf(DatabaseFout);
    expect((fout as DatabaseFout).code).toBe(code);
    expect((fout as Error).message).toMatch(verwacht);
    expect((fout as Error).message).toMatch(/Er is niets aan veranderd/);
    expect(map(pad)).toEqual(voor);
  }
}

describe('refused files', () => {
  it('a file cut off in the middle of a page (a copy that did not finish)', async () => {
    const pad = await echtBestand();
    const grootte = fs.statSync(pad).size;
    fs.truncateSync(pad, Math.floor(grootte / 2) + 1000);
    await geweigerd(pad, /zwolle\.db is beschadigd/, 'beschadigd');
  });

  it('a file with garbage written over pages in the middle', async () => {
    const pad = await echtBestand();
    const fd = fs.openSync(pad, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096 * 4 + 100);
    fs.closeSync(fd);
    await geweigerd(
      pad,
      /^zwolle\.db is beschadigd en kan niet worden geopend \(de controle van SQLite vond fouten in het bestand\)\. Er is niets aan veranderd; herstel een reservekopie via Instellingen\.$/,
      'beschadigd',
    );
  });

  it('a file whose header is damaged', async () => {
    const pad = await echtBestand();
    const fd = fs.openSync(pad, 'r+');
    fs.writeSync(fd, Buffer.from('Dit is geen SQLite'), 0, 16, 0);
    fs.closeSync(fd);
    await geweigerd(pad, /geen Schoolinzet-database/, 'geen-schoolinzet');
  });

  it('an Excel workbook renamed to .db, and a text file', async () => {
    const xlsx = tmpDbPad('afspraken.db');
    // The start of a real .xlsx: a zip archive.
    fs.writeFileSync(xlsx, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(8192, 7)]));
    await geweigerd(xlsx, /afspraken\.db is geen Schoolinzet-database/, 'geen-schoolinzet');
    const tekst = tmpDbPad('lijst.db');
    fs.writeFileSync(tekst, 'school;uren\n20CF01;4\n'.repeat(500));
    await geweigerd(tekst, /geen Schoolinzet-database/, 'geen-schoolinzet');
  });

  it("another program's SQLite database", async () => {
    const pad = tmpDbPad('ander.db');
    const raw = new Database(pad);
    raw.exec('CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)');
    raw.close();
    await geweigerd(pad, /ander\.db is geen Schoolinzet-database/, 'geen-schoolinzet');
  });

  it('a file made by a newer version of Schoolinzet', async () => {
    const pad = await echtBestand();
    const raw = new Database(pad);
    raw.prepare('INSERT INTO schema_migrations (id, toegepast_op) VALUES (?, ?)').run('999_toekomst', 'later');
    raw.close();
    await geweigerd(pad, /nieuwere versie van Schoolinzet/, 'nieuwere-versie');
  });

  it('through "Openen…": the Dutch message reaches the screen and the open file stays as it was', async () => {
    const huidig = await echtBestand('huidig.db');
    const kapot = await echtBestand('kapot.db');
    fs.truncateSync(kapot, Math.floor(fs.statSync(kapot).size / 3));
    const voorKapot = fs.readFileSync(kapot);
    const sessie = await DatabaseSessie.open(huidig);
    const omgeving = maakOmgeving(sessie, { gebruiker: 'tester', kiesBestand: async () => kapot });
    const voor = dump(sessie.db());
    const r = await invoke('bestand.openen', {}, omgeving);
    expect(r).toMatchObject({ ok: false, fout: { code: 'bestand', melding: expect.stringMatching(/kapot\.db is beschadigd/) } });
    expect(sessie.dbPad()).toBe(huidig);
    expect(dump(sessie.db())).toEqual(voor);
    expect(fs.readFileSync(kapot).equals(voorKapot)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(kapot), '~$kapot.db.slot'))).toBe(false);
    sessie.close();
  });
});
