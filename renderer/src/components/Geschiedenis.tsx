// "Geschiedenis": the mutatielog of one record (school, aanbieder, begrotingspost, afspraak …):
// when, who, and what changed from old to new, in Dutch. Government decisions must be traceable.
import { telwoord } from '../../../electron/domain/telwoord';
import { useId, useMemo, useState } from 'react';
import { invoke } from '../api';
import { useLezen } from '../hooks/useApi';
import { useToast } from './Toast';
import { geschiedenisRegels, type Namen } from '../geschiedenis';
import { Melding } from './PaginaKop';

const EERST_TONEN = 8;

export interface GeschiedenisProps {
  /** As the API logs it: 'school', 'aanbieder', 'begrotingspost', 'afspraak', 'regeling', 'proeftuin', 'wijk' … */
  entiteit: string;
  entiteitId: number | string;
  /** Heading level inside a page (h2) or a dialog section (h3). */
  kopNiveau?: 2 | 3;
  /** No frame of its own (inside a dialog or another section). */
  kaal?: boolean;
}

export function Geschiedenis({ entiteit, entiteitId, kopNiveau = 2, kaal }: GeschiedenisProps) {
  const kopId = useId();
  const log = useLezen('mutatielog.lijst', { entiteit, entiteitId, limiet: 500 });
  const wijken = useLezen('wijken.lijst', {});
  const besturen = useLezen('besturen.lijst', {});
  const aanbieders = useLezen('aanbieders.lijst', {});
  const posten = useLezen('begrotingsposten.lijst', {});
  const [alles, setAlles] = useState(false);
  const exporteer = useExporteerMutatielog();
  const regels = useMemo(() => {
    const zoek =
      <T extends { id: number; naam: string }>(lijst: T[] | undefined) =>
      (id: number) =>
        lijst?.find((x) => x.id === id)?.naam;
    const namen: Namen = { wijk: zoek(wijken.data), bestuur: zoek(besturen.data), aanbieder: zoek(aanbieders.data), begrotingspost: zoek(posten.data) };
    return geschiedenisRegels(log.data ?? [], namen);
  }, [log.data, wijken.data, besturen.data, aanbieders.data, posten.data]);
  const getoond = alles ? regels : regels.slice(0, EERST_TONEN);
  const Kop = kopNiveau === 2 ? 'h2' : 'h3';

  return (
    <section className={kaal ? 'geschiedenis' : 'sectie geschiedenis'} aria-labelledby={kopId}>
      <div className="sectie__kop">
        <Kop id={kopId} className={kopNiveau === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3'}>
          Geschiedenis
        </Kop>
        {regels.length > 0 && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={exporteer.bezig}
            onClick={() => exporteer.start({ entiteit, entiteitId })}
          >
            Exporteren…
          </button>
        )}
      </div>
      {log.error && <Melding soort="error">{log.error.message}</Melding>}
      {log.data && regels.length === 0 && <p className="zacht">Nog geen wijzigingen vastgelegd.</p>}
      {regels.length > 0 && (
        <table className="kleine-tabel geschiedenis__tabel">
          <caption className="visueel-verborgen">Wijzigingen, de nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Tijd</th>
              <th scope="col">Door</th>
              <th scope="col">Wat</th>
              <th scope="col">Wijzigingen</th>
            </tr>
          </thead>
          <tbody>
            {getoond.map((r) => (
              <tr key={r.id}>
                <td className="geschiedenis__tijd">{r.tijd}</td>
                <td>{r.gebruiker}</td>
                <td>{r.actie}</td>
                <td>
                  {r.wijzigingen.length === 0 ? (
                    <span className="zacht">geen velden veranderd</span>
                  ) : (
                    <ul className="geschiedenis__velden">
                      {r.wijzigingen.map((w) => (
                        <li key={w.veld}>
                          <span className="geschiedenis__veld">{w.veld}:</span>{' '}
                          {w.oud && w.nieuw ? (
                            <>
                              <del>{w.oud}</del> <span aria-hidden="true">→</span>
                              <span className="visueel-verborgen"> wordt </span> <ins>{w.nieuw}</ins>
                            </>
                          ) : (
                            w.nieuw || w.oud
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {regels.length > EERST_TONEN && (
        <button type="button" className="knop-link geschiedenis__meer" onClick={() => setAlles(!alles)}>
          {alles ? 'Minder tonen' : `Alle ${telwoord(regels.length, 'wijziging', 'wijzigingen')} tonen`}
        </button>
      )}
    </section>
  );
}

/** "Exporteren…": the log (of one record, or all of it) as an Excel workbook, after a save dialog. */
export function useExporteerMutatielog() {
  const toast = useToast();
  const [bezig, setBezig] = useState(false);
  const start = async (filter: { entiteit?: string; entiteitId?: number | string } = {}) => {
    setBezig(true);
    try {
      const r = await invoke('mutatielog.exporteer', filter);
      if (r.opgeslagen)
        toast({
          tekst: `${r.aantal === 1 ? '1 wijziging' : `${r.aantal} wijzigingen`} opgeslagen in ${r.bestandsnaam}.${r.ingekort ? ` ${r.ingekort.melding}` : ''}`,
        });
    } catch (e) {
      toast({ tekst: (e as Error).message, soort: 'fout' });
    } finally {
      setBezig(false);
    }
  };
  return { start, bezig };
}
