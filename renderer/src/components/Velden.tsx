// Form fields in NL Design System (Utrecht) markup: label, hint, and the Dutch error right next to
// the field, tied to it with aria-describedby and aria-invalid so a screen reader reads both.
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { FieldError, FieldErrors } from 'react-hook-form';

export interface VeldBasis {
  label: string;
  hint?: ReactNode;
  /** The Dutch message; a react-hook-form FieldError or plain text. */
  fout?: FieldError | string | null;
  verplicht?: boolean;
  className?: string;
}

export function foutTekst(fout: VeldBasis['fout']): string | null {
  if (!fout) return null;
  return typeof fout === 'string' ? fout : (fout.message ?? 'Ongeldige waarde.');
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
  const tekst = foutTekst(fout);
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

/** A summary at the top of a form after a failed submit, linking to each field (WCAG 3.3.1). */
export function FoutSamenvatting({ fouten, algemeen }: { fouten: FieldErrors; algemeen?: string | null }) {
  const lijst = Object.entries(fouten)
    .map(([veld, f]) => ({ veld, tekst: foutTekst(f as FieldError) }))
    .filter((f): f is { veld: string; tekst: string } => Boolean(f.tekst) && f.veld !== 'root');
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
