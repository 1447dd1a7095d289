// Issue 13 items 4 and 5 on a Hoogeveen-like file: the regeling decides which functie may go to
// which school and when; the gemeente's own functies (JMW as the social OT role, a new
// "Schoolcoach") work in the OT check, the dashboard cards and the sheet import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dump, testOmgeving } from '../helpers/db';
import { fout, ok, type Env } from '../helpers/registratie';
import { hoogeveen, HOOGEVEEN_REGELING, type Hoogeveen } from '../helpers/hoogeveen';
import { importeerBlad, goedeRij, maakBlad } from '../helpers/afspraken-blad';
import { ImportFout } from '../../electron/import/fout';

let env: Env;
let h: Hoogeveen;
beforeEach(async () => {
  env = await testOmgeving();
  h = await hoogeveen(env);
});
afterEach(() => env.sessie.close());

const afspraak = (schoolId: number, functie: string, over: Record<string, unknown> = {}) => ({
  schooljaar: 2019,
  schoolId,
  aanbiederId: h.sww,
  functie,
  basisurenPerWeek: 4,
  aandeelGemeente: 100,
  aandeelOnderwijs: 0,
  status: 'afgesproken' as const,
  regelingId: h.regeling.id,
  ...over,
});

describe('the regeling decides', () => {
  it('JMW on every PO, SBO, SO, VO and VSO school; JW on VO and VSO; JP on SO and VSO', async () => {
    for (const s of Object.values(h.scholen)) await ok(env, 'afspraken.maak', afspraak(s.id, 'JMW'));
    for (const s of [h.scholen.vo, h.scholen.vso]) await ok(env, 'afspraken.maak', afspraak(s.id, 'JW'));
    for (const s of [h.scholen.so, h.scholen.vso]) await ok(env, 'afspraken.maak', afspraak(s.id, 'JP'));
    const k = await ok(env, 'kosten.schooljaar', { schooljaar: 2019 });
    // The regeling's rate: 4 uur × 40 weken × € 65 = € 10.400 per JMW school.
    expect(k.perFunctie.JMW.totaal).toBe(5 * 4 * 40 * 6_500);
    expect(Object.keys(k.perFunctie).sort()).toEqual(['JMW', 'JP', 'JW']); // A regeling names only functies of the file.
    const f = await fout(env, 'regelingen.maak', { naam: 'Onbekend', basisinzet: [{ sector: 'PO', functie: 'XYZ', urenPerWeek: 4 }] });
    expect(f.velden[0]).toEqual({
      veld: 'basisinzet.0.functie',
      melding: expect.stringMatching(/^Functie XYZ bestaat niet in dit bestand \(kies uit SMW, JGW, JMW/),
    });
  });

  it('refuses JP on a regular VO school, naming the field, and changes nothing', async () => {
    const voor = dump(env.db);
    const f = await fout(env, 'afspraken.maak', afspraak(h.scholen.vo.id, 'JP'));
    expect(f.velden.map((v) => v.veld)).toEqual(['functie']);
    expect(f.melding).toBe(`Functie: regeling ${HOOGEVEEN_REGELING} geeft JP alleen op SO, VSO-scholen, niet op een VO-school.`);
    expect(dump(env.db)).toEqual(voor);
    // Also when an existing afspraak is changed to it.
    const jmw = await ok(env, 'afspraken.maak', afspraak(h.scholen.vo.id, 'JMW'));
    const w = await fout(env, 'afspraken.wijzig', { ...jmw, functie: 'JP' });
    expect(w.velden[0].veld).toBe('functie');
  });

  it('refuses an afspraak outside the period of its regeling', async () => {
    const f = await fout(env, 'afspraken.maak', afspraak(h.scholen.po.id, 'JMW', { schooljaar: 2023 }));
    expect(f.velden.map((v) => v.veld)).toEqual(['schooljaar']);
    expect(f.melding).toBe(`Schooljaar: schooljaar 2023-2024 valt buiten de looptijd van regeling ${HOOGEVEEN_REGELING} (01-08-2019 t/m 31-07-2022).`);
    // The last schooljaar inside it is fine, and without a regeling nothing is checked.
    await ok(env, 'afspraken.maak', afspraak(h.scholen.po.id, 'JMW', { schooljaar: 2021 }));
    await ok(env, 'afspraken.maak', afspraak(h.scholen.vo.id, 'JP', { schooljaar: 2023, regelingId: null }));
  });

  it('refuses to copy a schooljaar beyond the period of the regeling (all or none)', async () => {
    await ok(env, 'afspraken.maak', afspraak(h.scholen.po.id, 'JMW', { schooljaar: 2021 }));
    await ok(env, 'afspraken.maak', afspraak(h.scholen.vo.id, 'JP', { schooljaar: 2021, regelingId: null }));
    const voor = dump(env.db);
    const f = await fout(env, 'afspraken.kopieerSchooljaar', { van: 2021 });
    expect(f.melding).toMatch(
      /^Kopiëren naar 2022-2023 kan niet: 1 kopie past niet bij de regeling\. Eerste: De Wielewaal \(JMW\): Schooljaar: schooljaar 2022-2023 valt buiten/,
    );
    expect(dump(env.db)).toEqual(voor);
    expect((await ok(env, 'afspraken.kopieerSchooljaar', { van: 2019 })).aangemaakt).toBe(0);
  });

  it('refuses the same in the sheet import, as row errors in the right column', async () => {
    const rij = (code: string, functie: string, over: Record<string, string | number | null> = {}) =>
      goedeRij(code, { Aanbieder: 'SWW', Functie: functie, Schooljaar: '2019-2020', Uurtarief: null, Regeling: HOOGEVEEN_REGELING, ...over });
    const blad = await maakBlad([rij('04QU00', 'JMW'), rij('20DN00', 'JP'), rij('04QU00', 'JW', { Schooljaar: '2024-2025' })]);
    const e = await importeerBlad(env.db, blad).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ImportFout);
    const meldingen = (e as ImportFout).meldingen.map((m) => [m.rij, m.kolom, m.melding]);
    expect(meldingen).toContainEqual([3, 'Functie', `Functie: regeling ${HOOGEVEEN_REGELING} geeft JP alleen op SO, VSO-scholen, niet op een VO-school.`]);
    expect(meldingen).toContainEqual([4, 'Schooljaar', expect.stringMatching(/^Schooljaar: schooljaar 2024-2025 valt buiten de looptijd/)]);
    expect(env.db.prepare('SELECT count(*) FROM afspraken').pluck().get()).toBe(0);
    // A good sheet links the regeling.
    await importeerBlad(env.db, await maakBlad([rij('04QU00', 'JMW'), rij('20DN00', 'JW')]));
    expect(env.db.prepare('SELECT DISTINCT regeling_id FROM afspraken').pluck().all()).toEqual([h.regeling.id]);
  });
});

describe('the dekking per begrotingspost', () => {
  it('shows which regelingen a begrotingspost pays for', async () => {
    const post = await ok(env, 'begrotingsposten.maak', {
      naam: 'Preventie jeugd Hoogeveen',
      soort: 'structureel',
      bedragen: [{ jaar: 2020, bedragCents: 100_000_00 }],
    });
    await ok(env, 'begrotingsposten.maak', { naam: 'Reserve sociaal domein', soort: 'incidenteel', bedragen: [{ jaar: 2020, bedragCents: 5_000_00 }] });
    await ok(env, 'regelingen.wijzig', { ...h.regeling, begrotingspostIds: [post.id] });
    await ok(env, 'afspraken.maak', afspraak(h.scholen.po.id, 'JMW'));
    const d = await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: 2020 });
    expect(d.posten.map((p) => [p.naam, p.regelingen])).toEqual([
      ['Preventie jeugd Hoogeveen', [HOOGEVEEN_REGELING]],
      ['Reserve sociaal domein', []],
    ]);
    // 8/12 of € 10.400 in 2020 comes out of the structural post.
    expect(d.posten[0].ingezetCents).toBe(Math.round((4 * 40 * 6_500 * 8) / 12));
  });
});

describe('the gemeente’s own functies and OT', () => {
  it('OT completeness with JMW as the social role', async () => {
    for (const functie of ['IB', 'ORTHO']) {
      await ok(env, 'afspraken.maak', afspraak(h.scholen.po.id, functie, { aanbiederId: h.zelf, regelingId: null, aandeelGemeente: 0, aandeelOnderwijs: 100 }));
    }
    await ok(env, 'afspraken.maak', afspraak(h.scholen.po.id, 'JMW'));
    const po = async () => (await ok(env, 'dekkingsgraad.ot', { schooljaar: 2019, sector: 'PO' })).scholen[0];
    // Zwolle's composition (the default): PO needs a JGW.
    expect((await po()).ontbrekend).toEqual(['sociaal']);
    const samenstelling = await ok(env, 'ot.samenstelling', {});
    expect(samenstelling.PO).toEqual({ zorg: ['IB'], ortho: ['ORTHO'], sociaal: ['JGW'] });
    await ok(env, 'ot.samenstellingOpslaan', { ...samenstelling, PO: { ...samenstelling.PO, sociaal: ['JMW'] } });
    expect(await po()).toMatchObject({ naam: 'De Wielewaal', volledig: true, ontbrekend: [] });
    // A functie may only fill the role it can fill.
    const f = await fout(env, 'ot.samenstellingOpslaan', { ...samenstelling, PO: { ...samenstelling.PO, ortho: ['JW'] } });
    expect(f.velden[0]).toEqual({
      veld: 'PO.ortho.0',
      melding: 'OT PO, orthopedagoog: JW kan volgens de functielijst geen OT-rol vervullen. Pas dat eerst aan bij de functie.',
    });
  });

  it('the dashboard cards show the functies the gemeente uses: JMW, JW, JP, not JGW or SMW', async () => {
    for (const s of Object.values(h.scholen)) await ok(env, 'afspraken.maak', afspraak(s.id, 'JMW'));
    await ok(env, 'afspraken.maak', afspraak(h.scholen.vo.id, 'JW'));
    const o = await ok(env, 'dekkingsgraad.overzicht', { schooljaar: 2019 });
    expect(o.kaarten.map((k) => k.functie)).toEqual(['JMW', 'JW']);
    const jmw = o.kaarten[0];
    expect(jmw).toMatchObject({ naam: 'Jeugdmaatschappelijk werk', sectoren: ['PO', 'SBO', 'SO', 'VO', 'VSO'] });
    expect(jmw.graad).toMatchObject({ scholen: 5, scholenGedekt: 5, nietGedekt: [] });
    // The user may pick.
    expect((await ok(env, 'dekkingsgraad.overzicht', { schooljaar: 2019, functies: ['JW'] })).kaarten.map((k) => k.functie)).toEqual(['JW']);
  });

  it('a new functie "Schoolcoach" can be added, used in the sheet import and costed', async () => {
    const coach = await ok(env, 'functies.maak', {
      code: 'SCHOOLCOACH',
      naam: 'Schoolcoach',
      betaler: 'gemeente',
      standaardUurtariefCents: 5_000,
      otRol: 'sociaal',
    });
    expect(coach).toEqual({ code: 'SCHOOLCOACH', naam: 'Schoolcoach', betaler: 'gemeente', standaardUurtariefCents: 5_000, otRol: 'sociaal' });
    expect((await ok(env, 'functies.lijst', {})).map((f) => f.code).at(-1)).toBe('SCHOOLCOACH');
    const dubbel = await fout(env, 'functies.maak', { code: 'schoolcoach', naam: 'X', betaler: 'gemeente' });
    expect(dubbel.velden[0].veld).toBe('code');
    // By its code and by its name, without a regeling.
    const rij = (code: string, functie: string) => goedeRij(code, { Aanbieder: 'SWW', Functie: functie, Schooljaar: '2019-2020', Uurtarief: null });
    const { telling } = await importeerBlad(env.db, await maakBlad([rij('04QU00', 'SCHOOLCOACH'), rij('20DN00', 'Schoolcoach')]));
    expect(telling.nieuw).toBe(2);
    const k = await ok(env, 'kosten.schooljaar', { schooljaar: 2019 });
    expect(k.perFunctie.SCHOOLCOACH).toEqual({ totaal: 2 * 4 * 40 * 5_000, gemeente: 2 * 4 * 40 * 5_000, onderwijs: 0, overig: 0 });
    // In use: cannot be deleted.
    expect((await fout(env, 'functies.verwijder', { code: 'SCHOOLCOACH' })).melding).toMatch(/^De functie SCHOOLCOACH hoort nog bij 2 afspraken/);
  });
});
