// Issue 17: the Beschikkingsbijlage and the Subsidieoverzicht on the demo, written by the CLI,
// read back as stored (exceljs) and after LibreOffice recalculated every formula; plus the
// subsidy cycle on a Hoogeveen-like file (SWW, JMW) and on an empty file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { centen, heeftLibreOffice, LibreOffice, rijMet } from '../helpers/libreoffice';
import { fout, ok } from '../helpers/registratie';
import { cent, rij } from '../helpers/werkmap';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-subsidie-rapporten-'));
const lo = heeftLibreOffice ? new LibreOffice('subsidie') : null;
afterAll(() => lo?.opruimen());

describe('Beschikkingsbijlage and Subsidieoverzicht (Voorbeeld Zwolle, 2018)', () => {
  it('hold the figures of the subsidies, with live totals that LibreOffice recalculates to the same cents', { timeout: 240_000 }, async () => {
    const db = path.join(map, 'zwolle.db');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const stap = async (...args: string[]) => {
      const r = await cli('subsidie', ...args, '--db', db, '--begrotingsjaar', '2018', '--json');
      expect(r.err).toBe('');
      return JSON.parse(r.out) as { kostenGemeente: number; verleend: number; saldo: number | null; voorschotten: { bedrag: number }[] };
    };
    const kern = await stap('verleen', '--aanbieder', 'De Kern', '--datum', '15-12-2017');
    await stap('betaal', '--aanbieder', 'De Kern', '--termijn', '1', '--datum', '02-01-2018');
    const mee = await stap(
      'verleen',
      '--aanbieder',
      'MEE IJsseloevers',
      '--bedrag',
      '120.000',
      '--reden',
      'Minder inzet afgesproken',
      '--voorschotten',
      'kwartaal',
      '--datum',
      '15-12-2017',
    );
    for (const t of [1, 2, 3, 4]) await stap('betaal', '--aanbieder', 'MEE IJsseloevers', '--termijn', String(t), '--datum', '02-01-2018');
    await stap('verantwoord', '--aanbieder', 'MEE IJsseloevers', '--kosten', '110.000', '--datum', '01-03-2019');
    const meeVast = await stap('vaststel', '--aanbieder', 'MEE IJsseloevers', '--bedrag', '110.000', '--datum', '01-05-2019');
    expect(meeVast.saldo).toBe(-10_000_00);

    const bijlage = path.join(map, 'beschikking.xlsx');
    const overzicht = path.join(map, 'subsidies.xlsx');
    expect((await cli('export', 'beschikking', '--aanbieder', 'De Kern', '--begrotingsjaar', '2018', '--out', bijlage, '--db', db)).code).toBe(0);
    expect((await cli('export', 'subsidies', '--begrotingsjaar', '2018', '--out', overzicht, '--db', db)).code).toBe(0);
    const fout = await cli('export', 'beschikking', '--aanbieder', 'Niemand', '--begrotingsjaar', '2018', '--out', path.join(map, 'x.xlsx'), '--db', db);
    expect(fout.code).toBe(1);
    expect(fout.err).toMatch(/Onbekende aanbieder "Niemand"/);
    expect(fs.existsSync(path.join(map, 'x.xlsx'))).toBe(false);

    // As stored: first sheet says for whom, what and which year; cached totals are the app's figures.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(bijlage);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Over dit rapport', 'Inzet per school', 'Voorschotten']);
    const over = wb.getWorksheet('Over dit rapport')!;
    expect(rij(over, 'Aanbieder')[1]).toBe('De Kern');
    expect(rij(over, 'Begrotingsjaar')[1]).toBe('2018');
    expect(kern.kostenGemeente).toBe(234_000_00); // De Kern's gemeente share in 2018 (from 1-1-2018 SWT Zwolle has the JGW)
    expect(rij(over, 'Verleend bedrag')[1]).toBe('€ 234.000,00');
    const inzet = wb.getWorksheet('Inzet per school')!;
    expect(inzet.pageSetup.paperSize).toBe(9);
    const totaal = rij(inzet, 'Totaal');
    expect(cent(totaal[10])).toBe(kern.kostenGemeente);
    expect((inzet.getRow(inzet.rowCount).values as unknown[]).length).toBeGreaterThan(0);
    let berekening = '';
    inzet.eachRow((r) => {
      const t = r.getCell(8).value;
      if (!berekening && typeof t === 'string' && t.includes('/12 ×')) berekening = t;
    });
    expect(berekening).toMatch(/^(jan|sep)-(aug|dec) 2018: \d+\/12 × € [\d.]+ = € [\d.]+$/);
    expect(cent(rij(wb.getWorksheet('Voorschotten')!, 'Totaal')[2])).toBe(kern.verleend);

    if (!lo) return;
    const csv = lo.allesNaarCsv([bijlage, overzicht]);
    const b = csv[bijlage];
    expect(centen(rijMet(b['Inzet per school'], 'Totaal')[10])).toBe(kern.kostenGemeente);
    expect(centen(rijMet(b['Inzet per school'], 'Verschil afspraken − verleend')[10])).toBe(0);
    const v = b['Voorschotten'];
    expect(centen(rijMet(v, 'Totaal')[2])).toBe(kern.verleend);
    expect(v.filter((r) => /^\d+$/.test(r[0] ?? ''))).toHaveLength(12);

    const s = csv[overzicht]['Subsidies 2018'];
    const meeRij = rijMet(s, 'MEE IJsseloevers');
    expect(centen(meeRij[1])).toBe(mee.kostenGemeente);
    expect(centen(meeRij[2])).toBe(120_000_00);
    expect(centen(meeRij[3])).toBe(mee.kostenGemeente - 120_000_00);
    expect(centen(meeRij[8])).toBe(-10_000_00);
    expect(meeRij[9]).toBe('vastgesteld: terugvordering € 10.000,00');
    const tot = rijMet(s, 'Totaal');
    expect(centen(tot[2])).toBe(kern.verleend + 120_000_00);
    expect(centen(tot[5])).toBe(kern.voorschotten[0].bedrag + 120_000_00);
    expect(centen(tot[8])).toBe(-10_000_00);
  });
});

describe('a Hoogeveen-like file and an empty file', () => {
  it('SWW with JMW through verlening to vaststelling; an empty file lists nothing and exports', { timeout: 120_000 }, async () => {
    const pad = tmpDbPad('hoogeveen.db');
    const env = await testOmgeving(pad);
    await ok(env, 'instellingen.opslaan', { ...(await ok(env, 'instellingen.lezen', {})), gemeenteNaam: 'Hoogeveen', gemeenteCode: '0118' });
    const wijk = await ok(env, 'wijken.maak', { naam: 'Krakeel', omschrijving: null });
    const school = await ok(env, 'scholen.maak', { vestigingscode: '04KL00', naam: 'De Sterrenwachter', sector: 'PO', wijkId: wijk.id, plaats: 'Hoogeveen' });
    const sww = await ok(env, 'aanbieders.maak', { naam: 'Stichting Welzijnswerk', korteNaam: 'SWW' });
    await ok(env, 'afspraken.maak', {
      schooljaar: 2018,
      schoolId: school.id,
      aanbiederId: sww.id,
      functie: 'JMW',
      basisurenPerWeek: 3,
      uurtariefCents: 7_150,
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      status: 'getekend',
    });
    const rij1 = (await ok(env, 'subsidies.lijst', { begrotingsjaar: 2019 })).rijen;
    expect(rij1.map((r) => r.aanbieder)).toEqual([sww.naam]);
    // sep 2018 - aug 2019: 8 months in 2019 of 3 × 40 × € 71,50 = € 8.580 → € 5.720.
    expect(rij1[0].kostenGemeente).toBe(5_720_00);
    const aanvraag = await ok(env, 'subsidies.aanvraag', {
      aanbiederId: sww.id,
      begrotingsjaar: 2019,
      datum: '2018-10-01',
      bedragCents: 6_000_00,
      kenmerk: 'SWW-2019-01',
    });
    expect(aanvraag.rij).toMatchObject({ status: 'aangevraagd', verleend: null });
    expect(aanvraag.rij.subsidie).toMatchObject({ aanvraagDatum: '2018-10-01', aanvraagBedragCents: 6_000_00, aanvraagKenmerk: 'SWW-2019-01' });
    const v = await ok(env, 'subsidies.verleen', { aanbiederId: sww.id, begrotingsjaar: 2019, datum: '2018-12-01', schema: 'kwartaal' });
    expect(v.rij.subsidie?.aanvraagKenmerk).toBe('SWW-2019-01');
    expect(v.rij.subsidie?.voorschotten.map((t) => t.bedragCents)).toEqual([1_430_00, 1_430_00, 1_430_00, 1_430_00]);
    await ok(env, 'subsidies.betaal', { aanbiederId: sww.id, begrotingsjaar: 2019, termijn: 1, datum: '2019-01-03' });
    await ok(env, 'subsidies.verantwoord', { aanbiederId: sww.id, begrotingsjaar: 2019, kostenCents: 6_000_00, datum: '2020-03-01' });
    const vast = await ok(env, 'subsidies.vaststel', { aanbiederId: sww.id, begrotingsjaar: 2019, datum: '2020-04-01' });
    // Default vaststelling min(verleend, realised) = € 5.720; paid € 1.430 → nabetaling € 4.290.
    expect(vast.rij).toMatchObject({ vastgesteld: 5_720_00, saldo: 4_290_00, status: 'vastgesteld' });
    expect(vast.waarschuwingen).toEqual(['Saldo: nabetaling € 4.290,00.']);
    // Custom terms must add up to the verleend bedrag; an aanbieder with a subsidie is not deleted.
    const klein = await ok(env, 'aanbieders.maak', { naam: 'Buurtwerk Hoogeveen', korteNaam: null, contactpersoon: null, email: null, opmerking: null });
    const termijnen = [
      { bedragCents: 600_00, vervaldatum: '2019-02-01' },
      { bedragCents: 400_00, vervaldatum: '2019-09-01' },
    ];
    const f1 = await fout(env, 'subsidies.verleen', {
      aanbiederId: klein.id,
      begrotingsjaar: 2019,
      bedragCents: 1_100_00,
      reden: 'Eenmalige activiteit',
      termijnen,
    });
    expect(f1.melding).toBe('Voorschotten: de termijnen tellen op tot € 1.000,00, niet tot het verleende bedrag € 1.100,00.');
    const eigen = await ok(env, 'subsidies.verleen', {
      aanbiederId: klein.id,
      begrotingsjaar: 2019,
      bedragCents: 1_000_00,
      reden: 'Eenmalige activiteit',
      termijnen,
      datum: '2018-12-01',
    });
    expect(eigen.rij.subsidie?.voorschotSchema).toBe('anders');
    expect(eigen.rij.subsidie?.voorschotten.map((t) => [t.termijn, t.vervaldatum, t.bedragCents])).toEqual([
      [1, '2019-02-01', 600_00],
      [2, '2019-09-01', 400_00],
    ]);
    expect((await fout(env, 'aanbieders.verwijder', { id: klein.id })).melding).toBe(
      'De aanbieder Buurtwerk Hoogeveen heeft subsidies (2019); een aanbieder met een subsidie kan niet worden verwijderd.',
    );
    const open = await ok(env, 'subsidies.deadlines', { vandaag: '2019-01-20' });
    expect(open.verlopen).toEqual([]);
    expect(open.binnenkort.map((d) => [d.aanbieder, d.datum, d.omschrijving])).toEqual([
      ['Buurtwerk Hoogeveen', '2019-02-01', 'voorschot termijn 1 (€ 600,00)'],
    ]);
    await ok(env, 'subsidies.betaal', { aanbiederId: klein.id, begrotingsjaar: 2019, termijn: 1, datum: '2019-02-01' });
    await ok(env, 'subsidies.betaal', { aanbiederId: klein.id, begrotingsjaar: 2019, termijn: 2, datum: '2019-09-01' });
    const deadlines = await ok(env, 'subsidies.deadlines', { vandaag: '2019-03-20' });
    expect(deadlines).toEqual({ vandaag: '2019-03-20', verlopen: [], binnenkort: [] });
    env.sessie.close();
    const uit = path.join(map, 'hoogeveen.xlsx');
    expect((await cli('export', 'beschikking', '--aanbieder', 'SWW', '--begrotingsjaar', '2019', '--out', uit, '--db', pad)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uit);
    expect(cent(rij(wb.getWorksheet('Inzet per school')!, 'Totaal')[10])).toBe(5_720_00);
    const tekst: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => tekst.push(String(c.value)))));
    expect(tekst.join(' ')).not.toMatch(/Zwolle/);

    const leeg = tmpDbPad('leeg.db');
    expect((await cli('info', '--nieuw', '--db', leeg)).code).toBe(0);
    const l = await cli('subsidie', '--begrotingsjaar', '2018', '--json', '--db', leeg);
    expect(JSON.parse(l.out)).toEqual({ begrotingsjaar: 2018, aanbieders: [], waarschuwingen: [] });
    expect((await cli('export', 'subsidies', '--begrotingsjaar', '2018', '--out', path.join(map, 'leeg.xlsx'), '--db', leeg)).code).toBe(0);
  });
});
