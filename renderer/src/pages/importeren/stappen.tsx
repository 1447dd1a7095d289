// What the DUO and afspraken imports share: a preview first (from the dialog, or from dropped
// bytes), then saving it in one go; the errors as a table to copy or save, and the result.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ApiFout, invoke } from '../../api';
import type { Output } from '../../../../electron/api/contract';
import type { VeldMelding } from '../../../../electron/api/typen/fout';
import { Melding } from '../../components/PaginaKop';
import { tijdTekst, veldLabel } from '../../geschiedenis';
import type { Gesleept, InhoudBestand } from './SleepVak';

export const n = (x: number) => x.toLocaleString('nl-NL');

type ImportResultaat = Output<'import.duoUitvoeren'>;

/**
 * The two steps of one import. `voorbeeldFn` gets the dropped files, or undefined to open the
 * dialog; `uitvoerenFn` saves the preview with that id. While either runs, onBezig(true) shows the
 * progress bar; a new drop of this section's kind starts its preview and scrolls it into view.
 */
export function useImport<V extends { id: string | null }>(
  /** The caller's section, scrolled into view when files are dropped for it (the caller owns the ref: it is not read while rendering). */
  sectie: RefObject<HTMLElement | null>,
  onBezig: (b: boolean) => void,
  gesleept: Gesleept | null,
  voorbeeldFn: (bestanden: InhoudBestand[] | undefined) => Promise<V>,
  uitvoerenFn: (id: string) => Promise<ImportResultaat>,
) {
  const voorbeeld = useMutation({ mutationFn: voorbeeldFn });
  const uitvoeren = useMutation({ mutationFn: () => uitvoerenFn(voorbeeld.data!.id!) });
  const bezig = voorbeeld.isPending || uitvoeren.isPending;
  useEffect(() => onBezig(bezig), [bezig, onBezig]);
  const start = (bestanden: InhoudBestand[] | undefined) => {
    uitvoeren.reset();
    voorbeeld.mutate(bestanden);
  };
  const gedaan = useRef(0);
  useEffect(() => {
    if (!gesleept || gesleept.nr === gedaan.current) return;
    gedaan.current = gesleept.nr;
    start(gesleept.bestanden);
    sectie.current?.scrollIntoView({ block: 'start' });
  });
  return {
    voorbeeld,
    uitvoeren,
    bezig,
    /** The preview to show: none after a cancelled dialog or once it is saved. */
    getoond: voorbeeld.data?.id && !uitvoeren.isSuccess ? voorbeeld.data : null,
    kies: () => start(undefined),
    bevestig: () => uitvoeren.mutate(undefined),
    annuleer: () => voorbeeld.reset(),
  };
}

/** Under the buttons: what went wrong, the preview (rendered by the section), or the result. */
export function ImportUitkomst<V extends { id: string | null }>({ stap, children }: { stap: ReturnType<typeof useImport<V>>; children: (v: V) => ReactNode }) {
  return (
    <>
      {stap.voorbeeld.error && <Fouten fout={stap.voorbeeld.error} />}
      {stap.getoond && children(stap.getoond)}
      {stap.uitvoeren.error && <Fouten fout={stap.uitvoeren.error} />}
      {stap.uitvoeren.data && <Resultaat r={stap.uitvoeren.data} />}
    </>
  );
}

/** A scrolling table of a preview or of the errors, with its caption and column heads. */
export function ImportTabel({
  bijschrift,
  koppen,
  id,
  children,
}: {
  bijschrift: ReactNode;
  koppen: (string | { getal: string })[];
  id?: string;
  children: ReactNode;
}) {
  const bijschriftId = useId();
  // A long table scrolls in its box: the box takes the focus, so the keyboard can scroll it too (WCAG 2.1.1).
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be focusable (axe scrollable-region-focusable)
    <div className="import-tabel-scroll" tabIndex={0} role="region" aria-labelledby={bijschriftId}>
      <table className="utrecht-table import-tabel" id={id}>
        <caption id={bijschriftId}>{bijschrift}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {koppen.map((k) =>
              typeof k === 'string' ? (
                <th key={k} className="utrecht-table__header-cell">
                  {k}
                </th>
              ) : (
                <th key={k.getal} className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {k.getal}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

/** Under a preview: save or cancel, or the note that the file changes nothing. */
export function BevestigKnoppen({
  niets,
  nietsTekst,
  label,
  bezig,
  onBevestig,
  onAnnuleer,
}: {
  niets: boolean;
  nietsTekst: string;
  label: string;
  bezig: boolean;
  onBevestig(): void;
  onAnnuleer(): void;
}) {
  if (niets) return <Melding soort="info">{nietsTekst}</Melding>;
  return (
    <div className="utrecht-button-group">
      <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig} onClick={onBevestig}>
        {label}
      </button>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={onAnnuleer}>
        Annuleren
      </button>
    </div>
  );
}

function Resultaat({ r }: { r: ImportResultaat }) {
  return (
    <Melding soort="ok">
      {r.samenvatting}
      {r.backup && (
        <>
          {' '}
          Vooraf is <span title={r.backup}>een reservekopie</span> gemaakt{r.backupTijd ? ` (${tijdTekst(r.backupTijd)})` : ''}; terugzetten kan bij
          Instellingen › Reservekopieën.
        </>
      )}
    </Melding>
  );
}

/** The message, and every (rij, kolom, melding) in a table the user can copy or save as a sheet. */
function Fouten({ fout }: { fout: Error }) {
  const velden: VeldMelding[] = fout instanceof ApiFout ? fout.velden : [];
  const [gekopieerd, setGekopieerd] = useState(false);
  const opslaan = useMutation({
    mutationFn: () =>
      invoke('import.foutenOpslaan', {
        meldingen: velden.map((v) => ({ ...(v.rij !== undefined ? { rij: v.rij } : {}), kolom: veldLabel(v.veld), melding: v.melding })),
      }),
  });
  const kopieer = async () => {
    const tekst = ['Rij\tKolom\tWat is er mis', ...velden.map((v) => `${v.rij ?? ''}\t${veldLabel(v.veld)}\t${v.melding}`)].join('\n');
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
            {opslaan.data?.opgeslagen && (
              <span role="status">
                Opgeslagen als {opslaan.data.bestand}.{opslaan.data.ingekort && ` ${opslaan.data.ingekort.melding}`}
              </span>
            )}
          </div>
          <ImportTabel bijschrift={`Wat er mis is (${velden.length})`} koppen={[{ getal: 'Rij' }, 'Kolom', 'Wat is er mis']} id="import-fouten">
            {velden.map((v, i) => (
              <tr key={i} className="utrecht-table__row">
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{v.rij ?? ''}</td>
                <td className="utrecht-table__cell">{veldLabel(v.veld)}</td>
                <td className="utrecht-table__cell">{v.melding}</td>
              </tr>
            ))}
          </ImportTabel>
        </>
      )}
    </div>
  );
}
