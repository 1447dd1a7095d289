// Saved verdelingen (issue 16 item 1, migration 013): a record goes in, comes out the same, can be
// changed, deleted and restored; bad input is refused in Dutch and changes nothing.
import { describe, expect, it } from 'vitest';
import type { Input } from '../../electron/api/contract';
import { dump, testOmgeving } from '../helpers/db';
import { hoogeveen } from '../helpers/hoogeveen';
import { fout, ok } from '../helpers/registratie';

async function hoogeveenMetTelling() {
  const env = await testOmgeving();
  const h = await hoogeveen(env);
  const telling = env.db.prepare('INSERT INTO leerlingen (school_id, jaar, aantal, onder5) VALUES (?, ?, ?, 0)');
  telling.run(h.scholen.po.id, 2020, 310);
  telling.run(h.scholen.sbo.id, 2020, 90);
  return { env, h };
}

describe('verdelingen', () => {
  it('saves a verdeling with its settings, reads it back the same, and lists it with its status', async () => {
    const { env, h } = await hoogeveenMetTelling();
    const wijk = (await ok(env, 'wijken.lijst', {}))[0].id;
    const invoer: Input<'verdelingen.maak'> = {
      naam: 'Maatwerk JMW 2020-2021',
      schooljaar: 2020,
      soort: 'uren',
      functie: 'JMW',
      sectoren: ['PO', 'SBO', 'SO'],
      wijkIds: [wijk],
      regel: 'leerlingen',
      totaal: 20,
      aanbiederId: h.sww,
      scholen: [
        { schoolId: h.scholen.so.id, gewicht: 100.5, max: 4 },
        { schoolId: h.scholen.po.id, toegekend: 12, aanbiederId: h.zelf },
      ],
    };
    const v = await ok(env, 'verdelingen.maak', invoer);
    expect(v).toMatchObject({ naam: 'Maatwerk JMW 2020-2021', status: 'concept', totaal: 20, stap: null, wijkIds: [wijk], schoolIds: [], vastgesteldOp: null });
    expect(v.scholen).toEqual(
      expect.arrayContaining([
        { schoolId: h.scholen.so.id, gewicht: 100.5, min: null, max: 4, toegekend: null, aanbiederId: null },
        { schoolId: h.scholen.po.id, gewicht: null, min: null, max: null, toegekend: 12, aanbiederId: h.zelf },
      ]),
    );
    expect(await ok(env, 'verdelingen.lees', { id: v.id })).toEqual(v);
    const voorstel = await ok(env, 'verdelingen.voorstel', { id: v.id });
    expect(voorstel.scholen.find((s) => s.schoolId === h.scholen.po.id)).toMatchObject({ toegekend: 12, handmatig: true, aanbiederId: h.zelf });
    expect(voorstel.scholen.find((s) => s.schoolId === h.scholen.so.id)).toMatchObject({ gewicht: 100.5, eigenGewicht: true, toegekend: 4, begrensd: 'max' });

    // Status follows the dates; lees's record goes back into wijzig as it is.
    const advies = await ok(env, 'verdelingen.wijzig', {
      ...v,
      voorgelegdOp: '2020-06-01',
      adviesDatum: '2020-06-12',
      adviesTekst: 'Akkoord, met 1 uur meer voor De Zwaluw.',
    });
    expect(advies.status).toBe('advies');
    expect((await ok(env, 'verdelingen.lijst', {}))[0]).toMatchObject({ id: v.id, status: 'advies', statusDatum: '2020-06-12', totaal: 20, soort: 'uren' });

    const weg = await ok(env, 'verdelingen.verwijder', { id: v.id });
    expect(await ok(env, 'verdelingen.lijst', {})).toEqual([]);
    const terug = await ok(env, 'verdelingen.herstel', weg);
    expect(terug).toEqual(advies);
    env.sessie.close();
  });

  it('stores euros as cents and a chosen-school list', async () => {
    const { env, h } = await hoogeveenMetTelling();
    const v = await ok(env, 'verdelingen.maak', {
      naam: 'Pot SWW',
      schooljaar: 2020,
      soort: 'euros',
      functie: 'JW',
      sectoren: ['PO', 'SBO'],
      schoolIds: [h.scholen.po.id],
      regel: 'gelijk',
      totaal: 1_234_500,
      stap: 50,
    });
    expect(env.db.prepare('SELECT totaal, stap FROM verdelingen').get()).toEqual({ totaal: 1_234_500, stap: 50 });
    const voorstel = await ok(env, 'verdelingen.voorstel', { id: v.id });
    expect(voorstel.scholen.map((s) => [s.naam, s.toegekend])).toEqual([['De Wielewaal', 1_234_500]]);
    env.sessie.close();
  });

  it('refuses in Dutch and changes nothing', async () => {
    const { env, h } = await hoogeveenMetTelling();
    const basis = { naam: 'Pot', schooljaar: 2020, soort: 'uren', functie: 'JMW', sectoren: ['PO'], regel: 'gelijk', totaal: 10 };
    await ok(env, 'verdelingen.maak', basis as Input<'verdelingen.maak'>);
    const voor = dump(env.db);
    const gevallen: [unknown, RegExp][] = [
      [{ ...basis, naam: 'pot' }, /Er is al een verdeling met de naam pot/],
      [{ ...basis, naam: 'B', aanbiederId: 999 }, /aanbieder met nummer 999 bestaat niet/],
      [{ ...basis, naam: 'B', adviesTekst: 'ja' }, /Geef de datum van het BLOZ-advies/],
      [{ ...basis, naam: 'B', voorgelegdOp: '2020-06-12', adviesDatum: '2020-06-01' }, /vóór de datum waarop de verdeling werd voorgelegd/],
      [{ ...basis, naam: 'B', totaal: 10.25 }, /geen geheel aantal stappen/],
      [{ ...basis, naam: 'B', totaal: 10.255 }, /Pot mag hoogstens 2 decimalen/],
      [{ ...basis, naam: 'B', sectoren: [] }, /Kies minstens één sector/],
      [{ ...basis, naam: '' }, /Naam is verplicht/],
      [{ ...basis, naam: 'B', scholen: [{ schoolId: h.scholen.vo.id, gewicht: 2 }] }, /valt niet onder deze sectoren/],
      [{ ...basis, naam: 'B', regel: 'loting' }, /Verdeelregel moet een van gelijk, leerlingen, voet, gewicht zijn/],
    ];
    for (const [invoer, melding] of gevallen) expect((await fout(env, 'verdelingen.maak', invoer)).melding).toMatch(melding);
    expect((await fout(env, 'verdelingen.lees', { id: 77 })).code).toBe('niet-gevonden');
    const naMutatielog = dump(env.db);
    // Only the mutatielog may differ (refused calls are not logged either).
    expect({ ...naMutatielog, mutatielog: [] }).toEqual({ ...voor, mutatielog: [] });
    env.sessie.close();
  });
});

describe('what a verdeling refers to', () => {
  it('cannot be deleted from under it: school, aanbieder, wijk and functie say which verdeling, in Dutch', async () => {
    const { env, h } = await hoogeveenMetTelling();
    const wijk = (await ok(env, 'wijken.lijst', {}))[0].id;
    await ok(env, 'verdelingen.maak', {
      naam: 'Pot JP',
      schooljaar: 2020,
      soort: 'uren',
      functie: 'JP',
      sectoren: ['SO'],
      wijkIds: [wijk],
      regel: 'gelijk',
      totaal: 1,
      aanbiederId: h.sww,
      scholen: [{ schoolId: h.scholen.so.id, gewicht: 2, aanbiederId: h.zelf }],
    });
    expect((await fout(env, 'scholen.verwijder', { id: h.scholen.so.id })).melding).toBe(
      'De school Het Spectrum heeft nog een plaats in verdeling Pot JP. Verwijder of verplaats die eerst.',
    );
    expect((await fout(env, 'aanbieders.verwijder', { id: h.zelf })).melding).toBe(
      'De aanbieder Eigen personeel scholen Hoogeveen hoort bij verdeling Pot JP. Kies daar eerst een andere aanbieder.',
    );
    expect((await fout(env, 'wijken.verwijder', { id: wijk })).melding).toMatch(/en verdeling Pot JP\. Kies daar eerst een andere wijk\.$/);
    await ok(env, 'regelingen.verwijder', { id: h.regeling.id });
    expect((await fout(env, 'functies.verwijder', { code: 'JP' })).melding).toBe(
      'De functie JP hoort nog bij verdeling Pot JP. Verwijder of wijzig die eerst.',
    );
    env.sessie.close();
  });
});
