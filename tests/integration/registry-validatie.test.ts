// Rule 8 through the API: every rejection is Dutch, names the field, and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../electron/api/contract';
import { dump } from '../helpers/db';
import { afspraakInvoer, fout, inzetInvoer, metBasis, ok, type Basis, type Env } from '../helpers/registratie';

let env: Env;
let d: Basis;
beforeEach(async () => ({ env, d } = await metBasis()));
afterEach(() => env.sessie.close());

/** The call fails, names `veld` with a Dutch message matching `melding`, and the database is unchanged. */
async function weigert(method: MethodName, input: unknown, veld: string, melding: RegExp) {
  const voor = dump(env.db);
  const f = await fout(env, method, input);
  expect(
    f.velden.map((v) => v.veld),
    f.melding,
  ).toContain(veld);
  const regel = f.velden.find((v) => v.veld === veld)!;
  expect(regel.melding).toMatch(melding);
  expect(f.melding).not.toMatch(/\b(expected|invalid|received|required)\b/i);
  expect(dump(env.db)).toEqual(voor);
  return f;
}

describe('scholen', () => {
  it('refuses a vestigingscode that another school has, naming that school', async () => {
    const f = await weigert(
      'scholen.maak',
      { vestigingscode: '20cf01', naam: 'Nieuw', sector: 'PO' },
      'vestigingscode',
      /20CF01 hoort al bij Het Mozaïek in Zwolle/,
    );
    expect(f.code).toBe('conflict');
    expect(f.melding).toContain('Het Mozaïek');
    await weigert('scholen.wijzig', { ...d.regenboog, vestigingscode: '20CF01' }, 'vestigingscode', /Het Mozaïek/);
  });

  it('refuses a BRIN alone unless the school is MBO, and malformed codes', async () => {
    await weigert('scholen.maak', { vestigingscode: '25PJ', naam: 'X', sector: 'VO' }, 'vestigingscode', /alleen een MBO-instelling/);
    await weigert('scholen.maak', { vestigingscode: '20CF1', naam: 'X', sector: 'PO' }, 'vestigingscode', /^Vestigingscode moet/);
  });

  it('refuses an empty name, an unknown sector, a wijk that does not exist, bad pupil counts', async () => {
    await weigert('scholen.maak', { vestigingscode: '30AB00', naam: '  ', sector: 'PO' }, 'naam', /^Naam is verplicht/);
    await weigert('scholen.maak', { vestigingscode: '30AB00', naam: 'X', sector: 'HBO' }, 'sector', /^Sector moet een van/);
    await weigert('scholen.maak', { vestigingscode: '30AB00', naam: 'X', sector: 'PO', wijkId: 999 }, 'wijkId', /^Wijk bestaat niet/);
    await weigert('scholen.wijzig', { ...d.mozaiek, leerlingen: [{ jaar: 2017, aantal: -3 }] }, 'leerlingen.0.aantal', /^Aantal leerlingen mag niet negatief/);
    await weigert(
      'scholen.wijzig',
      {
        ...d.mozaiek,
        leerlingen: [
          { jaar: 2017, aantal: 3 },
          { jaar: 2017, aantal: 4 },
        ],
      },
      'leerlingen.1',
      /het jaar 2017 staat er meer dan eens in/,
    );
  });
});

describe('afspraken', () => {
  it('refuses negative hours, shares that do not add up, end before start, with the field named', async () => {
    const basisInvoer = afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern });
    await weigert('afspraken.maak', { ...basisInvoer, basisurenPerWeek: -1 }, 'basisurenPerWeek', /^Basisuren per week mag niet negatief/);
    await weigert('afspraken.maak', { ...basisInvoer, aandeelGemeente: 60, aandeelOnderwijs: 50 }, 'aandeelGemeente', /samen precies 100%/);
    await weigert('afspraken.maak', { ...basisInvoer, startdatum: '2018-01-01', einddatum: '2017-12-01' }, 'einddatum', /^Einddatum moet na de startdatum/);
    await weigert('afspraken.maak', { ...basisInvoer, vastBedragCents: -5 }, 'vastBedragCents', /mag niet negatief/);
    // Extra uren are records of aanvullende inzet now, each with a required reden (issue 16 item 7).
    const a = await ok(env, 'afspraken.maak', basisInvoer);
    await weigert('aanvullendeInzet.maak', { ...inzetInvoer(a.id), reden: '  ' }, 'reden', /^Reden is verplicht/);
  });

  it('refuses a school, aanbieder or regeling that does not exist', async () => {
    const f = await weigert('afspraken.maak', afspraakInvoer({ schoolId: 9999, aanbiederId: 9999, regelingId: 9999 }), 'schoolId', /^School bestaat niet/);
    expect(f.velden.map((v) => v.veld)).toEqual(['schoolId', 'aanbiederId', 'regelingId']);
    expect(f.velden[1].melding).toMatch(/^Aanbieder bestaat niet/);
  });

  it('refuses a second afspraak for the same schooljaar, school, aanbieder and functie', async () => {
    const eerste = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern }));
    const f = await weigert(
      'afspraken.maak',
      afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, basisurenPerWeek: 2 }),
      'functie',
      /al een afspraak/,
    );
    expect(f.melding).toBe(
      'Er is al een afspraak voor Het Mozaïek met De Kern voor JGW in schooljaar 2017-2018. Pas die afspraak aan in plaats van een tweede te maken.',
    );
    // Another year, functie or aanbieder is fine; changing one into the other's key is not.
    const ander = await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern, schooljaar: 2018 }));
    await weigert('afspraken.wijzig', { ...ander, schooljaar: 2017 }, 'functie', /al een afspraak/);
    // Changing itself keeps its own key.
    await ok(env, 'afspraken.wijzig', { ...eerste, basisurenPerWeek: 5 });
  });

  it('wijzig of an afspraak that does not exist says so', async () => {
    const voor = dump(env.db);
    const f = await fout(env, 'afspraken.wijzig', { id: 4242, ...afspraakInvoer({ schoolId: d.mozaiek.id, aanbiederId: d.kern }) });
    expect(f).toMatchObject({ code: 'niet-gevonden' });
    expect(f.melding).toMatch(/bestaat niet \(meer\)/);
    expect(dump(env.db)).toEqual(voor);
  });
});

describe('other areas', () => {
  it('names, duplicates and shares', async () => {
    await weigert('wijken.maak', { naam: 'centrum' }, 'naam', /al een wijk Centrum/);
    await weigert('besturen.maak', { nummer: '41601', naam: 'Ander' }, 'nummer', /hoort al bij Stichting Openbaar Onderwijs Zwolle/);
    await weigert('aanbieders.maak', { naam: 'kern' }, 'naam', /al een aanbieder De Kern/);
    await weigert('aanbieders.maak', { naam: 'Nieuw', korteNaam: 'Trias' }, 'korteNaam', /Trias wordt al gebruikt door Trias Jeugdhulp/);
    await weigert('aanbieders.maak', { naam: 'Nieuw', email: 'geen-mail' }, 'email', /^E-mailadres moet/);
    await weigert('functies.wijzig', { code: 'XX', naam: 'X', betaler: 'gemeente', standaardUurtariefCents: 0 }, 'code', /^Functie XX bestaat niet/);
    await weigert('functies.wijzig', { code: 'JGW', naam: 'X', betaler: 'rijk', standaardUurtariefCents: 0 }, 'betaler', /^Betaler moet gemeente of onderwijs/);
    await weigert('functies.wijzig', { code: 'JGW', naam: 'X', betaler: 'gemeente', standaardUurtariefCents: -1 }, 'standaardUurtariefCents', /niet negatief/);
    await weigert('regelingen.maak', { naam: 'R', aandeelGemeente: 50 }, 'aandeelGemeente', /samen precies 100% zijn \(nu 50%\)/);
    await weigert('regelingen.maak', { naam: 'R', aandeelGemeente: 50, aandeelOverig: 50 }, 'overigeFinancier', /verplicht/);
    await weigert('regelingen.maak', { naam: 'R', begrotingspostIds: [77] }, 'begrotingspostIds.0', /^Begrotingspost bestaat niet/);
    await weigert(
      'regelingen.maak',
      {
        naam: 'R',
        basisinzet: [
          { sector: 'PO', functie: 'JGW', urenPerWeek: 4 },
          { sector: 'PO', functie: 'JGW', urenPerWeek: 2 },
        ],
      },
      'basisinzet.1',
      /PO JGW staat er meer dan eens in/,
    );
    await weigert('begrotingsposten.maak', { naam: 'B', soort: 'eenmalig' }, 'soort', /structureel of incidenteel/);
    await weigert(
      'begrotingsposten.maak',
      { naam: 'B', soort: 'structureel', bedragen: [{ jaar: 2018, bedragCents: 1.5 }] },
      'bedragen.0.bedragCents',
      /hele centen/,
    );
    await ok(env, 'kerncijfers.maak', { jaar: 2017, jeugdigen019: 30_000 });
    await weigert('kerncijfers.maak', { jaar: 2017 }, 'jaar', /al kerncijfers voor 2017/);
    await weigert('kerncijfers.maak', { jaar: 2018, leerlingenPo: -1 }, 'leerlingenPo', /^Leerlingen PO mag niet negatief/);
  });

  it('proeftuinen: period, budget years, schools and wijk', async () => {
    await weigert('proeftuinen.maak', { naam: 'P', startjaar: 2021, eindjaar: 2017 }, 'eindjaar', /^Eindjaar mag niet voor het startjaar/);
    await weigert('proeftuinen.maak', { naam: 'P', startjaar: 2017, eindjaar: 2040 }, 'eindjaar', /hoogstens 10 jaar/);
    await weigert(
      'proeftuinen.maak',
      { naam: 'P', startjaar: 2017, eindjaar: 2021, budget: [{ jaar: 2022, bedragCents: 100 }] },
      'budget.0.jaar',
      /buiten de looptijd 2017-2021/,
    );
    await weigert('proeftuinen.maak', { naam: 'P', startjaar: 2017, eindjaar: 2021, schoolIds: [12345] }, 'schoolIds.0', /^School bestaat niet/);
    await weigert('proeftuinen.maak', { naam: 'P', startjaar: 2017, eindjaar: 2021, wijkId: 12345 }, 'wijkId', /^Wijk bestaat niet/);
    await weigert(
      'proeftuinen.maak',
      {
        naam: 'P',
        startjaar: 2017,
        eindjaar: 2021,
        indicatoren: [
          {
            naam: 'I',
            waarden: [
              { jaar: 2017, waarde: 1 },
              { jaar: 2017, waarde: 2 },
            ],
          },
        ],
      },
      'indicatoren.0.waarden.1',
      /het jaar 2017 staat er meer dan eens in/,
    );
  });

  it('lists refuse a sort column outside the whitelist', async () => {
    await weigert('afspraken.lijst', { schooljaar: 2017, sorteer: 'naam; DROP TABLE afspraken' }, 'sorteer', /^Sorteren kan op/);
    await weigert('scholen.lijst', { sorteer: 's.id' }, 'sorteer', /^Sorteren kan op/);
    await weigert('afspraken.lijst', {}, 'schooljaar', /^Schooljaar is verplicht/);
  });
});
