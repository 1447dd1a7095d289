// Exposes exactly two functions to the page: invoke(method, input) for the contract's method names,
// and opWijziging(callback) for the one change signal (a stamp, after every write).
// No ipcRenderer, no generic channel: each method has its own channel and unknown names are refused;
// the change signal listens on one fixed channel and passes the page only the stamp number.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, WIJZIGING_KANAAL } from './api/contract';

const known = new Set<string>(METHOD_NAMES);

contextBridge.exposeInMainWorld('schoolinzet', {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !known.has(method)) {
      return Promise.resolve({ ok: false, fout: { code: 'ongeldige-invoer', melding: `Onbekende opdracht: ${String(method)}`, velden: [] } });
    }
    return ipcRenderer.invoke(`api:${method}`, input);
  },
  opWijziging(callback: (stempel: number) => void): () => void {
    if (typeof callback !== 'function') return () => undefined;
    const luisteraar = (_event: IpcRendererEvent, stempel: unknown) => {
      if (typeof stempel === 'number') callback(stempel);
    };
    ipcRenderer.on(WIJZIGING_KANAAL, luisteraar);
    return () => {
      ipcRenderer.removeListener(WIJZIGING_KANAAL, luisteraar);
    };
  },
});
