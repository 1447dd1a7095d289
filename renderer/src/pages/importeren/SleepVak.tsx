// The drop area of the Importeren page: files dropped on it are read into memory and sent as their
// bytes (the page never sends a path); a .xlsx goes to the afspraken preview, .csv/.txt to DUO.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Melding } from '../../components/PaginaKop';
import { MAX_SLEEP_AANTAL, MAX_SLEEP_BESTAND, MAX_SLEEP_TOTAAL, soortVanBestand, type ImportSoort } from '../../../../electron/api/invoer/importeren';

export interface InhoudBestand {
  naam: string;
  inhoudBase64: string;
}

/** Files dropped on the page, read into memory; nr makes every drop a new one, even of the same file. */
export interface Gesleept {
  nr: number;
  soort: ImportSoort;
  bestanden: InhoudBestand[];
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
  if (bestanden.reduce((s, b) => s + b.size, 0) > MAX_SLEEP_TOTAAL)
    return { fout: `Deze bestanden zijn samen groter dan ${mb(MAX_SLEEP_TOTAAL)}; sleep ze in delen.` };
  return { soort };
}

export async function leesBase64(bestand: File): Promise<string> {
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
export function SleepVak({ bezig, onGesleept }: { bezig: boolean; onGesleept(soort: ImportSoort, bestanden: InhoudBestand[]): void }) {
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
        <span aria-hidden="true" className="import-sleep__icoon">
          ⤓
        </span>{' '}
        {actief ? 'Laat los om het bestand te lezen' : lezen ? 'Bestand lezen…' : 'Sleep een DUO-bestand of afsprakenblad hierheen, of kies een bestand'}
      </p>
      <p id="sleep-uitleg" className="import-sleep__uitleg">
        Een .csv- of .txt-bestand wordt gelezen als DUO-bestand (meerdere tegelijk mag), een .xlsx-bestand als afsprakenblad. U ziet eerst een voorbeeld; er
        wordt nog niets opgeslagen. Met het toetsenbord gebruikt u de knoppen DUO-bestanden kiezen… en Afsprakenblad kiezen… hieronder.
      </p>
      {fout && <Melding soort="error">{fout}</Melding>}
    </div>
  );
}
