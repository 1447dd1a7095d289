import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isEigenUrl, magExternOpenen, windowOptions } from '../../electron/window';

describe('the main window', () => {
  const prefs = windowOptions('/pad/preload.cjs').webPreferences!;

  it('isolates the page from Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/pad/preload.cjs');
  });

  it('has a strict CSP without remote origins, eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(meta).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(meta).toContain("script-src 'self'");
  });

  it('allows only its own pages and opens only https links outside', () => {
    expect(isEigenUrl('app://schoolinzet/index.html#/scholen')).toBe(true);
    expect(isEigenUrl('https://schoolinzet/')).toBe(false);
    expect(isEigenUrl('file:///etc/passwd')).toBe(false);
    expect(isEigenUrl('app://anders/index.html')).toBe(false);
    expect(magExternOpenen('https://www.zwolle.nl/onderwijs')).toBe(true);
    expect(magExternOpenen('http://www.zwolle.nl')).toBe(false);
    expect(magExternOpenen('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(magExternOpenen('javascript:alert(1)')).toBe(false);
    expect(magExternOpenen('https://user:pw@evil.example')).toBe(false);
    expect(magExternOpenen('niet een url')).toBe(false);
  });

  it('is created from these literal options in main.ts (what Electronegativity scans); main.ts itself runs in tests/integration/hoofdproces.test.ts', () => {
    const main = fs.readFileSync('electron/main.ts', 'utf8');
    expect(main).toMatch(/maakVenster\(BrowserWindow,/);
    expect(main).not.toMatch(/new BrowserWindow\(/);
  });
});
