// Short messages after a change, bottom right, with "Ongedaan maken" where undo is possible.
// They stay while the mouse or the keyboard focus is on them, so nobody misses the undo button.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export interface ToastInvoer {
  tekst: string;
  soort?: 'ok' | 'fout';
  /** Shows the "Ongedaan maken" button; the toast closes when it succeeds. */
  ongedaanMaken?: () => Promise<unknown>;
}

interface Toast extends ToastInvoer {
  id: number;
}

type Toon = (toast: ToastInvoer) => void;
const ToastContext = createContext<Toon | null>(null);

const DUUR_MS = 8_000;
const DUUR_MET_ONGEDAAN_MS = 15_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const volgende = useRef(1);
  const toon = useCallback<Toon>((toast) => {
    const id = volgende.current++;
    // At most three at once: older news is no longer news.
    setToasts((huidig) => [...huidig.slice(-2), { ...toast, id }]);
  }, []);
  const sluit = useCallback((id: number) => setToasts((huidig) => huidig.filter((t) => t.id !== id)), []);

  return (
    <ToastContext.Provider value={toon}>
      {children}
      <div className="toasts" role="region" aria-label="Meldingen">
        <div aria-live="polite" className="toasts__lijst">
          {toasts.map((t) => (
            <ToastItem key={t.id} toast={t} onSluit={() => sluit(t.id)} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onSluit }: { toast: Toast; onSluit(): void }) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [vast, setVast] = useState(false);
  useEffect(() => {
    if (vast || bezig) return;
    const timer = window.setTimeout(onSluit, toast.ongedaanMaken ? DUUR_MET_ONGEDAAN_MS : DUUR_MS);
    return () => window.clearTimeout(timer);
  }, [vast, bezig, onSluit, toast.ongedaanMaken]);

  return (
    <div
      className={`toast toast--${toast.soort ?? 'ok'}`}
      onMouseEnter={() => setVast(true)}
      onMouseLeave={() => setVast(false)}
      onFocus={() => setVast(true)}
      onBlur={() => setVast(false)}
    >
      <span className="toast__tekst">{fout ?? toast.tekst}</span>
      {toast.ongedaanMaken && !fout && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action toast__knop"
          disabled={bezig}
          onClick={async () => {
            setBezig(true);
            try {
              await toast.ongedaanMaken!();
              onSluit();
            } catch (e) {
              setFout(`Ongedaan maken lukte niet: ${(e as Error).message}`);
              setBezig(false);
            }
          }}
        >
          Ongedaan maken
        </button>
      )}
      <button type="button" className="toast__sluit" aria-label="Melding sluiten" onClick={onSluit}>
        ×
      </button>
    </div>
  );
}

export function useToast(): Toon {
  const toon = useContext(ToastContext);
  if (!toon) throw new Error('useToast buiten ToastProvider');
  return toon;
}
