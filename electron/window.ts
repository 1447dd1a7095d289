// The one BrowserWindow and every guard around it. Only types come from 'electron' here, so tests
// can load this file and check the security settings without the Electron binary.
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
