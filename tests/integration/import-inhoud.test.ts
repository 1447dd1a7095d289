// A dropped file arrives as bytes (base64) and a name, and goes through the same preview and
// execution as a file picked in the dialog; names, sizes and encodings are checked first.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseSessie } from '../../electron/db/sessie';
import { maakOmgeving } from '../../electron/omgeving';
import { invoke } from '../../electron/api/registry';
import { MAX_SLEEP_BESTAND, soortVanBestand } from '../../electron/api/invoer/importeren';
import { dump, testOmgevingMetAanbieders, type Call } from '../helpers/db';
import { DUO_MAP, goedeRij, maakBlad, PO_ZWOLLE } from '../helpers/afspraken-blad';
import type { Db } from '../../electron/db/open';

const b64 = (b: Buffer) => b.toString('base64');
const po = fs.readFileSync(path.join(DUO_MAP, PO_ZWOLLE));

let db: Db;
let call: Call;
beforeEach(async () => {
  ({ db, call } = await testOmgevingMetAanbieders());
});

describe('import.duoVoorbeeldInhoud', () => {
  it('geeft hetzelfde voorbeeld als de dialoog, en importeert daarna via het id', async () => {
    const gesleept = await call('import.duoVoorbeeldInhoud', { bestanden: [{ naam: PO_ZWOLLE, inhoudBase64: b64(po) }], gemeenteCode: '0193' });
    if (!gesleept.ok) throw new Error(gesleept.fout.melding);
    expect(gesleept.data.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(gesleept.data.aantallen.nieuw).toBe(45);

    // The dialog variant on a second database, with the same file picked.
    const sessie = await DatabaseSessie.open(':memory:');
    const omgeving = maakOmgeving(sessie, { gebruiker: 'tester', kiesBestand: async () => path.join(DUO_MAP, PO_ZWOLLE) });
    const gekozen = await invoke('import.duoVoorbeeld', { gemeenteCode: '0193' }, omgeving);
    if (!gekozen.ok) throw new Error(gekozen.fout.melding);
    const { id: _a, ...viaSlepen } = gesleept.data;
    const { id: _b, ...viaDialoog } = gekozen.data;
    expect(viaSlepen).toEqual(viaDialoog);
    sessie.close();

    expect(db.prepare('SELECT count(*) AS n FROM scholen').get()).toEqual({ n: 0 });
    const uit = await call('import.duoUitvoeren', { id: gesleept.data.id });
    expect(uit.ok && uit.data.samenvatting).toContain(`${gesleept.data.aantallen.nieuw} nieuwe`);
    expect(db.prepare('SELECT count(*) AS n FROM scholen').get()).toEqual({ n: gesleept.data.aantallen.nieuw });
  });

  it.each([
    [{ bestanden: [{ naam: '../../etc/passwd.csv', inhoudBase64: 'YQ==' }] }, 'zonder map'],
    [{ bestanden: [{ naam: 'C:\\Users\\a\\scholen.csv', inhoudBase64: 'YQ==' }] }, 'zonder map'],
    [{ bestanden: [{ naam: 'scholen.exe', inhoudBase64: 'YQ==' }] }, '.csv- of .txt'],
    [{ bestanden: [{ naam: 'Afspraken.xlsx', inhoudBase64: 'YQ==' }] }, '.csv- of .txt'],
    [{ bestanden: [{ naam: `${'a'.repeat(256)}.csv`, inhoudBase64: 'YQ==' }] }, '255 tekens'],
    [{ bestanden: [{ naam: 'a.csv', inhoudBase64: 'niet base64!' }] }, 'base64'],
    [{ bestanden: [{ naam: 'a.csv', inhoudBase64: 'A'.repeat(Math.ceil(MAX_SLEEP_BESTAND / 3) * 4 + 4) }] }, '50 MB'],
    [{ bestanden: Array.from({ length: 21 }, (_, i) => ({ naam: `${i}.csv`, inhoudBase64: 'YQ==' })) }, 'hoogstens 20'],
    [{ bestanden: [] }, 'minstens één'],
    [{ bestanden: [{ naam: 'a.csv', inhoudBase64: 'YQ==', pad: '/etc/passwd' }] }, ''],
  ])('weigert %# in het Nederlands en verandert niets', async (input, woorden) => {
    const voor = dump(db);
    const r = await call('import.duoVoorbeeldInhoud', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fout.code).toBe('ongeldige-invoer');
    expect([r.fout.melding, ...r.fout.velden.map((v) => v.melding)].join(' ')).toContain(woorden);
    expect(dump(db)).toEqual(voor);
  });

  it('een bestand dat geen DUO-bestand is, noemt het bestand', async () => {
    const r = await call('import.duoVoorbeeldInhoud', {
      bestanden: [{ naam: 'boodschappen.csv', inhoudBase64: b64(Buffer.from('melk;brood\n1;2\n')) }],
      alle: true,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fout.melding).toContain('boodschappen.csv');
  });
});

describe('import.afsprakenVoorbeeldInhoud', () => {
  it('leest een gesleept afsprakenblad in via hetzelfde pad als de dialoog', async () => {
    const duo = await call('import.duoVoorbeeldInhoud', { bestanden: [{ naam: PO_ZWOLLE, inhoudBase64: b64(po) }], gemeenteCode: '0193' });
    if (!duo.ok) throw new Error(duo.fout.melding);
    await call('import.duoUitvoeren', { id: duo.data.id });
    const codes = (db.prepare('SELECT vestigingscode AS c FROM scholen ORDER BY c LIMIT 2').all() as { c: string }[]).map((r) => r.c);
    const blad = await maakBlad([goedeRij(codes[0]), goedeRij(codes[1], { Functie: 'SMW' })]);
    const r = await call('import.afsprakenVoorbeeldInhoud', { naam: 'Afspraken 2017.xlsx', inhoudBase64: b64(blad) });
    if (!r.ok) throw new Error(r.fout.melding);
    expect(r.data).toMatchObject({ bestand: 'Afspraken 2017.xlsx', nieuw: 2 });
    const uit = await call('import.afsprakenUitvoeren', { id: r.data.id });
    expect(uit.ok).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM afspraken').get()).toEqual({ n: 2 });
  });

  it('weigert een .csv als afsprakenblad en onleesbare bytes met de bestandsnaam', async () => {
    const csv = await call('import.afsprakenVoorbeeldInhoud', { naam: 'afspraken.csv', inhoudBase64: 'YQ==' });
    expect(!csv.ok && csv.fout.velden[0]?.melding).toContain('.xlsx');
    const kapot = await call('import.afsprakenVoorbeeldInhoud', { naam: 'Kapot.xlsx', inhoudBase64: b64(Buffer.from('geen zip')) });
    expect(kapot.ok).toBe(false);
    if (!kapot.ok) expect(kapot.fout.melding).toContain('Kapot.xlsx');
    expect(db.prepare('SELECT count(*) AS n FROM afspraken').get()).toEqual({ n: 0 });
  });
});

describe('soortVanBestand', () => {
  it('kiest de import op de extensie', () => {
    expect(soortVanBestand('scholen.CSV')).toBe('duo');
    expect(soortVanBestand('leerlingen.txt')).toBe('duo');
    expect(soortVanBestand('Afspraken 2018.xlsx')).toBe('afspraken');
    expect(soortVanBestand('oud.xls')).toBeNull();
    expect(soortVanBestand('zonder-extensie')).toBeNull();
  });
});
