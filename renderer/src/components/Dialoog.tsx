// A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (the focus
// stays inside), Escape closes it, and focus returns to where the user was.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialoogProps {
  open: boolean;
  titel: string;
  onSluit(): void;
  children: ReactNode;
  /** Buttons at the bottom; the dialog does not add any itself. */
  voet?: ReactNode;
  breed?: boolean;
  /** role alertdialog for confirmations. */
  rol?: 'dialog' | 'alertdialog';
}

export function Dialoog({ open, titel, onSluit, children, voet, breed, rol = 'dialog' }: DialoogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const terug = useRef<HTMLElement | null>(null);
  const titelId = useId();

  useEffect(() => {
    const dialoog = ref.current;
    if (!dialoog) return;
    if (open && !dialoog.open) {
      terug.current = document.activeElement as HTMLElement | null;
      dialoog.showModal();
      // A marked element (the safe answer of a question), else the first field, else the first button: the user
      // can start typing at once. Two queries: one selector list would return whichever comes first in the page.
      const eerste =
        dialoog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialoog.querySelector<HTMLElement>('input:not([type=hidden]):not([tabindex="-1"]), select, textarea, button:not(.dialoog__sluit)');
      eerste?.focus();
    } else if (!open && dialoog.open) {
      dialoog.close();
    }
  }, [open]);

  useEffect(
    () => () => {
      // Unmounted while open: still give the focus back.
      if (terug.current && document.contains(terug.current)) terug.current.focus();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className={`dialoog${breed ? ' dialoog--breed' : ''}`}
      aria-labelledby={titelId}
      role={rol === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault();
        onSluit();
      }}
      onClose={() => {
        const doel = terug.current;
        terug.current = null;
        if (doel && document.contains(doel)) doel.focus();
      }}
    >
      {open && (
        <>
          <div className="dialoog__kop">
            <h2 id={titelId} className="utrecht-heading-2">
              {titel}
            </h2>
            <button type="button" className="dialoog__sluit" aria-label="Sluiten" onClick={() => onSluit()}>
              ×
            </button>
          </div>
          <div className="dialoog__inhoud">{children}</div>
          {voet && <div className="dialoog__voet utrecht-button-group">{voet}</div>}
        </>
      )}
    </dialog>
  );
}
