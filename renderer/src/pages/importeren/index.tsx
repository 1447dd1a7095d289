// Importeren: DUO files (schools and pupils) and the afspraken sheet. Every import is a preview
// first (the file is chosen in the operating system's dialog, or dropped on the page and sent as
// its bytes; the page never sends a path), then a confirmation that saves everything in one go, or
// nothing.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api';
import { PaginaKop } from '../../components/PaginaKop';
import { AfsprakenImport } from './AfsprakenImport';
import { BesturenImport } from './BesturenImport';
import { DuoImport } from './DuoImport';
import { MonitorImport } from './MonitorImport';
import { SleepVak, type Gesleept } from './SleepVak';
import './importeren.css';

export function ImporterenPagina() {
  const [bezig, setBezig] = useState(false);
  const [gesleept, setGesleept] = useState<Gesleept | null>(null);
  return (
    <>
      <PaginaKop
        titel="Importeren"
        intro="Scholen en leerlingen uit DUO-bestanden, namen van besturen uit de DUO-lijst van bevoegde gezagen, afspraken en monitorcijfers uit de Excel-sjablonen. U ziet eerst wat er verandert; pas na bevestigen wordt alles in één keer opgeslagen, of niets."
      />
      <Voortgang actief={bezig} />
      <SleepVak bezig={bezig} onGesleept={(soort, bestanden) => setGesleept((g) => ({ nr: (g?.nr ?? 0) + 1, soort, bestanden }))} />
      <DuoImport onBezig={setBezig} gesleept={gesleept?.soort === 'duo' ? gesleept : null} />
      <BesturenImport onBezig={setBezig} />
      <AfsprakenImport onBezig={setBezig} gesleept={gesleept?.soort === 'afspraken' ? gesleept : null} />
      <MonitorImport onBezig={setBezig} />
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
      <div
        role="progressbar"
        aria-labelledby="voortgang-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={procent}
        className="import-voortgang__balk"
      >
        <div style={{ width: `${procent}%` }} />
      </div>
    </div>
  );
}
