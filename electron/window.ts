// The one BrowserWindow and every guard around it. Only types come from 'electron' here, so tests
// can load this file and check the security settings without the Electron binary.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://schoolinzet`;

/** Strict CSP: nothing remote, no eval, no inline script. Also set as a meta tag in index.html. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Creates the main window. The options are written out literally inside `new BrowserWindow({...})`
 * so a static scanner (Electronegativity, `npm run security`) can verify every webPreference.
 */
export function maakVenster<W>(BrowserWindow: new (options: BrowserWindowConstructorOptions) => W, preloadPath: string): W {
  return new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1000,
    minHeight: 640,
    title: 'Schoolinzet',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // Reviewed: the preload exposes one function, invoke(method, input) (tests/unit/window-security.test.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click must not open links in a new window behind our handlers' back.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
}

/** The options maakVenster passes, for tests. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  let options: BrowserWindowConstructorOptions = {};
  maakVenster(
    class {
      constructor(o: BrowserWindowConstructorOptions) {
        options = o;
      }
    },
    preloadPath,
  );
  return options;
}

/** Only our own app:// pages may be shown. */
export function isEigenUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'schoolinzet';
  } catch {
    return false;
  }
}

/**
 * The API answers only our own page's top frame: an iframe (even one of ours) or any other page is
 * refused. `parent` is null for a top frame (Electron's WebFrameMain).
 */
export function magApiAanroepen(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return Boolean(frame) && frame!.parent === null && isEigenUrl(frame!.url);
}

/**
 * The file of the built renderer a URL path asks for (still %-encoded, as in `new URL(...).pathname`),
 * or null (then 404): only a regular file inside rendererDir once the path is decoded. `..`, `%2e%2e`,
 * `%2F` and absolute paths end up inside the folder or are refused; a sibling folder with the same
 * prefix is outside. The app:// protocol (main.ts) and the test harness both serve through this.
 */
export function rendererBestand(rendererDir: string, pathname: string, isBestand: (file: string) => boolean): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' || pathname === '' ? '/index.html' : pathname);
  } catch {
    return null; // a malformed %-escape
  }
  if (relative.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${path.sep}${relative}`);
  const binnen = path.relative(root, file);
  if (!binnen || binnen === '..' || binnen.startsWith(`..${path.sep}`) || path.isAbsolute(binnen)) return null;
  return isBestand(file) ? file : null;
}

/** A regular file (not a folder) exists at this path. */
export const isBestand = (file: string): boolean => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

/** Content types of what the renderer build contains; anything else keeps the type Electron gives it. */
export const INHOUDSTYPEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Links that may open in the user's browser: https only, parsed, no credentials. */
export function magExternOpenen(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Blocks navigation, new windows, webviews and permission requests for one window. */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isEigenUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isEigenUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (magExternOpenen(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/**
 * Nothing typed is lost when the window closes: a page with a changed form refuses the unload
 * (beforeunload, renderer/src/hooks/sluitNaVraag.ts) and Electron then asks here. `vraag` shows the
 * question and says true for "close without saving"; `wisselt` is true while the app itself reloads
 * the page after a switch of file (the file is already switched: the page must follow).
 */
export function vraagVoorSluiten(contents: WebContents, vraag: () => boolean, wisselt: () => boolean): void {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault here lets the page go despite its beforeunload refusal.
    if (wisselt() || vraag()) event.preventDefault();
  });
}
