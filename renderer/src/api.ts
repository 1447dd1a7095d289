// The typed client: invoke<K>(name, input) → the result type of that method, or an ApiFout with the
// Dutch message. In Electron it goes through the preload bridge; in the test harness over HTTP.
import type { ApiResult, Input, MethodName, Output } from '../../electron/api/contract';
import type { ApiFoutData, VeldMelding } from '../../electron/api/typen/fout';

declare global {
  interface Window {
    schoolinzet?: { invoke(method: string, input: unknown): Promise<unknown>; opWijziging?(callback: (stempel: number) => void): () => void };
  }
}

export class ApiFout extends Error {
  readonly code: ApiFoutData['code'];
  readonly velden: VeldMelding[];
  constructor(fout: ApiFoutData) {
    super(fout.melding);
    this.code = fout.code;
    this.velden = fout.velden;
  }
}

// The one change signal: a stamp from the main process that goes up after every write (including
// a refused one). In Electron it arrives through the preload's opWijziging, which the main process
// only sends after a write: every stamp it brings is news, even the first. In the harness it comes
// with every answer: the first one only tells where the count stands. A write's own answer carries
// (harness) or follows (Electron) its stamp, so the reads refetch after the write itself.
let laatsteStempel: number | null = null;
const stempelLuisteraars = new Set<() => void>();

function meldStempel(stempel: number, eersteIsWijziging: boolean): void {
  const nieuw = laatsteStempel === null ? eersteIsWijziging : stempel !== laatsteStempel;
  laatsteStempel = stempel;
  if (nieuw) for (const l of stempelLuisteraars) l();
}

/** Calls `luisteraar` whenever the data changed (the stamp moved); returns the unsubscribe. */
export function opWijziging(luisteraar: () => void): () => void {
  stempelLuisteraars.add(luisteraar);
  return () => stempelLuisteraars.delete(luisteraar);
}

if (typeof window !== 'undefined') window.schoolinzet?.opWijziging?.((stempel) => meldStempel(stempel, true));

type Transport = (method: string, input: unknown) => Promise<unknown>;

function kiesTransport(): Transport {
  if (window.schoolinzet) return (method, input) => window.schoolinzet!.invoke(method, input);
  const token = document.querySelector<HTMLMetaElement>('meta[name="schoolinzet-harness"]')?.content;
  if (token) {
    return async (method, input) => {
      const response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Schoolinzet-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      const stempel = Number(response.headers.get('X-Schoolinzet-Stempel'));
      if (response.headers.has('X-Schoolinzet-Stempel') && Number.isFinite(stempel)) meldStempel(stempel, false);
      return response.json();
    };
  }
  return async () => ({ ok: false, fout: { code: 'intern', melding: 'Schoolinzet is niet goed gestart: er is geen verbinding met de gegevens.', velden: [] } });
}

const transport = kiesTransport();

export async function invoke<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> {
  const result = (await transport(method, input)) as ApiResult<K>;
  if (!result.ok) throw new ApiFout(result.fout);
  return result.data;
}
