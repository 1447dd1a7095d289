// The main process runs: electron/main.ts (with window.ts and menu.ts) is loaded against a stand-in
// for 'electron' that records what it is asked (tests/helpers/electron-standin.ts), on a real
// database in a temp data folder, with a temp app folder holding a small built renderer. The test
// then plays Chromium's part: it calls the IPC handlers, requests app:// URLs and emits events.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, WIJZIGING_KANAAL } from '../../electron/api/contract';
import { app, instellingen, ipcRenderer, log, opgenomen, type StandinVenster, type StandinWebContents } from '../helpers/electron-standin';

vi.mock('electron', () => import('../helpers/electron-standin'));
vi.mock('electron-log/main', () => import('../helpers/electron-standin').then((m) => ({ default: m.log })));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-hoofdproces-'));
const appMap = path.join(tmp, 'app');
const rendererDir = path.join(appMap, 'dist', 'renderer');
const dataMap = path.join(tmp, 'gegevens');
const eigenFrame = { url: 'app://schoolinzet/index.html#/dashboard', parent: null };
const vorigeDataMap = process.env.SCHOOLINZET_DATA;

let venster: StandinVenster;
let contents: StandinWebContents;

/** Calls one API method the way ipcRenderer.invoke arrives in the main process. */
function roep(method: string, input: unknown, senderFrame: { url: string; parent: unknown } | null = eigenFrame) {
  const handler = opgenomen.ipcHandle.get(`api:${method}`) as (
    event: unknown,
    input: unknown,
  ) => Promise<{ ok: boolean; data?: unknown; fout?: { melding: string } }>;
  return handler({ senderFrame, sender: contents }, input);
}

async function vraag(url: string): Promise<Response> {
  const handler = opgenomen.protocollen.get('app')!;
  // Chromium hands the handler a Request; a plain object keeps a URL exactly as written (Request would normalise it).
  return handler({ url });
}

beforeAll(async () => {
  // A small built renderer, and beside it things that must never be served.
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Schoolinzet</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1);');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index.css'), 'body{}');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'schoolinzet #1.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(appMap, 'package.json'), '{"geheim": true}');
  fs.mkdirSync(path.join(appMap, 'dist', 'renderer-oud'), { recursive: true });
  fs.writeFileSync(path.join(appMap, 'dist', 'renderer-oud', 'index.html'), 'oud');
  instellingen.appPad = appMap;
  process.env.SCHOOLINZET_DATA = dataMap;

  await import('../../electron/main');
  // start() runs after whenReady: it is done when the window loads its page.
  await vi.waitFor(() => expect(opgenomen.vensters[0]?.geladen).toEqual(['app://schoolinzet/index.html']), { timeout: 30_000 });
  venster = opgenomen.vensters[0];
  contents = venster.webContents;
});

afterAll(() => {
  if (vorigeDataMap === undefined) delete process.env.SCHOOLINZET_DATA;
  else process.env.SCHOOLINZET_DATA = vorigeDataMap;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the main process at start', () => {
  it('names the app, asks Dutch, keeps its data in the data folder and holds the single-instance lock', () => {
    expect(opgenomen.naam).toBe('Schoolinzet');
    expect(opgenomen.schakelaars).toContainEqual(['lang', 'nl']);
    expect(opgenomen.paden.get('userData')).toBe(dataMap);
    expect(log.transports.file.resolvePathFn?.()).toBe(path.join(dataMap, 'logs', 'schoolinzet.log'));
    expect(fs.existsSync(path.join(dataMap, 'schoolinzet.db'))).toBe(true);
    expect(log.regels.some((r) => r.includes(`Database geopend: ${path.join(dataMap, 'schoolinzet.db')}`))).toBe(true);
    expect(opgenomen.afgesloten).toBe(0);
  });

  it('registers exactly one IPC channel per contract method, and no other', () => {
    const kanalen = [...opgenomen.ipcHandle.keys()].sort();
    expect(kanalen).toEqual(METHOD_NAMES.map((m) => `api:${m}`).sort());
    expect(new Set(kanalen).size).toBe(METHOD_NAMES.length);
    expect([...opgenomen.ipcOn.keys()]).toEqual([]);
    // The change signal goes the other way (main → page) on its one fixed channel, never an api: one.
    expect(kanalen).not.toContain(WIJZIGING_KANAAL);
  });

  it('opens one window with the required webPreferences and the preload beside main', () => {
    expect(opgenomen.vensters).toHaveLength(1);
    const prefs = venster.opties.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: path.join(appMap, 'dist', 'electron', 'preload.cjs'),
    });
    // No remote content: the only page is our own app:// origin.
    expect(venster.geladen.every((u) => u.startsWith('app://schoolinzet/'))).toBe(true);
    expect(venster.titel).toBe('Schoolinzet – schoolinzet.db');
    venster.emit('ready-to-show');
    expect(venster.aanroepen).toContain('show');
  });

  it('registers app:// as a standard, secure scheme and sets the Dutch menu', () => {
    expect(opgenomen.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const labels = (opgenomen.menu!.template as { label: string }[]).map((m) => m.label);
    expect(labels[0]).toBe('Bestand');
    expect(labels).toContain('Bewerken');
  });
});

describe('the app:// protocol', () => {
  it('serves files of the built renderer with their content type, the CSP and nosniff', async () => {
    const gevallen: [string, string, string][] = [
      ['app://schoolinzet/', 'text/html; charset=utf-8', '<!doctype html><title>Schoolinzet</title>'],
      ['app://schoolinzet/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Schoolinzet</title>'],
      ['app://schoolinzet/assets/index.js', 'text/javascript; charset=utf-8', 'console.log(1);'],
      ['app://schoolinzet/assets/index.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://schoolinzet/assets/schoolinzet%20%231.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ];
    for (const [url, type, inhoud] of gevallen) {
      const r = await vraag(url);
      expect(r.status, url).toBe(200);
      expect(r.headers.get('content-type'), url).toBe(type);
      expect(r.headers.get('content-security-policy'), url).toContain("default-src 'none'");
      expect(r.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(await r.text(), url).toBe(inhoud);
    }
  });

  it('answers 404 for anything outside it: .., encoded .. and slashes, absolute paths, a sibling folder, folders, other hosts', async () => {
    const buiten = [
      'app://schoolinzet/../package.json',
      'app://schoolinzet/../../app/package.json',
      'app://schoolinzet/assets/../../package.json',
      'app://schoolinzet/%2e%2e/package.json',
      'app://schoolinzet/%2E%2E%2Fpackage.json',
      'app://schoolinzet/..%2Fpackage.json',
      'app://schoolinzet/..%2F..%2Fapp%2Fpackage.json',
      'app://schoolinzet/..%5Cpackage.json',
      'app://schoolinzet/..%2Frenderer-oud%2Findex.html',
      `app://schoolinzet/${encodeURIComponent(path.join(appMap, 'package.json'))}`,
      `app://schoolinzet//${path.join(appMap, 'package.json')}`,
      'app://schoolinzet//etc/passwd',
      'app://schoolinzet/%2Fetc%2Fpasswd',
      'app://schoolinzet/assets',
      'app://schoolinzet/bestaat-niet.js',
      'app://schoolinzet/%E0%A4%A',
      'app://schoolinzet/index.html%00.js',
      'app://anders/index.html',
    ];
    for (const url of buiten) {
      const r = await vraag(url);
      expect(r.status, url).toBe(404);
      expect(await r.text(), url).toBe('Niet gevonden');
    }
  });
});

describe('the window guards', () => {
  it('are installed on every WebContents the app creates', () => {
    expect(opgenomen.webContents).toEqual([contents]);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it("refuse navigation away, new windows and permissions on the app's own window (details: tests/unit/webcontents-guard.test.ts)", async () => {
    expect(contents.geweigerd('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.geweigerd('will-navigate', 'app://schoolinzet/index.html#/scholen')).toBe(false);
    expect(contents.geweigerd('will-attach-webview', {}, {})).toBe(true);
    expect(contents.openVenster('https://www.zwolle.nl/onderwijs')).toEqual({ action: 'deny' });
    expect(contents.openVenster('app://schoolinzet/index.html')).toEqual({ action: 'deny' });
    // main's openExternal goes to shell.openExternal, for https only.
    expect(opgenomen.extern).toEqual([{ soort: 'openExternal', pad: 'https://www.zwolle.nl/onderwijs' }]);
    expect(await contents.session.vraagToestemming('media')).toBe(false);
    expect(contents.session.controleerToestemming('geolocation')).toBe(false);
  });
});

describe('IPC', () => {
  it('answers our own page from the real database and sends the change stamp after a write', async () => {
    const voor = await roep('wijken.lijst', {});
    expect(voor).toEqual({ ok: true, data: [] });
    const signalen = contents.verzonden.length;
    const wijk = await roep('wijken.maak', { naam: 'Centrum', omschrijving: null });
    expect(wijk).toMatchObject({ ok: true, data: { naam: 'Centrum' } });
    const nieuw = contents.verzonden.slice(signalen);
    expect(nieuw).toHaveLength(1);
    expect(nieuw[0]).toEqual({ kanaal: WIJZIGING_KANAAL, args: [expect.any(Number)] });
    expect(await roep('wijken.lijst', {})).toMatchObject({ ok: true, data: [{ naam: 'Centrum' }] });
    // Reads send nothing; every message the window got is on the one fixed channel.
    expect(contents.verzonden.slice(signalen + 1)).toEqual([]);
    expect(new Set(contents.verzonden.map((v) => v.kanaal))).toEqual(new Set([WIJZIGING_KANAAL]));
  });

  it('refuses a call from a foreign page, a subframe (even of ours) or without a frame, and changes nothing', async () => {
    const vreemd = [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///C:/Users/x/aanval.html', parent: null },
      { url: 'app://anders/index.html', parent: null },
      { url: 'app://schoolinzet/index.html', parent: eigenFrame },
      null,
    ];
    for (const frame of vreemd) {
      const r = await roep('wijken.maak', { naam: 'Indringer', omschrijving: null }, frame);
      expect(r, JSON.stringify(frame)).toEqual({
        ok: false,
        fout: { code: 'ongeldige-invoer', melding: 'Deze aanvraag komt niet van Schoolinzet zelf.', velden: [] },
      });
    }
    expect(await roep('wijken.lijst', {})).toMatchObject({ ok: true, data: [{ naam: 'Centrum' }] });
  });

  it('the menu runs the same API methods: Openen… asks for a file in a dialog on the window', async () => {
    const bestand = (opgenomen.menu!.template as { label: string; submenu: { label: string; click?: () => void }[] }[])[0];
    const voor = opgenomen.dialogen.length;
    bestand.submenu.find((i) => i.label === 'Openen…')!.click!();
    await vi.waitFor(() => expect(opgenomen.dialogen.length).toBeGreaterThan(voor));
    const [open] = opgenomen.dialogen.slice(voor);
    expect(open.soort).toBe('showOpenDialog');
    expect(open.args[0]).toBe(venster);
    expect(open.args[1]).toMatchObject({ title: 'Schoolinzet-bestand openen', properties: ['openFile'] });
    // Cancelled: no error box, no reload.
    expect(opgenomen.dialogen.slice(voor).map((d) => d.soort)).toEqual(['showOpenDialog']);
    expect(venster.aanroepen).not.toContain('reload');
  });
});

describe('the preload', () => {
  type Api = { invoke(method: unknown, input: unknown): Promise<unknown>; opWijziging(callback: unknown): () => void };
  let api: Api;
  beforeAll(async () => {
    await import('../../electron/preload');
    api = opgenomen.blootgesteld.get('schoolinzet') as Api;
  });

  it('exposes exactly invoke and opWijziging on window.schoolinzet', () => {
    expect([...opgenomen.blootgesteld.keys()]).toEqual(['schoolinzet']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'opWijziging']);
  });

  it('sends a contract method on its own channel and refuses any other name without IPC', async () => {
    await api.invoke('wijken.lijst', {});
    expect(opgenomen.rendererInvokes).toEqual([{ kanaal: 'api:wijken.lijst', args: [{}] }]);
    for (const naam of ['bestaat.niet', 'api:wijken.lijst', WIJZIGING_KANAAL, 42]) {
      expect(await api.invoke(naam, {})).toMatchObject({ ok: false, fout: { code: 'ongeldige-invoer', melding: `Onbekende opdracht: ${naam}` } });
    }
    expect(opgenomen.rendererInvokes).toHaveLength(1);
  });

  it('passes the page only the stamp of the change signal, and stops listening when asked', () => {
    const stempels: unknown[] = [];
    const stop = api.opWijziging((s: unknown) => stempels.push(s));
    expect(ipcRenderer.listenerCount(WIJZIGING_KANAAL)).toBe(1);
    ipcRenderer.emit(WIJZIGING_KANAAL, { sender: 'ipc-event' }, 7);
    ipcRenderer.emit(WIJZIGING_KANAAL, { sender: 'ipc-event' }, { kwaad: true });
    expect(stempels).toEqual([7]);
    stop();
    expect(ipcRenderer.listenerCount(WIJZIGING_KANAAL)).toBe(0);
    expect(api.opWijziging('geen functie')).toBeTypeOf('function');
  });
});

describe('app events', () => {
  it('a second start brings the window back', () => {
    venster.geminimaliseerd = true;
    const voor = venster.aanroepen.length;
    app.emit('second-instance', {}, ['schoolinzet'], process.cwd());
    expect(venster.aanroepen.slice(voor)).toEqual(['restore', 'focus']);
  });

  it('closing the last window closes the database and quits', async () => {
    app.emit('window-all-closed');
    expect(opgenomen.afgesloten).toBe(1);
    // The database file is closed: its lock is gone and the WAL was folded back.
    expect(fs.existsSync(path.join(dataMap, 'schoolinzet.db-wal'))).toBe(false);
  });
});
