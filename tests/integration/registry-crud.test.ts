// CRUD round trips for every registry area, through the real registry on a real database,
// and the mutatielog rows (old and new values) every change leaves behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testOmgevingMetAanbieders } from '../helpers/db';
import { afspraakInvoer, basis, ok, type Env } from '../helpers/registratie';

let env: Env;
beforeEach(async () => {
  env = await testOmgevingMetAanbieders();
});
afterEach(() => env.sessie.close());

describe('wijken, besturen, aanbieders', () => {
  it('wijken: maak, lees, wijzig, lijst, verwijder', async () => {
    const w = await ok(env, 'wijken.maak', { naam: ' Stadshagen ', omschrijving: '' });
    expect(w).toEqual({ id: w.id, naam: 'Stadshagen', omschrijving: null });
    expect(await ok(env, 'wijken.lees', { id: w.id })).toEqual(w);
    const gewijzigd = await ok(env, 'wijken.wijzig', { id: w.id, naam: 'Stadshagen-Noord', omschrijving: 'SWT Stadshagen' });
    expect(gewijzigd.naam).toBe('Stadshagen-Noord');
    expect(await ok(env, 'wijken.lijst', {})).toEqual([{ ...gewijzigd, aantalScholen: 0 }]);
    expect(await ok(env, 'wijken.verwijder', { id: w.id })).toEqual(gewijzigd);
    expect(await ok(env, 'wijken.lijst', {})).toEqual([]);
  });

  it('besturen: round trip, lijst counts schools', async () => {
    const d = await basis(env);
    const b = await ok(env, 'besturen.wijzig', { id: d.bestuur.id, nummer: '41601', naam: 'Stichting Openbaar Primair Onderwijs Zwolle' });
    expect(await ok(env, 'besturen.lees', { id: b.id })).toEqual(b);
    expect(await ok(env, 'besturen.lijst', {})).toEqual([{ ...b, aantalScholen: 1 }]);
  });

  it('aanbieders: the five the test adds (a new file has none); round trip', async () => {
    const lijst = await ok(env, 'aanbieders.lijst', {});
    expect(lijst.map((a) => a.korteNaam).sort()).toEqual(['Kern', 'MEE', 'SWT', 'SWW', 'Trias']);
    const a = await ok(env, 'aanbieders.maak', { naam: 'Travers Welzijn', korteNaam: 'Travers', email: 'info@travers.nl' });
    expect(a).toMatchObject({ naam: 'Travers Welzijn', korteNaam: 'Travers', contactpersoon: null, email: 'info@travers.nl' });
    const b = await ok(env, 'aanbieders.wijzig', { ...a, contactpersoon: 'J. de Vries' });
    expect(await ok(env, 'aanbieders.lees', { id: a.id })).toEqual(b);
    await ok(env, 'aanbieders.verwijder', { id: a.id });
    expect((await ok(env, 'aanbieders.lijst', {})).length).toBe(5);
  });
});

describe('scholen', () => {
  it('keeps leerlingen per jaar with the school, including DUO "<5"', async () => {
    const d = await basis(env);
    const s = await ok(env, 'scholen.wijzig', {
      ...d.mozaiek,
      leerlingen: [
        { jaar: 2016, aantal: 212 },
        { jaar: 2017, aantal: 230 },
        { jaar: 2018, aantal: null, onder5: true },
      ],
    });
    expect(s.leerlingen).toEqual([
      { jaar: 2016, aantal: 212, onder5: false },
      { jaar: 2017, aantal: 230, onder5: false },
      { jaar: 2018, aantal: null, onder5: true },
    ]);
    // Left out = unchanged.
    const { leerlingen: _weg, ...zonder } = s;
    const t = await ok(env, 'scholen.wijzig', { ...zonder, naam: 'OBS Het Mozaïek' });
    expect(t.leerlingen).toHaveLength(3);
    expect(t.naam).toBe('OBS Het Mozaïek');
    expect(await ok(env, 'scholen.lees', { id: s.id })).toEqual(t);
  });

  it('accepts an MBO institution with the BRIN alone and derives brin from the code', async () => {
    const s = await ok(env, 'scholen.maak', { vestigingscode: '25pj', naam: 'Deltion College', sector: 'MBO' });
    expect(s.vestigingscode).toBe('25PJ');
    expect(env.db.prepare('SELECT brin FROM scholen WHERE id = ?').pluck().get(s.id)).toBe('25PJ');
    const po = await ok(env, 'scholen.maak', { vestigingscode: '20CF02', naam: 'Het Mozaïek dependance', sector: 'PO' });
    expect(env.db.prepare('SELECT brin FROM scholen WHERE id = ?').pluck().get(po.id)).toBe('20CF');
  });

  it('lijst: search, sector and wijk filters, sort, latest pupil count', async () => {
    const d = await basis(env);
    await ok(env, 'scholen.wijzig', {
      ...d.regenboog,
      leerlingen: [
        { jaar: 2016, aantal: 99 },
        { jaar: 2018, aantal: 140 },
      ],
    });
    await ok(env, 'scholen.wijzig', { ...d.mozaiek, leerlingen: [{ jaar: 2018, aantal: null, onder5: true }] });
    const alle = await ok(env, 'scholen.lijst', {});
    expect(alle.totaal).toBe(3);
    expect(alle.rijen.map((r) => r.naam)).toEqual(['Carolus Clusius College', 'De Regenboog', 'Het Mozaïek']);
    expect(alle.rijen[1]).toMatchObject({ wijk: 'Zuid', leerlingenJaar: 2018, leerlingen: 140, leerlingenOnder5: false, brin: '21AB' });
    expect(alle.rijen[2]).toMatchObject({ bestuur: 'Stichting Openbaar Onderwijs Zwolle', leerlingen: null, leerlingenOnder5: true });
    expect(alle.rijen[0]).toMatchObject({ leerlingenJaar: null, leerlingen: null });
    expect((await ok(env, 'scholen.lijst', { sector: 'PO' })).rijen.map((r) => r.naam)).toEqual(['De Regenboog', 'Het Mozaïek']);
    expect((await ok(env, 'scholen.lijst', { wijkId: d.centrum.id, sorteer: 'naam', richting: 'af' })).rijen.map((r) => r.naam)).toEqual([
      'Het Mozaïek',
      'Carolus Clusius College',
    ]);
    expect((await ok(env, 'scholen.lijst', { zoek: '21ab' })).rijen.map((r) => r.naam)).toEqual(['De Regenboog']);
    expect((await ok(env, 'scholen.lijst', { zoek: 'mozaïek' })).totaal).toBe(1);
    expect((await ok(env, 'scholen.lijst', { zoek: '%' })).totaal).toBe(0);
    expect((await ok(env, 'scholen.lijst', { sorteer: 'leerlingen', richting: 'af' })).rijen.map((r) => r.naam)).toEqual([
      'De Regenboog',
      'Het Mozaïek',
      'Carolus Clusius College',
    ]);
    const pagina = await ok(env, 'scholen.lijst', { limiet: 1, offset: 1 });
    expect(pagina).toMatchObject({ totaal: 3, rijen: [{ naam: 'De Regenboog' }] });
  });
});

describe('functies, begrotingsposten, regelingen, kerncijfers', () => {
  it('functies: lists the eight codes, changes name/betaler/rate', async () => {
    const lijst = await ok(env, 'functies.lijst', {});
    expect(lijst.map((f) => f.code)).toEqual(['SMW', 'JGW', 'JMW', 'JW', 'JP', 'IB', 'ZC', 'ORTHO']);
    const jgw = await ok(env, 'functies.wijzig', { code: 'JGW', naam: 'Jeugd- en gezinswerker', betaler: 'gemeente', standaardUurtariefCents: 7_500 });
    expect(await ok(env, 'functies.lees', { code: 'JGW' })).toEqual(jgw);
    // The default rate is the same one the settings show.
    expect((await ok(env, 'instellingen.lezen', {})).standaardTarieven.JGW).toBe(7_500);
  });

  it('begrotingsposten: amounts per year round trip', async () => {
    const p = await ok(env, 'begrotingsposten.maak', {
      naam: 'Opgroei- en opvoedondersteuning',
      soort: 'structureel',
      bedragen: [
        { jaar: 2019, bedragCents: 450_000_00 },
        { jaar: 2018, bedragCents: 450_000_00 },
      ],
    });
    expect(p.bedragen.map((b) => b.jaar)).toEqual([2018, 2019]);
    const q = await ok(env, 'begrotingsposten.wijzig', { ...p, bedragen: [{ jaar: 2018, bedragCents: 400_000_00 }] });
    expect(await ok(env, 'begrotingsposten.lees', { id: p.id })).toEqual(q);
    expect(await ok(env, 'begrotingsposten.lijst', {})).toEqual([q]);
  });

  it('regelingen: basisinzet per sector and functie, linked begrotingsposten', async () => {
    const post = await ok(env, 'begrotingsposten.maak', { naam: 'PPN investering toegang en preventie jeugd', soort: 'incidenteel' });
    const r = await ok(env, 'regelingen.maak', {
      naam: 'Ondersteuningsteams 2017',
      startdatum: '2017-08-01',
      aandeelGemeente: 100,
      basisinzet: [
        { sector: 'PO', functie: 'JGW', urenPerWeek: 4 },
        { sector: 'VO', functie: 'SMW', urenPerWeek: 4, uurtariefCents: 6_850 },
      ],
      begrotingspostIds: [post.id],
    });
    expect(r).toMatchObject({
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      basisinzet: [
        { sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: null },
        { sector: 'VO', functie: 'SMW', urenPerWeek: 4, uurtariefCents: 6_850 },
      ],
      begrotingspostIds: [post.id],
    });
    const s = await ok(env, 'regelingen.wijzig', { ...r, aandeelGemeente: 50, aandeelOnderwijs: 50, basisinzet: [] });
    expect(await ok(env, 'regelingen.lees', { id: r.id })).toEqual(s);
    expect(await ok(env, 'regelingen.lijst', {})).toEqual([s]);
  });

  it('kerncijfers per jaar (Ontwikkelagenda: 30.000 jeugdigen, 13.000 PO, 11.000 VO)', async () => {
    const k = await ok(env, 'kerncijfers.maak', { jaar: 2017, jeugdigen019: 30_000, leerlingenPo: 13_000, leerlingenVo: 11_000 });
    expect(await ok(env, 'kerncijfers.lees', { jaar: 2017 })).toEqual(k);
    const l = await ok(env, 'kerncijfers.wijzig', { jaar: 2017, jeugdigen019: 30_100, leerlingenPo: 13_000, leerlingenVo: null });
    expect(await ok(env, 'kerncijfers.lijst', {})).toEqual([l]);
    expect(await ok(env, 'kerncijfers.verwijder', { jaar: 2017 })).toEqual(l);
    expect(await ok(env, 'kerncijfers.lijst', {})).toEqual([]);
  });
});

describe('proeftuinen', () => {
  it('holds the three proeftuinen of the Ontwikkelagenda', async () => {
    const d = await basis(env);
    const so = await ok(env, 'scholen.maak', { vestigingscode: '00AA00', naam: 'De Twijn', sector: 'SO' });
    const wijk = await ok(env, 'proeftuinen.maak', {
      naam: 'Samen in de wijk',
      startjaar: 2017,
      eindjaar: 2021,
      wijkId: d.zuid.id,
      budget: [2017, 2018, 2019, 2020, 2021].map((jaar, i) => ({ jaar, bedragCents: (500_000 - i * 50_000) * 100 })),
      indicatoren: [
        {
          naam: 'Thuiszitters',
          eenheid: 'leerlingen',
          waarden: [
            { jaar: 2017, waarde: 42 },
            { jaar: 2018, waarde: 35 },
          ],
        },
      ],
    });
    const speciaal = await ok(env, 'proeftuinen.maak', {
      naam: 'Ondersteuning bij speciale vormen van onderwijs',
      startjaar: 2017,
      eindjaar: 2021,
      schoolIds: [so.id],
    });
    const jeugdhulp = await ok(env, 'proeftuinen.maak', { naam: 'Aansluiting onderwijs bij specifieke jeugdhulp', startjaar: 2017, eindjaar: 2021 });
    expect(wijk.budget).toHaveLength(5);
    expect(wijk.indicatoren[0]).toMatchObject({
      naam: 'Thuiszitters',
      eenheid: 'leerlingen',
      waarden: [
        { jaar: 2017, waarde: 42 },
        { jaar: 2018, waarde: 35 },
      ],
    });
    expect(speciaal.schoolIds).toEqual([so.id]);
    expect(jeugdhulp).toMatchObject({ wijkId: null, budget: [], schoolIds: [], indicatoren: [] });
    const lijst = await ok(env, 'proeftuinen.lijst', {});
    expect(lijst.find((p) => p.id === wijk.id)).toMatchObject({ wijkNaam: 'Zuid', budgetTotaalCents: 2_000_000_00, budgetKrimpt: true, aantalScholen: 0 });
    // Changing keeps the indicator (and its id) when the record is passed back.
    const meer = await ok(env, 'proeftuinen.wijzig', {
      ...wijk,
      indicatoren: [{ ...wijk.indicatoren[0], waarden: [...wijk.indicatoren[0].waarden, { jaar: 2019, waarde: 30 }] }],
    });
    expect(meer.indicatoren[0].id).toBe(wijk.indicatoren[0].id);
    expect(meer.indicatoren[0].waarden).toHaveLength(3);
    expect(await ok(env, 'proeftuinen.lees', { id: wijk.id })).toEqual(meer);
  });
});

describe('afspraken and the mutatielog', () => {
  it('afspraken: round trip with all fields', async () => {
    const d = await basis(env);
    const a = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, themas: ['pesten'] }));
    expect(a).toMatchObject({ schooljaar: 2017, basisurenPerWeek: 4, themas: ['pesten'], wekenPerJaar: null, status: 'afgesproken' });
    const b = await ok(env, 'afspraken.wijzig', { ...a, status: 'getekend', blozAdvies: 'BLOZ 15-09-2017' });
    expect(await ok(env, 'afspraken.lees', { id: a.id })).toEqual(b);
  });

  it('every change leaves old and new values in the mutatielog; mutatielog.lijst filters per entity', async () => {
    const d = await basis(env);
    await ok(env, 'wijken.wijzig', { id: d.zuid.id, naam: 'Zuid-Oost', omschrijving: null });
    const a = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern }));
    await ok(env, 'afspraken.wijzig', { ...a, basisurenPerWeek: 6 });
    await ok(env, 'afspraken.verwijder', { id: a.id });

    const wijk = await ok(env, 'mutatielog.lijst', { entiteit: 'wijk', entiteitId: d.zuid.id });
    expect(wijk.map((m) => m.methode)).toEqual(['wijken.wijzig', 'wijken.maak']);
    expect(wijk[0]).toMatchObject({ gebruiker: 'tester', oud: { naam: 'Zuid' }, nieuw: { naam: 'Zuid-Oost' } });

    const afspraak = await ok(env, 'mutatielog.lijst', { entiteit: 'afspraak', entiteitId: String(a.id) });
    expect(afspraak.map((m) => m.methode)).toEqual(['afspraken.verwijder', 'afspraken.wijzig', 'afspraken.maak']);
    expect(afspraak[1]).toMatchObject({ oud: { basisurenPerWeek: 4 }, nieuw: { basisurenPerWeek: 6 } });
    expect(afspraak[0]).toMatchObject({ oud: { id: a.id, basisurenPerWeek: 6 }, nieuw: null });
    expect(afspraak[2]).toMatchObject({ oud: null, nieuw: { id: a.id } });
    expect(await ok(env, 'mutatielog.lijst', { limiet: 2 })).toHaveLength(2);
  });

  it('a functie change and a school change are logged with old and new values', async () => {
    const d = await basis(env);
    await ok(env, 'functies.wijzig', { code: 'SMW', naam: 'Schoolmaatschappelijk werk', betaler: 'gemeente', standaardUurtariefCents: 6_850 });
    await ok(env, 'scholen.wijzig', { ...d.carolus, sector: 'PRO' });
    const [f] = await ok(env, 'mutatielog.lijst', { entiteit: 'functie', entiteitId: 'SMW' });
    expect(f).toMatchObject({ oud: { standaardUurtariefCents: 0 }, nieuw: { standaardUurtariefCents: 6_850 } });
    const [s] = await ok(env, 'mutatielog.lijst', { entiteit: 'school', entiteitId: d.carolus.id });
    expect(s).toMatchObject({ methode: 'scholen.wijzig', oud: { sector: 'VO' }, nieuw: { sector: 'PRO' } });
  });
});
