// Cost per leerling (per sector and per wijk, over the DUO count of the schooljaar) and per
// jeugdige 0-19 (kerncijfers), with the kerncijfers' pupil numbers beside DUO's (issue 13 item 10).
// The figures come from kosten.perLeerling: the same engine as the financiële paragraaf.
import type { PerLeerlingRegel } from '../../../../electron/domain/per-leerling';
import { useLezen } from '../../hooks/useApi';
import { aantal, euro, schooljaarNaam } from '../../format';

const perLeerling = (c: number | null) => (c === null ? '–' : euro(c, true));

function Tabel({ naam, regels, totaal, teljaar }: { naam: string; regels: PerLeerlingRegel[]; totaal: PerLeerlingRegel; teljaar: number }) {
  return (
    <table className="kleine-tabel">
      <caption className="visueel-verborgen">Kosten per leerling per {naam.toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">{naam}</th>
          <th scope="col" className="rechts">
            Kosten
          </th>
          <th scope="col" className="rechts">
            Leerlingen (DUO {teljaar})
          </th>
          <th scope="col" className="rechts">
            Per leerling
          </th>
          <th scope="col" className="rechts">
            Gemeente per leerling
          </th>
        </tr>
      </thead>
      <tbody>
        {regels.map((r) => (
          <tr key={r.naam}>
            <th scope="row">{r.naam}</th>
            <td className="rechts">{euro(r.kostenCents)}</td>
            <td className="rechts">
              {aantal(r.leerlingen)}
              {r.scholenZonderTelling > 0 && <span className="zacht"> ({r.scholenZonderTelling} zonder aantal)</span>}
            </td>
            <td className="rechts">{perLeerling(r.perLeerlingCents)}</td>
            <td className="rechts">{perLeerling(r.gemeentePerLeerlingCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Totaal</th>
          <td className="rechts">{euro(totaal.kostenCents)}</td>
          <td className="rechts">{aantal(totaal.leerlingen)}</td>
          <td className="rechts" data-testid={naam === 'Sector' ? 'per-leerling-totaal' : undefined}>
            {perLeerling(totaal.perLeerlingCents)}
          </td>
          <td className="rechts">{perLeerling(totaal.gemeentePerLeerlingCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function KostenPerLeerling({ schooljaar }: { schooljaar: number }) {
  const { data: p, error } = useLezen('kosten.perLeerling', { schooljaar });
  const anderJaar = p ? p.teljarenGebruikt.filter((j) => j !== p.teljaar) : [];
  return (
    <section className="sectie" aria-labelledby="per-leerling-kop">
      <h2 id="per-leerling-kop" className="utrecht-heading-2">
        Kosten per leerling en per jeugdige, {schooljaarNaam(schooljaar)}
      </h2>
      {error && <p>{error.message}</p>}
      {!p ? (
        !error && <p>Laden…</p>
      ) : (
        <>
          <p className="utrecht-paragraph zacht">
            Kosten van schooljaar {schooljaarNaam(schooljaar)} gedeeld door de leerlingen van de DUO-telling van 1 oktober {p.teljaar}
            {anderJaar.length > 0 && ` (scholen zonder telling in ${p.teljaar}: hun dichtstbijzijnde telling, uit ${anderJaar.join(', ')})`}.
          </p>
          <h3 className="dashboard__subkop">Per sector</h3>
          <Tabel naam="Sector" regels={p.perSector} totaal={p.totaal} teljaar={p.teljaar} />
          <h3 className="dashboard__subkop">Per wijk</h3>
          <Tabel naam="Wijk" regels={p.perWijk} totaal={p.totaal} teljaar={p.teljaar} />
          <h3 className="dashboard__subkop">Per jeugdige en de kerncijfers naast DUO</h3>
          {p.jeugdigen ? (
            <dl className="gegevens">
              <dt>Jeugdigen 0-19 jaar (kerncijfers {p.jeugdigen.kerncijfersJaar})</dt>
              <dd>{aantal(p.jeugdigen.jeugdigen019)}</dd>
              <dt>Kosten per jeugdige</dt>
              <dd data-testid="per-jeugdige">{perLeerling(p.jeugdigen.perJeugdigeCents)}</dd>
              <dt>Gemeente per jeugdige</dt>
              <dd>{perLeerling(p.jeugdigen.gemeentePerJeugdigeCents)}</dd>
              <dt>Leerlingen PO</dt>
              <dd>
                {aantal(p.vergelijking.kerncijfersPo)} volgens de kerncijfers {p.vergelijking.kerncijfersJaar}; {aantal(p.vergelijking.duoPo)} volgens DUO{' '}
                {p.teljaar} (PO en SBO)
              </dd>
              <dt>Leerlingen VO</dt>
              <dd>
                {aantal(p.vergelijking.kerncijfersVo)} volgens de kerncijfers {p.vergelijking.kerncijfersJaar}; {aantal(p.vergelijking.duoVo)} volgens DUO{' '}
                {p.teljaar} (VO en PRO)
              </dd>
            </dl>
          ) : (
            <p className="zacht">
              Nog geen kerncijfers: voeg het aantal jeugdigen van 0 tot 19 jaar toe bij Begroting om de kosten per jeugdige te zien. DUO telt{' '}
              {aantal(p.vergelijking.duoPo)} leerlingen PO en SBO en {aantal(p.vergelijking.duoVo)} leerlingen VO en PRO.
            </p>
          )}
        </>
      )}
    </section>
  );
}
