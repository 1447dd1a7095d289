// Importeren › Afspraken uit Excel: the sjabloon to fill in, and the sheet read back with a preview
// of the new and changed afspraken; one wrong row saves nothing and lists every error.
import { useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import { invoke } from '../../api';
import type { Output } from '../../../../electron/api/contract';
import { Melding } from '../../components/PaginaKop';
import type { Gesleept } from './SleepVak';
import { BevestigKnoppen, ImportTabel, ImportUitkomst, n, useImport } from './stappen';

type AfsprakenVoorbeeld = Output<'import.afsprakenVoorbeeld'>;

export function AfsprakenImport({ onBezig, gesleept }: { onBezig: (b: boolean) => void; gesleept: Gesleept | null }) {
  const sectie = useRef<HTMLElement>(null);
  const stap = useImport(
    sectie,
    onBezig,
    gesleept,
    (bestanden) => (bestanden ? invoke('import.afsprakenVoorbeeldInhoud', bestanden[0]!) : invoke('import.afsprakenVoorbeeld', {})),
    (id) => invoke('import.afsprakenUitvoeren', { id }),
  );
  const sjabloon = useMutation({ mutationFn: () => invoke('import.sjabloonOpslaan', {}) });
  return (
    <section className="sectie" aria-labelledby="afspraken-kop" ref={sectie}>
      <h2 id="afspraken-kop" className="utrecht-heading-2">
        Afspraken uit Excel
      </h2>
      <p className="utrecht-paragraph">
        Vul het sjabloon in Excel in (één rij per afspraak) en lees het hier in. Een rij met hetzelfde schooljaar, dezelfde vestiging, aanbieder en functie als
        een bestaande afspraak werkt die bij. Als één rij niet klopt, wordt niets opgeslagen en ziet u elke fout.
      </p>
      <div className="utrecht-button-group">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => sjabloon.mutate()}>
          Sjabloon opslaan…
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={stap.bezig}
          aria-describedby="sleep-uitleg"
          onClick={stap.kies}
        >
          Afsprakenblad kiezen…
        </button>
      </div>
      {sjabloon.data?.opgeslagen && (
        <Melding soort={sjabloon.data.ingekort ? 'warning' : 'ok'}>
          Sjabloon opgeslagen als {sjabloon.data.bestand}.{sjabloon.data.ingekort && ` ${sjabloon.data.ingekort.melding}`}
        </Melding>
      )}
      {sjabloon.error && <Melding soort="error">{sjabloon.error.message}</Melding>}
      <ImportUitkomst stap={stap}>
        {(v) => <BladPreview v={v} woorden={AFSPRAKEN_WOORDEN} bezig={stap.uitvoeren.isPending} onBevestig={stap.bevestig} onAnnuleer={stap.annuleer} />}
      </ImportUitkomst>
    </section>
  );
}

/** The words of a sheet preview: the afsprakenblad and the monitorblad share the layout. */
export interface BladWoorden {
  id: string;
  rijen: string;
  bijschrift: string;
  opslaan: string;
  niets: string;
}

const AFSPRAKEN_WOORDEN: BladWoorden = {
  id: 'afspraken',
  rijen: 'Afspraken in het blad',
  bijschrift: 'Nieuwe en gewijzigde afspraken',
  opslaan: 'Afspraken opslaan',
  niets: 'Dit blad verandert niets: alle afspraken zijn al zo opgeslagen.',
};

export function BladPreview({
  v,
  woorden,
  bezig,
  onBevestig,
  onAnnuleer,
}: {
  v: AfsprakenVoorbeeld;
  woorden: BladWoorden;
  bezig: boolean;
  onBevestig(): void;
  onAnnuleer(): void;
}) {
  return (
    <div className="import-voorbeeld" aria-labelledby={`${woorden.id}-voorbeeld-kop`}>
      <h3 id={`${woorden.id}-voorbeeld-kop`}>
        Voorbeeld: {v.bestand} (blad {v.blad})
      </h3>
      <dl className="gegevens import-aantallen">
        <dt>{woorden.rijen}</dt>
        <dd>{n(v.rijen)}</dd>
        <dt>Nieuw</dt>
        <dd data-testid={`${woorden.id}-nieuw`}>{n(v.nieuw)}</dd>
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
        <ImportTabel
          bijschrift={`${woorden.bijschrift}${v.ingekort ? ' (de eerste 500)' : ''}`}
          koppen={[{ getal: 'Rij' }, 'Schooljaar', 'School', 'Aanbieder', 'Functie', 'Wat']}
        >
          {v.wijzigingen.map((r) => (
            <tr key={r.rij} className="utrecht-table__row">
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{r.rij}</td>
              <td className="utrecht-table__cell">{r.label.schooljaar}</td>
              <td className="utrecht-table__cell">
                {r.label.vestigingscode} {r.label.schoolnaam}
              </td>
              <td className="utrecht-table__cell">{r.label.aanbieder}</td>
              <td className="utrecht-table__cell">{r.label.functie}</td>
              <td className="utrecht-table__cell">
                {r.soort === 'nieuw' ? 'nieuw' : r.wijzigingen.map((w) => `${w.kolom}: "${w.oud}" → "${w.nieuw}"`).join('; ')}
              </td>
            </tr>
          ))}
        </ImportTabel>
      )}
      {v.aanvullend && <AanvullendPreview a={v.aanvullend} id={woorden.id} />}
      <BevestigKnoppen
        niets={v.nieuw + v.gewijzigd + (v.aanvullend ? v.aanvullend.nieuw + v.aanvullend.gewijzigd : 0) === 0}
        nietsTekst={woorden.niets}
        label={woorden.opslaan}
        bezig={bezig}
        onBevestig={onBevestig}
        onAnnuleer={onAnnuleer}
      />
    </div>
  );
}

/** The sheet "Aanvullende inzet" of an afsprakenblad (issue 16 item 9): its counts and its new and changed records. */
function AanvullendPreview({ a, id }: { a: NonNullable<AfsprakenVoorbeeld['aanvullend']>; id: string }) {
  return (
    <>
      <h4 id={`${id}-aanvullend-kop`}>Blad {a.blad}</h4>
      <dl className="gegevens import-aantallen">
        <dt>Regels</dt>
        <dd>{n(a.rijen)}</dd>
        <dt>Nieuw</dt>
        <dd data-testid={`${id}-aanvullend-nieuw`}>{n(a.nieuw)}</dd>
        <dt>Gewijzigd</dt>
        <dd>{n(a.gewijzigd)}</dd>
        <dt>Ongewijzigd</dt>
        <dd>{n(a.ongewijzigd)}</dd>
      </dl>
      {a.wijzigingen.length > 0 && (
        <ImportTabel
          bijschrift={`Nieuwe en gewijzigde regels aanvullende inzet${a.ingekort ? ' (de eerste 500)' : ''}`}
          koppen={[{ getal: 'Rij' }, 'Schooljaar', 'School', 'Aanbieder', 'Functie', 'Van', 'Reden', 'Wat']}
        >
          {a.wijzigingen.map((r) => (
            <tr key={r.rij} className="utrecht-table__row">
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{r.rij}</td>
              <td className="utrecht-table__cell">{r.label.schooljaar}</td>
              <td className="utrecht-table__cell">
                {r.label.vestigingscode} {r.label.schoolnaam}
              </td>
              <td className="utrecht-table__cell">{r.label.aanbieder}</td>
              <td className="utrecht-table__cell">{r.label.functie}</td>
              <td className="utrecht-table__cell">{r.label.van}</td>
              <td className="utrecht-table__cell">{r.label.reden}</td>
              <td className="utrecht-table__cell">
                {r.soort === 'nieuw' ? 'nieuw' : r.wijzigingen.map((w) => `${w.kolom}: "${w.oud}" → "${w.nieuw}"`).join('; ')}
              </td>
            </tr>
          ))}
        </ImportTabel>
      )}
    </>
  );
}
