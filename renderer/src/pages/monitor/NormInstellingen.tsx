// The monitor's settings on its own page: the norm range for % binnen school (default 60-70 %,
// seed 000) and the realisatie threshold (default 90 %). The API checks them (api/invoer/monitor.ts);
// its Dutch message is shown next to the field it names.
import { useState, type FormEvent } from 'react';
import { ApiFout } from '../../api';
import { Invoer } from '../../components/Velden';
import { Melding } from '../../components/PaginaKop';
import { useAlleenLezen } from '../../hooks/apiFormulier';
import { getalNaarTekst, getalUitTekst } from '../../hooks/formulier';
import { useLezen, useWijziging } from '../../hooks/useApi';

export function NormInstellingen() {
  const huidig = useLezen('monitor.instellingen', {});
  const opslaan = useWijziging('monitor.instellingenOpslaan');
  const alleenLezen = useAlleenLezen();
  const [waarden, setWaarden] = useState({ van: '', tot: '', drempel: '' });
  // The form starts again from the stored values whenever they (re)load: adjusted while rendering,
  // not in an effect, so no render shows the old values.
  const [geladen, setGeladen] = useState<typeof huidig.data>(undefined);
  if (huidig.data && huidig.data !== geladen) {
    setGeladen(huidig.data);
    setWaarden({
      van: getalNaarTekst(huidig.data.norm.van),
      tot: getalNaarTekst(huidig.data.norm.tot),
      drempel: getalNaarTekst(huidig.data.realisatieDrempel),
    });
  }
  const fouten = opslaan.error instanceof ApiFout ? Object.fromEntries(opslaan.error.velden.map((v) => [v.veld, v.melding])) : {};
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    opslaan.mutate({
      norm: { van: getalUitTekst(waarden.van) as number, tot: getalUitTekst(waarden.tot) as number },
      realisatieDrempel: getalUitTekst(waarden.drempel) as number,
    });
  };
  const veld = (sleutel: keyof typeof waarden) => ({
    value: waarden[sleutel],
    onChange: (e: { target: { value: string } }) => setWaarden((w) => ({ ...w, [sleutel]: e.target.value })),
    inputMode: 'decimal' as const,
    achtervoegsel: '%',
    disabled: alleenLezen,
  });
  return (
    <section className="sectie" aria-labelledby="monitor-norm">
      <h2 id="monitor-norm">Norm en drempel</h2>
      <form onSubmit={verstuur} noValidate className="monitor__norm">
        <Invoer label="Norm binnen school: van" fout={fouten['norm.van']} {...veld('van')} />
        <Invoer label="Norm binnen school: tot en met" fout={fouten['norm.tot']} {...veld('tot')} />
        <Invoer label="Drempel realisatiegraad" hint="Lager is gemarkeerd." fout={fouten['realisatieDrempel']} {...veld('drempel')} />
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={alleenLezen || opslaan.isPending}>
            Norm opslaan
          </button>
        </div>
      </form>
      {opslaan.isSuccess && <Melding soort="ok">Norm en drempel opgeslagen.</Melding>}
      {opslaan.error && !(opslaan.error instanceof ApiFout && opslaan.error.velden.length > 0) && <Melding soort="error">{opslaan.error.message}</Melding>}
    </section>
  );
}
