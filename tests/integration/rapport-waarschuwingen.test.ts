// Rule 13 in the Excel reports: the first sheet ("Over dit rapport") of every report names an
// afspraak at € 0 and, in the financiële paragraaf, a begrotingsjaar with months of a schooljaar
// without counted afspraken. A Hoogeveen-like file the test builds itself.
import path from 'node:path';
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { schrijfRapport, type RapportVraag } from '../../electron/reports/rapporten';
import { testOmgeving, tmpDbPad } from '../helpers/db';
import { afspraakInvoer, ok, type Env } from '../helpers/registratie';
import { leesWerkmap } from '../helpers/werkmap';

let env: Env;
let pad: string;
const MAP = fs.mkdtempSync(path.join(path.dirname(tmpDbPad()), 'rapport-waarschuwingen-'));

async function eersteBlad(vraag: RapportVraag): Promise<string> {
  const bestand = path.join(MAP, `${vraag.soort}.xlsx`);
  await schrijfRapport(env.db, pad, bestand, vraag);
  const wb = await leesWerkmap(bestand);
  const ws = wb.worksheets[0];
  expect(ws.name).toBe('Over dit rapport');
  const regels: string[] = [];
  ws.eachRow((r) => regels.push((r.values as unknown[]).filter((v) => typeof v === 'string').join(' | ')));
  return regels.join('\n');
}

describe('warnings on the first sheet of every report', () => {
  beforeAll(async () => {
    pad = tmpDbPad('hoogeveen.db');
    env = await testOmgeving(pad);
    await ok(env, 'instellingen.opslaan', {
      gemeenteNaam: 'Hoogeveen',
      gemeenteCode: '0118',
      schooljaarStartMaand: 9,
      wekenPerSchooljaar: 40,
      standaardTarieven: { JW: 7_000 },
    });
    const spectrum = await ok(env, 'scholen.maak', { vestigingscode: '04QQ00', naam: 'Het Spectrum', sector: 'PO' });
    const wolfert = await ok(env, 'scholen.maak', { vestigingscode: '16AB00', naam: 'Wolfert College', sector: 'VO' });
    const sww = (await ok(env, 'aanbieders.maak', { naam: 'Stichting Welzijnswerk', korteNaam: 'SWW' })).id;
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: spectrum.id, aanbiederId: sww, functie: 'JMW', schooljaar: 2018 }));
    await ok(env, 'afspraken.maak', afspraakInvoer({ schoolId: wolfert.id, aanbiederId: sww, functie: 'JW', schooljaar: 2018 }));
  });

  it('financiële paragraaf 2019: the € 0 afspraak and the empty schooljaar 2019-2020, on the first sheet and beside the figures', async () => {
    const tekst = await eersteBlad({ soort: 'financieel', begrotingsjaar: 2019 });
    expect(tekst).toContain('Let op');
    expect(tekst).toContain('1 afspraak heeft een uurtarief van € 0 en geen vast bedrag (JMW)');
    expect(tekst).toContain('Schooljaar 2019-2020 heeft nog geen afspraken die meetellen; sep-dec 2019 telt daardoor als € 0.');
    const wb = await leesWerkmap(path.join(MAP, 'financieel.xlsx'));
    const samenvatting: string[] = [];
    wb.getWorksheet('Samenvatting')!.eachRow((r) => samenvatting.push((r.values as unknown[]).filter((v) => typeof v === 'string').join(' ')));
    expect(samenvatting.join('\n')).toContain('Let op: Schooljaar 2019-2020 heeft nog geen afspraken die meetellen');
  });

  it('BLOZ-overzicht, overzicht per aanbieder and the full export name the € 0 afspraak', async () => {
    for (const vraag of [{ soort: 'bloz', schooljaar: 2018 }, { soort: 'aanbieders', schooljaar: 2018 }, { soort: 'alles' }] as RapportVraag[]) {
      const tekst = await eersteBlad(vraag);
      expect(tekst, vraag.soort).toContain('1 afspraak heeft een uurtarief van € 0 en geen vast bedrag (JMW)');
    }
  });

  it('says nothing when every rate is set and the years are complete', async () => {
    await ok(env, 'tarieven.zet', { functie: 'JMW', vanafSchooljaar: 2018, uurtariefCents: 7_500 });
    const tekst = await eersteBlad({ soort: 'bloz', schooljaar: 2018 });
    expect(tekst).not.toContain('Let op');
  });
});
