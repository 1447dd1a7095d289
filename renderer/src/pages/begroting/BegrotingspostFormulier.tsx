// Add or change a begrotingspost with its amount per year.
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { begrotingspostInvoer } from '../../../../electron/domain/registratie';
import type { Begrotingspost } from '../../../../electron/db/begrotingsposten-repo';
import { Dialoog } from '../../components/Dialoog';
import { FoutSamenvatting, Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useToast } from '../../components/Toast';
import { useWijziging } from '../../hooks/useApi';
import { centsNaarTekst, centsUitTekst, toonApiFout } from '../../hooks/formulier';

interface Waarden {
  naam: string;
  soort: string;
  omschrijving: string;
  bedragen: { jaar: string; bedragCents: string }[];
}

const schema = z.preprocess((v) => {
  const f = v as Waarden;
  return {
    naam: f.naam,
    soort: f.soort,
    omschrijving: f.omschrijving.trim() === '' ? null : f.omschrijving,
    bedragen: f.bedragen
      .filter((b) => b.jaar.trim() !== '' || b.bedragCents.trim() !== '')
      .map((b) => ({ jaar: b.jaar.trim() === '' ? null : Number(b.jaar), bedragCents: centsUitTekst(b.bedragCents) })),
  };
}, begrotingspostInvoer);

export function BegrotingspostFormulier({ post, jaar, onSluit }: { post: Begrotingspost | null; jaar: number; onSluit(): void }) {
  const toast = useToast();
  const maak = useWijziging('begrotingsposten.maak');
  const wijzig = useWijziging('begrotingsposten.wijzig');
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, control } = useForm<Waarden>({
    defaultValues: {
      naam: post?.naam ?? '',
      soort: post?.soort ?? 'structureel',
      omschrijving: post?.omschrijving ?? '',
      bedragen: post?.bedragen.length ? post.bedragen.map((b) => ({ jaar: String(b.jaar), bedragCents: centsNaarTekst(b.bedragCents) })) : [{ jaar: String(jaar), bedragCents: '' }],
    },
    resolver: zodResolver(schema as never) as never,
    mode: 'onTouched',
  });
  const bedragen = useFieldArray({ control, name: 'bedragen' });
  const f = formState.errors;
  const opslaan = handleSubmit(async (invoer) => {
    setAlgemeen(null);
    try {
      const data = invoer as unknown as Parameters<typeof maak.mutateAsync>[0];
      const uit = post ? await wijzig.mutateAsync({ id: post.id, ...data }) : await maak.mutateAsync(data);
      toast({ tekst: `${uit.naam} opgeslagen.` });
      onSluit();
    } catch (e) {
      setAlgemeen(toonApiFout(e, setError, ['naam', 'soort', 'omschrijving']));
    }
  });
  return (
    <Dialoog
      open
      titel={post ? `${post.naam} wijzigen` : 'Begrotingspost toevoegen'}
      onSluit={onSluit}
      voet={
        <>
          <button type="submit" form="post-formulier" className="utrecht-button utrecht-button--primary-action" disabled={maak.isPending || wijzig.isPending}>
            Opslaan
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onSluit}>
            Annuleren
          </button>
        </>
      }
    >
      <form id="post-formulier" className="formulier" noValidate onSubmit={opslaan}>
        <FoutSamenvatting fouten={formState.isSubmitted ? f : {}} algemeen={algemeen} />
        <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
        <Keuze
          label="Soort"
          fout={f.soort}
          opties={[
            { waarde: 'structureel', label: 'Structureel' },
            { waarde: 'incidenteel', label: 'Incidenteel' },
          ]}
          {...register('soort')}
        />
        <Tekstvak label="Omschrijving" fout={f.omschrijving} {...register('omschrijving')} />
        <fieldset>
          <legend>Bedrag per jaar</legend>
          {typeof f.bedragen?.message === 'string' && <p className="veld__fout">{f.bedragen.message}</p>}
          {bedragen.fields.map((veld, i) => (
            <div key={veld.id} className="formulier__rij bedrag-regel">
              <Invoer label="Jaar" inputMode="numeric" fout={f.bedragen?.[i]?.jaar} {...register(`bedragen.${i}.jaar`)} />
              <Invoer label="Bedrag" inputMode="decimal" achtervoegsel="€" fout={f.bedragen?.[i]?.bedragCents ?? (f.bedragen?.[i] as { message?: string } | undefined)?.message} {...register(`bedragen.${i}.bedragCents`)} />
              <button type="button" className="knop-link bedrag-regel__weg" onClick={() => bedragen.remove(i)} aria-label={`Jaar ${i + 1} verwijderen`}>
                Verwijderen
              </button>
            </div>
          ))}
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => {
              const laatste = Number(bedragen.fields.at(-1)?.jaar) || jaar - 1;
              bedragen.append({ jaar: String(laatste + 1), bedragCents: '' });
            }}
          >
            Jaar toevoegen
          </button>
        </fieldset>
      </form>
    </Dialoog>
  );
}
