// Begroting: the dekking of the chosen begrotingsjaar, the begrotingsposten per year, the regelingen
// and the basisinzet scenario.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api';
import { formatEuro, formatPercentage, formatUren } from '../../../../electron/domain/geld';
import type { Begrotingspost } from '../../../../electron/db/begrotingsposten-repo';
import { Melding, PaginaKop } from '../../components/PaginaKop';
import { useBevestiging } from '../../components/Bevestiging';
import { useToast } from '../../components/Toast';
import { invalideer, useLezen } from '../../hooks/useApi';
import { datum } from '../../format';
import { usePeriode } from '../../periode';
import { BegrotingspostFormulier } from './BegrotingspostFormulier';
import { Scenario } from './Scenario';

export function BegrotingPagina() {
  const { begrotingsjaar, schooljaar } = usePeriode();
  return (
    <>
      <PaginaKop titel="Begroting" intro={`Begrotingsposten, de dekking van de gemeentelijke kosten in ${begrotingsjaar}, de regelingen en een scenario.`} />
      <Dekking jaar={begrotingsjaar} />
      <Posten jaar={begrotingsjaar} />
      <Regelingen />
      <Scenario schooljaar={schooljaar} />
    </>
  );
}

function Dekking({ jaar }: { jaar: number }) {
  const dekking = useLezen('dekking.begrotingsjaar', { begrotingsjaar: jaar });
  const d = dekking.data;
  return (
    <section className="sectie" aria-labelledby="dekking-kop">
      <h2 id="dekking-kop" className="utrecht-heading-2">
        Dekking {jaar}
      </h2>
      {dekking.error && <Melding soort="error">{dekking.error.message}</Melding>}
      {d && (
        <>
          <table className="kleine-tabel">
            <thead>
              <tr>
                <th scope="col">Begrotingspost</th>
                <th scope="col">Soort</th>
                <th scope="col" className="rechts">
                  Budget {jaar}
                </th>
                <th scope="col" className="rechts">
                  Ingezet
                </th>
                <th scope="col" className="rechts">
                  Resterend
                </th>
              </tr>
            </thead>
            <tbody>
              {d.posten.length === 0 && (
                <tr>
                  <td colSpan={5} className="zacht">
                    Geen begrotingsposten met een bedrag voor {jaar}.
                  </td>
                </tr>
              )}
              {d.posten.map((p) => (
                <tr key={p.begrotingspostId}>
                  <th scope="row">{p.naam}</th>
                  <td>{p.soort}</td>
                  <td className="rechts">{formatEuro(p.bedragCents)}</td>
                  <td className="rechts">{formatEuro(p.ingezetCents)}</td>
                  <td className="rechts">{formatEuro(p.resterendCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Totaal budget
                </th>
                <td className="rechts">{formatEuro(d.budgetCents)}</td>
                <td />
                <td />
              </tr>
            </tfoot>
          </table>
          <dl className="gegevens dekking-som">
            <dt>Kosten gemeente {jaar}</dt>
            <dd data-testid="dekking-kosten">{formatEuro(d.kostenGemeenteCents)}</dd>
            <dt>Budget</dt>
            <dd>{formatEuro(d.budgetCents)}</dd>
            <dt>{d.saldoCents < 0 ? 'Tekort' : 'Ruimte'}</dt>
            <dd className={d.saldoCents < 0 ? 'bedrag--negatief' : 'bedrag--positief'} data-testid="dekking-saldo">
              <strong>{formatEuro(Math.abs(d.saldoCents))}</strong>
            </dd>
            {d.inVoorbereidingGemeenteCents > 0 && (
              <>
                <dt>In voorbereiding (niet meegeteld)</dt>
                <dd>{formatEuro(d.inVoorbereidingGemeenteCents)}</dd>
              </>
            )}
          </dl>
        </>
      )}
    </section>
  );
}

function Posten({ jaar }: { jaar: number }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const bevestig = useBevestiging();
  const posten = useLezen('begrotingsposten.lijst', {});
  const [formulier, setFormulier] = useState<{ post: Begrotingspost | null } | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const jaren = [jaar - 1, jaar, jaar + 1, jaar + 2];
  const verwijder = async (p: Begrotingspost) => {
    setFout(null);
    if (!(await bevestig({ titel: 'Begrotingspost verwijderen', tekst: `${p.naam} en al zijn bedragen worden verwijderd.`, bevestigKnop: 'Verwijderen', gevaarlijk: true }))) return;
    try {
      const oud = await invoke('begrotingsposten.verwijder', { id: p.id });
      await invalideer(queryClient, 'begrotingsposten.verwijder');
      toast({
        tekst: `${oud.naam} verwijderd.`,
        ongedaanMaken: async () => {
          await invoke('begrotingsposten.herstel', oud);
          await invalideer(queryClient, 'begrotingsposten.herstel');
        },
      });
    } catch (e) {
      setFout((e as Error).message);
    }
  };
  return (
    <section className="sectie" aria-labelledby="posten-kop">
      <div className="sectie__kop">
        <h2 id="posten-kop" className="utrecht-heading-2">
          Begrotingsposten
        </h2>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setFormulier({ post: null })}>
          Begrotingspost toevoegen
        </button>
      </div>
      {(fout || posten.error) && <Melding soort="error">{fout ?? posten.error?.message}</Melding>}
      {posten.data && posten.data.length === 0 && <p className="zacht">Nog geen begrotingsposten. Voeg de posten toe die de kosten dekken, met hun bedrag per jaar.</p>}
      {posten.data && posten.data.length > 0 && (
        <table className="kleine-tabel">
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Soort</th>
              {jaren.map((j) => (
                <th key={j} scope="col" className="rechts">
                  {j}
                </th>
              ))}
              <th scope="col">
                <span className="visueel-verborgen">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {posten.data.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.naam}</th>
                <td>{p.soort}</td>
                {jaren.map((j) => {
                  const b = p.bedragen.find((x) => x.jaar === j);
                  return (
                    <td key={j} className="rechts">
                      {b ? formatEuro(b.bedragCents) : <span className="zacht">–</span>}
                    </td>
                  );
                })}
                <td className="rechts acties-cel">
                  <button type="button" className="knop-link" onClick={() => setFormulier({ post: p })} aria-label={`${p.naam} wijzigen`}>
                    Wijzigen
                  </button>{' '}
                  <button type="button" className="knop-link" onClick={() => verwijder(p)} aria-label={`${p.naam} verwijderen`}>
                    Verwijderen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {formulier && <BegrotingspostFormulier post={formulier.post} jaar={jaar} onSluit={() => setFormulier(null)} />}
    </section>
  );
}

function Regelingen() {
  const regelingen = useLezen('regelingen.lijst', {});
  const posten = useLezen('begrotingsposten.lijst', {});
  return (
    <section className="sectie" aria-labelledby="regelingen-kop">
      <h2 id="regelingen-kop" className="utrecht-heading-2">
        Regelingen
      </h2>
      {regelingen.error && <Melding soort="error">{regelingen.error.message}</Melding>}
      {regelingen.data && regelingen.data.length === 0 && <p className="zacht">Nog geen regelingen.</p>}
      {regelingen.data?.map((r) => (
        <article key={r.id} className="regeling">
          <h3 className="dashboard__subkop">{r.naam}</h3>
          <dl className="gegevens">
            <dt>Periode</dt>
            <dd>
              {r.startdatum ? datum(r.startdatum) : 'onbepaald'} t/m {r.einddatum ? datum(r.einddatum) : 'onbepaald'}
            </dd>
            <dt>Wie betaalt</dt>
            <dd>
              gemeente {formatPercentage(r.aandeelGemeente)}, onderwijs {formatPercentage(r.aandeelOnderwijs)}
              {r.aandeelOverig ? `, ${r.overigeFinancier ?? 'overig'} ${formatPercentage(r.aandeelOverig)}` : ''}
            </dd>
            {r.basisinzet.length > 0 && (
              <>
                <dt>Basisinzet</dt>
                <dd>
                  {r.basisinzet
                    .map((b) => `${b.functie} ${b.sector}: ${formatUren(b.urenPerWeek)} uur per week${b.uurtariefCents ? ` à ${formatEuro(b.uurtariefCents, { cents: true })}` : ''}`)
                    .join('; ')}
                </dd>
              </>
            )}
            {r.begrotingspostIds.length > 0 && (
              <>
                <dt>Begrotingsposten</dt>
                <dd>{r.begrotingspostIds.map((id) => posten.data?.find((p) => p.id === id)?.naam ?? `#${id}`).join(', ')}</dd>
              </>
            )}
            {r.omschrijving && (
              <>
                <dt>Omschrijving</dt>
                <dd>{r.omschrijving}</dd>
              </>
            )}
          </dl>
        </article>
      ))}
    </section>
  );
}
