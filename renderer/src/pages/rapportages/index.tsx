// Rapportages: the Excel reports (each saved through a native dialog) and the charts, for the
// schooljaar and begrotingsjaar chosen in the header.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api';
import type { Input, MethodName, Output } from '../../../../electron/api/contract';
import { PaginaKop, Melding } from '../../components/PaginaKop';
import { DekkingGrafiek, DekkingPerJaarGrafiek, KostenPerJaarGrafiek, TrendGrafiek, VerdelingGrafiek } from '../../components/grafieken/Grafieken';
import { schooljaarNaam } from '../../format';
import { usePeriode } from '../../periode';
import { FUNCTIE_CODES, type FunctieCode } from '../../../../electron/domain/types';
import { RAPPORTEN, RAPPORT_SOORTEN, type RapportKenmerken } from '../../../../electron/api/invoer/rapportages';

/** Charts are derived figures: keyed under "grafieken", which every write invalidates. */
export function useGrafiek<K extends MethodName>(method: K, input: Input<K>) {
  return useQuery<Output<K>, Error>({ queryKey: ['grafieken', method, input], queryFn: () => invoke(method, input) });
}

export function RapportagesPagina() {
  const { schooljaar, begrotingsjaar } = usePeriode();
  const [functie, setFunctie] = useState<FunctieCode | ''>('');
  // The meerkosten of the financiële paragraaf are against this many years back (default: the year before),
  // so the choice follows when the begrotingsjaar in the header changes.
  const [terug, setTerug] = useState(1);
  const referentiejaar = begrotingsjaar - terug;
  const [melding, setMelding] = useState<{ soort: 'ok' | 'warning' | 'error'; tekst: string } | null>(null);
  const [bezig, setBezig] = useState<string | null>(null);
  const dekking = useGrafiek('grafiek.dekking', functie ? { schooljaar, functie } : { schooljaar });
  const perJaar = useGrafiek('grafiek.kostenPerJaar', {});
  const verdeling = useGrafiek('grafiek.kostenVerdeling', { begrotingsjaar });
  const dekkingJaar = useGrafiek('grafiek.dekkingPerJaar', {});
  const trend = useGrafiek('grafiek.trend', {});
  const fout = dekking.error ?? perJaar.error ?? verdeling.error ?? dekkingJaar.error ?? trend.error;

  const rapport = async (invoer: Input<'rapport.opslaan'>, naam: string) => {
    setBezig(naam);
    setMelding(null);
    try {
      const r = await invoke('rapport.opslaan', invoer);
      // A cut cell (longer than Excel keeps) is said, with where: the text there is not whole.
      if (r.opgeslagen)
        setMelding(
          r.ingekort
            ? { soort: 'warning', tekst: `${naam} opgeslagen als ${r.bestandsnaam}. ${r.ingekort.melding}` }
            : { soort: 'ok', tekst: `${naam} opgeslagen als ${r.bestandsnaam}.` },
        );
    } catch (error) {
      setMelding({ soort: 'error', tekst: (error as Error).message });
    } finally {
      setBezig(null);
    }
  };
  // A report for one aanbieder (the beschikkingsbijlage) is made from that aanbieder's subsidie.
  const knoppen = RAPPORT_SOORTEN.filter(
    (soort) => !(RAPPORTEN[soort] as RapportKenmerken).perAanbieder && !(RAPPORTEN[soort] as RapportKenmerken).perVerdeling,
  ).map((soort): [string, Input<'rapport.opslaan'>] => {
    const { titel, periode, ...rest } = RAPPORTEN[soort] as RapportKenmerken;
    if (periode === 'begrotingsjaar')
      return [`${titel} ${begrotingsjaar}`, 'referentie' in rest ? { soort, begrotingsjaar, referentiejaar } : { soort, begrotingsjaar }];
    if (periode === 'schooljaar') return [`${titel} ${schooljaarNaam(schooljaar)}`, { soort, schooljaar }];
    return [titel, { soort }];
  });
  const functies = dekking.data?.functies.length ? dekking.data.functies : FUNCTIE_CODES;

  return (
    <>
      <PaginaKop
        titel="Rapportages"
        intro="Excel-overzichten voor het collegevoorstel, het BLOZ en de aanbieders, en grafieken om in een notitie te plakken."
      />
      <section aria-labelledby="excel-kop">
        <h2 id="excel-kop" className="utrecht-heading-2">
          Excel-rapporten
        </h2>
        <label className="utrecht-form-label">
          Meerkosten in de financiële paragraaf tegen{' '}
          <select className="utrecht-select utrecht-select--html-select" value={terug} onChange={(e) => setTerug(Number(e.target.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {begrotingsjaar - n}
                {n === 1 ? ' (het jaar ervoor)' : ''}
              </option>
            ))}
          </select>
        </label>
        <div className="rapport-knoppen">
          {knoppen.map(([naam, invoer]) => (
            <button
              key={naam}
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={bezig !== null}
              onClick={() => rapport(invoer, naam)}
            >
              {bezig === naam ? 'Bezig…' : `${naam} opslaan…`}
            </button>
          ))}
        </div>
        {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}
      </section>
      <section aria-labelledby="grafieken-kop">
        <h2 id="grafieken-kop" className="utrecht-heading-2">
          Grafieken
        </h2>
        {fout && <Melding soort="error">{fout.message}</Melding>}
        <label className="utrecht-form-label">
          Functie voor de dekking{' '}
          <select
            className="utrecht-select utrecht-select--html-select"
            value={functie || dekking.data?.functie || ''}
            onChange={(e) => setFunctie(e.target.value as FunctieCode)}
          >
            {functies.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <div className="grafieken-raster">
          {dekking.data && <DekkingGrafiek data={dekking.data} per="wijk" />}
          {dekking.data && <DekkingGrafiek data={dekking.data} per="sector" />}
          {perJaar.data && <KostenPerJaarGrafiek data={perJaar.data} />}
          {dekkingJaar.data && <DekkingPerJaarGrafiek data={dekkingJaar.data} />}
          {verdeling.data && <VerdelingGrafiek titel={`Kosten per aanbieder, ${begrotingsjaar}`} label="Aanbieder" data={verdeling.data.perAanbieder} />}
          {verdeling.data && <VerdelingGrafiek titel={`Kosten per functie, ${begrotingsjaar}`} label="Functie" data={verdeling.data.perFunctie} />}
          {trend.data && <TrendGrafiek data={trend.data} maat="uren" />}
          {trend.data && <TrendGrafiek data={trend.data} maat="kosten" />}
        </div>
      </section>
    </>
  );
}
