// Shared building blocks of the edit screens: a form in a dialog with Opslaan/Annuleren, a section
// with its heading and action, the Wijzigen/Verwijderen links of a table row, and a write button
// that is off (with the reason) when the file is open read-only.
import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { FieldError, FieldValues, UseFieldArrayReturn, UseFormRegister } from 'react-hook-form';
import { Dialoog } from './Dialoog';
import { FoutSamenvatting, Invoer } from './Velden';
import { Melding } from './PaginaKop';
import { ALLEEN_LEZEN_UITLEG, useAlleenLezen, type ApiFormulier } from '../hooks/apiFormulier';
import { useSluitNaVraag } from '../hooks/sluitNaVraag';
import './vormgeving.css';

/** A button that changes data: disabled with an explanation while the file is read-only. */
export function SchrijfKnop({ disabled, title, className = 'utrecht-button utrecht-button--secondary-action', ...knop }: ComponentPropsWithoutRef<'button'>) {
  const alleenLezen = useAlleenLezen();
  return <button type="button" {...knop} className={className} disabled={disabled || alleenLezen} title={alleenLezen ? ALLEEN_LEZEN_UITLEG : title} />;
}

export function FormulierDialoog<W extends FieldValues>({
  id,
  titel,
  api,
  onSluit,
  breed,
  opslaanTekst = 'Opslaan',
  children,
}: {
  /** The form's id (the Opslaan button in the dialog footer submits it). */
  id: string;
  titel: string;
  api: ApiFormulier<W>;
  onSluit(): void;
  breed?: boolean;
  opslaanTekst?: string;
  children: ReactNode;
}) {
  const alleenLezen = useAlleenLezen();
  // After a successful save the form calls onSluit itself (onKlaar), without this question.
  const sluit = useSluitNaVraag(api.form.formState.isDirty && !alleenLezen, onSluit);
  return (
    <Dialoog
      open
      breed={breed}
      titel={titel}
      onSluit={sluit}
      voet={
        <>
          <button
            type="submit"
            form={id}
            className="utrecht-button utrecht-button--primary-action"
            disabled={api.bezig || alleenLezen}
            title={alleenLezen ? ALLEEN_LEZEN_UITLEG : undefined}
          >
            {api.bezig ? 'Bezig met opslaan…' : opslaanTekst}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={sluit}>
            Annuleren
          </button>
        </>
      }
    >
      <form id={id} className="formulier" noValidate onSubmit={api.verstuur}>
        {alleenLezen && <Melding soort="warning">{ALLEEN_LEZEN_UITLEG}</Melding>}
        <FoutSamenvatting fouten={api.form.formState.isSubmitted ? api.f : {}} algemeen={api.algemeen} />
        {children}
      </form>
    </Dialoog>
  );
}

/** A white section with an h2 and, on the right, its actions ("… toevoegen"). */
export function Sectie({
  titel,
  acties,
  fout,
  children,
  className,
}: {
  titel: string;
  acties?: ReactNode;
  fout?: string | null;
  children: ReactNode;
  className?: string;
}) {
  const kopId = useId();
  return (
    <section className={`sectie${className ? ` ${className}` : ''}`} aria-labelledby={kopId}>
      <div className="sectie__kop">
        <h2 id={kopId} className="utrecht-heading-2">
          {titel}
        </h2>
        {acties && <div className="utrecht-button-group">{acties}</div>}
      </div>
      {fout && <Melding soort="error">{fout}</Melding>}
      {children}
    </section>
  );
}

/** The last cell of a row: "Wijzigen" and "Verwijderen" as links, labelled with what they act on. */
export function RijActies({ wat, onWijzig, onVerwijder }: { wat: string; onWijzig?: () => void; onVerwijder?: () => void }) {
  const alleenLezen = useAlleenLezen();
  return (
    <td className="rechts acties-cel">
      {onWijzig && (
        <button type="button" className="knop-link" onClick={onWijzig} aria-label={`${wat} wijzigen`}>
          {alleenLezen ? 'Bekijken' : 'Wijzigen'}
        </button>
      )}
      {onWijzig && onVerwijder && ' '}
      {onVerwijder && !alleenLezen && (
        <button type="button" className="knop-link" onClick={onVerwijder} aria-label={`${wat} verwijderen`}>
          Verwijderen
        </button>
      )}
    </td>
  );
}

/** Header cell for the actions column: present for screen readers, empty on screen. */
export function ActiesKop() {
  return (
    <th scope="col">
      <span className="visueel-verborgen">Acties</span>
    </th>
  );
}

type BedragFouten = { message?: string; [i: number]: { jaar?: FieldError; bedragCents?: FieldError; message?: string } | undefined } | undefined;

/** Rows of year + amount (a begrotingspost's amounts, a proeftuin's budget), with add and remove. */
export function BedragenPerJaar({
  legenda,
  naam,
  velden,
  register,
  fouten,
  volgendJaar,
  bedragLabel = 'Bedrag',
  onderwijsLabel,
}: {
  legenda: string;
  naam: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  velden: UseFieldArrayReturn<any, any, 'id'>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
  fouten: unknown;
  volgendJaar: () => number;
  bedragLabel?: string;
  /** With a label: a second amount per year, `onderwijsCents` (a proeftuin's onderwijs part). */
  onderwijsLabel?: string;
}) {
  const f = fouten as BedragFouten & Record<number, { onderwijsCents?: { message?: string } } | undefined>;
  return (
    <fieldset>
      <legend>{legenda}</legend>
      {typeof f?.message === 'string' && <p className="veld__fout">{f.message}</p>}
      {velden.fields.map((veld, i) => (
        <div key={veld.id} className="formulier__rij bedrag-regel">
          <Invoer label="Jaar" inputMode="numeric" fout={f?.[i]?.jaar ?? f?.[i]?.message} {...register(`${naam}.${i}.jaar`)} />
          <Invoer label={bedragLabel} inputMode="decimal" voorvoegsel="€" fout={f?.[i]?.bedragCents} {...register(`${naam}.${i}.bedragCents`)} />
          {onderwijsLabel && (
            <Invoer
              label={onderwijsLabel}
              inputMode="decimal"
              voorvoegsel="€"
              fout={f?.[i]?.onderwijsCents?.message}
              {...register(`${naam}.${i}.onderwijsCents`)}
            />
          )}
          <button type="button" className="knop-link bedrag-regel__weg" onClick={() => velden.remove(i)} aria-label={`${legenda}: regel ${i + 1} verwijderen`}>
            Verwijderen
          </button>
        </div>
      ))}
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle"
        onClick={() => velden.append({ jaar: String(volgendJaar()), bedragCents: '', ...(onderwijsLabel ? { onderwijsCents: '' } : {}) })}
      >
        Jaar toevoegen
      </button>
    </fieldset>
  );
}
