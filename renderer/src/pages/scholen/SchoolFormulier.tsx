// Add or change a school (one vestiging). Validated with the API's own schema before sending.
import { z } from 'zod';
import { schoolInvoer } from '../../../../electron/domain/registratie';
import { SECTOREN } from '../../../../electron/domain/types';
import type { School } from '../../../../electron/api/typen/registratie';
import type { Output } from '../../../../electron/api/contract';
import { Dialoog } from '../../components/Dialoog';
import { FormulierDialoog } from '../../components/Formulier';
import { Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { useApiFormulier } from '../../hooks/apiFormulier';

export const SECTOR_NAAM: Record<string, string> = {
  PO: 'PO – primair onderwijs',
  SBO: 'SBO – speciaal basisonderwijs',
  SO: 'SO – speciaal onderwijs',
  VSO: 'VSO – voortgezet speciaal onderwijs',
  VO: 'VO – voortgezet onderwijs',
  PRO: 'PRO – praktijkonderwijs',
  MBO: 'MBO – middelbaar beroepsonderwijs',
};

interface SchoolFormWaarden {
  vestigingscode: string;
  naam: string;
  sector: string;
  wijkId: string;
  bestuurId: string;
  denominatie: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  gemeenteCode: string;
  opmerking: string;
}

const VELDEN = [
  'vestigingscode',
  'naam',
  'sector',
  'wijkId',
  'bestuurId',
  'denominatie',
  'straat',
  'huisnummer',
  'postcode',
  'plaats',
  'gemeenteCode',
  'opmerking',
] as const;
const leegNull = (t: string) => (t.trim() === '' ? null : t);

function naarInvoer(f: SchoolFormWaarden) {
  return {
    vestigingscode: f.vestigingscode,
    naam: f.naam,
    sector: f.sector === '' ? undefined : f.sector,
    wijkId: f.wijkId === '' ? null : Number(f.wijkId),
    bestuurId: f.bestuurId === '' ? null : Number(f.bestuurId),
    denominatie: leegNull(f.denominatie),
    straat: leegNull(f.straat),
    huisnummer: leegNull(f.huisnummer),
    postcode: leegNull(f.postcode),
    plaats: leegNull(f.plaats),
    gemeenteCode: leegNull(f.gemeenteCode),
    opmerking: leegNull(f.opmerking),
  };
}

const formSchema = z.preprocess((v) => naarInvoer(v as SchoolFormWaarden), schoolInvoer);

function beginWaarden(s: School | null): SchoolFormWaarden {
  const t = (v: string | null | undefined) => v ?? '';
  return {
    vestigingscode: t(s?.vestigingscode),
    naam: t(s?.naam),
    sector: s?.sector ?? '',
    wijkId: s?.wijkId ? String(s.wijkId) : '',
    bestuurId: s?.bestuurId ? String(s.bestuurId) : '',
    denominatie: t(s?.denominatie),
    straat: t(s?.straat),
    huisnummer: t(s?.huisnummer),
    postcode: t(s?.postcode),
    plaats: t(s?.plaats),
    gemeenteCode: t(s?.gemeenteCode),
    opmerking: t(s?.opmerking),
  };
}

export function SchoolFormulier({ school, onSluit, onOpgeslagen }: { school: School | null; onSluit(): void; onOpgeslagen?(s: School): void }) {
  const wijken = useLezen('wijken.lijst', {});
  const besturen = useLezen('besturen.lijst', {});
  if (!wijken.data || !besturen.data) {
    return (
      <Dialoog open titel={school ? 'School wijzigen' : 'School toevoegen'} onSluit={onSluit}>
        <p>{wijken.error?.message ?? besturen.error?.message ?? 'Laden…'}</p>
      </Dialoog>
    );
  }
  return <Formulier school={school} onSluit={onSluit} onOpgeslagen={onOpgeslagen} wijken={wijken.data} besturen={besturen.data} />;
}

function Formulier({
  school,
  onSluit,
  onOpgeslagen,
  wijken,
  besturen,
}: {
  school: School | null;
  onSluit(): void;
  onOpgeslagen?(s: School): void;
  wijken: Output<'wijken.lijst'>;
  besturen: Output<'besturen.lijst'>;
}) {
  const maak = useWijziging('scholen.maak');
  const wijzig = useWijziging('scholen.wijzig');
  const api = useApiFormulier<SchoolFormWaarden, typeof formSchema>({
    schema: formSchema,
    beginWaarden: beginWaarden(school),
    velden: VELDEN,
    opslaan: async (data) => {
      // Left out, the pupil counts stay as they are.
      const uit = school ? await wijzig.mutateAsync({ id: school.id, ...data, nietInDuo: school.nietInDuo }) : await maak.mutateAsync(data);
      onOpgeslagen?.(uit);
      return school ? `${uit.naam} opgeslagen.` : `${uit.naam} toegevoegd.`;
    },
    zetTerug: school ? (d) => wijzig.mutateAsync({ id: school.id, ...d, nietInDuo: school.nietInDuo }) : undefined,
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog id="school-formulier" breed titel={school ? `${school.naam} wijzigen` : 'School toevoegen'} api={api} onSluit={onSluit}>
      <div className="formulier__rij">
        <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
        <Invoer label="Vestigingscode" verplicht hint="BRIN en 2 cijfers, zoals 20CF01" fout={f.vestigingscode} {...register('vestigingscode')} />
        <Keuze
          label="Sector"
          verplicht
          leegLabel="Kies een sector"
          fout={f.sector}
          opties={SECTOREN.map((s) => ({ waarde: s, label: SECTOR_NAAM[s] }))}
          {...register('sector')}
        />
      </div>
      <div className="formulier__rij">
        <Keuze
          label="Wijk"
          leegLabel="Geen wijk"
          hint={wijken.length === 0 ? 'Voeg wijken toe bij Instellingen.' : undefined}
          fout={f.wijkId}
          opties={wijken.map((w) => ({ waarde: String(w.id), label: w.naam }))}
          {...register('wijkId')}
        />
        <Keuze
          label="Bestuur"
          leegLabel="Geen bestuur"
          fout={f.bestuurId}
          opties={besturen.map((b) => ({ waarde: String(b.id), label: b.naam }))}
          {...register('bestuurId')}
        />
        <Invoer label="Denominatie" fout={f.denominatie} {...register('denominatie')} />
      </div>
      <div className="formulier__rij">
        <Invoer label="Straat" fout={f.straat} {...register('straat')} />
        <Invoer label="Huisnummer" fout={f.huisnummer} {...register('huisnummer')} />
        <Invoer label="Postcode" fout={f.postcode} {...register('postcode')} />
        <Invoer label="Plaats" fout={f.plaats} {...register('plaats')} />
        <Invoer label="Gemeentecode" hint="CBS-code, 4 cijfers" fout={f.gemeenteCode} {...register('gemeenteCode')} />
      </div>
      <Tekstvak label="Opmerking" fout={f.opmerking} {...register('opmerking')} />
    </FormulierDialoog>
  );
}
