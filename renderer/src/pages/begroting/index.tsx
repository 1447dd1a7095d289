// Begroting: the dekking of the chosen begrotingsjaar, the begrotingsposten per year, the regelingen
// and the basisinzet scenario.
import { useState } from 'react';
import { formatEuro, formatPercentage, formatUren, saldoInCenten } from '../../../../electron/domain/geld';
import type { Begrotingspost, Regeling } from '../../../../electron/api/typen/registratie';
import type { DekkingProeftuin } from '../../../../electron/domain/dekking';
import { Melding, PaginaKop } from '../../components/PaginaKop';
import { Waarschuwingen } from '../../components/Waarschuwingen';
import { ActiesKop, RijActies, SchrijfKnop, Sectie } from '../../components/Formulier';
import { useLezen } from '../../hooks/useApi';
import { useVerwijderen } from '../../hooks/apiFormulier';
import { datum } from '../../format';
import { usePeriode } from '../../periode';
import { BegrotingspostFormulier } from './BegrotingspostFormulier';
import { RegelingFormulier } from './RegelingFormulier';
import { Proeftuinen } from './Proeftuinen';
import { Scenario } from './Scenario';

export function BegrotingPagina() {
  const { begrotingsjaar, schooljaar } = usePeriode();
  return (
    <>
      <PaginaKop
        titel="Begroting"
        intro={`Begrotingsposten, de dekking van de gemeentelijke kosten in ${begrotingsjaar}, de regelingen, de proeftuinen en een scenario.`}
      />
      <Dekking jaar={begrotingsjaar} />
      <Posten jaar={begrotingsjaar} />
      <Regelingen />
      <Proeftuinen />
      <Scenario schooljaar={schooljaar} />
    </>
  );
}

function Dekking({ jaar }: { jaar: number }) {
  const dekking = useLezen('dekking.begrotingsjaar', { begrotingsjaar: jaar });
  // Rule 13: verleningen above a begrotingspost show here too, not only at the verlening.
  const plafond = useLezen('subsidies.lijst', { begrotingsjaar: jaar }).data?.waarschuwingen ?? [];
  const d = dekking.data;
  // Budget min kosten gives the shown saldo: in cents where whole euros would not (a tekort of € 0,25, never € 0).
  const saldoCenten = d ? saldoInCenten(d.budgetCents, d.kostenGemeenteCents) : false;
  return (
    <section className="sectie" aria-labelledby="dekking-kop">
      <h2 id="dekking-kop" className="utrecht-heading-2">
        Dekking {jaar}
      </h2>
      {dekking.error && <Melding soort="error">{dekking.error.message}</Melding>}
      <Waarschuwingen lijst={d?.waarschuwingen} />
      {plafond.map((w) => (
        <Melding key={w} soort="warning">
          {w}
        </Melding>
      ))}
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
                <th scope="col">Betaalt voor regeling</th>
              </tr>
            </thead>
            <tbody>
              {d.posten.length === 0 && (
                <tr>
                  <td colSpan={6} className="zacht">
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
                  <td>{p.regelingen.length ? p.regelingen.join(', ') : <span className="zacht">geen regeling gekoppeld</span>}</td>
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
                <td />
              </tr>
            </tfoot>
          </table>
          <dl className="gegevens dekking-som">
            <dt>Kosten gemeente {jaar}</dt>
            <dd data-testid="dekking-kosten">{formatEuro(d.kostenGemeenteCents, { cents: saldoCenten })}</dd>
            <dt>Budget</dt>
            <dd>{formatEuro(d.budgetCents, { cents: saldoCenten })}</dd>
            <dt>{d.saldoCents < 0 ? 'Tekort' : 'Ruimte'}</dt>
            <dd className={d.saldoCents < 0 ? 'bedrag--negatief' : 'bedrag--positief'} data-testid="dekking-saldo">
              <strong>{formatEuro(Math.abs(d.saldoCents), { cents: saldoCenten })}</strong>
            </dd>
            {d.inVoorbereidingGemeenteCents > 0 && (
              <>
                <dt>In voorbereiding (niet meegeteld)</dt>
                <dd>{formatEuro(d.inVoorbereidingGemeenteCents)}</dd>
              </>
            )}
          </dl>
          {d.proeftuinen.length > 0 && <ProeftuinGeld jaar={jaar} proeftuinen={d.proeftuinen} totaalCents={d.proeftuinenGemeenteCents} />}
        </>
      )}
    </section>
  );
}

/** Each proeftuin's gemeente money on its own line: paid from its own budget, so outside the saldo above (docs/regels.md#regel-4). */
function ProeftuinGeld({ jaar, proeftuinen, totaalCents }: { jaar: number; proeftuinen: DekkingProeftuin[]; totaalCents: number }) {
  return (
    <table className="kleine-tabel" data-testid="dekking-proeftuinen">
      <caption>Proeftuinen {jaar}: deel gemeente, betaald uit het eigen budget van de proeftuin (buiten het saldo)</caption>
      <thead>
        <tr>
          <th scope="col">Proeftuin</th>
          <th scope="col" className="rechts">
            Kosten gemeente
          </th>
          <th scope="col" className="rechts">
            Gedekt uit eigen budget
          </th>
        </tr>
      </thead>
      <tbody>
        {proeftuinen.map((p) => (
          <tr key={p.proeftuinId}>
            <th scope="row">{p.naam}</th>
            <td className="rechts">{formatEuro(p.gemeenteCents)}</td>
            <td className="rechts">{formatEuro(p.gemeenteCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Totaal proeftuinen</th>
          <td className="rechts">{formatEuro(totaalCents)}</td>
          <td className="rechts">{formatEuro(totaalCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function Posten({ jaar }: { jaar: number }) {
  const posten = useLezen('begrotingsposten.lijst', {});
  const { verwijder, fout } = useVerwijderen();
  const [formulier, setFormulier] = useState<{ post: Begrotingspost | null } | null>(null);
  const jaren = [jaar - 1, jaar, jaar + 1, jaar + 2];
  return (
    <Sectie
      titel="Begrotingsposten"
      fout={fout ?? posten.error?.message}
      acties={<SchrijfKnop onClick={() => setFormulier({ post: null })}>Begrotingspost toevoegen</SchrijfKnop>}
    >
      {posten.data && posten.data.length === 0 && (
        <p className="zacht">Nog geen begrotingsposten. Voeg de posten toe die de kosten dekken, met hun bedrag per jaar.</p>
      )}
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
              <ActiesKop />
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
                <RijActies
                  wat={p.naam}
                  onWijzig={() => setFormulier({ post: p })}
                  onVerwijder={() =>
                    verwijder({
                      gebied: 'begrotingsposten',
                      invoer: { id: p.id },
                      titel: 'Begrotingspost verwijderen',
                      tekst: `${p.naam} en al zijn bedragen worden verwijderd.`,
                      melding: (oud) => `${oud.naam} verwijderd.`,
                    })
                  }
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {formulier && <BegrotingspostFormulier post={formulier.post} jaar={jaar} onSluit={() => setFormulier(null)} />}
    </Sectie>
  );
}

function Regelingen() {
  const regelingen = useLezen('regelingen.lijst', {});
  const posten = useLezen('begrotingsposten.lijst', {});
  const { verwijder, fout } = useVerwijderen();
  const [formulier, setFormulier] = useState<{ r: Regeling | null } | null>(null);
  return (
    <Sectie
      titel="Regelingen"
      fout={fout ?? regelingen.error?.message}
      acties={<SchrijfKnop onClick={() => setFormulier({ r: null })}>Regeling toevoegen</SchrijfKnop>}
    >
      {regelingen.data && regelingen.data.length === 0 && (
        <p className="zacht">Nog geen regelingen. Een regeling legt vast welke sectoren welke functie krijgen, hoeveel uur, en wie betaalt.</p>
      )}
      {regelingen.data?.map((r) => (
        <article key={r.id} className="regeling" aria-labelledby={`regeling-${r.id}`}>
          <div className="regeling__kop">
            <h3 id={`regeling-${r.id}`} className="dashboard__subkop">
              {r.naam}
            </h3>
            <div className="acties-cel">
              <button type="button" className="knop-link" onClick={() => setFormulier({ r })} aria-label={`Regeling ${r.naam} wijzigen`}>
                Wijzigen
              </button>{' '}
              <SchrijfKnop
                className="knop-link"
                aria-label={`Regeling ${r.naam} verwijderen`}
                onClick={() =>
                  verwijder({
                    gebied: 'regelingen',
                    invoer: { id: r.id },
                    titel: 'Regeling verwijderen',
                    tekst: `Regeling ${r.naam} wordt verwijderd. Afspraken die ernaar verwijzen houden hun eigen uren en bedragen.`,
                    melding: (oud) => `Regeling ${oud.naam} verwijderd.`,
                  })
                }
              >
                Verwijderen
              </SchrijfKnop>
            </div>
          </div>
          <dl className="gegevens">
            <dt>Periode</dt>
            <dd>
              {r.startdatum ? datum(r.startdatum) : 'onbepaald'} t/m {r.einddatum ? datum(r.einddatum) : 'onbepaald'}
              {r.wekenPerJaar ? ` · ${formatUren(r.wekenPerJaar)} weken per jaar` : ''}
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
                    .map(
                      (b) =>
                        `${b.functie} ${b.sector}: ${formatUren(b.urenPerWeek)} uur per week${b.uurtariefCents ? ` à ${formatEuro(b.uurtariefCents, { cents: true })}` : ''}`,
                    )
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
      {formulier && <RegelingFormulier regeling={formulier.r} onSluit={() => setFormulier(null)} />}
    </Sectie>
  );
}
