// Aanvullende inzet (issue 16 item 7) through the API and the CLI on real SQLite, on a Hoogeveen
// file and an empty one: a Hoogeveen exception is a record with its reason, goals, period,
// financing and verantwoording, and its cost (docs/regels.md#regel-18) is in every total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { dump, testOmgeving, tmpDbPad } from '../helpers/db';
import { hoogeveen, type Hoogeveen } from '../helpers/hoogeveen';
import { afspraakInvoer, fout, inzetInvoer, ok, type Env } from '../helpers/registratie';

let env: Env;
let h: Hoogeveen;
const pad = tmpDbPad('hoogeveen-aanvullend.db');

beforeAll(async () => {
  env = await testOmgeving(pad);
  h = await hoogeveen(env);
});
afterAll(() => env.sessie.close());

/** A JMW afspraak of SWW at De Wielewaal in 2020-2021: 4 uur × 40 weken × € 65 = € 10.400, all gemeente. */
async function jmw(schoolId = h.scholen.po.id) {
  return ok(
    env,
    'afspraken.maak',
    afspraakInvoer({ schooljaar: 2020, schoolId, aanbiederId: h.sww, functie: 'JMW', regelingId: h.regeling.id, aandeelGemeente: 100, aandeelOnderwijs: 0 }),
  );
}

const hoogeveenInzet = (afspraakId: number, over: Partial<Parameters<typeof inzetInvoer>[1]> = {}) =>
  inzetInvoer(afspraakId, {
    urenPerWeek: 3,
    startdatum: '2021-01-04',
    einddatum: '2021-04-30',
    reden: 'Groep 8 met veel zorgen over veiligheid; SWW en school vragen tijdelijk meer inzet.',
    doelen: 'Groepsgesprekken; minder incidenten voor de zomer.',
    aandeelGemeente: 50,
    aandeelOnderwijs: 0,
    aandeelOverig: 50,
    overigeFinancier: 'Samenwerkingsverband PO Hoogeveen',
    aangevraagdDoor: 'aanbieder',
    besluitDatum: '2020-12-15',
    besluitDoor: 'Wethouder jeugd',
    verantwoordingUiterlijk: '2021-06-30',
    ...over,
  });

describe('aanvullende inzet through the API (Hoogeveen)', () => {
  it('a time-bound, co-financed exception is a record of its own, and its months and split are in every total', async () => {
    const a = await jmw();
    const voor = await ok(env, 'kosten.schooljaar', { schooljaar: 2020 });
    const r = await ok(env, 'aanvullendeInzet.maak', hoogeveenInzet(a.id));
    expect(r).toMatchObject({ afspraakId: a.id, bron: 'getypt', besluitDoor: 'Wethouder jeugd', verantwoordingOntvangen: null });
    // 3 uur × 40 × € 65 = € 7.800 a year; January-April: 4/12 = € 2.600; half SWV.
    const [rij] = await ok(env, 'aanvullendeInzet.lijst', { afspraakId: a.id });
    expect(rij.telMetAfspraak).toBe(false);
    expect(rij.kosten).toEqual({ totaal: 260_000, gemeente: 130_000, onderwijs: 0, overig: 130_000 });
    const na = await ok(env, 'kosten.schooljaar', { schooljaar: 2020 });
    expect(na.totaal - voor.totaal).toBe(260_000);
    expect(na.aantalAfspraken).toBe(voor.aantalAfspraken);
    expect(na.perOverigeFinancier['Samenwerkingsverband PO Hoogeveen']).toBe(130_000);
    expect(na.perFunctie.JMW.totaal - voor.perFunctie.JMW.totaal).toBe(260_000);
    // All four months fall in 2021.
    const bj2020 = await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2020 });
    const bj2021 = await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: 2021 });
    expect(bj2020.totaal + bj2021.totaal).toBe(na.totaal);
    // The afspraken list shows the row with its aanvullende inzet and the total with it.
    const lijst = await ok(env, 'afspraken.lijst', { schooljaar: 2020 });
    expect(lijst.rijen.find((x) => x.id === a.id)).toMatchObject({
      aanvullendeUren: 3,
      aantalAanvullend: 1,
      kosten: { schooljaar: { totaal: 1_040_000 + 260_000 } },
    });
    expect(lijst.totalen.geteld.totaal).toBe(na.totaal);
    expect(lijst.totalen.geteld.extraUren).toBe(3);
    // The schooljaar list (CLI, dashboard) names the afspraak.
    const [inSchooljaar] = await ok(env, 'aanvullendeInzet.schooljaar', { schooljaar: 2020 });
    expect(inSchooljaar).toMatchObject({
      id: r.id,
      schoolNaam: 'De Wielewaal',
      functie: 'JMW',
      aanbiederNaam: 'Stichting Welzijnswerk',
      status: 'afgesproken',
    });
  });

  it('a fixed amount is spent over its own months: the two begrotingsjaren add up to the amount exactly', async () => {
    const a = await jmw(h.scholen.sbo.id);
    const jaar = async (j: number) => (await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: j })).totaal;
    const voor = [await jaar(2020), await jaar(2021)];
    // € 1.000,01 over November-February: 2 of 4 months in 2020 → € 500,01 (half up), the rest € 500,00 in 2021.
    await ok(env, 'aanvullendeInzet.maak', inzetInvoer(a.id, { urenPerWeek: null, bedragCents: 100_001, startdatum: '2020-11-01', einddatum: '2021-02-28' }));
    expect((await jaar(2020)) - voor[0]).toBe(50_001);
    expect((await jaar(2021)) - voor[1]).toBe(50_000);
    const [rij] = await ok(env, 'aanvullendeInzet.lijst', { afspraakId: a.id });
    expect(rij.kosten.totaal).toBe(100_001);
  });

  it('a record over the afspraak with its split counts with the basisuren: one rounding, and it shows what it adds', async () => {
    const a = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({ schooljaar: 2020, schoolId: h.scholen.vso.id, aanbiederId: h.zelf, functie: 'JP', basisurenPerWeek: 1.01, uurtariefCents: 5_001 }),
    );
    await ok(env, 'aanvullendeInzet.maak', inzetInvoer(a.id, { urenPerWeek: 0.03, startdatum: '2020-09-01', einddatum: '2021-08-31' }));
    const [rij] = await ok(env, 'aanvullendeInzet.lijst', { afspraakId: a.id });
    expect(rij.telMetAfspraak).toBe(true);
    // (1,01 + 0,03) × 40 × € 50,01 = € 2.080,416 → € 2.080,42; 1,01 alone: € 2.020,404 → € 2.020,40.
    const lijst = await ok(env, 'afspraken.lijst', { schooljaar: 2020, schoolId: h.scholen.vso.id });
    expect(lijst.rijen[0].kosten.jaar).toBe(208_042);
    expect(rij.kosten.totaal).toBe(208_042 - 202_040);
  });

  it('refuses in Dutch, naming the field, and changes nothing', async () => {
    const a = await jmw(h.scholen.so.id);
    const voor = dump(env.db);
    const weigert = async (invoer: unknown, veld: string, melding: RegExp) => {
      const f = await fout(env, 'aanvullendeInzet.maak', invoer);
      expect(f.velden?.map((v) => v.veld)).toContain(veld);
      expect(f.velden?.find((v) => v.veld === veld)?.melding).toMatch(melding);
    };
    await weigert({ ...hoogeveenInzet(a.id), reden: ' ' }, 'reden', /^Reden is verplicht/);
    await weigert(
      hoogeveenInzet(a.id, { startdatum: '2020-08-15' }),
      'startdatum',
      /^Startdatum 15-08-2020 ligt buiten schooljaar 2020-2021 \(01-09-2020 t\/m 31-08-2021\)/,
    );
    await weigert(hoogeveenInzet(a.id, { einddatum: '2021-09-01' }), 'einddatum', /^Einddatum 01-09-2021 ligt buiten schooljaar/);
    await weigert(hoogeveenInzet(a.id, { einddatum: '2020-12-31' }), 'einddatum', /^Einddatum mag niet voor de startdatum liggen/);
    await weigert(hoogeveenInzet(a.id, { aandeelGemeente: 60 }), 'aandeelGemeente', /samen precies 100% zijn \(nu 110%\)/);
    await weigert(hoogeveenInzet(a.id, { aandeelGemeente: 120, aandeelOverig: 0 }), 'aandeelGemeente', /mag niet meer dan 100 zijn/);
    await weigert(hoogeveenInzet(a.id, { overigeFinancier: null }), 'overigeFinancier', /^Overige financier is verplicht/);
    await weigert(hoogeveenInzet(a.id, { bedragCents: 500_000 }), 'urenPerWeek', /^Vul Uren per week of Bedrag in/);
    await weigert(hoogeveenInzet(a.id, { urenPerWeek: null }), 'urenPerWeek', /^Vul Uren per week of Bedrag in/);
    await weigert(hoogeveenInzet(a.id, { aangevraagdDoor: 'ouders' as never }), 'aangevraagdDoor', /school, aanbieder, gemeente/);
    expect((await fout(env, 'aanvullendeInzet.maak', hoogeveenInzet(999_999))).melding).toMatch(/^De afspraak met nummer 999999 bestaat niet/);
    expect(dump(env.db)).toEqual(voor);
  });

  it('changes, removes and restores a record, each step in the mutatielog; removing the afspraak removes its records and undo restores them', async () => {
    const a = await jmw(h.scholen.vo.id);
    const r = await ok(env, 'aanvullendeInzet.maak', hoogeveenInzet(a.id));
    const gewijzigd = await ok(env, 'aanvullendeInzet.wijzig', { ...r, verantwoordingOntvangen: '2021-06-20', verantwoording: 'Doelen gehaald.' });
    expect(gewijzigd).toMatchObject({ id: r.id, verantwoordingOntvangen: '2021-06-20' });
    const weg = await ok(env, 'aanvullendeInzet.verwijder', { id: r.id });
    expect(await ok(env, 'aanvullendeInzet.lijst', { afspraakId: a.id })).toEqual([]);
    expect(await ok(env, 'aanvullendeInzet.herstel', weg)).toEqual(gewijzigd);
    const log = await ok(env, 'mutatielog.lijst', { entiteit: 'aanvullendeInzet', entiteitId: r.id });
    expect(log.map((m) => m.methode).reverse()).toEqual([
      'aanvullendeInzet.maak',
      'aanvullendeInzet.wijzig',
      'aanvullendeInzet.verwijder',
      'aanvullendeInzet.herstel',
    ]);
    const weg2 = await ok(env, 'afspraken.verwijder', { id: a.id });
    expect(env.db.prepare('SELECT count(*) FROM aanvullende_inzet WHERE afspraak_id = ?').pluck().get(a.id)).toBe(0);
    expect(weg2.aanvullendeInzet).toEqual([gewijzigd]);
    // Undo brings the afspraak back with its records, ids and all.
    const terug = await ok(env, 'afspraken.herstel', weg2);
    expect(terug).toEqual(weg2);
    expect(await ok(env, 'aanvullendeInzet.lijst', { afspraakId: a.id })).toMatchObject([{ ...gewijzigd }]);
  });
});

describe('verantwoording of aanvullende inzet on the dashboard', () => {
  it('lists due dates that passed without a received date, oldest first', async () => {
    const a = await jmw(h.scholen.vso.id);
    const r = await ok(env, 'aanvullendeInzet.maak', hoogeveenInzet(a.id, { verantwoordingUiterlijk: '2021-06-30' }));
    const verlopen = (vandaag: string) => ok(env, 'aanvullendeInzet.verantwoordingVerlopen', { vandaag });
    expect((await verlopen('2021-06-30')).map((x) => x.id)).not.toContain(r.id);
    expect(await verlopen('2021-07-01')).toContainEqual(
      expect.objectContaining({ id: r.id, afspraakId: a.id, schoolNaam: 'Het Spectrum VSO', functie: 'JMW', verantwoordingUiterlijk: '2021-06-30' }),
    );
    await ok(env, 'aanvullendeInzet.wijzig', { ...r, verantwoordingOntvangen: '2021-07-02' });
    expect((await verlopen('2021-08-01')).map((x) => x.id)).not.toContain(r.id);
  });
});

describe('an empty file', () => {
  it('has no aanvullende inzet and every total still answers', async () => {
    const leeg = await testOmgeving();
    expect(await ok(leeg, 'aanvullendeInzet.schooljaar', { schooljaar: 2024 })).toEqual([]);
    expect(await ok(leeg, 'kosten.schooljaar', { schooljaar: 2024 })).toMatchObject({ totaal: 0, aantalAfspraken: 0 });
    expect((await fout(leeg, 'aanvullendeInzet.lijst', { afspraakId: 1 })).melding).toMatch(/^De afspraak met nummer 1 bestaat niet/);
    leeg.sessie.close();
  });
});

describe('schoolinzet aanvullend (CLI)', () => {
  async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([...args, '--db', pad], { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('adds with Dutch amounts and dates, lists with --json in cents, changes and removes; a refusal changes nothing', async () => {
    const a = await ok(
      env,
      'afspraken.maak',
      afspraakInvoer({
        schooljaar: 2021,
        schoolId: h.scholen.po.id,
        aanbiederId: h.sww,
        functie: 'JMW',
        regelingId: h.regeling.id,
        aandeelGemeente: 100,
        aandeelOnderwijs: 0,
      }),
    );
    env.sessie.close();
    const maak = await cli(
      'aanvullend',
      'maak',
      '--afspraak',
      String(a.id),
      '--reden',
      'Extra groep',
      '--bedrag',
      '€ 2.500,50',
      '--van',
      '01-10-2021',
      '--tot',
      '31-12-2021',
    );
    expect(maak.err).toBe('');
    expect(maak.code).toBe(0);
    expect(maak.out).toMatch(/^Aanvullende inzet \d+ toegevoegd bij afspraak \d+: € 2\.500,50, 01-10-2021 t\/m 31-12-2021\.$/);
    const lijst = await cli('aanvullend', '--schooljaar', '2021-2022', '--json');
    const json = JSON.parse(lijst.out) as {
      aanvullendeInzet: { id: number; bedragCents: number; kosten: { totaal: number; gemeente: number }; aandeelGemeente: number }[];
    };
    expect(json.aanvullendeInzet).toHaveLength(1);
    // The afspraak's shares by default.
    expect(json.aanvullendeInzet[0]).toMatchObject({ bedragCents: 250_050, aandeelGemeente: 100, kosten: { totaal: 250_050, gemeente: 250_050 } });
    const nr = String(json.aanvullendeInzet[0].id);
    expect((await cli('aanvullend', '--schooljaar', '2021-2022')).out).toMatch(
      /De Wielewaal\s+JMW\s+€ 2\.500,50\s+01-10-2021 t\/m 31-12-2021\s+€ 2\.500,50\s+Extra groep/,
    );
    const wijzig = await cli('aanvullend', 'wijzig', '--id', nr, '--uren', '1,5', '--verantwoording-uiterlijk', '31-01-2022');
    expect(wijzig.out).toMatch(/gewijzigd bij afspraak \d+: 1,5 uur\/week/);
    const fout1 = await cli('aanvullend', 'wijzig', '--id', nr, '--van', '01-08-2021');
    expect(fout1.code).toBe(1);
    expect(fout1.err).toMatch(/Startdatum 01-08-2021 ligt buiten schooljaar 2021-2022/);
    const fout2 = await cli('aanvullend', 'maak', '--afspraak', String(a.id), '--reden', 'x', '--uren', 'veel', '--van', '01-10-2021', '--tot', '31-12-2021');
    expect(fout2.err).toMatch(/--uren moet een getal zijn/);
    expect((await cli('aanvullend', 'verwijder', '--id', nr)).out).toMatch(/^Aanvullende inzet \d+ verwijderd \(1,5 uur\/week/);
    expect((await cli('aanvullend', '--schooljaar', '2021-2022')).out).toMatch(/Er is geen aanvullende inzet in schooljaar 2021-2022/);
    env = await testOmgeving(pad);
  });
});
