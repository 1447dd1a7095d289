// "Weet u het zeker?" as a promise: `if (await bevestig({...})) …`. One dialog for the whole app.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { Dialoog } from './Dialoog';

export interface BevestigVraag {
  titel: string;
  tekst: ReactNode;
  /** Text of the confirming button, a verb: "Verwijderen", "Kopiëren". */
  bevestigKnop: string;
  gevaarlijk?: boolean;
  /** Text of the button that keeps things as they are (focused first); default "Annuleren". */
  annuleerKnop?: string;
}

type Bevestig = (vraag: BevestigVraag) => Promise<boolean>;
const BevestigingContext = createContext<Bevestig | null>(null);

export function BevestigingProvider({ children }: { children: ReactNode }) {
  const [vraag, setVraag] = useState<BevestigVraag | null>(null);
  const antwoord = useRef<(ja: boolean) => void>(() => undefined);

  const bevestig = useCallback<Bevestig>(
    (nieuw) =>
      new Promise<boolean>((resolve) => {
        antwoord.current(false);
        antwoord.current = resolve;
        setVraag(nieuw);
      }),
    [],
  );

  const klaar = (ja: boolean) => {
    antwoord.current(ja);
    antwoord.current = () => undefined;
    setVraag(null);
  };

  return (
    <BevestigingContext.Provider value={bevestig}>
      {children}
      <Dialoog
        open={vraag !== null}
        titel={vraag?.titel ?? ''}
        rol="alertdialog"
        onSluit={() => klaar(false)}
        voet={
          <>
            <button
              type="button"
              className={`utrecht-button ${vraag?.gevaarlijk ? 'utrecht-button--warning' : 'utrecht-button--primary-action'}`}
              onClick={() => klaar(true)}
            >
              {vraag?.bevestigKnop}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" data-autofocus onClick={() => klaar(false)}>
              {vraag?.annuleerKnop ?? 'Annuleren'}
            </button>
          </>
        }
      >
        <div className="utrecht-paragraph">{vraag?.tekst}</div>
      </Dialoog>
    </BevestigingContext.Provider>
  );
}

export function useBevestiging(): Bevestig {
  const bevestig = useContext(BevestigingContext);
  if (!bevestig) throw new Error('useBevestiging buiten BevestigingProvider');
  return bevestig;
}
