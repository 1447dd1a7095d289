// A stand-in for the 'electron' module: no Electron binary runs on the test machines, so the main
// process (electron/main.ts, window.ts, menu.ts) runs against this instead. It only records what is
// asked of it (IPC handlers, windows and their options, protocol handlers, permission handlers, app
// events, menu, dialogs, shell) and answers the way Electron documents, so a test can then play the
// part of Chromium: call a handler, emit an event, request a URL. Use it with
//   vi.mock('electron', () => import('../helpers/electron-standin'));
//   vi.mock('electron-log/main', () => import('../helpers/electron-standin').then((m) => ({ default: m.log })));
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

type Handler = (...args: never[]) => unknown;

/** An event as Electron passes it to will-navigate and friends; true after preventDefault(). */
export function electronEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** Everything the main process asked for, in order. */
export const opgenomen = {
  naam: '',
  schakelaars: [] as [string, string | undefined][],
  paden: new Map<string, string>(),
  afgesloten: 0,
  ipcHandle: new Map<string, Handler>(),
  /** ipcMain.on / once listeners (the app registers none). */
  ipcOn: new Map<string, Handler[]>(),
  privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  protocollen: new Map<string, (request: { url: string }) => Promise<Response> | Response>(),
  vensters: [] as StandinVenster[],
  webContents: [] as StandinWebContents[],
  menu: null as { template: unknown[] } | null,
  dialogen: [] as { soort: string; args: unknown[] }[],
  extern: [] as { soort: string; pad: string }[],
  /** In the preload: what contextBridge exposed, per world key. */
  blootgesteld: new Map<string, unknown>(),
  /** In the preload: every ipcRenderer.invoke. */
  rendererInvokes: [] as { kanaal: string; args: unknown[] }[],
};

/** The app folder (app.getAppPath()): the test points it at a temp dir with dist/renderer in it. */
export const instellingen = { appPad: '', versie: '0.1.0-test', enkeleInstantie: true };

class StandinSession {
  permissionRequest: ((wc: unknown, permission: string, callback: (toegestaan: boolean) => void, details: unknown) => void) | null = null;
  permissionCheck: ((wc: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  setPermissionRequestHandler(handler: StandinSession['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: StandinSession['permissionCheck']) {
    this.permissionCheck = handler;
  }
  /** Asks permission the way Chromium does; resolves with the answer (a handler that never answers hangs, as in Electron). */
  vraagToestemming(permission: string): Promise<boolean> {
    if (!this.permissionRequest) return Promise.resolve(true); // Electron's default: granted
    return new Promise((resolve) => this.permissionRequest!(null, permission, resolve, {}));
  }
  controleerToestemming(permission: string): boolean {
    return this.permissionCheck ? this.permissionCheck(null, permission, 'app://schoolinzet', {}) : true;
  }
}

export class StandinWebContents extends EventEmitter {
  readonly session = new StandinSession();
  readonly mainFrame = { url: 'app://schoolinzet/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  verzonden: { kanaal: string; args: unknown[] }[] = [];
  constructor() {
    super();
    opgenomen.webContents.push(this);
  }
  setWindowOpenHandler(handler: StandinWebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler;
  }
  send(kanaal: string, ...args: unknown[]) {
    this.verzonden.push({ kanaal, args });
  }
  /** Emits a cancellable event (will-navigate, will-redirect, will-attach-webview); true when a listener prevented it. */
  geweigerd(naam: string, ...args: unknown[]): boolean {
    const event = electronEvent();
    this.emit(naam, event, ...args);
    return event.defaultPrevented;
  }
  /** window.open / target=_blank: what the handler answers (Electron allows when there is no handler). */
  openVenster(url: string): { action: string } {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }) : { action: 'allow' };
  }
}

export class StandinVenster extends EventEmitter {
  static getAllWindows = () => opgenomen.vensters.filter((v) => !v.vernietigd);
  readonly webContents = new StandinWebContents();
  readonly geladen: string[] = [];
  readonly aanroepen: string[] = [];
  titel = '';
  geminimaliseerd = false;
  vernietigd = false;
  constructor(readonly opties: Record<string, unknown>) {
    super();
    opgenomen.vensters.push(this);
    // Electron announces every new WebContents on the app, synchronously, before the page loads.
    app.emit('web-contents-created', electronEvent(), this.webContents);
  }
  async loadURL(url: string) {
    this.geladen.push(url);
  }
  setTitle(titel: string) {
    this.titel = titel;
  }
  show() {
    this.aanroepen.push('show');
  }
  isMinimized() {
    return this.geminimaliseerd;
  }
  restore() {
    this.aanroepen.push('restore');
    this.geminimaliseerd = false;
  }
  focus() {
    this.aanroepen.push('focus');
  }
  reload() {
    this.aanroepen.push('reload');
  }
  isDestroyed() {
    return this.vernietigd;
  }
}

class StandinApp extends EventEmitter {
  readonly commandLine = {
    appendSwitch: (naam: string, waarde?: string) => void opgenomen.schakelaars.push([naam, waarde]),
  };
  setName(naam: string) {
    opgenomen.naam = naam;
  }
  getName() {
    return opgenomen.naam;
  }
  getVersion() {
    return instellingen.versie;
  }
  getAppPath() {
    if (!instellingen.appPad) throw new Error('electron-standin: zet instellingen.appPad voordat main.ts laadt');
    return instellingen.appPad;
  }
  setPath(naam: string, pad: string) {
    opgenomen.paden.set(naam, pad);
  }
  getPath(naam: string) {
    const pad = opgenomen.paden.get(naam);
    if (!pad) throw new Error(`electron-standin: geen pad '${naam}'`);
    return pad;
  }
  requestSingleInstanceLock() {
    return instellingen.enkeleInstantie;
  }
  whenReady() {
    return Promise.resolve();
  }
  quit() {
    opgenomen.afgesloten += 1;
  }
}

export const app = new StandinApp();
export const BrowserWindow = StandinVenster;

export const ipcMain = {
  handle(kanaal: string, handler: Handler) {
    // Electron throws on a second handler for one channel; so does the stand-in.
    if (opgenomen.ipcHandle.has(kanaal)) throw new Error(`Attempted to register a second handler for '${kanaal}'`);
    opgenomen.ipcHandle.set(kanaal, handler);
  },
  removeHandler(kanaal: string) {
    opgenomen.ipcHandle.delete(kanaal);
  },
  on(kanaal: string, listener: Handler) {
    opgenomen.ipcOn.set(kanaal, [...(opgenomen.ipcOn.get(kanaal) ?? []), listener]);
    return ipcMain;
  },
  once(kanaal: string, listener: Handler) {
    return ipcMain.on(kanaal, listener);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]) {
    opgenomen.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response> | Response) {
    opgenomen.protocollen.set(scheme, handler);
  },
};

export const net = {
  /** Only file: URLs, which is all the app:// handler fetches; the bytes, no content type. */
  async fetch(url: string): Promise<Response> {
    if (!url.startsWith('file:')) throw new Error(`electron-standin: net.fetch alleen voor file:, niet ${url}`);
    try {
      return new Response(fs.readFileSync(fileURLToPath(url)), { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  },
};

export const session = { defaultSession: new StandinSession() };

export const Menu = {
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null) {
    opgenomen.menu = menu;
  },
};

export const dialog = {
  async showOpenDialog(...args: unknown[]) {
    opgenomen.dialogen.push({ soort: 'showOpenDialog', args });
    return { canceled: true, filePaths: [] };
  },
  async showSaveDialog(...args: unknown[]) {
    opgenomen.dialogen.push({ soort: 'showSaveDialog', args });
    return { canceled: true };
  },
  async showMessageBox(...args: unknown[]) {
    opgenomen.dialogen.push({ soort: 'showMessageBox', args });
    return { response: 1, checkboxChecked: false };
  },
  showErrorBox(...args: unknown[]) {
    opgenomen.dialogen.push({ soort: 'showErrorBox', args });
  },
};

export const shell = {
  async openExternal(url: string) {
    opgenomen.extern.push({ soort: 'openExternal', pad: url });
  },
  async openPath(pad: string) {
    opgenomen.extern.push({ soort: 'openPath', pad });
    return '';
  },
  showItemInFolder(pad: string) {
    opgenomen.extern.push({ soort: 'showItemInFolder', pad });
  },
};

// ---- the preload's side ----------------------------------------------------------------------

export const contextBridge = {
  exposeInMainWorld(sleutel: string, api: unknown) {
    if (opgenomen.blootgesteld.has(sleutel)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${sleutel}`);
    opgenomen.blootgesteld.set(sleutel, api);
  },
};

export const ipcRenderer = Object.assign(new EventEmitter(), {
  async invoke(kanaal: string, ...args: unknown[]) {
    opgenomen.rendererInvokes.push({ kanaal, args });
    return { ok: true, data: null };
  },
});

// ---- electron-log/main -------------------------------------------------------------------------

const regels: string[] = [];
const schrijf = (...args: unknown[]) => void regels.push(args.map(String).join(' '));
/** Just enough of electron-log's main logger; the lines are kept in `log.regels`. */
export const log = {
  regels,
  transports: { file: { resolvePathFn: null as null | (() => string) } },
  initialize() {},
  functions: { log: schrijf, info: schrijf, warn: schrijf, error: schrijf, debug: schrijf },
  log: schrijf,
  info: schrijf,
  warn: schrijf,
  error: schrijf,
  debug: schrijf,
};
