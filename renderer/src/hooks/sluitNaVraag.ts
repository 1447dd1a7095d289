// Nothing typed is lost: a changed form asks before it closes (Escape, Annuleren, ×), and a changed
// page form asks before the user leaves the page through the menu. (Closing the window does not ask
// yet: in Electron a beforeunload refusal needs a will-prevent-unload dialog in the main process,
// and a file switch from the menu reloads the page after the switch.)
import { useCallback, useEffect } from 'react';
import { useBevestiging, type BevestigVraag } from '../components/Bevestiging';

/** The question, the same everywhere; "Terug naar formulier" is the safe answer and has the focus. */
export const SLUIT_VRAAG: BevestigVraag = {
  titel: 'Wijzigingen niet opgeslagen',
  tekst: 'U hebt iets ingevuld of gewijzigd dat nog niet is opgeslagen. Sluiten zonder opslaan?',
  bevestigKnop: 'Sluiten zonder opslaan',
  annuleerKnop: 'Terug naar formulier',
  gevaarlijk: true,
};

/** Leaving a page with a changed form through the menu. */
export const VERLAAT_VRAAG: BevestigVraag = { ...SLUIT_VRAAG, bevestigKnop: 'Verlaten zonder opslaan' };

/** `onSluit`, but after the question when the form has changes. */
export function useSluitNaVraag(gewijzigd: boolean, onSluit: () => void): () => void {
  const bevestig = useBevestiging();
  return useCallback(() => {
    if (!gewijzigd) return onSluit();
    void bevestig(SLUIT_VRAAG).then((ja) => {
      if (ja) onSluit();
    });
  }, [gewijzigd, onSluit, bevestig]);
}

// Page forms (not dialogs) with changes; the menu asks before leaving the page while one is set.
const gewijzigdePaginas = new Set<symbol>();

export function heeftOnopgeslagenPagina(): boolean {
  return gewijzigdePaginas.size > 0;
}

/** After "Sluiten zonder opslaan" in the menu: the page's changes are given up. */
export function vergeetOnopgeslagenPaginas(): void {
  gewijzigdePaginas.clear();
}

/** A form on a page (Instellingen): marks the page as changed while `gewijzigd`. */
export function useVerlaatNaVraag(gewijzigd: boolean): void {
  useEffect(() => {
    if (!gewijzigd) return;
    const sleutel = Symbol('pagina');
    gewijzigdePaginas.add(sleutel);
    return () => {
      gewijzigdePaginas.delete(sleutel);
    };
  }, [gewijzigd]);
}
