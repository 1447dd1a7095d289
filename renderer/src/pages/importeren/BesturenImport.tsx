// Importeren › DUO-lijst van bevoegde gezagen: names of the besturen by number. The preview lists
// new besturen and changed names; a row without a name never empties a name; nothing is deleted.
import { useRef } from 'react';
import { invoke } from '../../api';
import type { Output } from '../../../../electron/api/contract';
import { BevestigKnoppen, ImportTabel, ImportUitkomst, n, useImport } from './stappen';

type BesturenVoorbeeld = Output<'import.besturenVoorbeeld'>;

export function BesturenImport({ onBezig }: { onBezig: (b: boolean) => void }) {
  const sectie = useRef<HTMLElement>(null);
  const stap = useImport(
    sectie,
    onBezig,
    null,
    () => invoke('import.besturenVoorbeeld', {}),
    (id) => invoke('import.besturenUitvoeren', { id }),
  );
  return (
    <section className="sectie" aria-labelledby="besturen-kop" ref={sectie}>
      <h2 id="besturen-kop" className="utrecht-heading-2">
        DUO-lijst van bevoegde gezagen: namen van besturen
      </h2>
      <p className="utrecht-paragraph">
        Het CSV-bestand van DUO met de bevoegde gezagen (kolommen BEVOEGD GEZAG NUMMER en BEVOEGD GEZAG NAAM). Besturen krijgen hun naam op nummer; ontbrekende
        besturen worden toegevoegd. Een lege naam in het bestand laat de naam staan, en er wordt niets verwijderd.
      </p>
      <div className="utrecht-button-group">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={stap.bezig} onClick={stap.kies}>
          Lijst van bevoegde gezagen kiezen…
        </button>
      </div>
      <ImportUitkomst stap={stap}>
        {(v) => <BesturenPreview v={v} bezig={stap.uitvoeren.isPending} onBevestig={stap.bevestig} onAnnuleer={stap.annuleer} />}
      </ImportUitkomst>
    </section>
  );
}

function BesturenPreview({ v, bezig, onBevestig, onAnnuleer }: { v: BesturenVoorbeeld; bezig: boolean; onBevestig(): void; onAnnuleer(): void }) {
  return (
    <div className="import-voorbeeld" aria-labelledby="besturen-voorbeeld-kop">
      <h3 id="besturen-voorbeeld-kop">Voorbeeld: {v.bestand}</h3>
      <dl className="gegevens import-aantallen">
        <dt>Rijen in het bestand</dt>
        <dd>{n(v.rijen)}</dd>
        <dt>Nieuwe besturen</dt>
        <dd data-testid="besturen-nieuw">{n(v.nieuw.length)}</dd>
        <dt>Andere naam</dt>
        <dd data-testid="besturen-gewijzigd">{n(v.gewijzigd.length)}</dd>
        <dt>Ongewijzigd</dt>
        <dd>{n(v.ongewijzigd)}</dd>
        {v.zonderNaam > 0 && (
          <>
            <dt>Zonder naam</dt>
            <dd>{n(v.zonderNaam)} (overgeslagen)</dd>
          </>
        )}
      </dl>
      {(v.nieuw.length > 0 || v.gewijzigd.length > 0) && (
        <ImportTabel bijschrift="Wijzigingen in de besturen" koppen={['Nummer', 'Naam', 'Wat']}>
          {v.gewijzigd.map((g) => (
            <tr key={`g${g.nummer}`} className="utrecht-table__row">
              <td className="utrecht-table__cell">{g.nummer}</td>
              <td className="utrecht-table__cell">{g.nieuw}</td>
              <td className="utrecht-table__cell">andere naam (was "{g.oud}")</td>
            </tr>
          ))}
          {v.nieuw.map((b) => (
            <tr key={`n${b.nummer}`} className="utrecht-table__row">
              <td className="utrecht-table__cell">{b.nummer}</td>
              <td className="utrecht-table__cell">{b.naam}</td>
              <td className="utrecht-table__cell">nieuw</td>
            </tr>
          ))}
        </ImportTabel>
      )}
      <BevestigKnoppen
        niets={v.nieuw.length + v.gewijzigd.length === 0}
        nietsTekst="Deze lijst verandert niets: alle namen zijn al bijgewerkt."
        label="Namen opslaan"
        bezig={bezig}
        onBevestig={onBevestig}
        onAnnuleer={onAnnuleer}
      />
    </div>
  );
}
