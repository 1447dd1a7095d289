// Frame of every chart: title, the chart itself, a table alternative for screen readers (and
// for anyone who wants the figures), and "Opslaan als afbeelding".
import { useRef, useState, type ReactNode } from 'react';
import './grafieken.css';
import { grafiekOpslaan, type Onderschrift } from './opslaan';
import { useLezen } from '../../hooks/useApi';

/** `03-12-2026`. */
function vandaag(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
}

/**
 * What a saved picture says below the chart: the note (what the chart shows, which years are
 * incomplete) and where the figures come from, of which file kind and when (issue 15).
 */
function useOnderschrift(toelichting: ReactNode): Onderschrift {
  const gemeente = useLezen('instellingen.lezen', {}).data?.gemeenteNaam;
  const voorbeeld = useLezen('app.info', {}).data?.voorbeeld ?? false;
  return {
    noot: typeof toelichting === 'string' ? toelichting : undefined,
    bron: `Bron: Schoolinzet${gemeente ? `, gemeente ${gemeente}` : ''}${voorbeeld ? ' (voorbeeldgegevens)' : ''}, ${vandaag()}.`,
  };
}

export interface TabelAlternatief {
  koppen: string[];
  rijen: (string | number)[][];
}

export function GrafiekKader({
  titel,
  toelichting,
  tabel,
  children,
  leeg,
}: {
  titel: string;
  toelichting?: ReactNode;
  tabel: TabelAlternatief;
  children: ReactNode;
  leeg?: string | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const onderschrift = useOnderschrift(toelichting);
  const opslaan = async () => {
    const svg = ref.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
    if (!svg) return;
    setBezig(true);
    setMelding(null);
    try {
      const naam = await grafiekOpslaan(svg, titel, onderschrift);
      setMelding(naam ? `Opgeslagen als ${naam}.` : null);
    } catch (error) {
      setMelding((error as Error).message);
    } finally {
      setBezig(false);
    }
  };
  return (
    <figure className="grafiek" aria-label={titel} data-bron={onderschrift.bron}>
      <div className="grafiek__kop">
        <h2 className="utrecht-heading-3 grafiek__titel">{titel}</h2>
        {!leeg && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={opslaan}
            disabled={bezig}
            // Eight charts share the visible words; the name says which one (the visible text first, WCAG 2.5.3).
            aria-label={`Opslaan als afbeelding: ${titel}`}
          >
            Opslaan als afbeelding
          </button>
        )}
      </div>
      {toelichting && <p className="utrecht-paragraph grafiek__toelichting">{toelichting}</p>}
      {leeg ? (
        <p className="lege-staat">{leeg}</p>
      ) : (
        <div ref={ref} className="grafiek__vlak" aria-hidden="true">
          {children}
        </div>
      )}
      {melding && (
        <p role="status" className="grafiek__melding">
          {melding}
        </p>
      )}
      {!leeg && (
        <table className="visueel-verborgen">
          <caption>{titel}</caption>
          <thead>
            <tr>
              {tabel.koppen.map((k) => (
                <th key={k} scope="col">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tabel.rijen.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
