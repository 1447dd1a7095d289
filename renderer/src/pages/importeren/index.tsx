// Importeren: DUO files (schools and pupils) and the afspraken sheet. Every import is a preview
// first (the file is chosen in the operating system's dialog, or dropped on the page and sent as
// its bytes; the page never sends a path), then a confirmation that saves everything in one go, or
// nothing.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiFout, invoke } from '../../api';
import type { Output } from '../../../../electron/api/contract';
import type { VeldMelding } from '../../../../electron/api/fout';
import { Melding, PaginaKop } from '../../components/PaginaKop';
import { MAX_SLEEP_AANTAL, MAX_SLEEP_BESTAND, MAX_SLEEP_TOTAAL, soortVanBestand, type ImportSoort } from '../../../../electron/import/inhoud';
import './importeren.css';

type DuoVoorbeeld = Output<'import.duoVoorbeeld'>;
type AfsprakenVoorbeeld = Output<'import.afsprakenVoorbeeld'>;

const n = (x: number) => x.toLocaleString('nl-NL');

interface InhoudBestand {
  naam: string;
  inhoudBase64: string;
}

/** Files dropped on the page, read into memory; nr makes every drop a new one, even of the same file. */
interface Gesleept {
  nr: number;
  soort: ImportSoort;
  bestanden: InhoudBestand[];
}

export function ImporterenPagina() {
  const [bezig, setBezig] = useState(false);
  const [gesleept, setGesleept] = useState<Gesleept | null>(null);
  return (
    <>
      <PaginaKop titel="Importeren" intro="Scholen en leerlingen uit DUO-bestanden, en afspraken uit het Excel-sjabloon. U ziet eerst wat er verandert; pas na bevestigen wordt alles in één keer opgeslagen, of niets." />
      <Voortgang actief={bezig} />
      <SleepVak bezig={bezig} onGesleept={(soort, bestanden) => setGesleept((g) => ({ nr: (g?.nr ?? 0) + 1, soort, bestanden }))} />
      <DuoImport onBezig={setBezig} gesleept={gesleept?.soort === 'duo' ? gesleept : null} />
      <AfsprakenImport onBezig={setBezig} gesleept={gesleept?.soort === 'afspraken' ? gesleept : null} />
    </>
  );
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Which import the dropped files are for, or the Dutch reason why they cannot be read. */
function beoordeel(bestanden: File[]): { soort: ImportSoort } | { fout: string } {
  if (bestanden.length === 0) return { fout: 'Er is geen bestand gesleept. Sleep een bestand uit de Verkenner.' };
  const vreemd = bestanden.find((b) => soortVanBestand(b.name) === null);
  if (vreemd) return { fout: `${vreemd.name}: Schoolinzet leest DUO-bestanden (.csv of .txt) en afsprakenbladen (.xlsx).` };
  const soorten = new Set(bestanden.map((b) => soortVanBestand(b.name)));
  if (soorten.size > 1) return { fout: 'Sleep DUO-bestanden en een afsprakenblad apart: eerst het een, dan het ander.' };
  const soort = [...soorten][0]!;
  if (soort === 'afspraken' && bestanden.length > 1) return { fout: `Sleep één afsprakenblad tegelijk (u sleepte er ${bestanden.length}).` };
  if (bestanden.length > MAX_SLEEP_AANTAL) return { fout: `Sleep hoogstens ${MAX_SLEEP_AANTAL} DUO-bestanden tegelijk (u sleepte er ${bestanden.length}).` };
  const knop = soort === 'duo' ? 'DUO-bestanden kiezen…' : 'Afsprakenblad kiezen…';
  const groot = bestanden.find((b) => b.size > MAX_SLEEP_BESTAND);
  if (groot) return { fout: `${groot.name} is groter dan ${mb(MAX_SLEEP_BESTAND)} om te slepen; kies het met de knop ${knop}` };
  if (bestanden.reduce((s, b) => s + b.size, 0) > MAX_SLEEP_TOTAAL) return { fout: `Deze bestanden zijn samen groter dan ${mb(MAX_SLEEP_TOTAAL)}; sleep ze in delen.` };
  return { soort };
}

async function leesBase64(bestand: File): Promise<string> {
  const bytes = new Uint8Array(await bestand.arrayBuffer());
  // Newer Chromium encodes natively; otherwise in slices, so no call gets millions of arguments.
  const eigen = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof eigen === 'function') return eigen.call(bytes);
  let tekst = '';
  for (let i = 0; i < bytes.length; i += 0x8000) tekst += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(tekst);
}

const heeftBestanden = (e: DragEvent | globalThis.DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** The drop area: a .xlsx goes to the afspraken preview, .csv/.txt to the DUO preview. Keyboard users use the buttons below. */
function SleepVak({ bezig, onGesleept }: { bezig: boolean; onGesleept(soort: ImportSoort, bestanden: InhoudBestand[]): void }) {
  const [actief, setActief] = useState(false);
  const [lezen, setLezen] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  // dragenter/dragleave also fire for every child element: count them, so the state does not flicker.
  const diepte = useRef(0);

  // A file dropped next to the area must not make the window open it.
  useEffect(() => {
    const weiger = (e: globalThis.DragEvent) => {
      if (heeftBestanden(e)) e.preventDefault();
    };
    window.addEventListener('dragover', weiger);
    window.addEventListener('drop', weiger);
    return () => {
      window.removeEventListener('dragover', weiger);
      window.removeEventListener('drop', weiger);
    };
  }, []);

  const neemAan = async (lijst: File[]) => {
    setFout(null);
    if (bezig || lezen) return setFout('Er loopt al een import. Wacht tot die klaar is en sleep het bestand dan opnieuw.');
    const oordeel = beoordeel(lijst);
    if ('fout' in oordeel) return setFout(oordeel.fout);
    setLezen(true);
    try {
      const bestanden = await Promise.all(lijst.map(async (b) => ({ naam: b.name, inhoudBase64: await leesBase64(b) })));
      onGesleept(oordeel.soort, bestanden);
    } catch {
      setFout('Het bestand kan niet worden gelezen. Is het nog geopend in een ander programma? Kies het anders met de knop.');
    } finally {
      setLezen(false);
    }
  };

  return (
    <div
      className={`import-sleep${actief ? ' import-sleep--actief' : ''}`}
      data-testid="sleepvak"
      role="region"
      aria-labelledby="sleep-titel"
      aria-describedby="sleep-uitleg"
      aria-busy={lezen}
      onDragEnter={(e) => {
        if (!heeftBestanden(e)) return;
        e.preventDefault();
        diepte.current += 1;
        setActief(true);
      }}
      onDragOver={(e) => {
        if (!heeftBestanden(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        diepte.current = Math.max(0, diepte.current - 1);
        if (diepte.current === 0) setActief(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        diepte.current = 0;
        setActief(false);
        void neemAan(Array.from(e.dataTransfer.files));
      }}
    >
      <p id="sleep-titel" className="import-sleep__titel">
        <span aria-hidden="true" className="import-sleep__icoon">⤓</span>{' '}
        {actief ? 'Laat los om het bestand te lezen' : lezen ? 'Bestand lezen…' : 'Sleep een DUO-bestand of afsprakenblad hierheen, of kies een bestand'}
      </p>
      <p id="sleep-uitleg" className="import-sleep__uitleg">
        Een .csv- of .txt-bestand wordt gelezen als DUO-bestand (meerdere tegelijk mag), een .xlsx-bestand als afsprakenblad. U ziet eerst een voorbeeld; er wordt nog niets opgeslagen. Met het toetsenbord gebruikt u de knoppen DUO-bestanden kiezen… en Afsprakenblad kiezen… hieronder.
      </p>
      {fout && <Melding soort="error">{fout}</Melding>}
    </div>
  );
}

/** Polls the main process while an import runs: parsing large files takes a few seconds. */
function Voortgang({ actief }: { actief: boolean }) {
  const stand = useQuery({ queryKey: ['app.voortgang'], queryFn: () => invoke('app.voortgang', {}), enabled: actief, refetchInterval: actief ? 250 : false });
  if (!actief) return null;
  const procent = Math.round((stand.data?.fractie ?? 0) * 100);
  const taak = stand.data?.taak || 'Bezig met importeren';
  return (
    <div className="import-voortgang" aria-live="polite">
      <span id="voortgang-label">{taak}…</span>
      <div role="progressbar" aria-labelledby="voortgang-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={procent} className="import-voortgang__balk">
        <div style={{ width: `${procent}%` }} />
      </div>
    </div>
  );
}

function useImportStap<T, V = void>(onBezig: (b: boolean) => void, fn: (v: V) => Promise<T>) {
  const m = useMutation({ mutationFn: fn });
  useEffect(() => onBezig(m.isPending), [m.isPending, onBezig]);
  return m;
}

/** Runs the preview for a new drop of this section's kind, and brings the section into view. */
function useGesleept(gesleept: Gesleept | null, start: (bestanden: InhoudBestand[]) => void) {
  const sectie = useRef<HTMLElement>(null);
  const gedaan = useRef(0);
  useEffect(() => {
    if (!gesleept || gesleept.nr === gedaan.current) return;
    gedaan.current = gesleept.nr;
    start(gesleept.bestanden);
    sectie.current?.scrollIntoView({ block: 'start' });
  });
  return sectie;
}

function DuoImport({ onBezig, gesleept }: { onBezig: (b: boolean) => void; gesleept: Gesleept | null }) {
  const queryClient = useQueryClient();
  const instellingen = useQuery({ queryKey: ['instellingen.lezen'], queryFn: () => invoke('instellingen.lezen', {}) });
  const [filter, setFilter] = useState<'eigen' | 'andere' | 'alle'>('eigen');
  const [andere, setAndere] = useState('');
  const eigenCode = instellingen.data?.gemeenteCode ?? '';
  const voorbeeld = useImportStap(onBezig, (bestanden: InhoudBestand[] | undefined) => {
    const keuze = filter === 'alle' ? { alle: true } : filter === 'andere' ? { gemeenteCode: andere } : {};
    return bestanden ? invoke('import.duoVoorbeeldInhoud', { bestanden, ...keuze }) : invoke('import.duoVoorbeeld', keuze);
  });
  const uitvoeren = useImportStap(onBezig, () => invoke('import.duoUitvoeren', { id: voorbeeld.data!.id! }));
  const v = voorbeeld.data?.id ? voorbeeld.data : null;
  const sectie = useGesleept(gesleept, (bestanden) => {
    uitvoeren.reset();
    voorbeeld.mutate(bestanden);
  });

  return (
    <section className="sectie" aria-labelledby="duo-kop" ref={sectie}>
      <h2 id="duo-kop" className="utrecht-heading-2">
        DUO-bestanden: scholen en leerlingen
      </h2>
      <p className="utrecht-paragraph">
        Kies een of meer CSV-bestanden van DUO (adressen van basisonderwijs, vo, so/vso, mbo; leerlingen per vestiging). Scholen worden nooit verwijderd: een school die niet meer in het bestand staat krijgt de markering "niet meer in DUO-bestand".
      </p>
      <fieldset className="utrecht-form-fieldset import-filter">
        <legend>Welke scholen</legend>
        <label>
          <input type="radio" name="duo-filter" checked={filter === 'eigen'} onChange={() => setFilter('eigen')} /> Gemeente uit de instellingen{eigenCode ? ` (${instellingen.data?.gemeenteNaam || ''} ${eigenCode})` : ' (nog niet ingesteld)'}
        </label>
        <label>
          <input type="radio" name="duo-filter" checked={filter === 'andere'} onChange={() => setFilter('andere')} /> Andere gemeente, code:
        </label>
        <input
          className="utrecht-textbox import-filter__code"
          aria-label="Gemeentecode"
          inputMode="numeric"
          maxLength={6}
          value={andere}
          onChange={(e) => {
            setAndere(e.target.value);
            setFilter('andere');
          }}
        />
        <label>
          <input type="radio" name="duo-filter" checked={filter === 'alle'} onChange={() => setFilter('alle')} /> Alle gemeenten
        </label>
      </fieldset>
      <div className="utrecht-button-group">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={voorbeeld.isPending || uitvoeren.isPending}
          aria-describedby="sleep-uitleg"
          onClick={() => {
            uitvoeren.reset();
            voorbeeld.mutate(undefined);
          }}
        >
          DUO-bestanden kiezen…
        </button>
      </div>
      {voorbeeld.error && <Fouten fout={voorbeeld.error} />}
      {v && !uitvoeren.isSuccess && (
        <DuoPreview
          v={v}
          bezig={uitvoeren.isPending}
          onBevestig={() => uitvoeren.mutate(undefined, { onSuccess: () => queryClient.invalidateQueries() })}
          onAnnuleer={() => voorbeeld.reset()}
        />
      )}
      {uitvoeren.error && <Fouten fout={uitvoeren.error} />}
      {uitvoeren.data && <Resultaat r={uitvoeren.data} />}
    </section>
  );
}

function DuoPreview({ v, bezig, onBevestig, onAnnuleer }: { v: DuoVoorbeeld; bezig: boolean; onBevestig(): void; onAnnuleer(): void }) {
  const a = v.aantallen;
  const niets = a.nieuw + a.gewijzigd + a.nietMeerInBestand + a.weerInBestand + a.nieuweBesturen + a.leerlingenNieuw + a.leerlingenGewijzigd === 0;
  return (
    <div className="import-voorbeeld" aria-labelledby="duo-voorbeeld-kop">
      <h3 id="duo-voorbeeld-kop">Voorbeeld{v.gemeenteCode ? ` voor gemeente ${v.gemeenteCode}` : ', alle gemeenten'}</h3>
      <table className="utrecht-table import-tabel">
        <caption>Herkende bestanden</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell">Bestand</th>
            <th className="utrecht-table__header-cell">Soort</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Rijen</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Na filter</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {v.bestanden.map((b) => (
            <tr key={b.naam} className="utrecht-table__row">
              <td className="utrecht-table__cell">{b.naam}</td>
              <td className="utrecht-table__cell">{b.omschrijving}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{n(b.rijen)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{n(b.rijenNaFilter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="gegevens import-aantallen">
        <dt>Nieuwe scholen</dt>
        <dd data-testid="duo-nieuw">{n(a.nieuw)}</dd>
        <dt>Gewijzigde scholen</dt>
        <dd data-testid="duo-gewijzigd">{n(a.gewijzigd)}</dd>
        <dt>Ongewijzigde scholen</dt>
        <dd>{n(a.ongewijzigd)}</dd>
        <dt>Niet meer in DUO-bestand</dt>
        <dd>{n(a.nietMeerInBestand)}</dd>
        <dt>Nieuwe besturen</dt>
        <dd>{n(a.nieuweBesturen)}</dd>
        <dt>Leerlingtellingen nieuw / gewijzigd</dt>
        <dd>
          {n(a.leerlingenNieuw)} / {n(a.leerlingenGewijzigd)}
        </dd>
        {a.leerlingenZonderSchool > 0 && (
          <>
            <dt>Tellingen zonder school in het register</dt>
            <dd>{n(a.leerlingenZonderSchool)} (worden niet opgeslagen)</dd>
          </>
        )}
      </dl>
      {(v.nieuw.length > 0 || v.gewijzigd.length > 0 || v.nietMeerInBestand.length > 0) && (
        <div className="import-tabel-scroll">
          <table className="utrecht-table import-tabel">
            <caption>Wijzigingen in het scholenregister{v.ingekort ? ' (de eerste 500 per soort)' : ''}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell">Vestiging</th>
                <th className="utrecht-table__header-cell">Naam</th>
                <th className="utrecht-table__header-cell">Wat</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {v.nieuw.map((s) => (
                <tr key={`n${s.vestigingscode}`} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{s.vestigingscode}</td>
                  <td className="utrecht-table__cell">{s.naam}</td>
                  <td className="utrecht-table__cell">
                    nieuw ({s.sector}, {s.plaats})
                  </td>
                </tr>
              ))}
              {v.gewijzigd.map((s) => (
                <tr key={`g${s.vestigingscode}`} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{s.vestigingscode}</td>
                  <td className="utrecht-table__cell">{s.naam}</td>
                  <td className="utrecht-table__cell">{s.wijzigingen.map((w) => `${w.label}: "${w.oud ?? ''}" → "${w.nieuw ?? ''}"`).join('; ')}</td>
                </tr>
              ))}
              {v.nietMeerInBestand.map((s) => (
                <tr key={`x${s.vestigingscode}`} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{s.vestigingscode}</td>
                  <td className="utrecht-table__cell">{s.naam}</td>
                  <td className="utrecht-table__cell">niet meer in DUO-bestand (blijft bewaard)</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {niets ? (
        <Melding soort="info">Dit bestand verandert niets: alles is al bijgewerkt.</Melding>
      ) : (
        <div className="utrecht-button-group">
          <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig} onClick={onBevestig}>
            Importeren
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={onAnnuleer}>
            Annuleren
          </button>
        </div>
      )}
    </div>
  );
}

function AfsprakenImport({ onBezig, gesleept }: { onBezig: (b: boolean) => void; gesleept: Gesleept | null }) {
  const queryClient = useQueryClient();
  const voorbeeld = useImportStap(onBezig, (bestand: InhoudBestand | undefined) =>
    bestand ? invoke('import.afsprakenVoorbeeldInhoud', bestand) : invoke('import.afsprakenVoorbeeld', {}),
  );
  const uitvoeren = useImportStap(onBezig, () => invoke('import.afsprakenUitvoeren', { id: voorbeeld.data!.id! }));
  const sjabloon = useMutation({ mutationFn: () => invoke('import.sjabloonOpslaan', {}) });
  const v = voorbeeld.data?.id ? voorbeeld.data : null;
  const sectie = useGesleept(gesleept, ([bestand]) => {
    uitvoeren.reset();
    voorbeeld.mutate(bestand);
  });
  return (
    <section className="sectie" aria-labelledby="afspraken-kop" ref={sectie}>
      <h2 id="afspraken-kop" className="utrecht-heading-2">
        Afspraken uit Excel
      </h2>
      <p className="utrecht-paragraph">
        Vul het sjabloon in Excel in (één rij per afspraak) en lees het hier in. Een rij met hetzelfde schooljaar, dezelfde vestiging, aanbieder en functie als een bestaande afspraak werkt die bij. Als één rij niet klopt, wordt niets opgeslagen en ziet u elke fout.
      </p>
      <div className="utrecht-button-group">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => sjabloon.mutate()}>
          Sjabloon opslaan…
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={voorbeeld.isPending || uitvoeren.isPending}
          aria-describedby="sleep-uitleg"
          onClick={() => {
            uitvoeren.reset();
            voorbeeld.mutate(undefined);
          }}
        >
          Afsprakenblad kiezen…
        </button>
      </div>
      {sjabloon.data?.opgeslagen && <Melding soort="ok">Sjabloon opgeslagen als {sjabloon.data.bestand}.</Melding>}
      {sjabloon.error && <Melding soort="error">{sjabloon.error.message}</Melding>}
      {voorbeeld.error && <Fouten fout={voorbeeld.error} />}
      {v && !uitvoeren.isSuccess && (
        <AfsprakenPreview
          v={v}
          bezig={uitvoeren.isPending}
          onBevestig={() => uitvoeren.mutate(undefined, { onSuccess: () => queryClient.invalidateQueries() })}
          onAnnuleer={() => voorbeeld.reset()}
        />
      )}
      {uitvoeren.error && <Fouten fout={uitvoeren.error} />}
      {uitvoeren.data && <Resultaat r={uitvoeren.data} />}
    </section>
  );
}

function AfsprakenPreview({ v, bezig, onBevestig, onAnnuleer }: { v: AfsprakenVoorbeeld; bezig: boolean; onBevestig(): void; onAnnuleer(): void }) {
  return (
    <div className="import-voorbeeld" aria-labelledby="afspraken-voorbeeld-kop">
      <h3 id="afspraken-voorbeeld-kop">
        Voorbeeld: {v.bestand} (blad {v.blad})
      </h3>
      <dl className="gegevens import-aantallen">
        <dt>Afspraken in het blad</dt>
        <dd>{n(v.rijen)}</dd>
        <dt>Nieuw</dt>
        <dd data-testid="afspraken-nieuw">{n(v.nieuw)}</dd>
        <dt>Gewijzigd</dt>
        <dd>{n(v.gewijzigd)}</dd>
        <dt>Ongewijzigd</dt>
        <dd>{n(v.ongewijzigd)}</dd>
      </dl>
      {v.waarschuwingen.length > 0 && (
        <Melding soort="warning">
          <p>Waarschuwingen (het blad wordt wel ingelezen):</p>
          <ul>
            {v.waarschuwingen.map((w, i) => (
              <li key={i}>
                {w.rij !== undefined && `rij ${w.rij}`}
                {w.kolom && `, kolom ${w.kolom}`}: {w.melding}
              </li>
            ))}
          </ul>
        </Melding>
      )}
      {v.wijzigingen.length > 0 && (
        <div className="import-tabel-scroll">
          <table className="utrecht-table import-tabel">
            <caption>Nieuwe en gewijzigde afspraken{v.ingekort ? ' (de eerste 500)' : ''}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Rij</th>
                <th className="utrecht-table__header-cell">Schooljaar</th>
                <th className="utrecht-table__header-cell">School</th>
                <th className="utrecht-table__header-cell">Aanbieder</th>
                <th className="utrecht-table__header-cell">Functie</th>
                <th className="utrecht-table__header-cell">Wat</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {v.wijzigingen.map((r) => (
                <tr key={r.rij} className="utrecht-table__row">
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{r.rij}</td>
                  <td className="utrecht-table__cell">{r.label.schooljaar}</td>
                  <td className="utrecht-table__cell">
                    {r.label.vestigingscode} {r.label.schoolnaam}
                  </td>
                  <td className="utrecht-table__cell">{r.label.aanbieder}</td>
                  <td className="utrecht-table__cell">{r.label.functie}</td>
                  <td className="utrecht-table__cell">{r.soort === 'nieuw' ? 'nieuw' : r.wijzigingen.map((w) => `${w.kolom}: "${w.oud}" → "${w.nieuw}"`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {v.nieuw + v.gewijzigd === 0 ? (
        <Melding soort="info">Dit blad verandert niets: alle afspraken zijn al zo opgeslagen.</Melding>
      ) : (
        <div className="utrecht-button-group">
          <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig} onClick={onBevestig}>
            Afspraken opslaan
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={onAnnuleer}>
            Annuleren
          </button>
        </div>
      )}
    </div>
  );
}

function Resultaat({ r }: { r: Output<'import.duoUitvoeren'> }) {
  return (
    <Melding soort="ok">
      {r.samenvatting}
      {r.backup && <> Vooraf is een reservekopie gemaakt ({r.backup}).</>}
    </Melding>
  );
}

/** The message, and every (rij, kolom, melding) in a table the user can copy or save as a sheet. */
function Fouten({ fout }: { fout: Error }) {
  const velden: VeldMelding[] = fout instanceof ApiFout ? fout.velden : [];
  const [gekopieerd, setGekopieerd] = useState(false);
  const opslaan = useMutation({
    mutationFn: () => invoke('import.foutenOpslaan', { meldingen: velden.map((v) => ({ ...(v.rij !== undefined ? { rij: v.rij } : {}), kolom: v.veld, melding: v.melding })) }),
  });
  const kopieer = async () => {
    const tekst = ['Rij\tKolom\tWat is er mis', ...velden.map((v) => `${v.rij ?? ''}\t${v.veld}\t${v.melding}`)].join('\n');
    try {
      await navigator.clipboard.writeText(tekst);
    } catch {
      // Without clipboard permission: select the table so Ctrl+C works.
      const tabel = document.getElementById('import-fouten');
      if (tabel) window.getSelection()?.selectAllChildren(tabel);
    }
    setGekopieerd(true);
  };
  return (
    <div className="import-fouten">
      <Melding soort="error">{fout.message}</Melding>
      {velden.length > 0 && (
        <>
          <div className="utrecht-button-group">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void kopieer()}>
              Kopieer
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => opslaan.mutate()}>
              Opslaan als werkblad…
            </button>
            {gekopieerd && <span role="status">Gekopieerd: plak de lijst in Excel of een e-mail.</span>}
            {opslaan.data?.opgeslagen && <span role="status">Opgeslagen als {opslaan.data.bestand}.</span>}
          </div>
          <div className="import-tabel-scroll">
            <table className="utrecht-table import-tabel" id="import-fouten">
              <caption>Wat er mis is ({velden.length})</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Rij</th>
                  <th className="utrecht-table__header-cell">Kolom</th>
                  <th className="utrecht-table__header-cell">Wat is er mis</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {velden.map((v, i) => (
                  <tr key={i} className="utrecht-table__row">
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{v.rij ?? ''}</td>
                    <td className="utrecht-table__cell">{v.veld}</td>
                    <td className="utrecht-table__cell">{v.melding}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
