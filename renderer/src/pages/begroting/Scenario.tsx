// "What if every school of sector X got N uur?" (the basisinzet scenario), the extra cost side by side
// with what is agreed now, per begrotingsjaar.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { scenarioBasisinzetInvoer } from '../../../../electron/domain/kosten-invoer';
import { formatEuro } from '../../../../electron/domain/geld';
import { FUNCTIE_CODES, SECTOREN } from '../../../../electron/domain/types';
import type { Input } from '../../../../electron/api/contract';
import { FoutSamenvatting, Invoer, Keuze } from '../../components/Velden';
import { Melding } from '../../components/PaginaKop';
import { useLezen } from '../../hooks/useApi';
import { centsUitTekst, getalUitTekst } from '../../hooks/formulier';
import { aantal, schooljaarNaam } from '../../format';
import { SECTOR_NAAM } from '../scholen/SchoolFormulier';

interface Waarden {
  sector: string;
  functie: string;
  urenPerWeek: string;
  aandeelGemeente: string;
  aandeelOnderwijs: string;
  uurtariefCents: string;
}

export function Scenario({ schooljaar }: { schooljaar: number }) {
  const schema = z.preprocess((v) => {
    const f = v as Waarden;
    return {
      schooljaar,
      sector: f.sector,
      functie: f.functie,
      urenPerWeek: getalUitTekst(f.urenPerWeek),
      aandeelGemeente: getalUitTekst(f.aandeelGemeente),
      aandeelOnderwijs: getalUitTekst(f.aandeelOnderwijs),
      uurtariefCents: centsUitTekst(f.uurtariefCents),
    };
  }, scenarioBasisinzetInvoer);
  const { register, handleSubmit, formState } = useForm<Waarden>({
    defaultValues: { sector: 'PO', functie: 'JGW', urenPerWeek: '4', aandeelGemeente: '100', aandeelOnderwijs: '0', uurtariefCents: '' },
    resolver: zodResolver(schema as never) as never,
  });
  const [vraag, setVraag] = useState<Input<'scenario.basisinzet'> | null>(null);
  const functieLijst = useLezen('functies.lijst', {});
  // The standard codes at once (a select must not lose its value while the list loads), then the gemeente's own.
  const functieCodes = [...new Set<string>([...FUNCTIE_CODES, ...(functieLijst.data?.map((x) => x.code) ?? [])])];
  const resultaat = useLezen('scenario.basisinzet', (vraag ?? { schooljaar }) as Input<'scenario.basisinzet'>, { enabled: vraag !== null });
  const f = formState.errors;
  const r = vraag && resultaat.data && !resultaat.isPlaceholderData ? resultaat.data : null;

  return (
    <section className="sectie" aria-labelledby="scenario-kop">
      <h2 id="scenario-kop" className="utrecht-heading-2">
        Scenario: basisinzet voor elke school
      </h2>
      <p className="utrecht-paragraph zacht">
        Wat kost het als elke school van een sector in schooljaar {schooljaarNaam(schooljaar)} minstens dit aantal uren krijgt? Scholen die al genoeg uren
        hebben, tellen niet mee. Er wordt niets opgeslagen.
      </p>
      <form
        className="formulier"
        noValidate
        onSubmit={handleSubmit((invoer) => setVraag({ ...(invoer as unknown as Input<'scenario.basisinzet'>), schooljaar }))}
      >
        <FoutSamenvatting fouten={formState.isSubmitted ? f : {}} />
        <div className="formulier__rij">
          <Keuze label="Sector" fout={f.sector} opties={SECTOREN.map((s) => ({ waarde: s, label: SECTOR_NAAM[s] }))} {...register('sector')} />
          <Keuze label="Functie" fout={f.functie} opties={functieCodes.map((c) => ({ waarde: c, label: c }))} {...register('functie')} />
          <Invoer label="Uren per week per school" inputMode="decimal" achtervoegsel="uur" fout={f.urenPerWeek} {...register('urenPerWeek')} />
          <Invoer label="Uurtarief" inputMode="decimal" voorvoegsel="€" hint="Leeg = standaardtarief" fout={f.uurtariefCents} {...register('uurtariefCents')} />
          <Invoer label="Aandeel gemeente" inputMode="decimal" achtervoegsel="%" fout={f.aandeelGemeente} {...register('aandeelGemeente')} />
          <Invoer label="Aandeel onderwijs" inputMode="decimal" achtervoegsel="%" fout={f.aandeelOnderwijs} {...register('aandeelOnderwijs')} />
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Bereken
          </button>
        </div>
      </form>
      {resultaat.error && <Melding soort="error">{resultaat.error.message}</Melding>}
      {r && (
        <div className="scenario-uitkomst" aria-live="polite">
          <p className="utrecht-paragraph">
            {aantal(r.aantalNieuw)} {r.aantalNieuw === 1 ? 'school krijgt' : 'scholen krijgen'} er {r.scenario.functie} bij, {aantal(r.aantalVerhoogd)}{' '}
            {r.aantalVerhoogd === 1 ? 'school krijgt' : 'scholen krijgen'} meer uren en {aantal(r.aantalOngewijzigd)}{' '}
            {r.aantalOngewijzigd === 1 ? 'heeft' : 'hebben'} al genoeg. Extra per jaar:{' '}
            <strong data-testid="scenario-extra">{formatEuro(r.jaarbedragExtra.totaal)}</strong> (gemeente {formatEuro(r.jaarbedragExtra.gemeente)}).
          </p>
          <table className="kleine-tabel">
            <caption className="visueel-verborgen">Kosten nu, extra en nieuw per begrotingsjaar</caption>
            <thead>
              <tr>
                <th scope="col">Begrotingsjaar</th>
                <th scope="col" className="rechts">
                  Nu
                </th>
                <th scope="col" className="rechts">
                  Extra
                </th>
                <th scope="col" className="rechts">
                  Met scenario
                </th>
                <th scope="col" className="rechts">
                  Extra voor de gemeente
                </th>
                <th scope="col">Berekening</th>
              </tr>
            </thead>
            <tbody>
              {r.perBegrotingsjaar.map((j) => (
                <tr key={j.jaar}>
                  <th scope="row">{j.jaar}</th>
                  <td className="rechts">{formatEuro(j.huidig.totaal)}</td>
                  <td className="rechts">{formatEuro(j.extra.totaal)}</td>
                  <td className="rechts">{formatEuro(j.nieuw.totaal)}</td>
                  <td className="rechts">{formatEuro(j.extra.gemeente)}</td>
                  <td className="zacht">{j.toelichting}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Schooljaar {schooljaarNaam(schooljaar)}</th>
                <td className="rechts">{formatEuro(r.schooljaarTotaal.huidig.totaal)}</td>
                <td className="rechts">{formatEuro(r.schooljaarTotaal.extra.totaal)}</td>
                <td className="rechts">{formatEuro(r.schooljaarTotaal.nieuw.totaal)}</td>
                <td className="rechts">{formatEuro(r.schooljaarTotaal.extra.gemeente)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
