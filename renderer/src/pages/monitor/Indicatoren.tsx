// Indicatoren on the Monitor page (issue 18, docs/regels.md#regel-16): per indicator its scope, the
// nulmeting, and per year the streefwaarde, realisatie and status in words; add and change them in
// a dialog. The API checks the input (api/invoer/indicatoren.ts) and names the field.
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { NIVEAUS, NIVEAU_LABEL, RICHTING_LABEL, statusInWoorden } from '../../../../electron/domain/indicatoren';
import { indicatorInvoer } from '../../../../electron/api/invoer/indicatoren';
import type { IndicatorRij } from '../../../../electron/api/typen/indicatoren';
import { FormulierDialoog, SchrijfKnop, Sectie } from '../../components/Formulier';
import { Invoer, Keuze } from '../../components/Velden';
import { useApiFormulier } from '../../hooks/apiFormulier';
import { getalNaarTekst, getalUitTekst } from '../../hooks/formulier';
import { useLezen, useWijziging } from '../../hooks/useApi';

function getal(n: number | null, eenheid: string | null): string {
  if (n === null) return '—';
  const t = n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
  return eenheid === '%' ? `${t}%` : t;
}

const statusTekst = (i: IndicatorRij, j: IndicatorRij['jaren'][number]) => statusInWoorden(i.richting, j.status);

export function IndicatorenOverzicht() {
  const lijst = useLezen('indicatoren.lijst', {});
  const [formulier, setFormulier] = useState<{ i: IndicatorRij | null } | null>(null);
  return (
    <Sectie titel="Indicatoren" fout={lijst.error?.message} acties={<SchrijfKnop onClick={() => setFormulier({ i: null })}>Indicator toevoegen</SchrijfKnop>}>
      {lijst.data?.length === 0 && (
        <p className="zacht">Nog geen indicatoren. Leg per indicator de nulmeting, de streefwaarde per jaar en de realisatie vast.</p>
      )}
      {!!lijst.data?.length && (
        <div className="indicatoren-schuif">
          <table className="kleine-tabel indicatoren-tabel">
            <caption className="visueel-verborgen">Indicatoren met nulmeting, streefwaarde, realisatie en status per jaar</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Niveau</th>
                <th scope="col">Nulmeting</th>
                <th scope="col">Jaar</th>
                <th scope="col" className="rechts">
                  Streefwaarde
                </th>
                <th scope="col" className="rechts">
                  Realisatie
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visueel-verborgen">Acties</span>
                </th>
              </tr>
            </thead>
            {lijst.data.map((i) => {
              const jaren = i.jaren.length ? i.jaren : [null];
              return (
                <tbody key={i.id}>
                  {jaren.map((j, n) => (
                    <tr key={j?.jaar ?? 'geen'}>
                      {n === 0 && (
                        <>
                          <th scope="rowgroup" rowSpan={jaren.length}>
                            {i.naam}
                            <div className="zacht">
                              {[i.eenheid, i.richting ? RICHTING_LABEL[i.richting] : 'richting nog kiezen', i.bron ? `bron: ${i.bron}` : null]
                                .filter(Boolean)
                                .join(' · ')}
                            </div>
                          </th>
                          <td rowSpan={jaren.length}>
                            {NIVEAU_LABEL[i.niveau]}
                            {i.scopeNaam ? `: ${i.scopeNaam}` : ''}
                          </td>
                          <td rowSpan={jaren.length}>{i.nulmeting ? `${getal(i.nulmeting.waarde, i.eenheid)} (${i.nulmeting.jaar})` : '—'}</td>
                        </>
                      )}
                      {j ? (
                        <>
                          <td>{j.jaar}</td>
                          <td className="rechts">{getal(j.streefwaarde, i.eenheid)}</td>
                          <td className="rechts">{getal(j.realisatie, i.eenheid)}</td>
                          <td className={j.status === 'achter' ? 'waarschuwing-tekst' : undefined}>{statusTekst(i, j)}</td>
                        </>
                      ) : (
                        <td colSpan={4} className="zacht">
                          Nog geen streefwaarde of realisatie.
                        </td>
                      )}
                      {n === 0 && (
                        <td rowSpan={jaren.length}>
                          <SchrijfKnop className="knop-link" onClick={() => setFormulier({ i })} aria-label={`Indicator ${i.naam} wijzigen`}>
                            Wijzigen
                          </SchrijfKnop>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
      {formulier && <IndicatorFormulier indicator={formulier.i} onSluit={() => setFormulier(null)} />}
    </Sectie>
  );
}

interface Waarden {
  naam: string;
  eenheid: string;
  richting: string;
  bron: string;
  niveau: string;
  scopeId: string;
  nulmetingJaar: string;
  nulmetingWaarde: string;
  jaren: { jaar: string; streefwaarde: string; realisatie: string }[];
}

const leeg = (t: string) => t.trim() === '';
const getalOfNull = (t: string) => (leeg(t) ? null : getalUitTekst(t));

const schema = z.preprocess((v) => {
  const f = v as Waarden;
  return {
    naam: f.naam,
    eenheid: leeg(f.eenheid) ? null : f.eenheid,
    richting: f.richting === '' ? undefined : f.richting,
    bron: leeg(f.bron) ? null : f.bron,
    niveau: f.niveau,
    scopeId: f.niveau === 'gemeente' || f.scopeId === '' ? null : Number(f.scopeId),
    nulmeting: leeg(f.nulmetingJaar) && leeg(f.nulmetingWaarde) ? null : { jaar: getalOfNull(f.nulmetingJaar), waarde: getalOfNull(f.nulmetingWaarde) },
    jaren: f.jaren
      .filter((j) => !leeg(j.jaar) || !leeg(j.streefwaarde) || !leeg(j.realisatie))
      .map((j) => ({ jaar: getalOfNull(j.jaar), streefwaarde: getalOfNull(j.streefwaarde), realisatie: getalOfNull(j.realisatie) })),
  };
}, indicatorInvoer);

function beginWaarden(i: IndicatorRij | null): Waarden {
  const jaar = new Date().getFullYear();
  return {
    naam: i?.naam ?? '',
    eenheid: i?.eenheid ?? '',
    richting: i?.richting ?? '',
    bron: i?.bron ?? '',
    niveau: i?.niveau ?? 'gemeente',
    scopeId: i?.scopeId ? String(i.scopeId) : '',
    nulmetingJaar: i?.nulmeting ? String(i.nulmeting.jaar) : '',
    nulmetingWaarde: i?.nulmeting ? getalNaarTekst(i.nulmeting.waarde) : '',
    jaren: i?.jaren.length
      ? i.jaren.map((j) => ({ jaar: String(j.jaar), streefwaarde: getalNaarTekst(j.streefwaarde), realisatie: getalNaarTekst(j.realisatie) }))
      : [{ jaar: String(jaar), streefwaarde: '', realisatie: '' }],
  };
}

function useScopeOpties(niveau: string): { waarde: string; label: string }[] {
  const wijken = useLezen('wijken.lijst', {});
  const scholen = useLezen('scholen.lijst', {});
  const proeftuinen = useLezen('proeftuinen.lijst', {});
  const aanbieders = useLezen('aanbieders.lijst', {});
  const rijen: { id: number; naam: string }[] =
    niveau === 'wijk'
      ? (wijken.data ?? [])
      : niveau === 'school'
        ? (scholen.data?.rijen ?? [])
        : niveau === 'proeftuin'
          ? (proeftuinen.data ?? [])
          : niveau === 'aanbieder'
            ? (aanbieders.data ?? [])
            : [];
  return rijen.map((r) => ({ waarde: String(r.id), label: r.naam }));
}

function IndicatorFormulier({ indicator, onSluit }: { indicator: IndicatorRij | null; onSluit(): void }) {
  const maak = useWijziging('indicatoren.maak');
  const wijzig = useWijziging('indicatoren.wijzig');
  const api = useApiFormulier<Waarden, typeof schema>({
    schema,
    beginWaarden: beginWaarden(indicator),
    velden: ['naam', 'eenheid', 'richting', 'bron', 'niveau', 'scopeId'],
    opslaan: async (data) => {
      const uit = indicator ? await wijzig.mutateAsync({ id: indicator.id, ...data }) : await maak.mutateAsync(data);
      return `Indicator ${uit.naam} opgeslagen.`;
    },
    zetTerug: indicator ? (d) => wijzig.mutateAsync({ id: indicator.id, ...d }) : undefined,
    onKlaar: onSluit,
  });
  const { register, control, watch } = api.form;
  const jaren = useFieldArray({ control, name: 'jaren' });
  const { f } = api;
  const niveau = watch('niveau');
  const scopeOpties = useScopeOpties(niveau);
  const nul = (f as unknown as { nulmeting?: unknown }).nulmeting as
    { jaar?: { message?: string }; waarde?: { message?: string }; message?: string } | undefined;
  const jaarFouten = f.jaren as unknown as
    ({ jaar?: { message?: string }; streefwaarde?: { message?: string }; realisatie?: { message?: string } } | undefined)[] | undefined;
  return (
    <FormulierDialoog
      id="indicator-formulier"
      breed
      titel={indicator ? `Indicator ${indicator.naam} wijzigen` : 'Indicator toevoegen'}
      api={api}
      onSluit={onSluit}
    >
      <div className="formulier__rij">
        <Invoer label="Naam indicator" verplicht fout={f.naam} {...register('naam')} />
        <Invoer label="Eenheid" hint="Bijvoorbeeld aantal of %" fout={f.eenheid} {...register('eenheid')} />
        <Keuze
          label="Richting"
          verplicht
          leegLabel="Kies…"
          fout={f.richting}
          opties={(['hoger', 'lager'] as const).map((r) => ({ waarde: r, label: RICHTING_LABEL[r] }))}
          {...register('richting')}
        />
        <Invoer label="Bron" hint="Waar de cijfers vandaan komen" fout={f.bron} {...register('bron')} />
      </div>
      <div className="formulier__rij">
        <Keuze label="Niveau" verplicht fout={f.niveau} opties={NIVEAUS.map((n) => ({ waarde: n, label: NIVEAU_LABEL[n] }))} {...register('niveau')} />
        {niveau !== 'gemeente' && (
          <Keuze
            label={NIVEAU_LABEL[niveau as keyof typeof NIVEAU_LABEL] ?? 'Scope'}
            verplicht
            leegLabel="Kies…"
            fout={f.scopeId}
            opties={scopeOpties}
            {...register('scopeId')}
          />
        )}
        <Invoer label="Nulmeting: jaar" inputMode="numeric" fout={nul?.jaar?.message ?? nul?.message} {...register('nulmetingJaar')} />
        <Invoer label="Nulmeting: waarde" inputMode="decimal" fout={nul?.waarde?.message} {...register('nulmetingWaarde')} />
      </div>
      <fieldset>
        <legend>Streefwaarde en realisatie per jaar</legend>
        {jaren.fields.map((veld, i) => (
          <div key={veld.id} className="formulier__rij">
            <Invoer label={`Jaar ${i + 1}`} inputMode="numeric" fout={jaarFouten?.[i]?.jaar?.message} {...register(`jaren.${i}.jaar`)} />
            <Invoer
              label={`Streefwaarde ${i + 1}`}
              inputMode="decimal"
              fout={jaarFouten?.[i]?.streefwaarde?.message}
              {...register(`jaren.${i}.streefwaarde`)}
            />
            <Invoer label={`Realisatie ${i + 1}`} inputMode="decimal" fout={jaarFouten?.[i]?.realisatie?.message} {...register(`jaren.${i}.realisatie`)} />
            <button type="button" className="knop-link" onClick={() => jaren.remove(i)} aria-label={`Jaar ${i + 1} verwijderen`}>
              Verwijderen
            </button>
          </div>
        ))}
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() =>
            jaren.append({ jaar: String((Number(jaren.fields.at(-1)?.jaar) || new Date().getFullYear() - 1) + 1), streefwaarde: '', realisatie: '' })
          }
        >
          Jaar toevoegen
        </button>
      </fieldset>
    </FormulierDialoog>
  );
}
