// Every figure a user can get out of a file, through the same API methods and report writers the
// app uses: kosten per schooljaar and begrotingsjaar (per functie, aanbieder, sector, wijk,
// financier), the trend, dekking, dekkingsgraad, cost per leerling, the wijkteam hours, the charts,
// the afspraken list's totals and row costs, and every number in the financiële paragraaf, the
// BLOZ-overzicht and the aanbieders report. A migration that keeps "every total" keeps this whole
// object (tests/integration/migratie-aanvullend.test.ts compares it with what the previous
// version computed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Env } from './registratie';
import { ok } from './registratie';
import { schrijfRapport } from '../../electron/reports/rapporten';

const GEMAAKT = new Date('2026-12-01T12:00:00Z');

/** The numbers of every sheet (formula results included), sheet by sheet, row by row. */
async function getallenVanWerkmap(pad: string): Promise<Record<string, number[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const uit: Record<string, number[][]> = {};
  wb.eachSheet((ws) => {
    const rijen: number[][] = [];
    ws.eachRow((row) => {
      const getallen: number[] = [];
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (typeof v === 'number') getallen.push(v);
        else if (v && typeof v === 'object' && 'result' in v && typeof (v as { result: unknown }).result === 'number')
          getallen.push((v as { result: number }).result);
      });
      if (getallen.length > 0) rijen.push(getallen);
    });
    uit[ws.name] = rijen;
  });
  return uit;
}

export async function alleTotalen(env: Env): Promise<Record<string, unknown>> {
  const bereik = env.db.prepare('SELECT min(schooljaar) AS van, max(schooljaar) AS tot FROM afspraken').get() as { van: number | null; tot: number | null };
  if (bereik.van === null || bereik.tot === null) return {};
  const uit: Record<string, unknown> = {};
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-totalen-'));
  const rapport = async (naam: string, vraag: Parameters<typeof schrijfRapport>[3]) => {
    const pad = path.join(map, `${naam}.xlsx`);
    await schrijfRapport(env.db, ':memory:', pad, vraag, { gemaakt: GEMAAKT });
    uit[`rapport ${naam}`] = await getallenVanWerkmap(pad);
  };
  for (let sj = bereik.van; sj <= bereik.tot; sj++) {
    uit[`kosten.schooljaar ${sj}`] = await ok(env, 'kosten.schooljaar', { schooljaar: sj });
    uit[`dekkingsgraad.overzicht ${sj}`] = await ok(env, 'dekkingsgraad.overzicht', { schooljaar: sj });
    uit[`kosten.perLeerling sj ${sj}`] = await ok(env, 'kosten.perLeerling', { schooljaar: sj });
    uit[`wijkteam.uren ${sj}`] = await ok(env, 'wijkteam.uren', { schooljaar: sj, sector: 'PO', urenPerSchool: 4, functie: 'JGW' });
    uit[`grafiek.dekking ${sj}`] = await ok(env, 'grafiek.dekking', { schooljaar: sj });
    const lijst = await ok(env, 'afspraken.lijst', { schooljaar: sj });
    uit[`afspraken.lijst ${sj}`] = {
      totaal: lijst.totaal,
      totalen: lijst.totalen,
      rijen: lijst.rijen.map((r) => [r.vestigingscode, r.functie, r.aanbiederNaam, r.kosten.jaar, r.kosten.schooljaar]),
    };
    await rapport(`bloz ${sj}`, { soort: 'bloz', schooljaar: sj });
    await rapport(`aanbieders ${sj}`, { soort: 'aanbieders', schooljaar: sj });
  }
  for (let jaar = bereik.van; jaar <= bereik.tot + 1; jaar++) {
    uit[`kosten.begrotingsjaar ${jaar}`] = await ok(env, 'kosten.begrotingsjaar', { begrotingsjaar: jaar });
    uit[`dekking.begrotingsjaar ${jaar}`] = await ok(env, 'dekking.begrotingsjaar', { begrotingsjaar: jaar });
    uit[`kosten.perLeerling bj ${jaar}`] = await ok(env, 'kosten.perLeerling', { begrotingsjaar: jaar });
    uit[`grafiek.kostenVerdeling ${jaar}`] = await ok(env, 'grafiek.kostenVerdeling', { begrotingsjaar: jaar });
    await rapport(`financieel ${jaar}`, { soort: 'financieel', begrotingsjaar: jaar });
  }
  const jaren = { vanJaar: bereik.van, totJaar: bereik.tot + 1 };
  uit['kosten.perJaar'] = await ok(env, 'kosten.perJaar', { van: jaren.vanJaar, tot: jaren.totJaar });
  uit['grafiek.kostenPerJaar'] = await ok(env, 'grafiek.kostenPerJaar', jaren);
  uit['grafiek.dekkingPerJaar'] = await ok(env, 'grafiek.dekkingPerJaar', jaren);
  uit['grafiek.trend'] = await ok(env, 'grafiek.trend', jaren);
  fs.rmSync(map, { recursive: true, force: true });
  return uit;
}
