// The per-database read cache (db/lees-cache.ts): every write method followed by a read gives
// fresh figures; a write by a second connection too; reads between writes share the loaded rows;
// and the dashboard, a chart and the financiële paragraaf agree to the cent when an afspraak
// takes its rate from a regeling. The DUO import reuses its preview's plan only while the
// database is unchanged.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
// query-core is what @tanstack/react-query re-exports (same classes), without React's global types.
import { QueryClient, QueryObserver } from '@tanstack/query-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, type MethodName } from '../../electron/api/contract';
import { huidigeWijzigingStempel, invoke, opWijziging, type Omgeving } from '../../electron/api/registry';
import { afsprakenVan, dataStempel } from '../../electron/db/lees-cache';
import { testOmgeving, testOmgevingMetAanbieders, tmpDbPad } from '../helpers/db';

type Env = Awaited<ReturnType<typeof testOmgeving>>;

async function ok<T>(p: Promise<{ ok: true; data: T } | { ok: false; fout: { melding: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.fout.melding);
  return r.data;
}

const FIX = path.join(import.meta.dirname, '../fixtures/duo');

describe('read cache: fresh figures after every write', () => {
  let env: Env;
  let pad: string;
  let school: number;
  const totaal2018 = async () => (await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2018 }))).totaal;
  const grafiek2018 = async () => (await ok(env.call('grafiek.kostenVerdeling', { begrotingsjaar: 2018 }))).totaal.totaal;
  const invoer = (velden: Record<string, unknown> = {}) => ({
    schooljaar: 2017,
    schoolId: school,
    aanbiederId: 1,
    functie: 'JGW',
    basisurenPerWeek: 4,
    aandeelGemeente: 100,
    aandeelOnderwijs: 0,
    status: 'getekend',
    ...velden,
  });

  beforeEach(async () => {
    pad = tmpDbPad();
    env = await testOmgevingMetAanbieders(pad);
    await ok(
      env.call('instellingen.opslaan', {
        gemeenteNaam: 'Zwolle',
        gemeenteCode: '0193',
        schooljaarStartMaand: 9,
        wekenPerSchooljaar: 40,
        standaardTarieven: { JGW: 8_000 },
      }),
    );
    school = Number(
      env.db.prepare("INSERT INTO scholen (vestigingscode, brin, naam, sector) VALUES ('11AA00', '11AA', 'De Vlinder', 'PO')").run().lastInsertRowid,
    );
  });
  afterEach(() => env.sessie.close());

  it('reads between writes share the loaded rows; a write gives new ones', async () => {
    await ok(env.call('afspraken.maak', invoer()));
    await totaal2018();
    const eerst = afsprakenVan(env.db, 2017, 2018);
    await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2018 }));
    await ok(env.call('grafiek.kostenVerdeling', { begrotingsjaar: 2018 }));
    expect(afsprakenVan(env.db, 2017, 2018)).toBe(eerst);
    expect(Object.isFrozen(eerst[0])).toBe(true);
    await ok(env.call('afspraken.maak', invoer({ aanbiederId: 2 })));
    expect(afsprakenVan(env.db, 2017, 2018)).not.toBe(eerst);
    expect(afsprakenVan(env.db, 2017, 2018)).toHaveLength(2);
  });

  it('afspraken maak, wijzig, verwijder and herstel', async () => {
    expect(await totaal2018()).toBe(0);
    const a = await ok(env.call('afspraken.maak', invoer()));
    // 4 × 40 × € 80 = € 12.800 a year; 8/12 of it falls in 2018.
    expect(await totaal2018()).toBe(853_333);
    expect(await grafiek2018()).toBe(853_333);
    await ok(env.call('afspraken.wijzig', { ...invoer({ basisurenPerWeek: 8 }), id: a.id }));
    expect(await totaal2018()).toBe(1_706_667);
    expect(await grafiek2018()).toBe(1_706_667);
    await ok(env.call('afspraken.verwijder', { id: a.id }));
    expect(await totaal2018()).toBe(0);
    expect(await grafiek2018()).toBe(0);
    await ok(env.call('afspraken.herstel', { ...invoer({ basisurenPerWeek: 8 }), id: a.id }));
    expect(await totaal2018()).toBe(1_706_667);
  });

  it('a tarief per schooljaar changes the rate; the standaard rate that afspraken use cannot change (rule 9)', async () => {
    await ok(env.call('afspraken.maak', invoer()));
    expect(await totaal2018()).toBe(853_333);
    const geweigerd = await env.call('instellingen.opslaan', {
      gemeenteNaam: 'Zwolle',
      gemeenteCode: '0193',
      schooljaarStartMaand: 9,
      wekenPerSchooljaar: 40,
      standaardTarieven: { JGW: 9_000 },
    });
    expect(geweigerd.ok).toBe(false);
    if (!geweigerd.ok) {
      expect(geweigerd.fout.velden).toEqual([
        {
          veld: 'standaardTarieven.JGW',
          melding:
            'Het standaard uurtarief van JGW geldt voor 1 afspraak in schooljaar 2017-2018; wijzigen zou die bedragen achteraf veranderen. Zet het nieuwe tarief bij Tarieven per schooljaar, vanaf het schooljaar waarin het ingaat.',
        },
      ]);
    }
    expect(
      (
        await env.call('instellingen.opslaan', {
          gemeenteNaam: 'Zwolle',
          gemeenteCode: '0193',
          schooljaarStartMaand: 9,
          wekenPerSchooljaar: 38,
          standaardTarieven: {},
        })
      ).ok,
    ).toBe(false);
    expect(await totaal2018()).toBe(853_333);
    await ok(env.call('tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2017, uurtariefCents: 9_000 }));
    expect(await totaal2018()).toBe(960_000); // 4 × 40 × € 90 × 8/12
    // Now no afspraak takes the standaard rate: it may change, and changes no figure.
    const jgw = env.db.prepare("SELECT naam, betaler FROM functies WHERE code = 'JGW'").get() as { naam: string; betaler: string };
    await ok(env.call('functies.wijzig', { code: 'JGW', naam: jgw.naam, betaler: jgw.betaler, standaardUurtariefCents: 6_000 }));
    expect(await totaal2018()).toBe(960_000);
    await ok(env.call('tarieven.zet', { functie: 'JGW', vanafSchooljaar: 2017, uurtariefCents: 6_000 }));
    expect(await totaal2018()).toBe(640_000);
    expect(await grafiek2018()).toBe(640_000);
  });

  it('regelingen.wijzig changes the rate and weeks an afspraak takes from its regeling', async () => {
    const r = await ok(
      env.call('regelingen.maak', { naam: 'OT 2017', wekenPerJaar: 38, basisinzet: [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: 9_000 }] }),
    );
    await ok(env.call('afspraken.maak', invoer({ regelingId: r.id })));
    expect(await totaal2018()).toBe(912_000); // 4 × 38 × € 90 × 8/12
    await ok(
      env.call('regelingen.wijzig', {
        id: r.id,
        naam: 'OT 2017',
        wekenPerJaar: 40,
        basisinzet: [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: 10_000 }],
      }),
    );
    expect(await totaal2018()).toBe(1_066_667); // 4 × 40 × € 100 × 8/12
    expect(await grafiek2018()).toBe(1_066_667);
  });

  it('a DUO import changes the schools the dekkingsgraad counts', async () => {
    const lijst = async () => (await ok(env.call('dekkingsgraad.lijst', { schooljaar: 2017, functie: 'JGW', sector: 'PO' }))).scholen;
    expect(await lijst()).toBe(1);
    const inhoud = fs.readFileSync(path.join(FIX, 'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv')).toString('base64');
    const v = await ok(env.call('import.duoVoorbeeldInhoud', { bestanden: [{ naam: 'po.csv', inhoudBase64: inhoud }], alle: true }));
    expect(v.aantallen.nieuw).toBeGreaterThan(10);
    expect(await lijst()).toBe(1); // a preview writes nothing
    await ok(env.call('import.duoUitvoeren', { id: v.id! }));
    expect(await lijst()).toBe(1 + v.aantallen.nieuw);
  });

  it('restoring a backup gives the figures of the backup', async () => {
    await ok(env.call('afspraken.maak', invoer()));
    const backup = await ok(env.call('backups.maak', {}));
    await ok(env.call('afspraken.maak', invoer({ aanbiederId: 2 })));
    expect(await totaal2018()).toBe(2 * 853_333);
    await ok(env.call('backups.herstel', { naam: backup.naam }));
    expect(await totaal2018()).toBe(853_333);
    expect(await grafiek2018()).toBe(853_333);
  });

  it('a write by a second connection (a colleague, another process) shows at the next read', async () => {
    await ok(env.call('afspraken.maak', invoer()));
    expect(await totaal2018()).toBe(853_333);
    const ander = new Database(pad);
    try {
      ander.prepare('UPDATE afspraken SET basisuren = 8').run();
    } finally {
      ander.close();
    }
    expect(await totaal2018()).toBe(1_706_667);
    expect(await grafiek2018()).toBe(1_706_667);
  });

  it('every wijzigen and actie method of the contract invalidates the cache and makes the dashboard refetch, even with a refused input', async () => {
    const dashboard = await dashboardLezingen(() => env.omgeving);
    try {
      const methoden = (Object.keys(contract) as MethodName[]).filter((m) => contract[m].soort !== 'lezen');
      expect(methoden.length).toBeGreaterThan(30);
      for (const m of methoden) {
        await totaal2018();
        const voor = dataStempel(env.db);
        const signaalVoor = huidigeWijzigingStempel();
        const opgehaald = dashboard.opgehaald();
        // Through the renderer's own client, as a screen or the menu would call it.
        await expect(dashboard.invoke(m, { __onbekendVeld: 1 }), m).rejects.toThrow();
        expect(dataStempel(env.db), m).not.toBe(voor);
        expect(huidigeWijzigingStempel(), m).toBeGreaterThan(signaalVoor);
        // The change signal reached the renderer: every read the dashboard shows fetched again.
        await vi.waitFor(() => {
          for (const [sleutel, n] of dashboard.opgehaald()) expect(n, `${m} → ${sleutel}`).toBeGreaterThan(opgehaald.get(sleutel)!);
        });
      }
      // A lezen call keeps the cache, and the dashboard keeps its reads.
      const voor = dataStempel(env.db);
      await totaal2018();
      const signaalVoor = huidigeWijzigingStempel();
      const opgehaald = dashboard.opgehaald();
      await expect(dashboard.invoke('kosten.begrotingsjaar', { __onbekendVeld: 1 })).rejects.toThrow();
      expect(dataStempel(env.db)).toBe(voor);
      expect(huidigeWijzigingStempel()).toBe(signaalVoor);
      await new Promise((klaar) => setTimeout(klaar, 50));
      expect(dashboard.opgehaald()).toEqual(opgehaald);
    } finally {
      dashboard.stop();
    }
  });
});

/**
 * The renderer's client (renderer/src/api.ts, hooks/useApi.ts) in this process, with the bridge the
 * preload gives it in Electron: invoke goes to the registry, opWijziging to the registry's change
 * signal (main.ts sends that stamp on its one channel; tests/integration/hoofdproces.test.ts shows
 * the channel and the preload). A QueryClient set up as in renderer/src/main.tsx watches every read
 * of the Dashboard page, with the inputs the page uses.
 */
async function dashboardLezingen(omgeving: () => Omgeving) {
  const bron = fs.readFileSync(path.join(import.meta.dirname, '../../renderer/src/pages/dashboard/index.tsx'), 'utf8');
  const lezingen: [MethodName, object][] = [
    ['app.info', {}],
    ['kosten.begrotingsjaar', { begrotingsjaar: 2018 }],
    ['dekking.begrotingsjaar', { begrotingsjaar: 2018 }],
    ['grafiek.kostenPerJaar', { vanJaar: 2015, totJaar: 2019 }],
    ['grafiek.dekking', { schooljaar: 2017 }],
    // The coverage cards: the functies the gemeente uses (JGW and SMW in the demo), and a picked one.
    ['dekkingsgraad.overzicht', { schooljaar: 2017 }],
    ['dekkingsgraad.overzicht', { schooljaar: 2017, functies: ['SMW'] }],
    ['subsidies.deadlines', {}],
    ['aanvullendeInzet.verantwoordingVerlopen', {}],
  ];
  // If the page starts reading something else, this list must follow.
  expect(new Set([...bron.matchAll(/useLezen\('([\w.]+)'/g)].map((r) => r[1]))).toEqual(new Set(lezingen.map(([m]) => m)));

  const g = globalThis as { window?: unknown };
  g.window = {
    schoolinzet: {
      invoke: (method: MethodName, input: unknown) => invoke(method, input, omgeving()),
      opWijziging: (callback: (stempel: number) => void) => opWijziging(callback),
    },
  };
  // Not statically imported: the renderer's files belong to the renderer's type program (DOM types).
  const api = (await import('../../renderer/src/api' as string)) as { invoke(method: string, input: unknown): Promise<unknown> };
  const { volgWijzigingen } = (await import('../../renderer/src/hooks/useApi' as string)) as { volgWijzigingen(q: QueryClient): () => void };
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: false } } });
  const stopSignaal = volgWijzigingen(queryClient);
  const tellers = new Map<string, number>();
  const afmelden = lezingen.map(([method, input]) => {
    const sleutel = `${method} ${JSON.stringify(input)}`;
    tellers.set(sleutel, 0);
    const observer = new QueryObserver(queryClient, {
      queryKey: [method, input],
      queryFn: () => {
        tellers.set(sleutel, tellers.get(sleutel)! + 1);
        return api.invoke(method, input);
      },
    });
    return observer.subscribe(() => undefined);
  });
  await vi.waitFor(() => expect([...tellers.values()].every((n) => n === 1)).toBe(true));
  await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
  return {
    invoke: api.invoke,
    /** How often each read was fetched so far. */
    opgehaald: () => new Map(tellers),
    stop() {
      for (const a of afmelden) a();
      stopSignaal();
      queryClient.clear();
      delete g.window;
    },
  };
}

describe('one loader: dashboard, chart and financiële paragraaf agree', () => {
  it('an afspraak that takes its weeks and rate from a regeling costs the same everywhere, to the cent', async () => {
    const pad = tmpDbPad();
    const rapport = path.join(path.dirname(pad), 'financieel.xlsx');
    const env = await testOmgevingMetAanbieders(pad);
    const omgeving: Omgeving = Object.assign(Object.create(env.omgeving) as Omgeving, { kiesBestand: async () => rapport });
    try {
      await ok(
        env.call('instellingen.opslaan', {
          gemeenteNaam: 'Zwolle',
          gemeenteCode: '0193',
          schooljaarStartMaand: 9,
          wekenPerSchooljaar: 40,
          standaardTarieven: { JGW: 8_000 },
        }),
      );
      const s = Number(
        env.db.prepare("INSERT INTO scholen (vestigingscode, brin, naam, sector) VALUES ('11AA00', '11AA', 'De Vlinder', 'PO')").run().lastInsertRowid,
      );
      const r = await ok(
        env.call('regelingen.maak', {
          naam: 'OT 2017',
          wekenPerJaar: 37,
          basisinzet: [{ sector: 'PO', functie: 'JGW', urenPerWeek: 4, uurtariefCents: 7_333 }],
        }),
      );
      await ok(
        env.call('afspraken.maak', {
          schooljaar: 2017,
          schoolId: s,
          aanbiederId: 1,
          functie: 'JGW',
          basisurenPerWeek: 3.5,
          aandeelGemeente: 50,
          aandeelOnderwijs: 50,
          status: 'getekend',
          regelingId: r.id,
        }),
      );
      // 3,5 × 37 × € 73,33 = € 9.496,235 → 949.624 cent a year; 8/12 in 2018 = 633.082,67 → 633.083.
      const verwacht = 633_083;
      const dashboard = await ok(env.call('kosten.begrotingsjaar', { begrotingsjaar: 2018 }));
      const grafiek = await ok(env.call('grafiek.kostenVerdeling', { begrotingsjaar: 2018 }));
      expect(dashboard.totaal).toBe(verwacht);
      expect(grafiek.totaal).toEqual({ totaal: dashboard.totaal, gemeente: dashboard.gemeente, onderwijs: dashboard.onderwijs, overig: dashboard.overig });
      const opgeslagen = await invoke('rapport.opslaan', { soort: 'financieel', begrotingsjaar: 2018 }, omgeving);
      expect(opgeslagen.ok).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(rapport);
      const ws = wb.getWorksheet('Samenvatting')!;
      const cel = (label: string | RegExp) => {
        let som = 0;
        ws.eachRow((row) => {
          const tekst = row.getCell(1).value;
          if (typeof tekst !== 'string' || !(typeof label === 'string' ? tekst === label : label.test(tekst))) return;
          const v = row.getCell(2).value as number | { result: number };
          som += Math.round((typeof v === 'number' ? v : v.result) * 100);
        });
        return som;
      };
      expect(cel('Totaal')).toBe(dashboard.totaal);
      expect(cel('Gemeente')).toBe(dashboard.gemeente);
      // Its share in the gemeentefuncties and its eigen inzet, in two rows.
      expect(cel(/^Onderwijs: /)).toBe(dashboard.onderwijs);
    } finally {
      env.sessie.close();
    }
  });
});

describe('DUO import: the preview plan is reused only while the database is unchanged', () => {
  const inhoud = () => fs.readFileSync(path.join(FIX, 'duo_po_02-alle-schoolvestigingen-basisonderwijs_ZWOLLE_HOOGEVEEN.csv')).toString('base64');

  async function metVoortgang(env: Env): Promise<{ omgeving: Omgeving; taken: Set<string> }> {
    const taken = new Set<string>();
    const omgeving: Omgeving = Object.assign(Object.create(env.omgeving) as Omgeving, { voortgang: (taak: string) => void taken.add(taak) });
    return { omgeving, taken };
  }

  it('executes the preview plan when nothing changed, and plans again after a write by another connection', async () => {
    const pad = tmpDbPad();
    const env = await testOmgevingMetAanbieders(pad);
    try {
      const { omgeving, taken } = await metVoortgang(env);
      const v = await invoke('import.duoVoorbeeldInhoud', { bestanden: [{ naam: 'po.csv', inhoudBase64: inhoud() }], alle: true }, omgeving);
      if (!v.ok) throw new Error(v.fout.melding);
      taken.clear();
      const u = await invoke('import.duoUitvoeren', { id: v.data.id! }, omgeving);
      expect(u.ok).toBe(true);
      expect(taken.has('DUO-import')).toBe(false); // not read and planned again
      const aantal = env.db.prepare('SELECT count(*) FROM scholen').pluck().get() as number;
      expect(aantal).toBe(v.data.aantallen.nieuw);

      // Second round: a colleague deletes one of the schools between preview and execution.
      const v2 = await invoke('import.duoVoorbeeldInhoud', { bestanden: [{ naam: 'po.csv', inhoudBase64: inhoud() }], alle: true }, omgeving);
      if (!v2.ok) throw new Error(v2.fout.melding);
      expect(v2.data.aantallen.nieuw).toBe(0);
      const ander = new Database(pad);
      try {
        ander.prepare('DELETE FROM scholen WHERE id = (SELECT min(id) FROM scholen)').run();
      } finally {
        ander.close();
      }
      taken.clear();
      const u2 = await invoke('import.duoUitvoeren', { id: v2.data.id! }, omgeving);
      if (!u2.ok) throw new Error(u2.fout.melding);
      expect(taken.has('DUO-import')).toBe(true); // planned again: the stale plan would miss the deleted school
      expect(u2.data.samenvatting).toMatch(/: 1 nieuwe/);
      expect(env.db.prepare('SELECT count(*) FROM scholen').pluck().get()).toBe(aantal);
    } finally {
      env.sessie.close();
    }
  });
});

describe('read cache inside a transaction', () => {
  it('uses a value cached before the transaction only until the transaction writes, and keeps nothing it read inside', async () => {
    const env = await testOmgevingMetAanbieders();
    const s = await ok(env.call('scholen.maak', { vestigingscode: '20CF00', naam: 'De Regenboog', sector: 'PO', plaats: 'Zwolle' }));
    const a = {
      schooljaar: 2017,
      schoolId: s.id,
      aanbiederId: 1,
      functie: 'JGW',
      basisurenPerWeek: 4,
      aandeelGemeente: 100,
      aandeelOnderwijs: 0,
      status: 'afgesproken',
    };
    await ok(env.call('afspraken.maak', a));
    const buiten = afsprakenVan(env.db, 2017, 2017);
    expect(() =>
      env.db.transaction(() => {
        // Nothing written yet: the value from before is still right, and it is the same object.
        expect(afsprakenVan(env.db, 2017, 2017)).toBe(buiten);
        env.db.prepare('UPDATE afspraken SET basisuren = 6').run();
        expect(afsprakenVan(env.db, 2017, 2017)[0].basisurenPerWeek).toBe(6);
        throw new Error('terugdraaien');
      })(),
    ).toThrow('terugdraaien');
    // Rolled back: the figure read inside was not kept.
    expect(afsprakenVan(env.db, 2017, 2017)[0].basisurenPerWeek).toBe(4);
    env.sessie.close();
  });
});
