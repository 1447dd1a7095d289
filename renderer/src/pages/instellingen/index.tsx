import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke, ApiFout } from '../../api';
import type { BestandResultaat, InGebruik } from '../../../../electron/api/typen/app';
import { PaginaKop, Melding } from '../../components/PaginaKop';
import { Dialoog } from '../../components/Dialoog';
import { useBevestiging } from '../../components/Bevestiging';
import { heeftOnopgeslagenPagina, VERLAAT_VRAAG } from '../../hooks/sluitNaVraag';
import { Sectie } from '../../components/Formulier';
import { useExporteerMutatielog } from '../../components/Geschiedenis';
import { tijdTekst } from '../../geschiedenis';
import { AlgemeneInstellingen, Backups, KerncijfersSectie, Wijken } from './Algemeen';
import { TarievenSectie } from './Tarieven';
import { Besturen, Postcoderegels } from './BesturenWijkregels';

type Wissel = { soort: 'bestand.nieuw' | 'bestand.openen' } | { soort: 'bestand.openenAlleenLezen'; keuzeId: string };

export function InstellingenPagina() {
  const queryClient = useQueryClient();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => invoke('app.info', {}) });
  const [inGebruik, setInGebruik] = useState<InGebruik | null>(null);
  const exporteer = useExporteerMutatielog();
  const wissel = useMutation({
    mutationFn: (w: Wissel): Promise<BestandResultaat> =>
      w.soort === 'bestand.openenAlleenLezen' ? invoke(w.soort, { keuzeId: w.keuzeId }) : invoke(w.soort, {}),
    // Another file means every cached read is stale. A file a colleague has open asks first.
    onSuccess: (r) => {
      if (r.inGebruik) setInGebruik(r.inGebruik);
      if (r.gewisseld) return queryClient.invalidateQueries();
    },
  });
  // Another file replaces what is on this page: changed settings that are not saved yet are asked about first.
  const bevestig = useBevestiging();
  const naarBestand = async (soort: 'bestand.nieuw' | 'bestand.openen') => {
    if (heeftOnopgeslagenPagina() && !(await bevestig({ ...VERLAAT_VRAAG, bevestigKnop: 'Ander bestand zonder opslaan' }))) return;
    wissel.mutate({ soort });
  };
  return (
    <>
      <PaginaKop titel="Instellingen" intro="Gemeente, schooljaar, tarieven, wijken en postcoderegels, besturen, en het bestand waarin alles wordt bewaard." />
      <AlgemeneInstellingen />
      <TarievenSectie />
      <Wijken />
      <Postcoderegels />
      <Besturen />
      <KerncijfersSectie />
      <Sectie titel="Databasebestand">
        <dl className="gegevens">
          <dt>Bestand</dt>
          <dd className="pad">{info.data?.bestand ?? '…'}</dd>
          <dt>Schemaversie</dt>
          <dd>{info.data?.schemaVersie ?? '…'}</dd>
          {info.data?.alleenLezen && (
            <>
              <dt>Toegang</dt>
              <dd>
                <strong>Alleen-lezen</strong>: u kunt alles bekijken en rapporten maken, maar niets wijzigen.
              </dd>
            </>
          )}
        </dl>
        <div className="utrecht-button-group">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => naarBestand('bestand.nieuw')}>
            Nieuw bestand…
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => naarBestand('bestand.openen')}>
            Openen…
          </button>
        </div>
        {wissel.error && <Melding soort="error">{(wissel.error as ApiFout).message}</Melding>}
        {wissel.data?.gewisseld && <Melding soort="ok">Geopend: {wissel.data.bestand}</Melding>}
      </Sectie>
      <Backups />
      <Sectie titel="Mutatielog">
        <p className="utrecht-paragraph zacht">
          Elke wijziging wordt vastgelegd met tijd, gebruiker en oude en nieuwe waarden, zodat besluiten na te gaan zijn. Per school, aanbieder, begrotingspost
          en regeling staat de geschiedenis bij het onderdeel zelf.
        </p>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={exporteer.bezig} onClick={() => exporteer.start()}>
          Hele mutatielog exporteren…
        </button>
      </Sectie>
      <Dialoog
        open={inGebruik !== null}
        titel="Bestand is in gebruik"
        rol="alertdialog"
        onSluit={() => setInGebruik(null)}
        voet={
          <>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={() => {
                const keuzeId = inGebruik!.keuzeId;
                setInGebruik(null);
                wissel.mutate({ soort: 'bestand.openenAlleenLezen', keuzeId });
              }}
            >
              Alleen-lezen openen
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" data-autofocus onClick={() => setInGebruik(null)}>
              Annuleren
            </button>
          </>
        }
      >
        {inGebruik && (
          <>
            <p className="utrecht-paragraph">
              Dit bestand (<strong>{inGebruik.bestandsnaam}</strong>) is geopend door <strong>{inGebruik.door}</strong> op <strong>{inGebruik.computer}</strong>{' '}
              sinds <strong>{tijdTekst(inGebruik.sinds)}</strong>.
            </p>
            <p className="utrecht-paragraph">
              Twee mensen tegelijk in één bestand kan gegevens beschadigen. U kunt het alleen-lezen openen: dan kunt u alles bekijken en rapporten maken, maar
              niets wijzigen.
            </p>
          </>
        )}
      </Dialoog>
    </>
  );
}
