import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { guardWebContents } from '../../electron/window';

type Listener = (event: { preventDefault(): void; defaultPrevented: boolean }, ...args: unknown[]) => void;

/** Just enough of Electron's WebContents to record which handlers guardWebContents installs. */
function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpen: ((details: { url: string }) => { action: string }) | null = null;
  let permissionRequest: ((wc: unknown, permission: string, callback: (ok: boolean) => void, details: unknown) => void) | null = null;
  let permissionCheck: ((wc: unknown, permission: string) => boolean) | null = null;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: typeof windowOpen) {
      windowOpen = handler;
    },
    session: {
      setPermissionRequestHandler(handler: typeof permissionRequest) {
        permissionRequest = handler;
      },
      setPermissionCheckHandler(handler: typeof permissionCheck) {
        permissionCheck = handler;
      },
    },
  };
  /** Emits an event the way Electron does; true when a handler called preventDefault. */
  const emit = (name: string, ...args: unknown[]) => {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    for (const l of listeners.get(name) ?? []) l(event, ...args);
    return event.defaultPrevented;
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    has: (name: string) => (listeners.get(name)?.length ?? 0) > 0,
    windowOpen: (url: string) => windowOpen!({ url }),
    requestPermission: (permission: string) =>
      new Promise<boolean>((resolve) => permissionRequest!(null, permission, resolve, {})),
    checkPermission: (permission: string) => permissionCheck!(null, permission),
  };
}

describe('guardWebContents', () => {
  it('blocks navigation and redirects to anything but our own pages', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents, () => undefined);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(fake.emit('will-navigate', 'app://anders/index.html')).toBe(true);
    expect(fake.emit('will-navigate', 'app://schoolinzet/index.html#/scholen')).toBe(false);
    expect(fake.emit('will-redirect', 'http://evil.example/')).toBe(true);
    expect(fake.emit('will-redirect', 'app://schoolinzet/index.html')).toBe(false);
  });

  it('never attaches a webview', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents, () => undefined);
    expect(fake.has('will-attach-webview')).toBe(true);
    expect(fake.emit('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every window.open; only https links go to the browser', () => {
    const geopend: string[] = [];
    const fake = fakeWebContents();
    guardWebContents(fake.contents, (url) => geopend.push(url));
    for (const url of ['https://www.zwolle.nl/onderwijs', 'http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'app://schoolinzet/index.html', 'https://a:b@evil.example/']) {
      expect(fake.windowOpen(url)).toEqual({ action: 'deny' });
    }
    expect(geopend).toEqual(['https://www.zwolle.nl/onderwijs']);
  });

  it('denies every permission request and check', async () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents, () => undefined);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(await fake.requestPermission(permission)).toBe(false);
      expect(fake.checkPermission(permission)).toBe(false);
    }
  });
});
