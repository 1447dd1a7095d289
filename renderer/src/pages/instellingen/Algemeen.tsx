// Instellingen: gemeente, schooljaar, weeks, default rates per functie; wijken; kerncijfers; backups.
import { useState } from 'react';
import { z } from 'zod';
import { instellingenInvoer } from '../../../../electron/domain/instellingen';
import { kerncijfersInvoer, wijkInvoer } from '../../../../electron/domain/registratie';
import { FUNCTIE_CODES, type FunctieCode, type Instellingen } from '../../../../electron/domain/types';
import type { Wijk, Kerncijfers } from '../../../../electron/api/typen/registratie';
import type { BackupInfo } from '../../../../electron/api/typen/app';
import { ActiesKop, FormulierDialoog, RijActies, SchrijfKnop, Sectie } from '../../components/Formulier';
import { FoutSamenvatting, Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { useBevestiging } from '../../components/Bevestiging';
import { useToast } from '../../components/Toast';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { useApiFormulier, useVerwijderen } from '../../hooks/apiFormulier';
import { centsNaarTekst, centsUitTekst, getalNaarTekst, getalUitTekst } from '../../hooks/formulier';
import { aantal } from '../../format';
import { tijdTekst } from '../../geschiedenis';
import { useVerlaatNaVraag } from '../../hooks/sluitNaVraag';

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

type InstellingenWaarden = { gemeenteNaam: string; gemeenteCode: string; schooljaarStartMaand: string; wekenPerSchooljaar: string } & Record<
  `tarief_${FunctieCode}`,
  string
>;

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
  // Keyed by the values: after "Openen…" of another file the form starts from that file's settings.
  return (
    <InstellingenFormulier key={JSON.stringify(inst.data)} inst={inst.data} functieNamen={Object.fromEntries(functies.data.map((f) => [f.code, f.naam]))} />
  );
}

function InstellingenFormulier({ inst, functieNamen }: { inst: Instellingen; functieNamen: Record<string, string> }) {
  const opslaan = useWijziging('instellingen.opslaan');
  const begin = {
    gemeenteNaam: inst.gemeenteNaam,
    gemeenteCode: inst.gemeenteCode,
    schooljaarStartMaand: String(inst.schooljaarStartMaand),
    wekenPerSchooljaar: getalNaarTekst(inst.wekenPerSchooljaar),
    ...Object.fromEntries(FUNCTIE_CODES.map((c) => [`tarief_${c}`, inst.standaardTarieven[c] ? centsNaarTekst(inst.standaardTarieven[c]) : ''])),
  } as InstellingenWaarden;
  const api = useApiFormulier<InstellingenWaarden, typeof instellingenSchema>({
    schema: instellingenSchema,
    beginWaarden: begin,
    velden: ['gemeenteNaam', 'gemeenteCode', 'schooljaarStartMaand', 'wekenPerSchooljaar'],
    opslaan: async (invoer) => {
      const nieuw = await opslaan.mutateAsync(invoer);
      api.form.reset(undefined, { keepValues: true });
      return `Instellingen opgeslagen${nieuw.gemeenteNaam ? ` voor gemeente ${nieuw.gemeenteNaam}` : ''}.`;
    },
  });
  const { register, formState } = api.form;
  const f = formState.errors as Record<string, { message?: string } | undefined>;
  useVerlaatNaVraag(formState.isDirty);
  return (
    <Sectie titel="Gemeente en rekenregels">
      <form className="formulier" noValidate onSubmit={api.verstuur}>
        <FoutSamenvatting fouten={formState.isSubmitted ? formState.errors : {}} algemeen={api.algemeen} />
        <div className="formulier__rij">
          <Invoer label="Gemeente" fout={f.gemeenteNaam?.message} {...register('gemeenteNaam')} />
          <Invoer
            label="CBS-gemeentecode"
            hint="Vier cijfers, zoals in de DUO-bestanden (bijvoorbeeld 0118)"
            fout={f.gemeenteCode?.message}
            {...register('gemeenteCode')}
          />
          <Keuze
            label="Schooljaar begint in"
            fout={f.schooljaarStartMaand?.message}
            opties={MAANDEN.map((m, i) => ({ waarde: String(i + 1), label: m }))}
            {...register('schooljaarStartMaand')}
          />
          <Invoer
            label="Weken per schooljaar"
            inputMode="decimal"
            hint="Standaard 40; vóór het eerste tarief per schooljaar"
            fout={f.wekenPerSchooljaar?.message}
            {...register('wekenPerSchooljaar')}
          />
        </div>
        <fieldset>
          <legend>Standaard uurtarief per functie</legend>
          <p className="veld__hint">
            Geldt voor afspraken zonder eigen uurtarief in schooljaren vóór het eerste tarief per schooljaar van die functie (zie Tarieven per schooljaar). Een
            tarief dat vanaf een bepaald schooljaar geldt, zet u daar. Leeg = nog geen tarief.
          </p>
          <div className="formulier__rij formulier__rij--onder">
            {FUNCTIE_CODES.map((c) => (
              <Invoer
                key={c}
                label={`${c} – ${functieNamen[c] ?? c}`}
                inputMode="decimal"
                voorvoegsel="€"
                fout={
                  (formState.errors as { standaardTarieven?: Record<string, { message?: string }> }).standaardTarieven?.[c]?.message ??
                  f[`tarief_${c}`]?.message
                }
                {...register(`tarief_${c}` as const)}
              />
            ))}
          </div>
        </fieldset>
        <div>
          <SchrijfKnop type="submit" className="utrecht-button utrecht-button--primary-action" disabled={api.bezig}>
            Instellingen opslaan
          </SchrijfKnop>
        </div>
      </form>
    </Sectie>
  );
}

export function Wijken() {
  const wijken = useLezen('wijken.lijst', {});
  const { verwijder, fout } = useVerwijderen();
  const [formulier, setFormulier] = useState<{ wijk: Wijk | null } | null>(null);
  return (
    <Sectie titel="Wijken" fout={fout ?? wijken.error?.message} acties={<SchrijfKnop onClick={() => setFormulier({ wijk: null })}>Wijk toevoegen</SchrijfKnop>}>
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
              <ActiesKop />
            </tr>
          </thead>
          <tbody>
            {wijken.data.map((w) => (
              <tr key={w.id}>
                <th scope="row">{w.naam}</th>
                <td>{w.omschrijving ?? ''}</td>
                <td className="rechts">{aantal(w.aantalScholen)}</td>
                <RijActies
                  wat={`Wijk ${w.naam}`}
                  onWijzig={() => setFormulier({ wijk: w })}
                  onVerwijder={() =>
                    verwijder({
                      gebied: 'wijken',
                      invoer: { id: w.id },
                      titel: 'Wijk verwijderen',
                      tekst: `Wijk ${w.naam} wordt verwijderd.`,
                      melding: (oud) => `Wijk ${oud.naam} verwijderd.`,
                    })
                  }
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {formulier && <WijkFormulier wijk={formulier.wijk} onSluit={() => setFormulier(null)} />}
    </Sectie>
  );
}

const wijkSchema = z.preprocess((v) => {
  const f = v as { naam: string; omschrijving: string };
  return { naam: f.naam, omschrijving: f.omschrijving.trim() === '' ? null : f.omschrijving };
}, wijkInvoer);

function WijkFormulier({ wijk, onSluit }: { wijk: Wijk | null; onSluit(): void }) {
  const maak = useWijziging('wijken.maak');
  const wijzig = useWijziging('wijken.wijzig');
  const api = useApiFormulier<{ naam: string; omschrijving: string }, typeof wijkSchema>({
    schema: wijkSchema,
    beginWaarden: { naam: wijk?.naam ?? '', omschrijving: wijk?.omschrijving ?? '' },
    velden: ['naam', 'omschrijving'],
    opslaan: async (data) => {
      const uit = wijk ? await wijzig.mutateAsync({ id: wijk.id, ...data }) : await maak.mutateAsync(data);
      return `Wijk ${uit.naam} opgeslagen.`;
    },
    zetTerug: wijk ? (d) => wijzig.mutateAsync({ id: wijk.id, ...d }) : undefined,
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog id="wijk-formulier" titel={wijk ? `Wijk ${wijk.naam} wijzigen` : 'Wijk toevoegen'} api={api} onSluit={onSluit}>
      <Invoer label="Naam" verplicht fout={f.naam} {...register('naam')} />
      <Tekstvak label="Omschrijving" fout={f.omschrijving} {...register('omschrijving')} />
    </FormulierDialoog>
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
    <Sectie titel="Kerncijfers" fout={lijst.error?.message} acties={<SchrijfKnop onClick={() => setFormulier({ k: null })}>Jaar toevoegen</SchrijfKnop>}>
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
              <ActiesKop />
            </tr>
          </thead>
          <tbody>
            {lijst.data.map((k) => (
              <tr key={k.jaar}>
                <th scope="row">{k.jaar}</th>
                <td className="rechts">{aantal(k.jeugdigen019)}</td>
                <td className="rechts">{aantal(k.leerlingenPo)}</td>
                <td className="rechts">{aantal(k.leerlingenVo)}</td>
                <RijActies wat={`Kerncijfers ${k.jaar}`} onWijzig={() => setFormulier({ k })} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {formulier && <KerncijfersFormulier k={formulier.k} onSluit={() => setFormulier(null)} />}
    </Sectie>
  );
}

function KerncijfersFormulier({ k, onSluit }: { k: Kerncijfers | null; onSluit(): void }) {
  const maak = useWijziging('kerncijfers.maak');
  const wijzig = useWijziging('kerncijfers.wijzig');
  const t = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  const api = useApiFormulier<KernWaarden, typeof kernSchema>({
    schema: kernSchema,
    beginWaarden: {
      jaar: t(k?.jaar ?? new Date().getFullYear()),
      jeugdigen019: t(k?.jeugdigen019),
      leerlingenPo: t(k?.leerlingenPo),
      leerlingenVo: t(k?.leerlingenVo),
    },
    velden: ['jaar', 'jeugdigen019', 'leerlingenPo', 'leerlingenVo'],
    opslaan: async (data) => {
      await (k ? wijzig.mutateAsync(data) : maak.mutateAsync(data));
      return `Kerncijfers ${data.jaar} opgeslagen.`;
    },
    zetTerug: k ? (d) => wijzig.mutateAsync(d) : undefined,
    onKlaar: onSluit,
  });
  const { f } = api;
  const { register } = api.form;
  return (
    <FormulierDialoog id="kern-formulier" titel={k ? `Kerncijfers ${k.jaar}` : 'Kerncijfers toevoegen'} api={api} onSluit={onSluit}>
      <Invoer label="Jaar" verplicht inputMode="numeric" readOnly={Boolean(k)} fout={f.jaar} {...register('jaar')} />
      <div className="formulier__rij">
        <Invoer label="Jeugdigen 0-19 jaar" inputMode="numeric" fout={f.jeugdigen019} {...register('jeugdigen019')} />
        <Invoer label="Leerlingen PO" inputMode="numeric" fout={f.leerlingenPo} {...register('leerlingenPo')} />
        <Invoer label="Leerlingen VO" inputMode="numeric" fout={f.leerlingenVo} {...register('leerlingenVo')} />
      </div>
    </FormulierDialoog>
  );
}

const REDEN: Record<string, string> = {
  dagelijks: 'Dagelijks, bij het starten',
  'voor-bijwerken': 'Vóór het bijwerken van het bestand',
  'voor-import': 'Vóór een import',
  'voor-wijziging': 'Vóór een wijziging vanaf de opdrachtregel',
  'voor-herstel': 'Vóór het terugzetten van een reservekopie',
  handmatig: 'Handmatig gemaakt',
};

function grootteTekst(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
    : `${aantal(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

export function Backups() {
  const lijst = useLezen('backups.lijst', {});
  const maak = useWijziging('backups.maak');
  const herstel = useWijziging('backups.herstel');
  const toast = useToast();
  const bevestig = useBevestiging();
  const [fout, setFout] = useState<string | null>(null);
  const zetTerug = async (b: BackupInfo) => {
    setFout(null);
    const ja = await bevestig({
      titel: 'Reservekopie terugzetten',
      tekst: (
        <>
          Alle gegevens worden vervangen door de reservekopie van <strong>{tijdTekst(b.datum)}</strong> ({REDEN[b.reden] ?? b.reden}). Wat er nu in het bestand
          staat, wordt eerst zelf als reservekopie bewaard (reden: vóór het terugzetten). Zo kunt u het terugzetten ongedaan maken.
        </>
      ),
      bevestigKnop: 'Terugzetten',
      gevaarlijk: true,
    });
    if (!ja) return;
    try {
      const r = await herstel.mutateAsync({ naam: b.naam });
      toast({
        tekst: `Reservekopie van ${tijdTekst(r.hersteld.datum)} teruggezet. De vorige toestand staat in de reservekopie van ${tijdTekst(r.backupVooraf.datum)}.`,
        ongedaanMaken: () => herstel.mutateAsync({ naam: r.backupVooraf.naam }),
      });
    } catch (e) {
      setFout((e as Error).message);
    }
  };
  return (
    <Sectie
      titel="Reservekopieën"
      fout={fout ?? lijst.error?.message}
      acties={
        <SchrijfKnop
          disabled={maak.isPending}
          onClick={async () => {
            try {
              const b = await maak.mutateAsync({});
              toast({ tekst: `Reservekopie gemaakt (${tijdTekst(b.datum)}).` });
            } catch (e) {
              toast({ tekst: (e as Error).message, soort: 'fout' });
            }
          }}
        >
          Nu reservekopie maken
        </SchrijfKnop>
      }
    >
      {lijst.data && (
        <>
          <p className="utrecht-paragraph zacht">
            Schoolinzet maakt elke dag bij het starten, vóór het bijwerken van het bestand en vóór elke import een reservekopie
            {lijst.data.map ? (
              <>
                {' '}
                in <span className="pad">{lijst.data.map}</span>
              </>
            ) : null}
            . De laatste 7 dagen en 4 weken blijven bewaard. Terugzetten bewaart eerst de huidige toestand, zodat u het ongedaan kunt maken.
          </p>
          {lijst.data.backups.length === 0 ? (
            <p className="zacht">Nog geen reservekopieën.</p>
          ) : (
            <table className="kleine-tabel">
              <thead>
                <tr>
                  <th scope="col">Gemaakt op</th>
                  <th scope="col">Reden</th>
                  <th scope="col" className="rechts">
                    Grootte
                  </th>
                  <ActiesKop />
                </tr>
              </thead>
              <tbody>
                {lijst.data.backups.map((b) => (
                  <tr key={b.naam}>
                    <th scope="row" title={b.naam}>
                      {tijdTekst(b.datum)}
                    </th>
                    <td>{REDEN[b.reden] ?? b.reden}</td>
                    <td className="rechts">{grootteTekst(b.grootte)}</td>
                    <td className="backup-acties">
                      <SchrijfKnop
                        className="knop-link"
                        disabled={herstel.isPending}
                        onClick={() => zetTerug(b)}
                        aria-label={`Terugzetten… (reservekopie van ${tijdTekst(b.datum)})`}
                      >
                        Terugzetten…
                      </SchrijfKnop>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Sectie>
  );
}
