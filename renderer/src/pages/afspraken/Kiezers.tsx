// The school and aanbieder fields of the afspraak form. A registry has up to 10.000 schools: the
// picker asks the API for the 50 that match what is typed (name, vestigingscode or plaats).
// Aanbieders are few; past ~20 a search helps there too.
import { useMemo, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import type { Output } from '../../../../electron/api/contract';
import { Keuze } from '../../components/Velden';
import { ZoekKeuze, type ZoekOptie } from '../../components/ZoekKeuze';
import { useLezen } from '../../hooks/useApi';

const MAX_OPTIES = 50;
/** Up to this many aanbieders a plain dropdown is quickest. */
export const AANBIEDERS_IN_DROPDOWN = 20;

/** "Agnieten College (02VT12, Zwolle)": several locations share one name. */
export function schoolLabel(s: { naam: string; vestigingscode: string; plaats: string | null }): string {
  return `${s.naam} (${[s.vestigingscode, s.plaats].filter(Boolean).join(', ')})`;
}

interface KiezerProps {
  waarde: string;
  onKies(waarde: string): void;
  onBlur(): void;
  fout?: FieldError;
}

export function SchoolKiezer({ waarde, onKies, onBlur, fout, label = 'School', verplicht = true }: KiezerProps & { label?: string; verplicht?: boolean }) {
  const [zoek, setZoek] = useState('');
  const lijst = useLezen('scholen.lijst', { ...(zoek ? { zoek } : {}), limiet: MAX_OPTIES });
  const id = Number(waarde);
  const gekozen = useLezen('scholen.lees', { id: Number.isInteger(id) && id > 0 ? id : 1 }, { enabled: waarde !== '' });
  const opties = useMemo<ZoekOptie[]>(() => (lijst.data?.rijen ?? []).map((s) => ({ waarde: String(s.id), label: schoolLabel(s) })), [lijst.data]);
  const totaal = lijst.data?.totaal ?? 0;
  return (
    <ZoekKeuze
      label={label}
      verplicht={verplicht}
      fout={fout}
      hint="Typ een deel van de naam, de vestigingscode of de plaats."
      waarde={waarde}
      gekozenLabel={waarde && gekozen.data ? schoolLabel(gekozen.data) : ''}
      onKies={onKies}
      onBlur={onBlur}
      opties={opties}
      onZoek={setZoek}
      laden={lijst.isFetching}
      meer={totaal > opties.length ? `De eerste ${opties.length} van ${totaal.toLocaleString('nl-NL')} scholen. Typ verder om te zoeken.` : null}
      placeholder="Zoek een school"
    />
  );
}

export function AanbiederKiezer({ waarde, onKies, onBlur, fout, aanbieders }: KiezerProps & { aanbieders: Output<'aanbieders.lijst'> }) {
  const [zoek, setZoek] = useState('');
  const alle = useMemo(
    () => aanbieders.map((a) => ({ waarde: String(a.id), label: a.korteNaam && a.korteNaam !== a.naam ? `${a.naam} (${a.korteNaam})` : a.naam })),
    [aanbieders],
  );
  const opties = useMemo(() => {
    const z = zoek.toLocaleLowerCase('nl');
    return (z ? alle.filter((o) => o.label.toLocaleLowerCase('nl').includes(z)) : alle).slice(0, MAX_OPTIES);
  }, [alle, zoek]);
  if (aanbieders.length <= AANBIEDERS_IN_DROPDOWN) {
    return (
      <Keuze
        label="Aanbieder"
        verplicht
        fout={fout}
        leegLabel="Kies een aanbieder"
        opties={aanbieders.map((a) => ({ waarde: String(a.id), label: a.naam }))}
        value={waarde}
        onChange={(e) => onKies(e.target.value)}
        onBlur={onBlur}
      />
    );
  }
  return (
    <ZoekKeuze
      label="Aanbieder"
      verplicht
      fout={fout}
      waarde={waarde}
      gekozenLabel={alle.find((o) => o.waarde === waarde)?.label ?? ''}
      onKies={onKies}
      onBlur={onBlur}
      opties={opties}
      onZoek={setZoek}
      placeholder="Zoek een aanbieder"
    />
  );
}
