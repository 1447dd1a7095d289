// Proeftuinen: the five-year pilots with their own (shrinking) budget per year, their wijk or
// schools, and the indicators the gemeente monitors, with a value per year. Add, change, delete.
import { useMemo, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useQueries } from '@tanstack/react-query';
import { z } from 'zod';
import { invoke } from '../../api';
import { formatEuro } from '../../../../electron/domain/geld';
import { proeftuinInvoer } from '../../../../electron/domain/registratie';
import type { Proeftuin } from '../../../../electron/api/typen/registratie';
import { BedragenPerJaar, FormulierDialoog, SchrijfKnop, Sectie } from '../../components/Formulier';
import { Geschiedenis } from '../../components/Geschiedenis';
import { Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { useApiFormulier, useVerwijderen } from '../../hooks/apiFormulier';
import { centsNaarTekst, centsUitTekst, getalNaarTekst, getalUitTekst } from '../../hooks/formulier';
import { zonderLegeStaart } from '../../hooks/lijstrijen';
import { aantal } from '../../format';

export function Proeftuinen() {
  const lijst = useLezen('proeftuinen.lijst', {});
  const details = useQueries({
    queries: (lijst.data ?? []).map((p) => ({ queryKey: ['proeftuinen.lees', { id: p.id }], queryFn: () => invoke('proeftuinen.lees', { id: p.id }) })),
  });
  const scholen = useLezen('scholen.lijst', {});
  const schoolNaam = useMemo(() => new Map((scholen.data?.rijen ?? []).map((s) => [s.id, s.naam])), [scholen.data]);
  const { verwijder, fout } = useVerwijderen();
  const [formulier, setFormulier] = useState<{ p: Proeftuin | null } | null>(null);
  return (
    <Sectie
      titel="Proeftuinen"
      fout={fout ?? lijst.error?.message}
      acties={<SchrijfKnop onClick={() => setFormulier({ p: null })}>Proeftuin toevoegen</SchrijfKnop>}
    >
      {lijst.data?.length === 0 && (
        <p className="zacht">Nog geen proeftuinen. Een proeftuin loopt vijf jaar met een eigen, afnemend budget en indicatoren om te volgen.</p>
      )}
      {(lijst.data ?? []).map((rij, i) => {
        const p = details[i]?.data;
        return (
          <article key={rij.id} className="proeftuin" aria-labelledby={`proeftuin-${rij.id}`}>
            <div className="regeling__kop">
              <h3 id={`proeftuin-${rij.id}`} className="dashboard__subkop">
                {rij.naam}
              </h3>
              <div className="acties-cel">
                <button
                  type="button"
                  className="knop-link"
                  disabled={!p}
                  onClick={() => p && setFormulier({ p })}
                  aria-label={`Proeftuin ${rij.naam} wijzigen`}
                >
                  Wijzigen
                </button>{' '}
                <SchrijfKnop
                  className="knop-link"
                  onClick={() =>
                    verwijder({
                      gebied: 'proeftuinen',
                      invoer: { id: rij.id },
                      titel: 'Proeftuin verwijderen',
                      tekst: `Proeftuin ${rij.naam} met budget, scholen en indicatoren wordt verwijderd.`,
                      melding: (oud) => `Proeftuin ${oud.naam} verwijderd.`,
                    })
                  }
                  aria-label={`Proeftuin ${rij.naam} verwijderen`}
                >
                  Verwijderen
                </SchrijfKnop>
              </div>
            </div>
            <dl className="gegevens">
              <dt>Looptijd</dt>
              <dd>
                {rij.startjaar} t/m {rij.eindjaar}
              </dd>
              <dt>Wijk of scholen</dt>
              <dd>
                {rij.wijkNaam ? `Wijk ${rij.wijkNaam}` : 'Geen wijk'}
                {rij.aantalScholen > 0 && `; ${aantal(rij.aantalScholen)} ${rij.aantalScholen === 1 ? 'school' : 'scholen'}`}
                {p && p.schoolIds.length > 0 && <span className="zacht"> ({p.schoolIds.map((id) => schoolNaam.get(id) ?? `#${id}`).join(', ')})</span>}
              </dd>
              <dt>Budget totaal</dt>
              <dd>
                {formatEuro(rij.budgetTotaalCents)}
                {rij.budgetGemeenteCents !== rij.budgetTotaalCents && (
                  <span className="zacht">
                    {' '}
                    (gemeente {formatEuro(rij.budgetGemeenteCents)}, onderwijs {formatEuro(rij.budgetTotaalCents - rij.budgetGemeenteCents)})
                  </span>
                )}
                {rij.budgetKrimpt && p && p.budget.length > 1 && <span className="zacht"> – neemt elk jaar af</span>}
              </dd>
              {rij.budgetWaarschuwingen.length > 0 && (
                <>
                  <dt>Let op</dt>
                  <dd>
                    {rij.budgetWaarschuwingen.map((w) => (
                      <p key={w} className="waarschuwing-tekst">
                        {w}
                      </p>
                    ))}
                  </dd>
                </>
              )}
              {p && (p.opbrengstAfgesproken !== null || p.opbrengstAfgesprokenCents !== null) && (
                <>
                  <dt>Afgesproken opbrengst</dt>
                  <dd>{opbrengstTekst(p.opbrengstAfgesproken, p.opbrengstAfgesprokenCents)}</dd>
                </>
              )}
              {p && (p.opbrengstGerealiseerd !== null || p.opbrengstGerealiseerdCents !== null) && (
                <>
                  <dt>Gerealiseerde opbrengst</dt>
                  <dd>{opbrengstTekst(p.opbrengstGerealiseerd, p.opbrengstGerealiseerdCents)}</dd>
                </>
              )}
              {p?.omschrijving && (
                <>
                  <dt>Omschrijving</dt>
                  <dd>{p.omschrijving}</dd>
                </>
              )}
            </dl>
            {p && <ProeftuinTabel p={p} />}
          </article>
        );
      })}
      {formulier && <ProeftuinFormulier proeftuin={formulier.p} onSluit={() => setFormulier(null)} />}
    </Sectie>
  );
}

function opbrengstTekst(tekst: string | null, cents: number | null): string {
  return [tekst, cents === null ? null : formatEuro(cents)].filter(Boolean).join(' — ');
}

/** Years as columns: the budget (with a bar, so the shrinking shows) and every indicator's value. */
function ProeftuinTabel({ p }: { p: Proeftuin }) {
  const jaren = Array.from({ length: p.eindjaar - p.startjaar + 1 }, (_, i) => p.startjaar + i);
  const max = Math.max(1, ...p.budget.map((b) => b.bedragCents + b.onderwijsCents));
  const metOnderwijs = p.budget.some((b) => b.onderwijsCents > 0);
  return (
    <table className="kleine-tabel">
      <caption className="visueel-verborgen">Budget en indicatoren per jaar van {p.naam}</caption>
      <thead>
        <tr>
          <th scope="col">Per jaar</th>
          {jaren.map((j) => (
            <th key={j} scope="col" className="rechts">
              {j}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Budget</th>
          {jaren.map((j) => {
            const b = p.budget.find((x) => x.jaar === j);
            return (
              <td key={j} className="rechts">
                {b ? (
                  <>
                    <span className="budget-balk" style={{ width: `${Math.round(((b.bedragCents + b.onderwijsCents) / max) * 48)}px` }} aria-hidden="true" />
                    {formatEuro(b.bedragCents + b.onderwijsCents)}
                  </>
                ) : (
                  <span className="zacht">–</span>
                )}
              </td>
            );
          })}
        </tr>
        {metOnderwijs &&
          (['gemeente', 'onderwijs'] as const).map((deel) => (
            <tr key={deel}>
              <th scope="row" className="zacht">
                waarvan {deel}
              </th>
              {jaren.map((j) => {
                const b = p.budget.find((x) => x.jaar === j);
                return (
                  <td key={j} className="rechts zacht">
                    {b ? formatEuro(deel === 'gemeente' ? b.bedragCents : b.onderwijsCents) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        {p.indicatoren.map((ind) => (
          <tr key={ind.id}>
            <th scope="row">
              {ind.naam}
              {ind.eenheid && <span className="zacht"> ({ind.eenheid})</span>}
            </th>
            {jaren.map((j) => {
              const w = ind.waarden.find((x) => x.jaar === j);
              return (
                <td key={j} className="rechts">
                  {w ? aantal(w.waarde) : <span className="zacht">–</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface IndicatorWaarden {
  id: string;
  naam: string;
  eenheid: string;
  /** Keyed `j2018`: a form path may not start with a digit. */
  waarden: Record<string, string>;
}

interface Waarden {
  naam: string;
  startjaar: string;
  eindjaar: string;
  wijkId: string;
  omschrijving: string;
  budget: { jaar: string; bedragCents: string; onderwijsCents?: string; redenHoger?: string }[];
  schoolIds: string[];
  opbrengstAfgesproken: string;
  opbrengstAfgesprokenCents: string;
  opbrengstGerealiseerd: string;
  opbrengstGerealiseerdCents: string;
  indicatoren: IndicatorWaarden[];
}

const jaarGetal = (t: string) => (t.trim() === '' ? null : Number(t));

const schema = z.preprocess((v) => {
  const f = v as Waarden;
  return {
    naam: f.naam,
    startjaar: jaarGetal(f.startjaar),
    eindjaar: jaarGetal(f.eindjaar),
    wijkId: f.wijkId === '' ? null : Number(f.wijkId),
    omschrijving: f.omschrijving.trim() === '' ? null : f.omschrijving,
    budget: zonderLegeStaart(f.budget, (b) => !(b.jaar.trim() || b.bedragCents.trim() || b.onderwijsCents?.trim())).map((b) => ({
      jaar: jaarGetal(b.jaar),
      bedragCents: centsUitTekst(b.bedragCents),
      onderwijsCents: b.onderwijsCents?.trim() ? centsUitTekst(b.onderwijsCents) : 0,
      redenHoger: b.redenHoger?.trim() ? b.redenHoger.trim() : null,
    })),
    schoolIds: (Array.isArray(f.schoolIds) ? f.schoolIds : []).map(Number),
    opbrengstAfgesproken: f.opbrengstAfgesproken.trim() === '' ? null : f.opbrengstAfgesproken,
    opbrengstAfgesprokenCents: f.opbrengstAfgesprokenCents.trim() === '' ? null : centsUitTekst(f.opbrengstAfgesprokenCents),
    opbrengstGerealiseerd: f.opbrengstGerealiseerd.trim() === '' ? null : f.opbrengstGerealiseerd,
    opbrengstGerealiseerdCents: f.opbrengstGerealiseerdCents.trim() === '' ? null : centsUitTekst(f.opbrengstGerealiseerdCents),
    indicatoren: f.indicatoren
      .filter((i) => i.naam.trim() || Object.values(i.waarden ?? {}).some((w) => w.trim()))
      .map((i) => ({
        ...(i.id ? { id: Number(i.id) } : {}),
        naam: i.naam,
        eenheid: i.eenheid.trim() === '' ? null : i.eenheid,
        waarden: Object.entries(i.waarden ?? {})
          .filter(([, w]) => w.trim() !== '')
          .map(([j, w]) => ({ jaar: Number(j.slice(1)), waarde: getalUitTekst(w) })),
      })),
  };
}, proeftuinInvoer);

function beginWaarden(p: Proeftuin | null): Waarden {
  const start = p?.startjaar ?? new Date().getFullYear();
  return {
    naam: p?.naam ?? '',
    startjaar: String(start),
    eindjaar: String(p?.eindjaar ?? start + 4),
    wijkId: p?.wijkId ? String(p.wijkId) : '',
    omschrijving: p?.omschrijving ?? '',
    budget: p?.budget.length
      ? p.budget.map((b) => ({
          jaar: String(b.jaar),
          bedragCents: centsNaarTekst(b.bedragCents),
          onderwijsCents: centsNaarTekst(b.onderwijsCents),
          redenHoger: b.redenHoger ?? '',
        }))
      : [{ jaar: String(start), bedragCents: '', onderwijsCents: '', redenHoger: '' }],
    schoolIds: (p?.schoolIds ?? []).map(String),
    opbrengstAfgesproken: p?.opbrengstAfgesproken ?? '',
    opbrengstAfgesprokenCents: centsNaarTekst(p?.opbrengstAfgesprokenCents ?? null),
    opbrengstGerealiseerd: p?.opbrengstGerealiseerd ?? '',
    opbrengstGerealiseerdCents: centsNaarTekst(p?.opbrengstGerealiseerdCents ?? null),
    indicatoren: (p?.indicatoren ?? []).map((i) => ({
      id: String(i.id),
      naam: i.naam,
      eenheid: i.eenheid ?? '',
      waarden: Object.fromEntries(i.waarden.map((w) => [`j${w.jaar}`, getalNaarTekst(w.waarde)])),
    })),
  };
}

function ProeftuinFormulier({ proeftuin, onSluit }: { proeftuin: Proeftuin | null; onSluit(): void }) {
  const wijken = useLezen('wijken.lijst', {});
  const scholen = useLezen('scholen.lijst', {});
  const maak = useWijziging('proeftuinen.maak');
  const wijzig = useWijziging('proeftuinen.wijzig');
  const api = useApiFormulier<Waarden, typeof schema>({
    schema,
    beginWaarden: beginWaarden(proeftuin),
    velden: [
      'naam',
      'startjaar',
      'eindjaar',
      'wijkId',
      'omschrijving',
      'schoolIds',
      'opbrengstAfgesproken',
      'opbrengstAfgesprokenCents',
      'opbrengstGerealiseerd',
      'opbrengstGerealiseerdCents',
    ],
    opslaan: async (data) => {
      const uit = proeftuin ? await wijzig.mutateAsync({ id: proeftuin.id, ...data }) : await maak.mutateAsync(data);
      return `Proeftuin ${uit.naam} opgeslagen.`;
    },
    zetTerug: proeftuin ? (d) => wijzig.mutateAsync({ id: proeftuin.id, ...d }) : undefined,
    onKlaar: onSluit,
  });
  const { register, control, watch } = api.form;
  const budget = useFieldArray({ control, name: 'budget' });
  const indicatoren = useFieldArray({ control, name: 'indicatoren' });
  const { f } = api;
  const start = Number(watch('startjaar'));
  const eind = Number(watch('eindjaar'));
  const jaren =
    Number.isInteger(start) && Number.isInteger(eind) && eind >= start && eind - start < 10
      ? Array.from({ length: eind - start + 1 }, (_, i) => start + i)
      : [];
  const wijkId = watch('wijkId');
  const gekozen = watch('schoolIds');
  // With a wijk chosen, offer its schools (and the ones already chosen); otherwise all.
  const schoolOpties = (scholen.data?.rijen ?? []).filter((s) => !wijkId || String(s.wijkId) === wijkId || (gekozen ?? []).includes(String(s.id)));
  const indFouten = f.indicatoren as unknown as ({ naam?: { message?: string }; message?: string; waarden?: { message?: string } } | undefined)[] | undefined;

  return (
    <FormulierDialoog
      id="proeftuin-formulier"
      breed
      titel={proeftuin ? `Proeftuin ${proeftuin.naam} wijzigen` : 'Proeftuin toevoegen'}
      api={api}
      onSluit={onSluit}
    >
      <div className="formulier__rij">
        <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
        <Invoer label="Startjaar" verplicht inputMode="numeric" fout={f.startjaar} {...register('startjaar')} />
        <Invoer label="Eindjaar" verplicht inputMode="numeric" hint="Een proeftuin loopt meestal vijf jaar" fout={f.eindjaar} {...register('eindjaar')} />
        <Keuze
          label="Wijk"
          leegLabel="Geen wijk"
          fout={f.wijkId}
          opties={(wijken.data ?? []).map((w) => ({ waarde: String(w.id), label: w.naam }))}
          {...register('wijkId')}
        />
      </div>
      <Tekstvak label="Omschrijving" fout={f.omschrijving} {...register('omschrijving')} />
      <BedragenPerJaar
        legenda="Budget per jaar"
        naam="budget"
        bedragLabel="Gemeente"
        onderwijsLabel="Onderwijs"
        velden={budget}
        register={register}
        fouten={f.budget}
        volgendJaar={() => (Number(budget.fields.at(-1)?.jaar) || start - 1) + 1}
      />
      <RedenenHoger budget={watch('budget')} register={register} />
      <fieldset>
        <legend>Opbrengst</legend>
        <p className="veld__hint">Spreek vooraf af wat de proeftuin moet opleveren, inhoudelijk en in geld, en leg vast wat er is gerealiseerd.</p>
        <div className="formulier__rij">
          <Tekstvak label="Afgesproken opbrengst" fout={f.opbrengstAfgesproken} {...register('opbrengstAfgesproken')} />
          <Invoer
            label="Afgesproken opbrengst in geld"
            inputMode="decimal"
            voorvoegsel="€"
            fout={f.opbrengstAfgesprokenCents}
            {...register('opbrengstAfgesprokenCents')}
          />
        </div>
        <div className="formulier__rij">
          <Tekstvak label="Gerealiseerde opbrengst" fout={f.opbrengstGerealiseerd} {...register('opbrengstGerealiseerd')} />
          <Invoer
            label="Gerealiseerde opbrengst in geld"
            inputMode="decimal"
            voorvoegsel="€"
            fout={f.opbrengstGerealiseerdCents}
            {...register('opbrengstGerealiseerdCents')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Scholen</legend>
        <p className="veld__hint">
          {wijkId ? 'De scholen in de gekozen wijk.' : 'Kies eerst een wijk om de lijst te beperken.'} Houd Ctrl ingedrukt om meer scholen te kiezen.
        </p>
        <select
          multiple
          size={Math.min(8, Math.max(3, schoolOpties.length))}
          className="utrecht-select utrecht-select--html-select keuze-meer"
          aria-label="Scholen in deze proeftuin"
          {...register('schoolIds')}
        >
          {schoolOpties.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {s.naam} ({s.vestigingscode})
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>Indicatoren</legend>
        {indicatoren.fields.map((veld, i) => (
          <div key={veld.id} className="indicator">
            <div className="formulier__rij">
              <Invoer label="Indicator" fout={indFouten?.[i]?.naam?.message ?? indFouten?.[i]?.message} {...register(`indicatoren.${i}.naam`)} />
              <Invoer label="Eenheid" hint="Bijvoorbeeld aantal of %" fout={undefined} {...register(`indicatoren.${i}.eenheid`)} />
            </div>
            <div className="formulier__rij">
              {jaren.map((j) => (
                <Invoer key={j} label={`Waarde ${j}`} inputMode="decimal" {...register(`indicatoren.${i}.waarden.j${j}`)} />
              ))}
            </div>
            {indFouten?.[i]?.waarden?.message && <p className="veld__fout">{indFouten[i]!.waarden!.message}</p>}
            <button type="button" className="knop-link" onClick={() => indicatoren.remove(i)} aria-label={`Indicator ${i + 1} verwijderen`}>
              Indicator verwijderen
            </button>
          </div>
        ))}
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => indicatoren.append({ id: '', naam: '', eenheid: '', waarden: {} })}
        >
          Indicator toevoegen
        </button>
      </fieldset>
      {proeftuin && <Geschiedenis entiteit="proeftuin" entiteitId={proeftuin.id} kopNiveau={3} kaal />}
    </FormulierDialoog>
  );
}

/**
 * A year whose budget is higher than the year before gets a reason field: filled in, the growth is
 * marked as intended and no longer warned about (domain/proeftuin-budget.ts).
 */
function RedenenHoger({
  budget,
  register,
}: {
  budget: Waarden['budget'];
  register: ReturnType<typeof useApiFormulier<Waarden, typeof schema>>['form']['register'];
}) {
  const rijen = budget
    .map((b, i) => {
      const gemeente = centsUitTekst(b.bedragCents);
      const onderwijs = b.onderwijsCents?.trim() ? centsUitTekst(b.onderwijsCents) : 0;
      return { i, jaar: Number(b.jaar), cents: typeof gemeente === 'number' && typeof onderwijs === 'number' ? gemeente + onderwijs : null };
    })
    .filter((r) => Number.isInteger(r.jaar) && typeof r.cents === 'number');
  const hoger = rijen.filter((r) => {
    const vorig = rijen.filter((x) => x.jaar < r.jaar).sort((a, b) => b.jaar - a.jaar)[0];
    return vorig !== undefined && (r.cents as number) > (vorig.cents as number);
  });
  if (hoger.length === 0) return null;
  return (
    <fieldset>
      <legend>Hoger budget dan het jaar ervoor</legend>
      <p className="veld__hint">Het budget van een proeftuin neemt af. Is een hoger jaar zo bedoeld, geef dan de reden; anders blijft de waarschuwing staan.</p>
      {hoger.map((r) => (
        <Invoer key={r.i} label={`Reden dat ${r.jaar} hoger is`} {...register(`budget.${r.i}.redenHoger` as const)} />
      ))}
    </fieldset>
  );
}
