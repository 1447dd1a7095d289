// Instellingen: gemeente, schooljaar, weeks, default rates per functie; wijken; kerncijfers; backups.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api';
import { instellingenInvoer } from '../../../../electron/domain/instellingen';
import { kerncijfersInvoer, wijkInvoer } from '../../../../electron/domain/registratie';
import { FUNCTIE_CODES, type FunctieCode, type Instellingen } from '../../../../electron/domain/types';
import type { Wijk } from '../../../../electron/db/wijken-repo';
import type { Kerncijfers } from '../../../../electron/db/kerncijfers-repo';
import { Dialoog } from '../../components/Dialoog';
import { FoutSamenvatting, Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { Melding } from '../../components/PaginaKop';
import { useBevestiging } from '../../components/Bevestiging';
import { useToast } from '../../components/Toast';
import { invalideer, useLezen, useWijziging } from '../../hooks/useApi';
import { centsNaarTekst, centsUitTekst, getalNaarTekst, getalUitTekst, toonApiFout } from '../../hooks/formulier';
import { aantal } from '../../format';

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

type InstellingenWaarden = { gemeenteNaam: string; gemeenteCode: string; schooljaarStartMaand: string; wekenPerSchooljaar: string } & Record<`tarief_${FunctieCode}`, string>;

const instellingenSchema = z.preprocess((v) => {
  const f = v as InstellingenWaarden;
  const tarieven: Record<string, unknown> = {};
  for (const c of FUNCTIE_CODES) tarieven[c] = centsUitTekst(f[`tarief_${c}`]) ?? 0;
  return {
    gemeenteNaam: f.gemeenteNaam,
    gemeenteCode: f.gemeenteCode,
    schooljaarStartMaand: Number(f.schooljaarStartMaand),
    wekenPerSchooljaar: getalUitTekst(f.wekenPerSchooljaar),
    standaardTarieven: tarieven,
  };
}, instellingenInvoer);

export function AlgemeneInstellingen() {
  const inst = useLezen('instellingen.lezen', {});
  const functies = useLezen('functies.lijst', {});
  if (!inst.data || !functies.data) return <section className="sectie">{inst.error?.message ?? 'Laden…'}</section>;
  return <InstellingenFormulier inst={inst.data} functieNamen={Object.fromEntries(functies.data.map((f) => [f.code, f.naam]))} />;
}

function InstellingenFormulier({ inst, functieNamen }: { inst: Instellingen; functieNamen: Record<string, string> }) {
  const toast = useToast();
  const opslaan = useWijziging('instellingen.opslaan');
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const begin = {
    gemeenteNaam: inst.gemeenteNaam,
    gemeenteCode: inst.gemeenteCode,
    schooljaarStartMaand: String(inst.schooljaarStartMaand),
    wekenPerSchooljaar: getalNaarTekst(inst.wekenPerSchooljaar),
    ...Object.fromEntries(FUNCTIE_CODES.map((c) => [`tarief_${c}`, inst.standaardTarieven[c] ? centsNaarTekst(inst.standaardTarieven[c]) : ''])),
  } as InstellingenWaarden;
  const { register, handleSubmit, formState, setError, reset } = useForm<InstellingenWaarden>({
    defaultValues: begin,
    resolver: zodResolver(instellingenSchema as never) as never,
    mode: 'onTouched',
  });
  const f = formState.errors as Record<string, { message?: string } | undefined>;
  const velden = ['gemeenteNaam', 'gemeenteCode', 'schooljaarStartMaand', 'wekenPerSchooljaar'];
  return (
    <section className="sectie" aria-labelledby="algemeen-kop">
      <h2 id="algemeen-kop" className="utrecht-heading-2">
        Gemeente en rekenregels
      </h2>
      <form
        className="formulier"
        noValidate
        onSubmit={handleSubmit(async (invoer) => {
          setAlgemeen(null);
          try {
            const nieuw = await opslaan.mutateAsync(invoer as unknown as Parameters<typeof opslaan.mutateAsync>[0]);
            reset(undefined, { keepValues: true });
            toast({ tekst: `Instellingen opgeslagen${nieuw.gemeenteNaam ? ` voor gemeente ${nieuw.gemeenteNaam}` : ''}.` });
          } catch (e) {
            setAlgemeen(toonApiFout(e, setError, velden));
          }
        })}
      >
        <FoutSamenvatting fouten={formState.isSubmitted ? formState.errors : {}} algemeen={algemeen} />
        <div className="formulier__rij">
          <Invoer label="Gemeente" fout={f.gemeenteNaam?.message} {...register('gemeenteNaam')} />
          <Invoer label="CBS-gemeentecode" hint="Vier cijfers, bijvoorbeeld 0193 voor Zwolle" fout={f.gemeenteCode?.message} {...register('gemeenteCode')} />
          <Keuze label="Schooljaar begint in" fout={f.schooljaarStartMaand?.message} opties={MAANDEN.map((m, i) => ({ waarde: String(i + 1), label: m }))} {...register('schooljaarStartMaand')} />
          <Invoer label="Weken per schooljaar" inputMode="decimal" hint="Standaard 40" fout={f.wekenPerSchooljaar?.message} {...register('wekenPerSchooljaar')} />
        </div>
        <fieldset>
          <legend>Standaard uurtarief per functie</legend>
          <p className="veld__hint">Geldt voor afspraken zonder eigen uurtarief. Leeg = nog geen tarief.</p>
          <div className="formulier__rij formulier__rij--onder">
            {FUNCTIE_CODES.map((c) => (
              <Invoer
                key={c}
                label={`${c} – ${functieNamen[c] ?? c}`}
                inputMode="decimal"
                achtervoegsel="€"
                fout={(formState.errors as { standaardTarieven?: Record<string, { message?: string }> }).standaardTarieven?.[c]?.message ?? f[`tarief_${c}`]?.message}
                {...register(`tarief_${c}` as const)}
              />
            ))}
          </div>
        </fieldset>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={opslaan.isPending}>
            Instellingen opslaan
          </button>
        </div>
      </form>
    </section>
  );
}

export function Wijken() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const bevestig = useBevestiging();
  const wijken = useLezen('wijken.lijst', {});
  const [formulier, setFormulier] = useState<{ wijk: Wijk | null } | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const verwijder = async (w: Wijk) => {
    setFout(null);
    if (!(await bevestig({ titel: 'Wijk verwijderen', tekst: `Wijk ${w.naam} wordt verwijderd.`, bevestigKnop: 'Verwijderen', gevaarlijk: true }))) return;
    try {
      const oud = await invoke('wijken.verwijder', { id: w.id });
      await invalideer(queryClient, 'wijken.verwijder');
      toast({
        tekst: `Wijk ${oud.naam} verwijderd.`,
        ongedaanMaken: async () => {
          await invoke('wijken.herstel', oud);
          await invalideer(queryClient, 'wijken.herstel');
        },
      });
    } catch (e) {
      setFout((e as Error).message);
    }
  };
  return (
    <section className="sectie" aria-labelledby="wijken-kop">
      <div className="sectie__kop">
        <h2 id="wijken-kop" className="utrecht-heading-2">
          Wijken
        </h2>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setFormulier({ wijk: null })}>
          Wijk toevoegen
        </button>
      </div>
      {(fout || wijken.error) && <Melding soort="error">{fout ?? wijken.error?.message}</Melding>}
      {wijken.data?.length === 0 && <p className="zacht">Nog geen wijken. Elke school ligt in één wijk (het gebied van een sociaal wijkteam).</p>}
      {wijken.data && wijken.data.length > 0 && (
        <table className="kleine-tabel">
          <thead>
            <tr>
              <th scope="col">Wijk</th>
              <th scope="col">Omschrijving</th>
              <th scope="col" className="rechts">
                Scholen
              </th>
              <th scope="col">
                <span className="visueel-verborgen">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {wijken.data.map((w) => (
              <tr key={w.id}>
                <th scope="row">{w.naam}</th>
                <td>{w.omschrijving ?? ''}</td>
                <td className="rechts">{aantal(w.aantalScholen)}</td>
                <td className="rechts acties-cel">
                  <button type="button" className="knop-link" onClick={() => setFormulier({ wijk: w })} aria-label={`Wijk ${w.naam} wijzigen`}>
                    Wijzigen
                  </button>{' '}
                  <button type="button" className="knop-link" onClick={() => verwijder(w)} aria-label={`Wijk ${w.naam} verwijderen`}>
                    Verwijderen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {formulier && <WijkFormulier wijk={formulier.wijk} onSluit={() => setFormulier(null)} />}
    </section>
  );
}

const wijkSchema = z.preprocess((v) => {
  const f = v as { naam: string; omschrijving: string };
  return { naam: f.naam, omschrijving: f.omschrijving.trim() === '' ? null : f.omschrijving };
}, wijkInvoer);

function WijkFormulier({ wijk, onSluit }: { wijk: Wijk | null; onSluit(): void }) {
  const toast = useToast();
  const maak = useWijziging('wijken.maak');
  const wijzig = useWijziging('wijken.wijzig');
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<{ naam: string; omschrijving: string }>({
    defaultValues: { naam: wijk?.naam ?? '', omschrijving: wijk?.omschrijving ?? '' },
    resolver: zodResolver(wijkSchema as never) as never,
    mode: 'onTouched',
  });
  const f = formState.errors;
  return (
    <Dialoog
      open
      titel={wijk ? `Wijk ${wijk.naam} wijzigen` : 'Wijk toevoegen'}
      onSluit={onSluit}
      voet={
        <>
          <button type="submit" form="wijk-formulier" className="utrecht-button utrecht-button--primary-action">
            Opslaan
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onSluit}>
            Annuleren
          </button>
        </>
      }
    >
      <form
        id="wijk-formulier"
        className="formulier"
        noValidate
        onSubmit={handleSubmit(async (invoer) => {
          setAlgemeen(null);
          try {
            const data = invoer as unknown as Parameters<typeof maak.mutateAsync>[0];
            const uit = wijk ? await wijzig.mutateAsync({ id: wijk.id, ...data }) : await maak.mutateAsync(data);
            toast({ tekst: `Wijk ${uit.naam} opgeslagen.` });
            onSluit();
          } catch (e) {
            setAlgemeen(toonApiFout(e, setError, ['naam', 'omschrijving']));
          }
        })}
      >
        <FoutSamenvatting fouten={formState.isSubmitted ? f : {}} algemeen={algemeen} />
        <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
        <Tekstvak label="Omschrijving" fout={f.omschrijving} {...register('omschrijving')} />
      </form>
    </Dialoog>
  );
}

type KernWaarden = { jaar: string; jeugdigen019: string; leerlingenPo: string; leerlingenVo: string };
const kernSchema = z.preprocess((v) => {
  const f = v as KernWaarden;
  const n = (t: string) => (t.trim() === '' ? null : (getalUitTekst(t.replace(/\./g, '')) as number));
  return { jaar: n(f.jaar), jeugdigen019: n(f.jeugdigen019), leerlingenPo: n(f.leerlingenPo), leerlingenVo: n(f.leerlingenVo) };
}, kerncijfersInvoer);

export function KerncijfersSectie() {
  const lijst = useLezen('kerncijfers.lijst', {});
  const [formulier, setFormulier] = useState<{ k: Kerncijfers | null } | null>(null);
  return (
    <section className="sectie" aria-labelledby="kern-kop">
      <div className="sectie__kop">
        <h2 id="kern-kop" className="utrecht-heading-2">
          Kerncijfers
        </h2>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setFormulier({ k: null })}>
          Jaar toevoegen
        </button>
      </div>
      {lijst.error && <Melding soort="error">{lijst.error.message}</Melding>}
      {lijst.data?.length === 0 && <p className="zacht">Nog geen kerncijfers (aantal jeugdigen en leerlingen per jaar).</p>}
      {lijst.data && lijst.data.length > 0 && (
        <table className="kleine-tabel">
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col" className="rechts">
                Jeugdigen 0-19
              </th>
              <th scope="col" className="rechts">
                Leerlingen PO
              </th>
              <th scope="col" className="rechts">
                Leerlingen VO
              </th>
              <th scope="col">
                <span className="visueel-verborgen">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lijst.data.map((k) => (
              <tr key={k.jaar}>
                <th scope="row">{k.jaar}</th>
                <td className="rechts">{aantal(k.jeugdigen019)}</td>
                <td className="rechts">{aantal(k.leerlingenPo)}</td>
                <td className="rechts">{aantal(k.leerlingenVo)}</td>
                <td className="rechts">
                  <button type="button" className="knop-link" onClick={() => setFormulier({ k })} aria-label={`Kerncijfers ${k.jaar} wijzigen`}>
                    Wijzigen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {formulier && <KerncijfersFormulier k={formulier.k} onSluit={() => setFormulier(null)} />}
    </section>
  );
}

function KerncijfersFormulier({ k, onSluit }: { k: Kerncijfers | null; onSluit(): void }) {
  const toast = useToast();
  const maak = useWijziging('kerncijfers.maak');
  const wijzig = useWijziging('kerncijfers.wijzig');
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const t = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  const { register, handleSubmit, formState, setError } = useForm<KernWaarden>({
    defaultValues: { jaar: t(k?.jaar ?? new Date().getFullYear()), jeugdigen019: t(k?.jeugdigen019), leerlingenPo: t(k?.leerlingenPo), leerlingenVo: t(k?.leerlingenVo) },
    resolver: zodResolver(kernSchema as never) as never,
    mode: 'onTouched',
  });
  const f = formState.errors;
  return (
    <Dialoog
      open
      titel={k ? `Kerncijfers ${k.jaar}` : 'Kerncijfers toevoegen'}
      onSluit={onSluit}
      voet={
        <>
          <button type="submit" form="kern-formulier" className="utrecht-button utrecht-button--primary-action">
            Opslaan
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onSluit}>
            Annuleren
          </button>
        </>
      }
    >
      <form
        id="kern-formulier"
        className="formulier"
        noValidate
        onSubmit={handleSubmit(async (invoer) => {
          setAlgemeen(null);
          try {
            const data = invoer as unknown as Parameters<typeof maak.mutateAsync>[0];
            await (k ? wijzig.mutateAsync(data) : maak.mutateAsync(data));
            toast({ tekst: `Kerncijfers ${data.jaar} opgeslagen.` });
            onSluit();
          } catch (e) {
            setAlgemeen(toonApiFout(e, setError, ['jaar', 'jeugdigen019', 'leerlingenPo', 'leerlingenVo']));
          }
        })}
      >
        <FoutSamenvatting fouten={formState.isSubmitted ? f : {}} algemeen={algemeen} />
        <Invoer label="Jaar" verplicht inputMode="numeric" readOnly={Boolean(k)} fout={f.jaar} {...register('jaar')} />
        <div className="formulier__rij">
          <Invoer label="Jeugdigen 0-19 jaar" inputMode="numeric" fout={f.jeugdigen019} {...register('jeugdigen019')} />
          <Invoer label="Leerlingen PO" inputMode="numeric" fout={f.leerlingenPo} {...register('leerlingenPo')} />
          <Invoer label="Leerlingen VO" inputMode="numeric" fout={f.leerlingenVo} {...register('leerlingenVo')} />
        </div>
      </form>
    </Dialoog>
  );
}

export function Backups() {
  const lijst = useLezen('backups.lijst', {});
  const maak = useWijziging('backups.maak');
  const toast = useToast();
  return (
    <section className="sectie" aria-labelledby="backups-kop">
      <div className="sectie__kop">
        <h2 id="backups-kop" className="utrecht-heading-2">
          Reservekopieën
        </h2>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={maak.isPending}
          onClick={async () => {
            try {
              const b = await maak.mutateAsync({});
              toast({ tekst: `Reservekopie gemaakt: ${b.naam}.` });
            } catch (e) {
              toast({ tekst: (e as Error).message, soort: 'fout' });
            }
          }}
        >
          Nu een reservekopie maken
        </button>
      </div>
      {lijst.error && <Melding soort="error">{lijst.error.message}</Melding>}
      {lijst.data && (
        <>
          <p className="utrecht-paragraph zacht">
            Schoolinzet maakt elke dag bij het starten en vóór elke import een reservekopie{lijst.data.map ? <> in <span className="pad">{lijst.data.map}</span></> : null}.
          </p>
          {lijst.data.backups.length === 0 ? (
            <p className="zacht">Nog geen reservekopieën.</p>
          ) : (
            <table className="kleine-tabel">
              <thead>
                <tr>
                  <th scope="col">Gemaakt op</th>
                  <th scope="col">Reden</th>
                  <th scope="col">Bestand</th>
                  <th scope="col" className="rechts">
                    Grootte
                  </th>
                </tr>
              </thead>
              <tbody>
                {lijst.data.backups.slice(0, 10).map((b) => (
                  <tr key={b.naam}>
                    <td>{new Date(b.datum).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' }).replace(/\//g, '-')}</td>
                    <td>{b.reden}</td>
                    <td className="pad">{b.naam}</td>
                    <td className="rechts">{aantal(Math.round(b.grootte / 1024))} kB</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
