// Form fields in NL Design System (Utrecht) markup: label, hint, and the Dutch error right next to
// the field, tied to it with aria-describedby and aria-invalid so a screen reader reads both.
import { useId, useRef, type ChangeEvent, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { FieldError, FieldErrors } from 'react-hook-form';
import { datumNaarTekst, parseDatumTekst } from '../../../electron/domain/validatie';

export interface VeldBasis {
  label: string;
  hint?: ReactNode;
  /** The Dutch message; a react-hook-form FieldError or plain text. */
  fout?: FieldError | string | null;
  verplicht?: boolean;
  className?: string;
}

/** The message of a field; one without text (rare) still names the field. */
export function foutTekst(fout: VeldBasis['fout'], label = 'Dit veld'): string | null {
  if (!fout) return null;
  return typeof fout === 'string' ? fout : (fout.message ?? `${label} is niet goed ingevuld.`);
}

/** The wrapper; `children` gets the ids and aria attributes the control needs. */
export function Veld({
  label,
  hint,
  fout,
  verplicht,
  className,
  children,
}: VeldBasis & { children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true; 'aria-required'?: true }) => ReactNode }) {
  const id = useId();
  const tekst = foutTekst(fout, label);
  const beschrijving = [hint ? `${id}-hint` : null, tekst ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field veld${tekst ? ' utrecht-form-field--invalid veld--fout' : ''}${className ? ` ${className}` : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {verplicht && <span className="veld__verplicht"> (verplicht)</span>}
        </label>
      </div>
      {hint && (
        <div id={`${id}-hint`} className="utrecht-form-field-description veld__hint">
          {hint}
        </div>
      )}
      {tekst && (
        <div id={`${id}-fout`} className="utrecht-form-field-error-message veld__fout">
          {tekst}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {children({ id, 'aria-describedby': beschrijving, 'aria-invalid': tekst ? true : undefined, 'aria-required': verplicht ? true : undefined })}
      </div>
    </div>
  );
}

type InvoerProps = VeldBasis &
  Omit<ComponentPropsWithRef<'input'>, 'className' | 'id'> & {
    /** Shown before the box, as a Dutch amount is written: € 75,50. */
    voorvoegsel?: string;
    achtervoegsel?: string;
    invoerKlasse?: string;
  };

/** A text box; numbers are typed as text too (Dutch decimal comma), the form schema parses them. */
export function Invoer({ label, hint, fout, verplicht, className, voorvoegsel, achtervoegsel, invoerKlasse, ...input }: InvoerProps) {
  return (
    <Veld label={label} hint={hint} fout={fout} verplicht={verplicht} className={className}>
      {(aria) => (
        <div className="veld__invoer">
          {voorvoegsel && (
            <span className="veld__achtervoegsel" aria-hidden="true">
              {voorvoegsel}
            </span>
          )}
          <input
            {...input}
            {...aria}
            className={`utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}${invoerKlasse ? ` ${invoerKlasse}` : ''}`}
          />
          {achtervoegsel && (
            <span className="veld__achtervoegsel" aria-hidden="true">
              {achtervoegsel}
            </span>
          )}
        </div>
      )}
    </Veld>
  );
}

type DatumProps = VeldBasis & Omit<ComponentPropsWithRef<'input'>, 'className' | 'id' | 'type'>;

/**
 * The one date field of the app. A text box for dd-mm-jjjj whatever the OS or browser locale (a native
 * date input follows the locale: mm/dd/yyyy in an English Chromium, and 01092026 became 9 January).
 * Typed 1-9-2026 or 01092026 is written out as 01-09-2026 on leaving the field; the schema turns it
 * into ISO (domain/validatie.ts). The calendar button is an extra for the mouse: one Tab stop.
 * Works with react-hook-form's register and as a controlled input (value + onChange).
 */
export function DatumVeld({ label, hint, fout, verplicht, className, onChange, onBlur, ref, ...input }: DatumProps) {
  const tekstvak = useRef<HTMLInputElement | null>(null);
  const kalender = useRef<HTMLInputElement>(null);
  const zet = (tekst: string) => {
    const el = tekstvak.current;
    if (!el || el.value === tekst) return;
    el.value = tekst;
    onChange?.({ target: el, currentTarget: el, type: 'change' } as unknown as ChangeEvent<HTMLInputElement>);
  };
  return (
    <Veld label={label} hint={hint ? <>dd-mm-jjjj. {hint}</> : 'dd-mm-jjjj'} fout={fout} verplicht={verplicht} className={className}>
      {(aria) => (
        <div className="veld__invoer datum-veld">
          <input
            {...input}
            {...aria}
            ref={(el) => {
              tekstvak.current = el;
              if (typeof ref === 'function') ref(el);
              else if (ref) ref.current = el;
            }}
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={10}
            className={`utrecht-textbox utrecht-textbox--html-input datum-veld__tekst${fout ? ' utrecht-textbox--invalid' : ''}`}
            onChange={onChange}
            onBlur={(e) => {
              const iso = parseDatumTekst(e.target.value);
              if (iso) zet(datumNaarTekst(iso));
              onBlur?.(e);
            }}
          />
          <button
            type="button"
            tabIndex={-1}
            className="datum-veld__kalender"
            aria-label="Kalender openen"
            title="Kies de datum in een kalender"
            disabled={input.disabled || input.readOnly}
            onClick={() => {
              const k = kalender.current;
              if (!k) return;
              k.value = parseDatumTekst(tekstvak.current?.value ?? '') ?? '';
              k.showPicker?.();
            }}
          >
            {/* A drawn calendar: an emoji depends on the fonts of the machine. */}
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
              <rect x="3" y="5" width="18" height="16" rx="2" />
              <path d="M3 10h18M8 3v4M16 3v4" />
            </svg>
          </button>
          <input
            ref={kalender}
            type="date"
            tabIndex={-1}
            aria-hidden="true"
            className="datum-veld__kalenderwaarde"
            onChange={(e) => {
              if (e.target.value) zet(datumNaarTekst(e.target.value));
              tekstvak.current?.focus();
            }}
          />
        </div>
      )}
    </Veld>
  );
}

type KeuzeProps = VeldBasis & Omit<ComponentPropsWithRef<'select'>, 'className' | 'id'> & { opties: { waarde: string; label: string }[]; leegLabel?: string };

export function Keuze({ label, hint, fout, verplicht, className, opties, leegLabel, ...select }: KeuzeProps) {
  return (
    <Veld label={label} hint={hint} fout={fout} verplicht={verplicht} className={className}>
      {(aria) => (
        <select {...select} {...aria} className={`utrecht-select utrecht-select--html-select${fout ? ' utrecht-select--invalid' : ''}`}>
          {leegLabel !== undefined && <option value="">{leegLabel}</option>}
          {opties.map((o) => (
            <option key={o.waarde} value={o.waarde}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Veld>
  );
}

type TekstvakProps = VeldBasis & Omit<ComponentPropsWithRef<'textarea'>, 'className' | 'id'>;

export function Tekstvak({ label, hint, fout, verplicht, className, ...textarea }: TekstvakProps) {
  return (
    <Veld label={label} hint={hint} fout={fout} verplicht={verplicht} className={className}>
      {(aria) => (
        <textarea rows={3} {...textarea} {...aria} className={`utrecht-textarea utrecht-textarea--html-textarea${fout ? ' utrecht-textarea--invalid' : ''}`} />
      )}
    </Veld>
  );
}

/**
 * Every message in a form's errors, also those of rows (a year and amount per row): each says which
 * field is wrong and how, with the row number where the field sits in a list.
 */
export function foutMeldingen(fouten: unknown, pad: string[] = []): { veld: string; tekst: string }[] {
  if (!fouten || typeof fouten !== 'object') return [];
  const uit: { veld: string; tekst: string }[] = [];
  const eigen = (fouten as { message?: unknown }).message;
  if (typeof eigen === 'string' && eigen && pad.length) {
    const regel = pad.find((p) => /^\d+$/.test(p));
    uit.push({ veld: pad.join('.'), tekst: regel === undefined ? eigen : `Regel ${Number(regel) + 1}: ${eigen}` });
  }
  for (const [sleutel, waarde] of Object.entries(fouten)) {
    // 'root' of the form is the general message (shown apart); ref is the DOM element.
    if ((sleutel === 'root' && !pad.length) || sleutel === 'ref' || sleutel === 'message' || sleutel === 'type' || sleutel === 'types') continue;
    uit.push(...foutMeldingen(waarde, [...pad, sleutel]));
  }
  return uit;
}

/** A summary at the top of a form after a failed submit, linking to each field (WCAG 3.3.1). */
export function FoutSamenvatting({ fouten, algemeen }: { fouten: FieldErrors; algemeen?: string | null }) {
  const lijst = foutMeldingen(fouten);
  if (!lijst.length && !algemeen) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error fout-samenvatting" role="alert">
      <div className="utrecht-alert__content">
        {algemeen && <p className="utrecht-paragraph">{algemeen}</p>}
        {lijst.length > 0 && (
          <>
            <p className="utrecht-paragraph">
              {lijst.length === 1 ? 'Er is 1 veld niet goed ingevuld:' : `Er zijn ${lijst.length} velden niet goed ingevuld:`}
            </p>
            <ul>
              {lijst.map((f) => (
                <li key={f.veld}>{f.tekst}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
