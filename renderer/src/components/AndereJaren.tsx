// An empty page says which years do have data, with a button per year that sets the period: after
// loading a file the period can be on a year without afspraken, and then every page shows € 0.
import { useLezen } from '../hooks/useApi';
import { usePeriode } from '../periode';
import { schooljaarNaam } from '../format';

/** Begrotingsjaren touched by afspraken: a schooljaar runs into the next calendar year. */
function begrotingsjaren(schooljaren: readonly number[]): number[] {
  return [...new Set(schooljaren.flatMap((s) => [s, s + 1]))].sort((a, b) => a - b);
}

export function AndereJaren({ soort }: { soort: 'schooljaar' | 'begrotingsjaar' }) {
  const info = useLezen('app.info', {});
  const periode = usePeriode();
  const schooljaren = info.data?.schooljarenMetAfspraken ?? [];
  const jaren = soort === 'schooljaar' ? schooljaren : begrotingsjaren(schooljaren);
  const huidig = soort === 'schooljaar' ? periode.schooljaar : periode.begrotingsjaar;
  const andere = jaren.filter((j) => j !== huidig);
  if (!andere.length) return null;
  const naam = (j: number) => (soort === 'schooljaar' ? schooljaarNaam(j) : String(j));
  const kies = (j: number) => {
    if (soort === 'schooljaar') periode.setSchooljaar(j);
    else periode.setBegrotingsjaar(j);
  };
  // The nearest years first when there are many; the list stays short.
  const getoond = [...andere]
    .sort((a, b) => Math.abs(a - huidig) - Math.abs(b - huidig) || a - b)
    .slice(0, 6)
    .sort((a, b) => a - b);
  return (
    <div className="andere-jaren">
      <p className="utrecht-paragraph">
        {soort === 'schooljaar' ? 'Afspraken zijn er wel in' : 'Kosten zijn er wel in'}{' '}
        {soort === 'schooljaar' ? (andere.length === 1 ? 'schooljaar' : 'de schooljaren') : andere.length === 1 ? 'begrotingsjaar' : 'de begrotingsjaren'}{' '}
        {getoond.map(naam).join(', ')}
        {getoond.length < andere.length ? ' en andere' : ''}.
      </p>
      <div className="utrecht-button-group">
        {getoond.map((j) => (
          <button key={j} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => kies(j)}>
            Naar {naam(j)}
          </button>
        ))}
      </div>
    </div>
  );
}
