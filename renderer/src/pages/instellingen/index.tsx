import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke, ApiFout } from '../../api';
import { PaginaKop, Melding } from '../../components/PaginaKop';
import { AlgemeneInstellingen, Backups, KerncijfersSectie, Wijken } from './Algemeen';

export function InstellingenPagina() {
  const queryClient = useQueryClient();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => invoke('app.info', {}) });
  const wissel = useMutation({
    mutationFn: (soort: 'bestand.nieuw' | 'bestand.openen') => invoke(soort, {}),
    // Another file means every cached read is stale.
    onSuccess: (r) => r.gewisseld && queryClient.invalidateQueries(),
  });
  return (
    <>
      <PaginaKop titel="Instellingen" intro="Gemeente, schooljaar, tarieven en het bestand waarin alles wordt bewaard." />
      <AlgemeneInstellingen />
      <Wijken />
      <KerncijfersSectie />
      <section className="sectie" aria-labelledby="bestand-kop">
        <h2 id="bestand-kop" className="utrecht-heading-2">
          Databasebestand
        </h2>
        <dl className="gegevens">
          <dt>Bestand</dt>
          <dd className="pad">{info.data?.bestand ?? '…'}</dd>
          <dt>Schemaversie</dt>
          <dd>{info.data?.schemaVersie ?? '…'}</dd>
        </dl>
        <div className="utrecht-button-group">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => wissel.mutate('bestand.nieuw')}>
            Nieuw bestand…
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => wissel.mutate('bestand.openen')}>
            Openen…
          </button>
        </div>
        {wissel.error && <Melding soort="error">{(wissel.error as ApiFout).message}</Melding>}
        {wissel.data?.gewisseld && <Melding soort="ok">Geopend: {wissel.data.bestand}</Melding>}
      </section>
      <Backups />
    </>
  );
}
