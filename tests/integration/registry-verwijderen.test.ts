// Deleting: refused (with what still refers to it) while something refers to it; otherwise the
// deleted record comes back whole, and herstel puts it back with its own id (Ongedaan maken).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../electron/api/contract';
import { dump } from '../helpers/db';
import { afspraakInvoer, fout, metBasis, ok, type Basis, type Env } from '../helpers/registratie';

let env: Env;
let d: Basis;
beforeEach(async () => ({ env, d } = await metBasis()));
afterEach(() => env.sessie.close());

async function geweigerd(method: MethodName, input: unknown, melding: string) {
  const voor = dump(env.db);
  const f = await fout(env, method, input);
  expect(f.code).toBe('in-gebruik');
  expect(f.melding).toBe(melding);
  expect(dump(env.db)).toEqual(voor);
}

describe('delete refused while referenced', () => {
  it('a school with afspraken or in a proeftuin', async () => {
    for (const schooljaar of [2016, 2017]) await ok(env, 'afspraken.maak', afspraakInvoer({ schooljaar, schoolId: d.mozaiek.id, aanbiederId: d.kern }));
    await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schooljaar: 2017, schoolId: d.mozaiek.id, aanbiederId: d.trias, functie: 'IB', aandeelGemeente: 0, aandeelOnderwijs: 100 }),
    );
    await geweigerd(
      'scholen.verwijder',
      { id: d.mozaiek.id },
      'De school Het Mozaïek heeft nog 3 afspraken (2016-2017, 2017-2018). Verwijder of verplaats die eerst.',
    );
    await ok(env, 'proeftuinen.maak', { naam: 'Samen in de wijk', startjaar: 2017, eindjaar: 2021, schoolIds: [d.regenboog.id] });
    await geweigerd(
      'scholen.verwijder',
      { id: d.regenboog.id },
      'De school De Regenboog heeft nog een plaats in proeftuin Samen in de wijk. Verwijder of verplaats die eerst.',
    );
  });

  it('an aanbieder with afspraken', async () => {
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern }));
    await geweigerd('aanbieders.verwijder', { id: d.kern }, 'De aanbieder De Kern heeft nog 1 afspraak (2017-2018). Verwijder of verplaats die eerst.');
  });

  it('a wijk with schools and a proeftuin, a bestuur with schools', async () => {
    await ok(env, 'proeftuinen.maak', { naam: 'Samen in de wijk', startjaar: 2017, eindjaar: 2021, wijkId: d.centrum.id });
    await geweigerd(
      'wijken.verwijder',
      { id: d.centrum.id },
      'De wijk Centrum heeft nog 2 scholen (Carolus Clusius College en Het Mozaïek) en 1 proeftuin (Samen in de wijk). Kies daar eerst een andere wijk.',
    );
    await geweigerd(
      'besturen.verwijder',
      { id: d.bestuur.id },
      'Het bestuur Stichting Openbaar Onderwijs Zwolle heeft nog 1 school (Het Mozaïek). Kies daar eerst een ander bestuur.',
    );
  });

  it('a regeling with afspraken, a begrotingspost linked to a regeling', async () => {
    const post = await ok(env, 'begrotingsposten.maak', { naam: 'Opgroei- en opvoedondersteuning', soort: 'structureel' });
    const regeling = await ok(env, 'regelingen.maak', { naam: 'OT 2017', begrotingspostIds: [post.id] });
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, regelingId: regeling.id }));
    await geweigerd(
      'regelingen.verwijder',
      { id: regeling.id },
      'De regeling OT 2017 hoort nog bij 1 afspraak (2017-2018). Koppel die eerst los of verwijder ze.',
    );
    await geweigerd(
      'begrotingsposten.verwijder',
      { id: post.id },
      'De begrotingspost Opgroei- en opvoedondersteuning is nog gekoppeld aan de regeling OT 2017. Ontkoppel die eerst.',
    );
  });

  it('something that no longer exists', async () => {
    const f = await fout(env, 'scholen.verwijder', { id: 999 });
    expect(f).toMatchObject({ code: 'niet-gevonden' });
  });
});

describe('delete and herstel (Ongedaan maken)', () => {
  it('a school comes back with its id and its leerlingen', async () => {
    const s = await ok(env, 'scholen.wijzig', {
      ...d.regenboog,
      leerlingen: [
        { jaar: 2017, aantal: 140 },
        { jaar: 2018, aantal: null, onder5: true },
      ],
    });
    const voor = dump(env.db);
    const weg = await ok(env, 'scholen.verwijder', { id: s.id });
    expect(weg).toEqual(s);
    expect(env.db.prepare('SELECT count(*) FROM leerlingen WHERE school_id = ?').pluck().get(s.id)).toBe(0);
    const terug = await ok(env, 'scholen.herstel', weg);
    expect(terug).toEqual(s);
    const na = dump(env.db);
    expect({ ...na, mutatielog: [] }).toEqual({ ...voor, mutatielog: [] });
    const log = await ok(env, 'mutatielog.lijst', { entiteit: 'school', entiteitId: s.id, limiet: 2 });
    expect(log.map((m) => [m.methode, m.oud === null, m.nieuw === null])).toEqual([
      ['scholen.herstel', true, false],
      ['scholen.verwijder', false, true],
    ]);
  });

  it('an afspraak, an aanbieder, a wijk, a bestuur come back unchanged', async () => {
    const a = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, themas: ['pesten', 'scheiding'], blozAdvies: 'BLOZ 01-10-2017' }),
    );
    // With its aanvullende inzet (none here; tests/integration/aanvullende-inzet.test.ts has one).
    expect(await ok(env, 'afspraken.herstel', await ok(env, 'afspraken.verwijder', { id: a.id }))).toEqual({ ...a, aanvullendeInzet: [] });
    const aanbieder = await ok(env, 'aanbieders.lees', { id: d.mee });
    expect(await ok(env, 'aanbieders.herstel', await ok(env, 'aanbieders.verwijder', { id: d.mee }))).toEqual(aanbieder);
    const wijk = await ok(env, 'wijken.maak', { naam: 'Holtenbroek' });
    expect(await ok(env, 'wijken.herstel', await ok(env, 'wijken.verwijder', { id: wijk.id }))).toEqual(wijk);
    const bestuur = await ok(env, 'besturen.maak', { naam: 'Stichting Catent' });
    expect(await ok(env, 'besturen.herstel', await ok(env, 'besturen.verwijder', { id: bestuur.id }))).toEqual(bestuur);
  });

  it('a proeftuin, regeling, begrotingspost and kerncijfers come back with their children', async () => {
    const post = await ok(env, 'begrotingsposten.maak', { naam: 'PPN', soort: 'incidenteel', bedragen: [{ jaar: 2018, bedragCents: 550_000_00 }] });
    const regeling = await ok(env, 'regelingen.maak', {
      naam: 'OT',
      basisinzet: [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4 }],
      begrotingspostIds: [post.id],
    });
    const p = await ok(env, 'proeftuinen.maak', {
      naam: 'Samen in de wijk',
      startjaar: 2017,
      eindjaar: 2021,
      schoolIds: [d.mozaiek.id],
      budget: [{ jaar: 2017, bedragCents: 100_00 }],
      indicatoren: [{ naam: 'Thuiszitters', waarden: [{ jaar: 2017, waarde: 4 }] }],
    });
    expect(await ok(env, 'proeftuinen.herstel', await ok(env, 'proeftuinen.verwijder', { id: p.id }))).toEqual(p);
    expect(await ok(env, 'regelingen.herstel', await ok(env, 'regelingen.verwijder', { id: regeling.id }))).toEqual(regeling);
    await ok(env, 'regelingen.verwijder', { id: regeling.id });
    expect(await ok(env, 'begrotingsposten.herstel', await ok(env, 'begrotingsposten.verwijder', { id: post.id }))).toEqual(post);
    const k = await ok(env, 'kerncijfers.maak', { jaar: 2017, jeugdigen019: 30_000 });
    expect(await ok(env, 'kerncijfers.herstel', await ok(env, 'kerncijfers.verwijder', { jaar: 2017 }))).toEqual(k);
  });

  it('herstel takes a new id when the old one was reused, and refuses when the vestigingscode is taken again', async () => {
    const weg = await ok(env, 'scholen.verwijder', { id: d.carolus.id }); // the highest id: SQLite reuses it
    const nieuw = await ok(env, 'scholen.maak', { vestigingscode: '02OT00', naam: 'Carolus (nieuw)', sector: 'VO' });
    expect(nieuw.id).toBe(d.carolus.id);
    const voor = dump(env.db);
    const f = await fout(env, 'scholen.herstel', weg);
    expect(f.melding).toMatch(/Vestigingscode 02OT00 hoort al bij Carolus \(nieuw\)/);
    expect(dump(env.db)).toEqual(voor);
    await ok(env, 'scholen.verwijder', { id: nieuw.id });
    await ok(env, 'scholen.maak', { vestigingscode: '99ZZ00', naam: 'Bezet het id', sector: 'PO' });
    const terug = await ok(env, 'scholen.herstel', weg);
    expect(terug.id).not.toBe(weg.id);
    expect({ ...terug, id: weg.id }).toEqual(weg);
  });

  it('herstel of an afspraak whose school is gone is refused with the field named', async () => {
    const a = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.regenboog.id, aanbiederId: d.kern }));
    const weg = await ok(env, 'afspraken.verwijder', { id: a.id });
    await ok(env, 'scholen.verwijder', { id: d.regenboog.id });
    const f = await fout(env, 'afspraken.herstel', weg);
    expect(f.velden).toEqual([{ veld: 'schoolId', melding: 'School bestaat niet (meer); kies een school uit de lijst.' }]);
  });
});
