// Importeren › DUO-bestanden: schools and pupils for the gemeente from the settings, another one, or
// all; the preview lists the recognised files and what changes in the scholen register.
import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api';
import type { Output } from '../../../../electron/api/contract';
import type { Gesleept } from './SleepVak';
import { BevestigKnoppen, ImportTabel, ImportUitkomst, n, useImport } from './stappen';

type DuoVoorbeeld = Output<'import.duoVoorbeeld'>;

export function DuoImport({ onBezig, gesleept }: { onBezig: (b: boolean) => void; gesleept: Gesleept | null }) {
  const instellingen = useQuery({ queryKey: ['instellingen.lezen'], queryFn: () => invoke('instellingen.lezen', {}) });
  const [filter, setFilter] = useState<'eigen' | 'andere' | 'alle'>('eigen');
  const [andere, setAndere] = useState('');
  const eigenCode = instellingen.data?.gemeenteCode ?? '';
  const sectie = useRef<HTMLElement>(null);
  const stap = useImport(
    sectie,
    onBezig,
    gesleept,
    (bestanden) => {
      const keuze = filter === 'alle' ? { alle: true } : filter === 'andere' ? { gemeenteCode: andere } : {};
      return bestanden ? invoke('import.duoVoorbeeldInhoud', { bestanden, ...keuze }) : invoke('import.duoVoorbeeld', keuze);
    },
    (id) => invoke('import.duoUitvoeren', { id }),
  );

  return (
    <section className="sectie" aria-labelledby="duo-kop" ref={sectie}>
      <h2 id="duo-kop" className="utrecht-heading-2">
        DUO-bestanden: scholen en leerlingen
      </h2>
      <p className="utrecht-paragraph">
        Kies een of meer CSV-bestanden van DUO (adressen van basisonderwijs, vo, so/vso, mbo; leerlingen per vestiging). Scholen worden nooit verwijderd: een
        school die niet meer in het bestand staat krijgt de markering "niet meer in DUO-bestand".
      </p>
      <fieldset className="utrecht-form-fieldset import-filter">
        <legend>Welke scholen</legend>
        <label>
          <input type="radio" name="duo-filter" checked={filter === 'eigen'} onChange={() => setFilter('eigen')} /> Gemeente uit de instellingen
          {eigenCode ? ` (${instellingen.data?.gemeenteNaam || ''} ${eigenCode})` : ' (nog niet ingesteld)'}
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
          disabled={stap.bezig}
          aria-describedby="sleep-uitleg"
          onClick={stap.kies}
        >
          DUO-bestanden kiezen…
        </button>
      </div>
      <ImportUitkomst stap={stap}>
        {(v) => <DuoPreview v={v} bezig={stap.uitvoeren.isPending} onBevestig={stap.bevestig} onAnnuleer={stap.annuleer} />}
      </ImportUitkomst>
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
        {a.wijkVolgensPostcode > 0 && (
          <>
            <dt>Wijk volgens postcoderegel</dt>
            <dd data-testid="duo-wijk-postcode">{n(a.wijkVolgensPostcode)} scholen zonder wijk</dd>
          </>
        )}
        {a.leerlingenZonderSchool > 0 && (
          <>
            <dt>Tellingen zonder school in het register</dt>
            <dd>{n(a.leerlingenZonderSchool)} (worden niet opgeslagen)</dd>
          </>
        )}
      </dl>
      {(v.nieuw.length > 0 || v.gewijzigd.length > 0 || v.nietMeerInBestand.length > 0) && (
        <ImportTabel bijschrift={`Wijzigingen in het scholenregister${v.ingekort ? ' (de eerste 500 per soort)' : ''}`} koppen={['Vestiging', 'Naam', 'Wat']}>
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
        </ImportTabel>
      )}
      <BevestigKnoppen
        niets={niets}
        nietsTekst="Dit bestand verandert niets: alles is al bijgewerkt."
        label="Importeren"
        bezig={bezig}
        onBevestig={onBevestig}
        onAnnuleer={onAnnuleer}
      />
    </div>
  );
}
