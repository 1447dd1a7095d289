import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api';
import { aantal, schooljaarNaam } from '../../format';
import { PaginaKop } from '../../components/PaginaKop';
import { usePeriode } from '../../periode';

export function DashboardPagina() {
  const { schooljaar, begrotingsjaar } = usePeriode();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => invoke('app.info', {}) });
  return (
    <>
      <PaginaKop titel="Dashboard" intro={`Schooljaar ${schooljaarNaam(schooljaar)} en begrotingsjaar ${begrotingsjaar} in één oogopslag.`} />
      <section className="kaarten" aria-label="Kerncijfers">
        <Kaart titel="Scholen" waarde={aantal(info.data?.aantallen.scholen)} />
        <Kaart titel="Afspraken" waarde={aantal(info.data?.aantallen.afspraken)} />
        <Kaart titel="Aanbieders" waarde={aantal(info.data?.aantallen.aanbieders)} />
      </section>
    </>
  );
}

function Kaart({ titel, waarde, toelichting }: { titel: string; waarde: string; toelichting?: string }) {
  return (
    <div className="kaart">
      <div className="kaart__titel">{titel}</div>
      <div className="kaart__waarde">{waarde}</div>
      {toelichting && <div className="kaart__toelichting">{toelichting}</div>}
    </div>
  );
}
