// Edit forms for an aanbieder and a functie, validated with the API's own schemas.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { aanbiederInvoer, functieWijziging } from '../../../../electron/domain/registratie';
import type { Aanbieder } from '../../../../electron/db/aanbieders-repo';
import type { Functie } from '../../../../electron/db/functies-repo';
import { Dialoog } from '../../components/Dialoog';
import { FoutSamenvatting, Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useToast } from '../../components/Toast';
import { useWijziging } from '../../hooks/useApi';
import { centsNaarTekst, centsUitTekst, toonApiFout } from '../../hooks/formulier';

const leegNull = (t: string) => (t.trim() === '' ? null : t);

interface AanbiederWaarden {
  naam: string;
  korteNaam: string;
  contactpersoon: string;
  email: string;
  opmerking: string;
}

const aanbiederSchema = z.preprocess((v) => {
  const f = v as AanbiederWaarden;
  return { naam: f.naam, korteNaam: leegNull(f.korteNaam), contactpersoon: leegNull(f.contactpersoon), email: leegNull(f.email), opmerking: leegNull(f.opmerking) };
}, aanbiederInvoer);

export function AanbiederFormulier({ aanbieder, onSluit, onOpgeslagen }: { aanbieder: Aanbieder | null; onSluit(): void; onOpgeslagen?(a: Aanbieder): void }) {
  const toast = useToast();
  const maak = useWijziging('aanbieders.maak');
  const wijzig = useWijziging('aanbieders.wijzig');
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<AanbiederWaarden>({
    defaultValues: {
      naam: aanbieder?.naam ?? '',
      korteNaam: aanbieder?.korteNaam ?? '',
      contactpersoon: aanbieder?.contactpersoon ?? '',
      email: aanbieder?.email ?? '',
      opmerking: aanbieder?.opmerking ?? '',
    },
    resolver: zodResolver(aanbiederSchema as never) as never,
    mode: 'onTouched',
  });
  const f = formState.errors;
  const opslaan = handleSubmit(async (invoer) => {
    setAlgemeen(null);
    try {
      const data = invoer as unknown as Parameters<typeof maak.mutateAsync>[0];
      const uit = aanbieder ? await wijzig.mutateAsync({ id: aanbieder.id, ...data }) : await maak.mutateAsync(data);
      toast({ tekst: `${uit.naam} opgeslagen.` });
      onOpgeslagen?.(uit);
      onSluit();
    } catch (e) {
      setAlgemeen(toonApiFout(e, setError, ['naam', 'korteNaam', 'contactpersoon', 'email', 'opmerking']));
    }
  });
  return (
    <Dialoog
      open
      titel={aanbieder ? `${aanbieder.naam} wijzigen` : 'Aanbieder toevoegen'}
      onSluit={onSluit}
      voet={
        <>
          <button type="submit" form="aanbieder-formulier" className="utrecht-button utrecht-button--primary-action" disabled={maak.isPending || wijzig.isPending}>
            Opslaan
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onSluit}>
            Annuleren
          </button>
        </>
      }
    >
      <form id="aanbieder-formulier" className="formulier" noValidate onSubmit={opslaan}>
        <FoutSamenvatting fouten={formState.isSubmitted ? f : {}} algemeen={algemeen} />
        <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
        <Invoer label="Korte naam" hint="Zoals in het Excel-sjabloon, bijvoorbeeld Kern" fout={f.korteNaam} {...register('korteNaam')} />
        <div className="formulier__rij">
          <Invoer label="Contactpersoon" fout={f.contactpersoon} {...register('contactpersoon')} />
          <Invoer label="E-mailadres" type="email" fout={f.email} {...register('email')} />
        </div>
        <Tekstvak label="Opmerking" fout={f.opmerking} {...register('opmerking')} />
      </form>
    </Dialoog>
  );
}

interface FunctieWaarden {
  naam: string;
  betaler: string;
  standaardUurtariefCents: string;
}

export function FunctieFormulier({ functie, onSluit }: { functie: Functie; onSluit(): void }) {
  const toast = useToast();
  const wijzig = useWijziging('functies.wijzig');
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const schema = z.preprocess((v) => {
    const f = v as FunctieWaarden;
    return { code: functie.code, naam: f.naam, betaler: f.betaler, standaardUurtariefCents: centsUitTekst(f.standaardUurtariefCents) };
  }, functieWijziging);
  const { register, handleSubmit, formState, setError } = useForm<FunctieWaarden>({
    defaultValues: { naam: functie.naam, betaler: functie.betaler, standaardUurtariefCents: centsNaarTekst(functie.standaardUurtariefCents) },
    resolver: zodResolver(schema as never) as never,
    mode: 'onTouched',
  });
  const f = formState.errors;
  const opslaan = handleSubmit(async (invoer) => {
    setAlgemeen(null);
    try {
      await wijzig.mutateAsync(invoer as unknown as Parameters<typeof wijzig.mutateAsync>[0]);
      toast({ tekst: `Functie ${functie.code} opgeslagen.` });
      onSluit();
    } catch (e) {
      setAlgemeen(toonApiFout(e, setError, ['naam', 'betaler', 'standaardUurtariefCents']));
    }
  });
  return (
    <Dialoog
      open
      titel={`Functie ${functie.code} wijzigen`}
      onSluit={onSluit}
      voet={
        <>
          <button type="submit" form="functie-formulier" className="utrecht-button utrecht-button--primary-action" disabled={wijzig.isPending}>
            Opslaan
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onSluit}>
            Annuleren
          </button>
        </>
      }
    >
      <form id="functie-formulier" className="formulier" noValidate onSubmit={opslaan}>
        <FoutSamenvatting fouten={formState.isSubmitted ? f : {}} algemeen={algemeen} />
        <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
        <Keuze
          label="Betaler"
          hint="Wie deze functie normaal betaalt; een nieuwe afspraak neemt dit als verdeling over."
          fout={f.betaler}
          opties={[
            { waarde: 'gemeente', label: 'Gemeente' },
            { waarde: 'onderwijs', label: 'Onderwijs (school of bestuur)' },
          ]}
          {...register('betaler')}
        />
        <Invoer label="Standaard uurtarief" inputMode="decimal" achtervoegsel="€" hint="Geldt voor afspraken zonder eigen tarief, bijvoorbeeld 75,50" fout={f.standaardUurtariefCents} {...register('standaardUurtariefCents')} />
      </form>
    </Dialoog>
  );
}
