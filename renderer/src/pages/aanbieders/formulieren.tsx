// Edit forms for an aanbieder and a functie, validated with the API's own schemas.
import { z } from 'zod';
import { aanbiederInvoer, functieWijziging } from '../../../../electron/domain/registratie';
import type { Aanbieder, Functie } from '../../../../electron/api/typen/registratie';
import { FormulierDialoog } from '../../components/Formulier';
import { Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useWijziging } from '../../hooks/useApi';
import { useApiFormulier } from '../../hooks/apiFormulier';
import { centsNaarTekst, centsUitTekst } from '../../hooks/formulier';

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
  const maak = useWijziging('aanbieders.maak');
  const wijzig = useWijziging('aanbieders.wijzig');
  const api = useApiFormulier<AanbiederWaarden, typeof aanbiederSchema>({
    schema: aanbiederSchema,
    beginWaarden: {
      naam: aanbieder?.naam ?? '',
      korteNaam: aanbieder?.korteNaam ?? '',
      contactpersoon: aanbieder?.contactpersoon ?? '',
      email: aanbieder?.email ?? '',
      opmerking: aanbieder?.opmerking ?? '',
    },
    velden: ['naam', 'korteNaam', 'contactpersoon', 'email', 'opmerking'],
    opslaan: async (data) => {
      const uit = aanbieder ? await wijzig.mutateAsync({ id: aanbieder.id, ...data }) : await maak.mutateAsync(data);
      onOpgeslagen?.(uit);
      return `${uit.naam} opgeslagen.`;
    },
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog id="aanbieder-formulier" titel={aanbieder ? `${aanbieder.naam} wijzigen` : 'Aanbieder toevoegen'} api={api} onSluit={onSluit}>
      <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
      <Invoer label="Korte naam" hint="Zoals in het Excel-sjabloon, bijvoorbeeld Kern" fout={f.korteNaam} {...register('korteNaam')} />
      <div className="formulier__rij">
        <Invoer label="Contactpersoon" fout={f.contactpersoon} {...register('contactpersoon')} />
        <Invoer label="E-mailadres" type="email" fout={f.email} {...register('email')} />
      </div>
      <Tekstvak label="Opmerking" fout={f.opmerking} {...register('opmerking')} />
    </FormulierDialoog>
  );
}

interface FunctieWaarden {
  naam: string;
  betaler: string;
  standaardUurtariefCents: string;
}

export function FunctieFormulier({ functie, onSluit }: { functie: Functie; onSluit(): void }) {
  const wijzig = useWijziging('functies.wijzig');
  const schema = z.preprocess((v) => {
    const f = v as FunctieWaarden;
    return { code: functie.code, naam: f.naam, betaler: f.betaler, standaardUurtariefCents: centsUitTekst(f.standaardUurtariefCents) };
  }, functieWijziging);
  const api = useApiFormulier<FunctieWaarden, typeof schema>({
    schema,
    beginWaarden: { naam: functie.naam, betaler: functie.betaler, standaardUurtariefCents: centsNaarTekst(functie.standaardUurtariefCents) },
    velden: ['naam', 'betaler', 'standaardUurtariefCents'],
    opslaan: async (data) => {
      await wijzig.mutateAsync(data);
      return `Functie ${functie.code} opgeslagen.`;
    },
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog id="functie-formulier" titel={`Functie ${functie.code} wijzigen`} api={api} onSluit={onSluit}>
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
    </FormulierDialoog>
  );
}
