// "Openen…" on a file a colleague has open (issue 7): nothing is opened, the answer says who has it
// since when, and offers read-only by a short-lived id that the main process keeps; the renderer
// never sends a path. Two real sessions on one file: the colleague's (with the lock note of another
// computer) and ours.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/api/registry';
import { DatabaseSessie } from '../../electron/db/sessie';
import { leesSlot, slotPad, standaardSlotOmgeving } from '../../electron/db/slot';
import { maakOmgeving } from '../../electron/omgeving';
import { dump } from '../helpers/db';

const teSluiten: DatabaseSessie[] = [];
afterEach(() => {
  while (teSluiten.length) teSluiten.pop()!.close();
});

/** Our own file and the shared one, which the colleague has open (from PC-0231) with a wijk in it. */
async function tweeSessies() {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-alleenlezen-'));
  const gedeeld = path.join(map, 'gedeeld.schoolinzet');
  const collega = await DatabaseSessie.open(gedeeld, {
    slotOmgeving: { ...standaardSlotOmgeving(), computer: 'PC-0231', gebruiker: 'j.jansen', pid: 4242, leeft: () => true },
  });
  teSluiten.push(collega);
  const collegaApi = maakOmgeving(collega, { gebruiker: 'j.jansen' });
  expect((await invoke('wijken.maak', { naam: 'Noord' }, collegaApi)).ok).toBe(true);

  const ik = await DatabaseSessie.open(path.join(map, 'eigen.schoolinzet'));
  teSluiten.push(ik);
  let gekozen: string | null = gedeeld;
  const omgeving = maakOmgeving(ik, { gebruiker: 'a.devries', kiesBestand: async () => gekozen });
  return { map, gedeeld, collega, collegaApi, ik, omgeving, kies: (pad: string | null) => (gekozen = pad) };
}

describe('Openen… when a colleague has the file open', () => {
  it('says who has it open, opens nothing, and opens it read-only by the kept id', async () => {
    const { gedeeld, collega, collegaApi, ik, omgeving } = await tweeSessies();
    const eigen = ik.dbPad();
    const slotVoor = fs.readFileSync(slotPad(gedeeld), 'utf8');

    const r = await invoke('bestand.openen', {}, omgeving);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({
      gewisseld: false,
      bestand: eigen,
      inGebruik: {
        door: 'j.jansen',
        computer: 'PC-0231',
        bestandsnaam: 'gedeeld.schoolinzet',
        melding: expect.stringMatching(/^Dit bestand is geopend door j\.jansen op PC-0231 sinds \d\d:\d\d\. Je kunt het alleen-lezen openen/),
        keuzeId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    });
    expect(Date.parse(r.data.inGebruik!.sinds)).not.toBeNaN();
    // The id is no path, and nothing in the answer lets the renderer name another file.
    expect(r.data.inGebruik!.keuzeId).not.toContain(path.sep);
    expect(ik.dbPad()).toBe(eigen);
    expect(ik.alleenLezen()).toBe(false);

    const ro = await invoke('bestand.openenAlleenLezen', { keuzeId: r.data.inGebruik!.keuzeId }, omgeving);
    expect(ro).toMatchObject({ ok: true, data: { gewisseld: true, bestand: gedeeld } });
    expect(ik.dbPad()).toBe(gedeeld);
    expect((await invoke('app.info', {}, omgeving)) as unknown).toMatchObject({ ok: true, data: { alleenLezen: true, bestandsnaam: 'gedeeld.schoolinzet' } });

    // We read what the colleague saved, also what they save later.
    expect(await invoke('wijken.lijst', {}, omgeving)).toMatchObject({ ok: true, data: [{ naam: 'Noord' }] });
    expect((await invoke('wijken.maak', { naam: 'Zuid' }, collegaApi)).ok).toBe(true);
    const lijst = await invoke('wijken.lijst', {}, omgeving);
    expect(lijst.ok && lijst.data.map((w) => w.naam).sort()).toEqual(['Noord', 'Zuid']);

    // We cannot write; the colleague's file and note stay exactly theirs.
    const voor = dump(collega.db());
    const schrijf = await invoke('wijken.maak', { naam: 'Oost' }, omgeving);
    expect(schrijf).toMatchObject({ ok: false, fout: { code: 'conflict', melding: expect.stringContaining('alleen-lezen') } });
    expect(dump(collega.db())).toEqual(voor);
    expect(fs.readFileSync(slotPad(gedeeld), 'utf8')).toBe(slotVoor);

    // Our own file was closed properly: its note is gone.
    expect(fs.existsSync(slotPad(eigen))).toBe(false);
    ik.close();
    expect(leesSlot(gedeeld)).toMatchObject({ gebruiker: 'j.jansen', computer: 'PC-0231' });
  });

  it('uses an id once only; an unknown or malformed id opens nothing', async () => {
    const { ik, omgeving } = await tweeSessies();
    const eigen = ik.dbPad();
    const r = await invoke('bestand.openen', {}, omgeving);
    const keuzeId = r.ok ? r.data.inGebruik!.keuzeId : '';
    expect((await invoke('bestand.openenAlleenLezen', { keuzeId }, omgeving)).ok).toBe(true);
    // Back to our own file, then the same id again.
    await ik.wissel(eigen);
    const opnieuw = await invoke('bestand.openenAlleenLezen', { keuzeId }, omgeving);
    expect(opnieuw).toMatchObject({ ok: false, fout: { code: 'niet-gevonden', melding: expect.stringContaining('Kies het bestand opnieuw') } });
    const onbekend = await invoke('bestand.openenAlleenLezen', { keuzeId: '3f2b8f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b' }, omgeving);
    expect(onbekend).toMatchObject({ ok: false, fout: { code: 'niet-gevonden' } });
    const pad = await invoke('bestand.openenAlleenLezen', { keuzeId: '/etc/passwd' } as never, omgeving);
    expect(pad).toMatchObject({ ok: false, fout: { code: 'ongeldige-invoer', velden: [{ veld: 'keuzeId' }] } });
    const metPad = await invoke('bestand.openenAlleenLezen', { keuzeId, pad: '/tmp/x.db' } as never, omgeving);
    expect(metPad).toMatchObject({ ok: false, fout: { code: 'ongeldige-invoer' } });
    expect(ik.dbPad()).toBe(eigen);
    expect(ik.alleenLezen()).toBe(false);
  });

  it('opens a free file as before, and a cancelled dialog changes nothing', async () => {
    const { map, ik, omgeving, kies } = await tweeSessies();
    const eigen = ik.dbPad();
    kies(null);
    expect(await invoke('bestand.openen', {}, omgeving)).toEqual({ ok: true, data: { gewisseld: false, bestand: eigen } });
    const vrij = path.join(map, 'vrij.schoolinzet');
    (await DatabaseSessie.open(vrij)).close();
    kies(vrij);
    expect(await invoke('bestand.openen', {}, omgeving)).toEqual({ ok: true, data: { gewisseld: true, bestand: vrij } });
    expect(ik.alleenLezen()).toBe(false);
    expect(leesSlot(vrij)?.pid).toBe(process.pid);
  });
});
