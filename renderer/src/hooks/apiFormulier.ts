// The plumbing every edit form and delete button shares: a react-hook-form validated with the API's
// zod schema, errors put next to their fields, a toast after saving; delete with a confirmation
// and "Ongedaan maken" through the area's herstel method. Read-only files refuse both up front.
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { invoke } from '../api';
import { useBevestiging } from '../components/Bevestiging';
import { useToast } from '../components/Toast';
import { useLezen } from './useApi';
import { toonApiFout } from './formulier';

/** Why write buttons are off: a colleague has the file open, or it was opened read-only. */
export const ALLEEN_LEZEN_UITLEG = 'Dit bestand is alleen-lezen geopend: wijzigen kan niet. Open het bestand opnieuw als niemand anders het meer gebruikt.';

export function useAlleenLezen(): boolean {
  return useLezen('app.info', {}).data?.alleenLezen ?? false;
}

export interface ApiFormulier<W extends FieldValues> {
  form: UseFormReturn<W>;
  /** Errors by field name, as the Velden components take them. */
  f: UseFormReturn<W>['formState']['errors'];
  verstuur: (e?: React.BaseSyntheticEvent) => Promise<void>;
  /** A message for the form as a whole (an API error that names no field of this form). */
  algemeen: string | null;
  bezig: boolean;
}

/**
 * `schema` turns the typed strings into the API input (usually z.preprocess(…, apiSchema));
 * `opslaan` sends it and returns the toast text; `velden` are the field names the form shows, so
 * an API message for one of them lands next to that field.
 */
export function useApiFormulier<W extends FieldValues, S extends z.ZodType>(opties: {
  schema: S;
  beginWaarden: DefaultValues<W>;
  velden: readonly string[];
  opslaan: (invoer: z.output<S>) => Promise<string | null | void>;
  /**
   * Editing an existing record: saves the given input over it again. The toast then offers
   * "Ongedaan maken", which puts back the values the form opened with (beginWaarden through the
   * same schema), so an edit is as easy to take back as a delete.
   */
  zetTerug?: (invoer: z.output<S>) => Promise<unknown>;
  onKlaar?: () => void;
}): ApiFormulier<W> {
  const toast = useToast();
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const form = useForm<W>({
    defaultValues: opties.beginWaarden,
    resolver: zodResolver(opties.schema as never) as never,
    mode: 'onTouched',
  });
  const verstuur = form.handleSubmit(async (invoer) => {
    setAlgemeen(null);
    try {
      const { zetTerug } = opties;
      const vorige = zetTerug ? await opties.schema.safeParseAsync(opties.beginWaarden) : null;
      const tekst = await opties.opslaan(invoer as unknown as z.output<S>);
      if (tekst && zetTerug && vorige?.success) toast({ tekst, ongedaanMaken: () => zetTerug(vorige.data as z.output<S>) });
      else if (tekst) toast({ tekst });
      opties.onKlaar?.();
    } catch (e) {
      setAlgemeen(toonApiFout(e, form.setError, opties.velden));
    }
  });
  return { form, f: form.formState.errors, verstuur, algemeen, bezig: form.formState.isSubmitting };
}

/** The areas whose records can be deleted and restored ("Ongedaan maken"). */
export type HerstelbaarGebied =
  | 'scholen'
  | 'aanbieders'
  | 'begrotingsposten'
  | 'wijken'
  | 'besturen'
  | 'postcoderegels'
  | 'regelingen'
  | 'proeftuinen'
  | 'kerncijfers'
  | 'functies'
  | 'aanvullendeInzet';

export interface VerwijderVraag {
  gebied: HerstelbaarGebied;
  invoer: { id: number } | { jaar: number } | { code: string };
  titel: string;
  tekst: string;
  /** Toast text, from the deleted record. */
  melding: (oud: { naam?: string }) => string;
  /** After a successful delete (e.g. navigate back to the list). */
  daarna?: () => void;
}

/** Delete after "Weet u het zeker?", then a toast with "Ongedaan maken"; `fout` holds a refusal in Dutch. */
export function useVerwijderen() {
  const toast = useToast();
  const bevestig = useBevestiging();
  const [fout, setFout] = useState<string | null>(null);
  const verwijder = async (v: VerwijderVraag): Promise<boolean> => {
    setFout(null);
    if (!(await bevestig({ titel: v.titel, tekst: v.tekst, bevestigKnop: 'Verwijderen', gevaarlijk: true }))) return false;
    try {
      const methode = `${v.gebied}.verwijder` as const;
      const oud = (await invoke(methode, v.invoer as never)) as { naam?: string };
      v.daarna?.();
      toast({
        tekst: v.melding(oud),
        ongedaanMaken: async () => {
          await invoke(`${v.gebied}.herstel` as const, oud as never);
        },
      });
      return true;
    } catch (e) {
      setFout((e as Error).message);
      return false;
    }
  };
  return { verwijder, fout, setFout };
}
