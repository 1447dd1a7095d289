// Edit forms for an aanbieder and a functie, validated with the API's own schemas.
import { z } from 'zod';
import { aanbiederInvoer, functieWijziging } from '../../../../electron/domain/registratie';
import type { Aanbieder, Functie } from '../../../../electron/api/typen/registratie';
import { FormulierDialoog } from '../../components/Formulier';
import { Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useWijziging } from '../../hooks/useApi';
import { OT_ROLLEN_LIJST, OT_ROL_LABEL } from '../../../../electron/domain/types';
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
  return {
    naam: f.naam,
    korteNaam: leegNull(f.korteNaam),
    contactpersoon: leegNull(f.contactpersoon),
    email: leegNull(f.email),
    opmerking: leegNull(f.opmerking),
  };
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
    zetTerug: aanbieder ? (d) => wijzig.mutateAsync({ id: aanbieder.id, ...d }) : undefined,
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
  code: string;
  naam: string;
  betaler: string;
  standaardUurtariefCents: string;
  otRol: string;
}

/** A new functie of the gemeente (functie null) or a change to one; the code is fixed once made. */
export function FunctieFormulier({ functie, onSluit }: { functie: Functie | null; onSluit(): void }) {
  const maak = useWijziging('functies.maak');
  const wijzig = useWijziging('functies.wijzig');
  const schema = z.preprocess((v) => {
    const f = v as FunctieWaarden;
    return {
      code: functie?.code ?? f.code,
      naam: f.naam,
      betaler: f.betaler,
      // Empty: no default rate (0, as a new file's functies).
      standaardUurtariefCents: centsUitTekst(f.standaardUurtariefCents) ?? 0,
      otRol: f.otRol === '' ? null : f.otRol,
    };
  }, functieWijziging);
  const api = useApiFormulier<FunctieWaarden, typeof schema>({
    schema,
    beginWaarden: {
      code: functie?.code ?? '',
      naam: functie?.naam ?? '',
      betaler: functie?.betaler ?? 'gemeente',
      standaardUurtariefCents: functie ? centsNaarTekst(functie.standaardUurtariefCents) : '',
      otRol: functie?.otRol ?? '',
    },
    velden: ['code', 'naam', 'betaler', 'standaardUurtariefCents', 'otRol'],
    opslaan: async (data) => {
      const uit = functie ? await wijzig.mutateAsync(data) : await maak.mutateAsync(data);
      return `Functie ${uit.code} opgeslagen.`;
    },
    zetTerug: functie ? (d) => wijzig.mutateAsync(d) : undefined,
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog id="functie-formulier" titel={functie ? `Functie ${functie.code} wijzigen` : 'Functie toevoegen'} api={api} onSluit={onSluit}>
      {!functie && (
        <Invoer
          label="Code"
          verplicht
          hint="Korte code in hoofdletters, zoals SCHOOLCOACH of JGZ; zo staat de functie in het afsprakenblad."
          fout={f.code}
          {...register('code')}
        />
      )}
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
      <Invoer
        label="Standaard uurtarief"
        inputMode="decimal"
        voorvoegsel="€"
        hint="Voor afspraken zonder eigen tarief, in schooljaren vóór het eerste tarief per schooljaar (Instellingen), bijvoorbeeld 75,50"
        fout={f.standaardUurtariefCents}
        {...register('standaardUurtariefCents')}
      />
      <Keuze
        label="Rol in het ondersteuningsteam"
        hint="Welke rol deze functie in het ondersteuningsteam van een school kan vervullen. Per sector kiest u bij Ondersteuningsteams welke functies meetellen."
        fout={f.otRol}
        opties={[{ waarde: '', label: 'Geen rol' }, ...OT_ROLLEN_LIJST.map((r) => ({ waarde: r, label: OT_ROL_LABEL[r] }))]}
        {...register('otRol')}
      />
    </FormulierDialoog>
  );
}
