// Nothing typed is lost: a changed form asks before it closes (Escape, Annuleren, ×); a changed page
// form asks before the user leaves the page through the menu; and while any form has changes the
// page refuses to unload, so closing the window asks too (Electron: vraagVoorSluiten in window.ts).
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
  useOnopgeslagen(gewijzigd);
  return useCallback(() => {
    if (!gewijzigd) return onSluit();
    void bevestig(SLUIT_VRAAG).then((ja) => {
      if (ja) onSluit();
    });
  }, [gewijzigd, onSluit, bevestig]);
}

// Page forms (not dialogs) with changes; the menu asks before leaving the page while one is set.
const gewijzigdePaginas = new Set<symbol>();
// Every changed form, dialogs included: the window asks before it closes while one is set.
const gewijzigdeFormulieren = new Set<symbol>();

function weigerSluiten(e: BeforeUnloadEvent) {
  e.preventDefault();
  e.returnValue = '';
}

/** Marks a changed form while `gewijzigd`, so closing or reloading the window asks first. */
function useOnopgeslagen(gewijzigd: boolean): void {
  useEffect(() => {
    if (!gewijzigd) return;
    const sleutel = Symbol('formulier');
    if (!gewijzigdeFormulieren.size) window.addEventListener('beforeunload', weigerSluiten);
    gewijzigdeFormulieren.add(sleutel);
    return () => {
      gewijzigdeFormulieren.delete(sleutel);
      if (!gewijzigdeFormulieren.size) window.removeEventListener('beforeunload', weigerSluiten);
    };
  }, [gewijzigd]);
}

export function heeftOnopgeslagenPagina(): boolean {
  return gewijzigdePaginas.size > 0;
}

/** After "Sluiten zonder opslaan" in the menu: the page's changes are given up. */
export function vergeetOnopgeslagenPaginas(): void {
  gewijzigdePaginas.clear();
}

/** A form on a page (Instellingen): marks the page as changed while `gewijzigd`. */
export function useVerlaatNaVraag(gewijzigd: boolean): void {
  useOnopgeslagen(gewijzigd);
  useEffect(() => {
    if (!gewijzigd) return;
    const sleutel = Symbol('pagina');
    gewijzigdePaginas.add(sleutel);
    return () => {
      gewijzigdePaginas.delete(sleutel);
    };
  }, [gewijzigd]);
}
