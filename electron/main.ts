// The Electron main process: lifecycle, single instance, the app:// protocol, IPC per API method.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, shell } from 'electron';
import log from 'electron-log/main';
import { METHOD_NAMES, WIJZIGING_KANAAL } from './api/contract';
import { invoke, opWijziging } from './api/registry';
import { DatabaseSessie } from './db/sessie';
import { dagelijkseBackup } from './db/backups';
import { maakOmgeving } from './omgeving';
import { schrijfVoorkeuren, standaardDataMap, teOpenenDatabase } from './paden';
import { bouwMenu } from './menu';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  guardWebContents,
  INHOUDSTYPEN,
  isBestand,
  isEigenUrl,
  maakVenster,
  magApiAanroepen,
  magExternOpenen,
  rendererBestand,
  vraagVoorSluiten,
} from './window';

app.setName('Schoolinzet');
// Dutch Chromium locale: date fields show dd-mm-jjjj and spelling is Dutch, whatever the Windows language.
app.commandLine.appendSwitch('lang', 'nl');
app.setPath('userData', standaardDataMap());
// Logs go to the user data folder too (never beside the program files), for IT support: Help → Logbestand openen.
const logBestand = path.join(standaardDataMap(), 'logs', 'schoolinzet.log');
log.transports.file.resolvePathFn = () => logBestand;
log.initialize();
Object.assign(console, log.functions);

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// The app folder holds package.json, whose "main" is dist/electron/main.cjs: the built renderer and
// the preload lie beside it (inside app.asar once packaged). tests/integration/hoofdproces.test.ts
// runs this file against a stand-in for 'electron' whose app folder is a temp dir.
const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
const preloadPad = path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
let mainWindow: BrowserWindow | null = null;
/** True while the page reloads after a switch of file from the menu (see vraagVoorSluiten). */
let wisselt = false;
let sessie: DatabaseSessie | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((error) => {
      log.error(error);
      dialog.showErrorBox('Schoolinzet kan niet starten', (error as Error).message);
      app.quit();
    });
}

function openExternal(url: string) {
  // Reviewed: magExternOpenen lets through parsed https URLs only (tests/unit/window-security.test.ts).
  if (magExternOpenen(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

async function start() {
  // Written at every start, so the log file exists and says which version ran where.
  log.info(
    `Schoolinzet ${app.getVersion()} gestart (Electron ${process.versions.electron}, ${process.platform} ${process.arch}); gegevensmap ${standaardDataMap()}`,
  );
  sessie = await openStartDatabase();
  log.info(`Database geopend: ${sessie.dbPad()}`);
  // Once a day a reservekopie beside the database (db/backups.ts); a failure must not stop the app.
  await dagelijkseBackup(sessie.db(), sessie.dbPad()).catch((error) => log.warn('Dagelijkse reservekopie mislukt', error));
  const omgeving = maakOmgeving(sessie, {
    kiesBestand: async (vraag) => {
      if (!mainWindow) return null;
      if (vraag.doel === 'openen') {
        const r = await dialog.showOpenDialog(mainWindow, { title: vraag.titel, filters: vraag.filters, properties: ['openFile'] });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      }
      const r = await dialog.showSaveDialog(mainWindow, { title: vraag.titel, defaultPath: vraag.standaardNaam, filters: vraag.filters });
      return r.canceled ? null : (r.filePath ?? null);
    },
    kiesBestanden: async (vraag) => {
      if (!mainWindow) return null;
      const r = await dialog.showOpenDialog(mainWindow, {
        title: vraag.titel,
        filters: vraag.filters,
        properties: vraag.meerdere ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      return r.canceled ? null : r.filePaths;
    },
    naWissel: (pad) => {
      if (sessie) void dagelijkseBackup(sessie.db(), pad).catch((error) => log.warn('Dagelijkse reservekopie mislukt', error));
      schrijfVoorkeuren({ laatsteBestand: pad });
      mainWindow?.setTitle(`Schoolinzet – ${path.basename(pad)}`);
    },
  });

  // Serve the built renderer from app://schoolinzet/, with the CSP as a response header as well.
  protocol.handle(APP_SCHEME, async (request) => {
    const file = isEigenUrl(request.url) ? rendererBestand(rendererDir, new URL(request.url).pathname, isBestand) : null;
    if (!file) return new Response('Niet gevonden', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    const type = INHOUDSTYPEN[path.extname(file).toLowerCase()];
    if (type) headers.set('Content-Type', type);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });

  for (const method of METHOD_NAMES) {
    ipcMain.handle(`api:${method}`, (event, input) => {
      // Only our own page's top frame may call the API.
      if (!magApiAanroepen(event.senderFrame)) {
        return { ok: false, fout: { code: 'ongeldige-invoer', melding: 'Deze aanvraag komt niet van Schoolinzet zelf.', velden: [] } };
      }
      return invoke(method, input, omgeving);
    });
  }
  // After every write: the page's read cache invalidates from this one signal.
  opWijziging((stempel) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(WIJZIGING_KANAAL, stempel);
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  // Menu actions run the same API methods as the buttons; after a switch of file the page reloads.
  const menuActie = async (method: 'bestand.nieuw' | 'bestand.openen') => {
    let result = await invoke(method, {}, omgeving);
    // A colleague has the picked file open: offer read-only, by the id the main process kept.
    if (result.ok && result.data.inGebruik && mainWindow) {
      const { melding, keuzeId } = result.data.inGebruik;
      const keuze = await dialog.showMessageBox(mainWindow, {
        type: 'info',
        title: 'Bestand in gebruik',
        message: melding,
        buttons: ['Alleen-lezen openen', 'Annuleren'],
        defaultId: 0,
        cancelId: 1,
      });
      if (keuze.response !== 0) return;
      result = await invoke('bestand.openenAlleenLezen', { keuzeId }, omgeving);
    }
    if (!result.ok) dialog.showErrorBox('Schoolinzet', result.fout.melding);
    else if (result.data.gewisseld && mainWindow) {
      wisselt = true;
      mainWindow.webContents.once('did-finish-load', () => (wisselt = false));
      mainWindow.reload();
    }
  };
  Menu.setApplicationMenu(bouwMenu({ invoke: (method) => void menuActie(method), logBestand }));

  mainWindow = maakVenster(BrowserWindow, preloadPad);
  const venster = mainWindow;
  vraagVoorSluiten(
    venster.webContents,
    () =>
      dialog.showMessageBoxSync(venster, {
        type: 'question',
        title: 'Wijzigingen niet opgeslagen',
        message: 'U hebt iets ingevuld of gewijzigd dat nog niet is opgeslagen. Sluiten zonder opslaan?',
        buttons: ['Sluiten zonder opslaan', 'Terug naar formulier'],
        defaultId: 1,
        cancelId: 1,
      }) === 0,
    () => wisselt,
  );
  mainWindow.setTitle(`Schoolinzet – ${path.basename(sessie.dbPad())}`);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

async function openStartDatabase(): Promise<DatabaseSessie> {
  const pad = teOpenenDatabase();
  try {
    return await DatabaseSessie.open(pad);
  } catch (error) {
    const keuze = await dialog.showMessageBox({
      type: 'error',
      title: 'Bestand kan niet worden geopend',
      message: (error as Error).message,
      buttons: ['Standaardbestand gebruiken', 'Afsluiten'],
      defaultId: 0,
    });
    if (keuze.response !== 0) {
      app.quit();
      throw error;
    }
    schrijfVoorkeuren({});
    return DatabaseSessie.open(path.join(standaardDataMap(), 'schoolinzet.db'));
  }
}

app.on('window-all-closed', () => {
  sessie?.close();
  app.quit();
});
