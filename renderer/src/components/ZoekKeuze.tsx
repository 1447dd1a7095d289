// A choice from a long list by typing (WAI-ARIA 1.2 combobox with list autocomplete): the input
// filters the options, arrow keys move through them, Enter chooses, Escape closes the list (a
// second Escape closes the dialog). 10.000 schools are never all in the page: the caller fetches
// the options that match what was typed (onZoek, after a short pause).
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Veld, type VeldBasis } from './Velden';

export interface ZoekOptie {
  waarde: string;
  label: string;
}

export interface ZoekKeuzeProps extends VeldBasis {
  /** The chosen value ('' = none). */
  waarde: string;
  /** The text of the chosen value, shown when the user is not typing. */
  gekozenLabel: string;
  onKies(waarde: string): void;
  onBlur?(): void;
  /** The options that match the last onZoek. */
  opties: readonly ZoekOptie[];
  onZoek(tekst: string): void;
  laden?: boolean;
  /** Said below the options when there are more than shown, e.g. "Typ verder om te zoeken". */
  meer?: string | null;
  placeholder?: string;
  name?: string;
}

export function ZoekKeuze(props: ZoekKeuzeProps) {
  const { label, hint, fout, verplicht, className, waarde, onKies, onBlur, opties, onZoek, laden, meer, placeholder, name } = props;
  const lijstId = useId();
  // The label of what the user just chose, until the caller knows it too (it may load it first).
  const [gekozen, setGekozen] = useState<ZoekOptie | null>(null);
  const gekozenLabel = props.gekozenLabel || (gekozen?.waarde === waarde ? gekozen.label : '');
  const [open, setOpen] = useState(false);
  const [getypt, setGetypt] = useState('');
  const [typt, setTypt] = useState(false);
  // Not typing: the input shows the choice (also when it arrives later or changes from outside).
  const tekst = typt ? getypt : gekozenLabel;
  const [actief, setActief] = useState(-1);
  const invoerRef = useRef<HTMLInputElement>(null);
  const lijstRef = useRef<HTMLUListElement>(null);
  const zoek = useEffectEvent((t: string) => onZoek(t));

  // Ask for options once the user pauses; an untouched field asks for the start of the list.
  const zoekTekst = typt ? tekst.trim() : '';
  useEffect(() => {
    const t = window.setTimeout(() => zoek(zoekTekst), zoekTekst ? 150 : 0);
    return () => window.clearTimeout(t);
  }, [zoekTekst]);

  // Typing selects the first match (automatic selection), so Enter takes it. Adjusted while
  // rendering when the options or typing change, not in an effect after it.
  const [actiefVoor, setActiefVoor] = useState({ opties, typt });
  if (actiefVoor.opties !== opties || actiefVoor.typt !== typt) {
    setActiefVoor({ opties, typt });
    setActief(typt && opties.length > 0 ? 0 : -1);
  }

  useEffect(() => {
    if (actief < 0) return;
    lijstRef.current?.querySelector(`[data-index="${actief}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [actief]);

  const kies = (o: ZoekOptie) => {
    setGekozen(o);
    onKies(o.waarde);
    setTypt(false);
    setOpen(false);
  };

  const stop = () => {
    setOpen(false);
    setTypt(false);
  };

  const onToets = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActief(opties.length ? (e.key === 'ArrowDown' ? 0 : opties.length - 1) : -1);
        return;
      }
      if (!opties.length) return;
      const stap = e.key === 'ArrowDown' ? 1 : -1;
      setActief((i) => (i < 0 ? (stap > 0 ? 0 : opties.length - 1) : (i + stap + opties.length) % opties.length));
    } else if (e.key === 'Enter') {
      // Enter in an open list chooses; it never submits the form half-way.
      if (open) {
        e.preventDefault();
        if (actief >= 0 && opties[actief]) kies(opties[actief]);
      }
    } else if (e.key === 'Escape') {
      if (open || typt) {
        // Only the list closes; the dialog stays (its close request is the default action).
        e.preventDefault();
        e.stopPropagation();
        stop();
      }
    } else if (e.key === 'Home' || e.key === 'End') {
      setActief(-1);
    }
  };

  return (
    <Veld label={label} hint={hint} fout={fout} verplicht={verplicht} className={`zoekkeuze${className ? ` ${className}` : ''}`}>
      {(aria) => (
        <div className="zoekkeuze__veld">
          <input
            {...aria}
            ref={invoerRef}
            name={name}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={lijstId}
            aria-activedescendant={open && actief >= 0 ? `${lijstId}-${actief}` : undefined}
            className={`utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}`}
            placeholder={placeholder}
            value={tekst}
            // A long name cuts off the vestigingscode in the box: the whole text on hover.
            title={!typt && tekst ? tekst : undefined}
            data-waarde={waarde}
            onChange={(e) => {
              setGetypt(e.target.value);
              setTypt(true);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onKeyDown={onToets}
            onBlur={() => {
              // An emptied field clears the choice; other unfinished typing gives the choice back.
              if (typt && tekst.trim() === '' && waarde !== '') onKies('');
              stop();
              onBlur?.();
            }}
          />
          <div className="zoekkeuze__popup" hidden={!open}>
            <ul id={lijstId} ref={lijstRef} role="listbox" aria-label={`Keuzes voor ${label.toLocaleLowerCase('nl')}`} className="zoekkeuze__lijst">
              {opties.map((o, i) => (
                // The keyboard chooses in the input (arrow keys, Enter; aria-activedescendant): an option never has the focus.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- see the line above
                <li
                  key={o.waarde}
                  id={`${lijstId}-${i}`}
                  data-index={i}
                  role="option"
                  aria-selected={i === actief}
                  className={`zoekkeuze__optie${i === actief ? ' zoekkeuze__optie--actief' : ''}${o.waarde === waarde ? ' zoekkeuze__optie--gekozen' : ''}`}
                  // Keep the focus in the input: the click below chooses.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => kies(o)}
                >
                  {o.label}
                </li>
              ))}
            </ul>
            {opties.length === 0 ? (
              <p className="zoekkeuze__melding">{laden ? 'Zoeken…' : tekst.trim() && typt ? `Niets gevonden voor "${tekst.trim()}".` : 'Typ om te zoeken.'}</p>
            ) : (
              meer && <p className="zoekkeuze__melding">{meer}</p>
            )}
          </div>
        </div>
      )}
    </Veld>
  );
}
