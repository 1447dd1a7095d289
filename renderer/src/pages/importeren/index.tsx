// Importeren: DUO files (schools and pupils) and the afspraken sheet. Every import is a preview
// first (the file is chosen in the operating system's dialog; the page never sees a path), then
// a confirmation that saves everything in one go, or nothing.
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiFout, invoke } from '../../api';
import type { Output } from '../../../../electron/api/contract';
import type { VeldMelding } from '../../../../electron/api/fout';
import { Melding, PaginaKop } from '../../components/PaginaKop';
import './importeren.css';

type DuoVoorbeeld = Output<'import.duoVoorbeeld'>;
type AfsprakenVoorbeeld = Output<'import.afsprakenVoorbeeld'>;

const n = (x: number) => x.toLocaleString('nl-NL');

export function ImporterenPagina() {
  const [bezig, setBezig] = useState(false);
  return (
    <>
      <PaginaKop titel="Importeren" intro="Scholen en leerlingen uit DUO-bestanden, en afspraken uit het Excel-sjabloon. U ziet eerst wat er verandert; pas na bevestigen wordt alles in één keer opgeslagen, of niets." />
      <Voortgang actief={bezig} />
      <DuoImport onBezig={setBezig} />
      <AfsprakenImport onBezig={setBezig} />
    </>
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

function useImportStap<T>(onBezig: (b: boolean) => void, fn: () => Promise<T>) {
  const m = useMutation({ mutationFn: fn });
  useEffect(() => onBezig(m.isPending), [m.isPending, onBezig]);
  return m;
}

function DuoImport({ onBezig }: { onBezig: (b: boolean) => void }) {
  const queryClient = useQueryClient();
  const instellingen = useQuery({ queryKey: ['instellingen.lezen'], queryFn: () => invoke('instellingen.lezen', {}) });
  const [filter, setFilter] = useState<'eigen' | 'andere' | 'alle'>('eigen');
  const [andere, setAndere] = useState('');
  const eigenCode = instellingen.data?.gemeenteCode ?? '';
  const voorbeeld = useImportStap(onBezig, () =>
    invoke('import.duoVoorbeeld', filter === 'alle' ? { alle: true } : filter === 'andere' ? { gemeenteCode: andere } : {}),
  );
  const uitvoeren = useImportStap(onBezig, () => invoke('import.duoUitvoeren', { id: voorbeeld.data!.id! }));
  const v = voorbeeld.data?.id ? voorbeeld.data : null;

  return (
    <section className="sectie" aria-labelledby="duo-kop">
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
          onClick={() => {
            uitvoeren.reset();
            voorbeeld.mutate();
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

function AfsprakenImport({ onBezig }: { onBezig: (b: boolean) => void }) {
  const queryClient = useQueryClient();
  const voorbeeld = useImportStap(onBezig, () => invoke('import.afsprakenVoorbeeld', {}));
  const uitvoeren = useImportStap(onBezig, () => invoke('import.afsprakenUitvoeren', { id: voorbeeld.data!.id! }));
  const sjabloon = useMutation({ mutationFn: () => invoke('import.sjabloonOpslaan', {}) });
  const v = voorbeeld.data?.id ? voorbeeld.data : null;
  return (
    <section className="sectie" aria-labelledby="afspraken-kop">
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
          onClick={() => {
            uitvoeren.reset();
            voorbeeld.mutate();
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
