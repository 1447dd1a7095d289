// Add or change a begrotingspost with its amount per year.
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { begrotingspostInvoer } from '../../../../electron/domain/registratie';
import type { Begrotingspost } from '../../../../electron/api/typen/registratie';
import { BedragenPerJaar, FormulierDialoog } from '../../components/Formulier';
import { Geschiedenis } from '../../components/Geschiedenis';
import { Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useWijziging } from '../../hooks/useApi';
import { useApiFormulier } from '../../hooks/apiFormulier';
import { centsNaarTekst, centsUitTekst } from '../../hooks/formulier';
import { zonderLegeStaart } from '../../hooks/lijstrijen';

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
    bedragen: zonderLegeStaart(f.bedragen, (b) => b.jaar.trim() === '' && b.bedragCents.trim() === '').map((b) => ({
      jaar: b.jaar.trim() === '' ? null : Number(b.jaar),
      bedragCents: centsUitTekst(b.bedragCents),
    })),
  };
}, begrotingspostInvoer);

export function BegrotingspostFormulier({ post, jaar, onSluit }: { post: Begrotingspost | null; jaar: number; onSluit(): void }) {
  const maak = useWijziging('begrotingsposten.maak');
  const wijzig = useWijziging('begrotingsposten.wijzig');
  const api = useApiFormulier<Waarden, typeof schema>({
    schema,
    beginWaarden: {
      naam: post?.naam ?? '',
      soort: post?.soort ?? 'structureel',
      omschrijving: post?.omschrijving ?? '',
      bedragen: post?.bedragen.length
        ? post.bedragen.map((b) => ({ jaar: String(b.jaar), bedragCents: centsNaarTekst(b.bedragCents) }))
        : [{ jaar: String(jaar), bedragCents: '' }],
    },
    velden: ['naam', 'soort', 'omschrijving'],
    opslaan: async (data) => {
      const uit = post ? await wijzig.mutateAsync({ id: post.id, ...data }) : await maak.mutateAsync(data);
      return `${uit.naam} opgeslagen.`;
    },
    zetTerug: post ? (d) => wijzig.mutateAsync({ id: post.id, ...d }) : undefined,
    onKlaar: onSluit,
  });
  const { register, control } = api.form;
  const bedragen = useFieldArray({ control, name: 'bedragen' });
  const { f } = api;
  return (
    <FormulierDialoog id="post-formulier" titel={post ? `${post.naam} wijzigen` : 'Begrotingspost toevoegen'} api={api} onSluit={onSluit}>
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
      <BedragenPerJaar
        legenda="Bedrag per jaar"
        velden={bedragen}
        register={register}
        naam="bedragen"
        fouten={f.bedragen}
        volgendJaar={() => (Number(bedragen.fields.at(-1)?.jaar) || jaar - 1) + 1}
      />
      {post && <Geschiedenis entiteit="begrotingspost" entiteitId={post.id} kopNiveau={3} kaal />}
    </FormulierDialoog>
  );
}
