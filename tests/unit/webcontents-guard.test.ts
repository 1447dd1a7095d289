import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { guardWebContents, vraagVoorSluiten } from '../../electron/window';
import { StandinWebContents } from '../helpers/electron-standin';

/** The stand-in WebContents the main-process test uses (tests/integration/hoofdproces.test.ts), guarded. */
function bewaakt(openExternal: (url: string) => void = () => undefined): StandinWebContents {
  const contents = new StandinWebContents();
  guardWebContents(contents as unknown as WebContents, openExternal);
  return contents;
}

describe('guardWebContents', () => {
  it('blocks navigation and redirects to anything but our own pages', () => {
    const fake = bewaakt();
    expect(fake.geweigerd('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.geweigerd('will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(fake.geweigerd('will-navigate', 'app://anders/index.html')).toBe(true);
    expect(fake.geweigerd('will-navigate', 'app://schoolinzet/index.html#/scholen')).toBe(false);
    expect(fake.geweigerd('will-redirect', 'http://evil.example/')).toBe(true);
    expect(fake.geweigerd('will-redirect', 'app://schoolinzet/index.html')).toBe(false);
  });

  it('never attaches a webview', () => {
    const fake = bewaakt();
    expect(fake.listenerCount('will-attach-webview')).toBe(1);
    expect(fake.geweigerd('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every window.open; only https links go to the browser', () => {
    const geopend: string[] = [];
    const fake = bewaakt((url) => geopend.push(url));
    for (const url of [
      'https://www.zwolle.nl/onderwijs',
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://schoolinzet/index.html',
      'https://a:b@evil.example/',
    ]) {
      expect(fake.openVenster(url)).toEqual({ action: 'deny' });
    }
    expect(geopend).toEqual(['https://www.zwolle.nl/onderwijs']);
  });

  it('denies every permission request and check', async () => {
    const fake = bewaakt();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(await fake.session.vraagToestemming(permission)).toBe(false);
      expect(fake.session.controleerToestemming(permission)).toBe(false);
    }
  });
});

describe('vraagVoorSluiten: a page with unsaved changes refused to unload', () => {
  const sluiten = (vraag: () => boolean, wisselt = false) => {
    const fake = new StandinWebContents();
    let gevraagd = 0;
    vraagVoorSluiten(
      fake as unknown as WebContents,
      () => (gevraagd++, vraag()),
      () => wisselt,
    );
    return { mag: fake.geweigerd('will-prevent-unload'), gevraagd };
  };

  it('asks; "Sluiten zonder opslaan" lets the window close, "Terug naar formulier" keeps it open', () => {
    expect(sluiten(() => true)).toEqual({ mag: true, gevraagd: 1 });
    expect(sluiten(() => false)).toEqual({ mag: false, gevraagd: 1 });
  });

  it('does not ask while the app reloads the page after a switch of file', () => {
    expect(sluiten(() => false, true)).toEqual({ mag: true, gevraagd: 0 });
  });
});
