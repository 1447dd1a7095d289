// Importeren › Monitorcijfers (issue 18): the template the gemeente sends to the aanbieders, and
// their filled-in sheet read back with a preview; one wrong row saves nothing and lists every error.
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { invoke } from '../../api';
import { Melding } from '../../components/PaginaKop';
import { usePeriode } from '../../periode';
import { schooljaarNaam } from '../../format';
import { BladPreview, type BladWoorden } from './AfsprakenImport';
import { ImportUitkomst, useImport } from './stappen';

const WOORDEN: BladWoorden = {
  id: 'monitor',
  rijen: 'Regels in het blad',
  bijschrift: 'Nieuwe en gewijzigde regels',
  opslaan: 'Monitorcijfers opslaan',
  niets: 'Dit blad verandert niets: alle cijfers zijn al zo opgeslagen.',
};

export function MonitorImport({ onBezig }: { onBezig: (b: boolean) => void }) {
  const { schooljaar } = usePeriode();
  const sectie = useRef<HTMLElement>(null);
  const stap = useImport(
    sectie,
    onBezig,
    null,
    () => invoke('import.monitorVoorbeeld', {}),
    (id) => invoke('import.monitorUitvoeren', { id }),
  );
  const sjabloon = useMutation({ mutationFn: () => invoke('import.monitorSjabloonOpslaan', { schooljaar }) });
  return (
    <section className="sectie" aria-labelledby="monitor-import-kop" ref={sectie}>
      <h2 id="monitor-import-kop" className="utrecht-heading-2">
        Monitorcijfers van de aanbieders
      </h2>
      <p className="utrecht-paragraph">
        Stuur de aanbieders het monitorsjabloon (één rij per school, aanbieder en functie) voor ondersteuningsvragen en gerealiseerde uren, en lees hun
        ingevulde blad hier in. Een rij met hetzelfde schooljaar, dezelfde vestiging, aanbieder en functie werkt die regel bij. Als één rij niet klopt, wordt
        niets opgeslagen en ziet u elke fout.
      </p>
      <div className="utrecht-button-group">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => sjabloon.mutate()}>
          Monitorsjabloon {schooljaarNaam(schooljaar)} opslaan…
        </button>
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={stap.bezig} onClick={stap.kies}>
          Monitorblad kiezen…
        </button>
      </div>
      {sjabloon.data?.opgeslagen && (
        <Melding soort={sjabloon.data.ingekort ? 'warning' : 'ok'}>
          Monitorsjabloon opgeslagen als {sjabloon.data.bestand}.{sjabloon.data.ingekort && ` ${sjabloon.data.ingekort.melding}`}
        </Melding>
      )}
      {sjabloon.error && <Melding soort="error">{sjabloon.error.message}</Melding>}
      <ImportUitkomst stap={stap}>
        {(v) => <BladPreview v={v} woorden={WOORDEN} bezig={stap.uitvoeren.isPending} onBevestig={stap.bevestig} onAnnuleer={stap.annuleer} />}
      </ImportUitkomst>
    </section>
  );
}
