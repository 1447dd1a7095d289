// Plausibility limits (issue 14, electron/domain/grenzen.ts): values that are always typing
// errors are refused with a Dutch message naming the field, and nothing changes.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { maakDuoImportPlan, voerDuoImportUit } from '../../electron/import/duo-opslaan';
import { dump, testOmgeving } from '../helpers/db';
import { DUO_MAP, PO_ZWOLLE } from '../helpers/afspraken-blad';
import { afspraakInvoer, fout, metBasis, ok } from '../helpers/registratie';

const instellingen = { gemeenteNaam: 'Zwolle', gemeenteCode: '0193', schooljaarStartMaand: 9, wekenPerSchooljaar: 40, standaardTarieven: {} };

describe('plausibility limits', () => {
  it('weeks, rates, amounts and dates of an afspraak', async () => {
    const { env, d } = await metBasis();
    const a = (over: object) => afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, uurtariefCents: 75_00, ...over });
    const voor = dump(env.db);
    const gevallen: [object, string, RegExp][] = [
      [{ wekenPerJaar: 0.004 }, 'wekenPerJaar', /Weken per jaar moet tussen 1 en 52 liggen/],
      [{ wekenPerJaar: 1e-300 }, 'wekenPerJaar', /tussen 1 en 52/],
      [{ wekenPerJaar: 53 }, 'wekenPerJaar', /tussen 1 en 52/],
      [{ uurtariefCents: 1_000_01 }, 'uurtariefCents', /meer dan € 1\.000 per uur is niet aannemelijk/],
      [{ uurtariefCents: 9_999_999_900 }, 'uurtariefCents', /€ 1\.000 per uur/],
      [{ uurtariefCents: null, vastBedragCents: 100_000_000_01 }, 'vastBedragCents', /meer dan € 100 miljoen per afspraak/],
      [{ uurtariefCents: null, vastBedragCents: 2 ** 53 - 1 }, 'vastBedragCents', /€ 100 miljoen/],
      [{ schooljaar: 2019, startdatum: '2030-09-01', einddatum: '2031-07-01' }, 'startdatum', /Startdatum 01-09-2030 ligt buiten schooljaar 2019-2020/],
      [{ schooljaar: 2019, einddatum: '2018-12-31' }, 'einddatum', /Einddatum 31-12-2018 ligt buiten schooljaar 2019-2020/],
    ];
    for (const [over, veld, melding] of gevallen) {
      const f = await fout(env, 'afspraken.maak', a(over));
      expect(f.code, JSON.stringify(over)).toBe('ongeldige-invoer');
      expect(f.velden.find((v) => v.veld === veld)?.melding, JSON.stringify(over)).toMatch(melding);
    }
    expect(dump(env.db)).toEqual(voor);
    // The limits themselves are allowed.
    await ok(env, 'afspraken.maak', a({ wekenPerJaar: 52, uurtariefCents: 1_000_00, startdatum: '2017-08-01', einddatum: '2018-12-31' }));
    await ok(env, 'afspraken.maak', a({ functie: 'SMW', wekenPerJaar: 1, uurtariefCents: null, vastBedragCents: 100_000_000_00 }));
  });

  it('the settings: weeks per schooljaar 1 to 52 with two decimals at most, rates up to € 1.000', async () => {
    const { env } = await metBasis();
    for (const [weken, melding] of [
      [0.004, /Weken per schooljaar moet tussen 1 en 52 liggen/],
      [1e-300, /tussen 1 en 52/],
      [53, /tussen 1 en 52/],
      [40.123456, /hoogstens 2 decimalen/],
    ] as const) {
      const f = await fout(env, 'instellingen.opslaan', { ...instellingen, wekenPerSchooljaar: weken });
      expect(f.melding + JSON.stringify(f.velden)).toMatch(melding);
    }
    const f = await fout(env, 'instellingen.opslaan', { ...instellingen, standaardTarieven: { JGW: 99_999_999_00 } });
    expect(f.melding + JSON.stringify(f.velden)).toMatch(/€ 1\.000 per uur/);
    await ok(env, 'instellingen.opslaan', { ...instellingen, wekenPerSchooljaar: 40.5, standaardTarieven: { JGW: 1_000_00 } });
  });

  it("rates of a functie and of a regeling's basisinzet: at most € 1.000 per hour", async () => {
    const { env } = await metBasis();
    const voor = dump(env.db);
    const functie = await fout(env, 'functies.wijzig', { code: 'JGW', naam: 'Jeugd- en gezinswerker', betaler: 'gemeente', standaardUurtariefCents: 1_000_01 });
    expect(functie.velden).toEqual([expect.objectContaining({ veld: 'standaardUurtariefCents', melding: expect.stringMatching(/€ 1\.000 per uur/) })]);
    const regeling = await fout(env, 'regelingen.maak', {
      naam: 'Regeling JGW',
      basisinzet: [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: 9_999_999_900 }],
    });
    expect(JSON.stringify(regeling.velden)).toMatch(/€ 1\.000 per uur/);
    expect(dump(env.db)).toEqual(voor);
    await ok(env, 'regelingen.maak', { naam: 'Regeling JGW', basisinzet: [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: 1_000_00 }] });
  });

  it('copying a schooljaar never leaves the supported years', async () => {
    const { env, d } = await metBasis();
    const f = await fout(env, 'afspraken.kopieerSchooljaar', { van: 2100 });
    expect(f.velden).toEqual([expect.objectContaining({ veld: 'van', melding: expect.stringMatching(/uiterlijk 2099-2100/) })]);
    await ok(env, 'afspraken.maak', afspraakInvoer({ schooljaar: 2099, schoolId: d.mozaiek.id, aanbiederId: d.kern, uurtariefCents: 75_00 }));
    const kopie = await ok(env, 'afspraken.kopieerSchooljaar', { van: 2099 });
    expect(kopie).toMatchObject({ naar: 2100 });
  });

  it('an empty name in a DUO file never overwrites the name of a school', async () => {
    const t = await testOmgeving();
    try {
      const origineel = fs.readFileSync(path.join(DUO_MAP, PO_ZWOLLE));
      voerDuoImportUit(t.db, maakDuoImportPlan(t.db, [{ naam: PO_ZWOLLE, inhoud: origineel }], { gemeenteCode: '0193' }), 'test');
      const regels = iconv.decode(origineel, 'windows-1252').split('\r\n');
      const kop = regels[0].split(';');
      const [code, naam, straat] = ['VESTIGINGSCODE', 'VESTIGINGSNAAM', 'STRAATNAAM'].map((k) => kop.indexOf(k));
      const i = regels.findIndex((r) => r.split(';')[9] === '0193');
      const cellen = regels[i].split(';');
      const vestiging = cellen[code];
      const oud = (t.db.prepare('SELECT naam FROM scholen WHERE vestigingscode = ?').get(vestiging) as { naam: string }).naam;
      cellen[naam] = '';
      cellen[straat] = 'Nieuwe Straat';
      regels[i] = cellen.join(';');
      const plan = maakDuoImportPlan(t.db, [{ naam: PO_ZWOLLE, inhoud: iconv.encode(regels.join('\r\n'), 'windows-1252') }], { gemeenteCode: '0193' });
      voerDuoImportUit(t.db, plan, 'test');
      expect(t.db.prepare('SELECT naam, straat FROM scholen WHERE vestigingscode = ?').get(vestiging)).toEqual({ naam: oud, straat: 'Nieuwe Straat' });
    } finally {
      t.sessie.close();
    }
  });
});
