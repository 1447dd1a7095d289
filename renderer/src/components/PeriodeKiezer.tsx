import { schooljaarNaam } from '../format';
import { usePeriode } from '../periode';

const JAREN = Array.from({ length: 21 }, (_, i) => 2014 + i);

export function PeriodeKiezer() {
  const { schooljaar, begrotingsjaar, setSchooljaar, setBegrotingsjaar } = usePeriode();
  return (
    <div className="periode-kiezer" role="group" aria-label="Periode">
      <label>
        <span>Schooljaar</span>
        <select className="utrecht-select utrecht-select--html-select" value={schooljaar} onChange={(e) => setSchooljaar(Number(e.target.value))}>
          {JAREN.map((jaar) => (
            <option key={jaar} value={jaar}>
              {schooljaarNaam(jaar)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Begrotingsjaar</span>
        <select className="utrecht-select utrecht-select--html-select" value={begrotingsjaar} onChange={(e) => setBegrotingsjaar(Number(e.target.value))}>
          {JAREN.map((jaar) => (
            <option key={jaar} value={jaar}>
              {jaar}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
