// The field maps (db/velden.ts) against the real schema, and what they drive: the afspraken repo,
// the sheet import's writes, the template, and the CRUD factory of the plain lists.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { AANBIEDER_VELDEN } from '../../electron/db/aanbieders-repo';
import { AANVULLENDE_INZET_VELDEN } from '../../electron/db/aanvullende-inzet-repo';
import { AFSPRAAK_VELDEN, BLAD_VELDEN, bladKolom } from '../../electron/db/afspraken-velden';
import { leesAfspraak, voegAfspraakToe, wijzigAfspraak } from '../../electron/db/afspraken-repo';
import { BESTUUR_VELDEN } from '../../electron/db/besturen-repo';
import type { Db } from '../../electron/db/open';
import { SCHOOL_VELDEN } from '../../electron/db/scholen-repo';
import type { Veld } from '../../electron/db/velden';
import { WIJK_VELDEN } from '../../electron/db/wijken-repo';
import { ONDERSTEUNINGSVRAGEN_VELDEN } from '../../electron/db/monitor-repo';
import { AFSPRAKEN_KOLOMMEN } from '../../electron/import/afspraken-kolommen';
import { maakAfsprakenSjabloon } from '../../electron/reports/sjabloon';
import type { Afspraak } from '../../electron/domain/types';
import { testOmgeving } from '../helpers/db';
import { importeerBlad, goedeRij, maakBlad } from '../helpers/afspraken-blad';
import { afspraakInvoer, basis, inzetInvoer, ok } from '../helpers/registratie';

const KAARTEN: [string, Record<string, Veld>][] = [
  ['afspraken', AFSPRAAK_VELDEN],
  ['scholen', SCHOOL_VELDEN],
  ['wijken', WIJK_VELDEN],
  ['besturen', BESTUUR_VELDEN],
  ['aanbieders', AANBIEDER_VELDEN],
  ['ondersteuningsvragen', ONDERSTEUNINGSVRAGEN_VELDEN],
  ['aanvullende_inzet', AANVULLENDE_INZET_VELDEN],
];

const kolommen = (db: Db, tabel: string) => (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(tabel) as string[]).sort();

describe('schema guard: every column of a mapped table is in its field map, and only those', () => {
  it.each(KAARTEN)('%s', async (tabel, kaart) => {
    const { db, sessie } = await testOmgeving();
    const inTabel = kolommen(db, tabel);
    const inKaart = Object.values(kaart)
      .map((v) => v.kolom)
      .sort();
    expect(inTabel.length).toBeGreaterThan(0);
    expect(
      inTabel.filter((k) => !inKaart.includes(k)),
      `kolommen van ${tabel} die niet in de veldkaart staan`,
    ).toEqual([]);
    expect(
      inKaart.filter((k) => !inTabel.includes(k)),
      `veldkaart noemt kolommen die ${tabel} niet heeft`,
    ).toEqual([]);
    expect(new Set(inKaart).size, 'elke kolom één keer').toBe(inKaart.length);
    sessie.close();
  });
});

describe('the afspraken field map', () => {
  it('every field on the sheet names a column of the sheet, and every sheet column is a field (or the school name shown beside it)', () => {
    const bladKolommen = BLAD_VELDEN.map(bladKolom);
    expect(new Set(bladKolommen).size).toBe(bladKolommen.length);
    const sleutels = AFSPRAKEN_KOLOMMEN.map((k) => k.sleutel);
    expect(bladKolommen.filter((k) => !sleutels.includes(k))).toEqual([]);
    expect(sleutels.filter((k) => !bladKolommen.includes(k)).sort()).toEqual(['extraUren', 'schoolnaam', 'toelichting']);
  });

  it('every field round-trips through the repo, and a write of only the sheet fields keeps the others', async () => {
    const env = await testOmgeving();
    const d = await basis(env);
    const regeling = await ok(env, 'regelingen.maak', {
      naam: 'OT 2017',
      wekenPerJaar: 38,
      basisinzet: [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: 9_000 }],
    });
    // No field left at its default, so a column the INSERT or SELECT forgets shows up.
    const volledig: Omit<Afspraak, 'id'> = {
      schooljaar: 2018,
      schoolId: d.regenboog.id,
      aanbiederId: d.kern,
      functie: 'JMW',
      basisurenPerWeek: 3.25,
      wekenPerJaar: 36,
      uurtariefCents: 7_550,
      vastBedragCents: null,
      aandeelGemeente: 60,
      aandeelOnderwijs: 30,
      aandeelOverig: 10,
      overigeFinancier: 'Samenwerkingsverband',
      startdatum: '2018-09-01',
      einddatum: '2019-06-30',
      status: 'getekend',
      themas: ['pesten', 'thuissituatie'],
      blozAdvies: 'Advies BLOZ',
      regelingId: regeling.id,
      opmerking: 'Let op',
    };
    const id = voegAfspraakToe(env.db, volledig);
    expect(leesAfspraak(env.db, id)).toEqual({ id, ...volledig });

    // regelingId is on the sheet (the optional column Regeling, issue 13 item 4), so it is written too.
    const sheetOnly = { ...volledig, basisurenPerWeek: 5, themas: ['verzuim'], blozAdvies: null, opmerking: null };
    wijzigAfspraak(env.db, id, sheetOnly, BLAD_VELDEN);
    expect(leesAfspraak(env.db, id)).toEqual({ id, ...volledig, basisurenPerWeek: 5, themas: ['verzuim'] });

    wijzigAfspraak(env.db, id, { ...volledig, vastBedragCents: 1_200_000, uurtariefCents: null, opmerking: null });
    expect(leesAfspraak(env.db, id)).toEqual({ id, ...volledig, vastBedragCents: 1_200_000, uurtariefCents: null, opmerking: null });
  });

  it('the sheet import writes through the repo: a changed row keeps BLOZ-advies, regeling and opmerking', async () => {
    const env = await testOmgeving();
    const d = await basis(env);
    const a = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, uurtariefCents: 7_550, blozAdvies: 'Advies', opmerking: 'Blijft staan' }),
    );
    const { telling } = await importeerBlad(
      env.db,
      await maakBlad([goedeRij('20CF01', { 'Basisuren per week': 6, "Thema's": 'pesten, verzuim' }), goedeRij('21AB00')]),
    );
    expect(telling).toEqual({ nieuw: 1, gewijzigd: 1, ongewijzigd: 0 });
    const na = leesAfspraak(env.db, a.id)!;
    expect(na).toMatchObject({ basisurenPerWeek: 6, themas: ['pesten', 'verzuim'], blozAdvies: 'Advies', opmerking: 'Blijft staan' });
    const nieuw = env.db.prepare('SELECT id FROM afspraken WHERE school_id = ?').pluck().get(d.regenboog.id) as number;
    expect(leesAfspraak(env.db, nieuw)).toMatchObject({
      schooljaar: 2017,
      functie: 'JGW',
      basisurenPerWeek: 4,
      uurtariefCents: 7_550,
      blozAdvies: null,
      themas: [],
    });
  });

  it('the template of a schooljaar fills every sheet field of the map from the stored afspraak', async () => {
    const env = await testOmgeving();
    const d = await basis(env);
    const a = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({
        schoolId: d.mozaiek.id,
        aanbiederId: d.kern,
        wekenPerJaar: 38,
        uurtariefCents: 7_550,
        aandeelGemeente: 90,
        aandeelOnderwijs: 0,
        aandeelOverig: 10,
        overigeFinancier: 'SWV',
        startdatum: '2017-09-01',
        einddatum: '2018-06-30',
        status: 'getekend',
        themas: ['pesten', 'verzuim'],
      }),
    );
    // Extra uren per week and Toelichting extra uren: the record over the afspraak's period with its split (issue 16 item 9).
    const split = { aandeelGemeente: 90, aandeelOnderwijs: 0, aandeelOverig: 10, overigeFinancier: 'SWV', einddatum: '2018-06-30' };
    await ok(env, 'aanvullendeInzet.maak', inzetInvoer(a.id, { ...split, urenPerWeek: 0.5, reden: 'Ander deel', aandeelGemeente: 100, aandeelOverig: 0 }));
    await ok(env, 'aanvullendeInzet.maak', inzetInvoer(a.id, { ...split, urenPerWeek: 1.5, reden: 'Zorg' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await maakAfsprakenSjabloon(env.db, { schooljaar: 2017 })).inhoud as never);
    const ws = wb.getWorksheet('Afspraken')!;
    const cel = (kop: string) => ws.getCell(2, AFSPRAKEN_KOLOMMEN.findIndex((k) => k.kop === kop) + 1).value;
    expect(cel('Schooljaar')).toBe('2017-2018');
    expect(cel('Vestigingscode')).toBe('20CF01');
    expect(cel('Schoolnaam')).toBe('Het Mozaïek');
    expect(cel('Aanbieder')).toBe('De Kern');
    expect(cel('Uurtarief')).toBe(75.5);
    expect(cel('Weken per jaar')).toBe(38);
    expect(cel('Overige financier')).toBe('SWV');
    expect((cel('Startdatum') as Date).toISOString().slice(0, 10)).toBe('2017-09-01');
    expect(cel('Status')).toBe('getekend');
    expect(cel("Thema's")).toBe('pesten, verzuim');
    expect(cel('Vast bedrag per jaar')).toBeNull();
    expect(cel('Extra uren per week')).toBe(1.5);
    expect(cel('Toelichting extra uren')).toBe('Zorg');
  });
});

describe('the CRUD factory of the plain lists (api/lijst-entiteit.ts)', () => {
  it('herstel keeps the id while it is free, takes a new one once another row has it, and logs every step', async () => {
    const env = await testOmgeving();
    const a = await ok(env, 'wijken.maak', { naam: 'Noord', omschrijving: 'boven' });
    expect(await ok(env, 'wijken.herstel', await ok(env, 'wijken.verwijder', { id: a.id }))).toEqual(a);
    await ok(env, 'wijken.verwijder', { id: a.id });
    // Without AUTOINCREMENT SQLite hands the freed id to the next row.
    const b = await ok(env, 'wijken.maak', { naam: 'Oost', omschrijving: null });
    expect(b.id).toBe(a.id);
    const terug = await ok(env, 'wijken.herstel', a);
    expect(terug).toEqual({ ...a, id: terug.id });
    expect(terug.id).not.toBe(a.id);
    const log = env.db
      .prepare("SELECT methode, entiteit_id AS id, oud IS NOT NULL AS oud, nieuw IS NOT NULL AS nieuw FROM mutatielog WHERE entiteit = 'wijk' ORDER BY id")
      .all();
    expect(log).toEqual([
      { methode: 'wijken.maak', id: String(a.id), oud: 0, nieuw: 1 },
      { methode: 'wijken.verwijder', id: String(a.id), oud: 1, nieuw: 0 },
      { methode: 'wijken.herstel', id: String(a.id), oud: 0, nieuw: 1 },
      { methode: 'wijken.verwijder', id: String(a.id), oud: 1, nieuw: 0 },
      { methode: 'wijken.maak', id: String(b.id), oud: 0, nieuw: 1 },
      { methode: 'wijken.herstel', id: String(terug.id), oud: 0, nieuw: 1 },
    ]);
  });
});
