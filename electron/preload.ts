// Exposes exactly one function to the page: invoke(method, input) for the contract's method names.
// No ipcRenderer, no generic channel: each method has its own channel and unknown names are refused.
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from './api/contract';

const known = new Set<string>(METHOD_NAMES);

contextBridge.exposeInMainWorld('schoolinzet', {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !known.has(method)) {
      return Promise.resolve({ ok: false, fout: { code: 'ongeldige-invoer', melding: `Onbekende opdracht: ${String(method)}`, velden: [] } });
    }
    return ipcRenderer.invoke(`api:${method}`, input);
  },
});
