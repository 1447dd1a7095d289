// The one schooljaar/begrotingsjaar selection in the header that every page respects.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { isJaartal } from '../../electron/domain/velden';

export interface Periode {
  schooljaar: number;
  begrotingsjaar: number;
  setSchooljaar(jaar: number): void;
  setBegrotingsjaar(jaar: number): void;
}

const PeriodeContext = createContext<Periode | null>(null);

function huidigSchooljaar(nu = new Date()): number {
  return nu.getMonth() >= 7 ? nu.getFullYear() : nu.getFullYear() - 1;
}

function bewaard(sleutel: string, standaard: number): number {
  const waarde = Number(window.localStorage.getItem(sleutel));
  return isJaartal(waarde) ? waarde : standaard;
}

export function PeriodeProvider({ children }: { children: ReactNode }) {
  const [schooljaar, setS] = useState(() => bewaard('schoolinzet.schooljaar', huidigSchooljaar()));
  const [begrotingsjaar, setB] = useState(() => bewaard('schoolinzet.begrotingsjaar', new Date().getFullYear()));
  const value = useMemo<Periode>(
    () => ({
      schooljaar,
      begrotingsjaar,
      setSchooljaar: (jaar) => {
        window.localStorage.setItem('schoolinzet.schooljaar', String(jaar));
        setS(jaar);
      },
      setBegrotingsjaar: (jaar) => {
        window.localStorage.setItem('schoolinzet.begrotingsjaar', String(jaar));
        setB(jaar);
      },
    }),
    [schooljaar, begrotingsjaar],
  );
  return <PeriodeContext.Provider value={value}>{children}</PeriodeContext.Provider>;
}

export function usePeriode(): Periode {
  const periode = useContext(PeriodeContext);
  if (!periode) throw new Error('usePeriode buiten PeriodeProvider');
  return periode;
}
