// Issue 16 item 9: the afsprakenblad keeps its columns "Extra uren per week" and "Toelichting extra
// uren"; they read and write one record of aanvullende inzet (the one that counts with the
// basisuren: the afspraak's period and split). Other records are left alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { testOmgevingMetAanbieders } from '../helpers/db';
import { goedeRij, importeerBlad, maakBlad, vulScholen } from '../helpers/afspraken-blad';
import { inzetInvoer, ok, type Env } from '../helpers/registratie';

let env: Env;
let code: string;

beforeEach(async () => {
  env = await testOmgevingMetAanbieders();
  code = vulScholen(env.db)[0].code;
});

const records = () =>
  env.db.prepare('SELECT id, uren_per_week AS uren, reden, doelen, startdatum, einddatum, bron FROM aanvullende_inzet ORDER BY id').all() as {
    id: number;
    uren: number;
    reden: string;
    doelen: string | null;
    startdatum: string;
    einddatum: string;
    bron: string;
  }[];

const importeer = async (over: Record<string, string | number | null>) => importeerBlad(env.db, await maakBlad([goedeRij(code, over)]));

describe('the afsprakenblad and aanvullende inzet', () => {
  it('makes, changes and removes the one record its two columns stand for, and leaves the others alone', async () => {
    await importeer({ 'Extra uren per week': 1.5, 'Toelichting extra uren': 'Veel zorgleerlingen', Einddatum: '30-06-2018' });
    const [eerste] = records();
    expect(eerste).toMatchObject({ uren: 1.5, reden: 'Veel zorgleerlingen', startdatum: '2017-09-01', einddatum: '2018-06-30', bron: 'blad' });
    const afspraakId = env.db.prepare('SELECT id FROM afspraken').pluck().get() as number;
    // What only the app holds (doelen, besluit) stays when the sheet changes the hours.
    const { id: _id, ...r } = await ok(env, 'aanvullendeInzet.lees', { id: eerste.id });
    await ok(env, 'aanvullendeInzet.wijzig', { ...r, id: eerste.id, doelen: 'Minder verzuim', besluitDatum: '2017-08-20' });
    // A record of its own period: not on the sheet.
    const eigen = await ok(
      env,
      'aanvullendeInzet.maak',
      inzetInvoer(afspraakId, { urenPerWeek: 3, startdatum: '2018-01-08', einddatum: '2018-03-30', reden: 'Tijdelijk' }),
    );

    const { telling, plan } = await importeer({ 'Extra uren per week': 2, 'Toelichting extra uren': 'Veel zorgleerlingen', Einddatum: '30-06-2018' });
    expect(telling).toMatchObject({ gewijzigd: 1 });
    expect(plan.rijen[0].wijzigingen).toEqual([{ kolom: 'Extra uren per week', oud: '1,5', nieuw: '2' }]);
    expect(records()).toEqual([
      expect.objectContaining({ id: eerste.id, uren: 2, doelen: 'Minder verzuim' }),
      expect.objectContaining({ id: eerste.id + 1, uren: 3 }),
    ]);
    expect((await ok(env, 'aanvullendeInzet.lees', { id: eerste.id })).besluitDatum).toBe('2017-08-20');

    // The same sheet again: nothing changes.
    expect((await importeer({ 'Extra uren per week': 2, 'Toelichting extra uren': 'Veel zorgleerlingen', Einddatum: '30-06-2018' })).telling).toMatchObject({
      ongewijzigd: 1,
    });
    // Empty columns: the record they stood for goes; the other stays.
    await importeer({ Einddatum: '30-06-2018' });
    expect(records().map((x) => x.id)).toEqual([eigen.id]);
  });

  it('refuses extra uren without a toelichting, by row and column, and saves nothing', async () => {
    await expect(importeer({ 'Extra uren per week': 2 })).rejects.toMatchObject({
      meldingen: [expect.objectContaining({ rij: 2, kolom: 'Toelichting extra uren', melding: expect.stringMatching(/^Toelichting extra uren is verplicht/) })],
    });
    expect(env.db.prepare('SELECT count(*) FROM afspraken').pluck().get()).toBe(0);
    expect(records()).toEqual([]);
  });
});
