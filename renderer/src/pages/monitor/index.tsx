// Monitor (issue 18): per schooljaar the share of ondersteuningsvragen handled within school per
// school and wijk, as tables and charts with the norm band, the trend, and the realised against
// agreed hours per aanbieder. The schooljaar is the one chosen in the header.
import { Link } from 'react-router-dom';
import { NORM_STATUS_LABEL, type MonitorGroep } from '../../../../electron/domain/monitor';
import type { RealisatieGroep } from '../../../../electron/domain/realisatie';
import { LegeStaat, Melding, PaginaKop } from '../../components/PaginaKop';
import { MonitorGrafiek } from '../../components/grafieken/MonitorGrafiek';
import { procentTekst } from '../../components/grafieken/kleuren';
import { useLezen } from '../../hooks/useApi';
import { aantal, euro, schooljaarNaam } from '../../format';
import { usePeriode } from '../../periode';
import { IndicatorenOverzicht } from './Indicatoren';
import { NormInstellingen } from './NormInstellingen';

const status = (g: MonitorGroep) => (g.status === null ? 'geen vragen' : NORM_STATUS_LABEL[g.status]);
const uur = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

export function MonitorPagina() {
  const { schooljaar } = usePeriode();
  const overzicht = useLezen('monitor.overzicht', { schooljaar });
  const real = useLezen('monitor.realisatie', { schooljaar });
  const fout = overzicht.error ?? real.error;
  const m = overzicht.data;
  const r = real.data;
  const sj = schooljaarNaam(schooljaar);
  return (
    <>
      <PaginaKop
        titel="Monitor"
        intro={`Wat de inzet oplevert in schooljaar ${sj}: hoeveel ondersteuningsvragen binnen de school zijn opgevangen, en hoeveel van de afgesproken uren is gerealiseerd.`}
      />
      {fout && <Melding soort="error">{fout.message}</Melding>}
      {m && m.totaal.vragen === 0 && (
        <div className="monitor__leeg">
          <LegeStaat>
            <p className="utrecht-paragraph">
              Voor schooljaar {sj} zijn nog geen ondersteuningsvragen ingevoerd. Stuur de aanbieders het monitorsjabloon en lees hun cijfers in bij{' '}
              <Link to="/importeren">Importeren</Link>, of met <code>schoolinzet import monitor</code>.
            </p>
          </LegeStaat>
        </div>
      )}
      {m && m.totaal.vragen > 0 && (
        <>
          <section aria-labelledby="monitor-gemeente">
            <h2 id="monitor-gemeente" className="dashboard__kop">
              Gemeente, schooljaar {sj}
            </h2>
            <div className="kaarten">
              <Kaart
                titel="Binnen school opgevangen"
                waarde={procentTekst(m.totaal.percentageBinnenSchool)}
                toelichting={`${status(m.totaal)} (${procentTekst(m.norm.van)}-${procentTekst(m.norm.tot)})`}
                testId="monitor-percentage"
              />
              <Kaart titel="Ondersteuningsvragen" waarde={aantal(m.totaal.vragen)} toelichting={`${aantal(m.totaal.binnenSchool)} binnen school`} />
              <Kaart titel="Verwezen naar jeugdhulp" waarde={aantal(m.totaal.verwezenJeugdhulp)} />
              <Kaart titel="Verwezen via wijkteam" waarde={aantal(m.totaal.verwezenWijkteam)} />
            </div>
          </section>
          <div className="twee-kolommen">
            <section className="sectie" aria-labelledby="monitor-wijk">
              <h2 id="monitor-wijk">Per wijk</h2>
              <GroepTabel naam="Wijk" rijen={m.perWijk.map((w) => ({ sleutel: w.wijk, naam: w.wijk, g: w }))} totaal={m.totaal} />
            </section>
            <section className="sectie" aria-labelledby="monitor-trend">
              <h2 id="monitor-trend">Trend</h2>
              <GroepTabel naam="Schooljaar" rijen={m.trend.map((t) => ({ sleutel: String(t.schooljaar), naam: schooljaarNaam(t.schooljaar), g: t }))} />
            </section>
          </div>
          <section className="sectie" aria-labelledby="monitor-school">
            <h2 id="monitor-school">Per school</h2>
            <GroepTabel
              naam="School"
              rijen={m.perSchool.map((s) => ({ sleutel: s.vestigingscode, naam: `${s.naam} (${s.vestigingscode})`, g: s }))}
              totaal={m.totaal}
            />
          </section>
          <MonitorGrafiek
            titel={`% binnen school per wijk, schooljaar ${sj}`}
            label="Wijk"
            norm={m.norm}
            punten={m.perWijk.map((w) => ({ naam: w.wijk, ...w }))}
          />
          <MonitorGrafiek
            titel={`% binnen school per school, schooljaar ${sj}`}
            label="School"
            norm={m.norm}
            punten={m.perSchool.map((s) => ({ ...s, naam: s.naam }))}
          />
        </>
      )}
      {r && (
        <section className="sectie" aria-labelledby="monitor-realisatie">
          <h2 id="monitor-realisatie">Gerealiseerde uren per aanbieder</h2>
          <p className="utrecht-paragraph">
            Gerealiseerde uren (uit de verantwoording) tegen de afgesproken uren voor de maanden dat de afspraak liep. Onder {procentTekst(r.drempel)} is
            gemarkeerd. Afspraken zonder opgave tellen niet mee in de realisatiegraad.
          </p>
          {r.perAfspraak.length === 0 ? (
            <p className="zacht">Geen afspraken die meetellen in schooljaar {sj}.</p>
          ) : r.totaal.aantalOpgegeven === 0 ? (
            <p className="zacht">
              Voor de {aantal(r.totaal.aantalAfspraken)} afspraken die meetellen in schooljaar {sj} zijn nog geen gerealiseerde uren opgegeven (kolom
              Gerealiseerde uren van het monitorsjabloon).
            </p>
          ) : (
            <RealisatieTabel rijen={r.perAanbieder.map((a) => ({ naam: a.aanbieder, g: a }))} totaal={r.totaal} />
          )}
        </section>
      )}
      <IndicatorenOverzicht />
      <ProeftuinenOverzicht />
      <NormInstellingen />
    </>
  );
}

function GroepTabel({ naam, rijen, totaal }: { naam: string; rijen: { sleutel: string; naam: string; g: MonitorGroep }[]; totaal?: MonitorGroep }) {
  const cellen = (g: MonitorGroep) => (
    <>
      <td className="rechts">{aantal(g.vragen)}</td>
      <td className="rechts">{aantal(g.binnenSchool)}</td>
      <td className="rechts">{procentTekst(g.percentageBinnenSchool)}</td>
      <td className={`monitor__status monitor__status--${g.status ?? 'geen'}`}>{status(g)}</td>
    </>
  );
  return (
    <table className="kleine-tabel">
      <thead>
        <tr>
          <th scope="col">{naam}</th>
          <th scope="col" className="rechts">
            Vragen
          </th>
          <th scope="col" className="rechts">
            Binnen school
          </th>
          <th scope="col" className="rechts">
            % binnen school
          </th>
          <th scope="col">Norm</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.sleutel}>
            <th scope="row">{r.naam}</th>
            {cellen(r.g)}
          </tr>
        ))}
      </tbody>
      {totaal && (
        <tfoot>
          <tr>
            <th scope="row">Gemeente</th>
            {cellen(totaal)}
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function RealisatieTabel({ rijen, totaal }: { rijen: { naam: string; g: RealisatieGroep }[]; totaal: RealisatieGroep }) {
  const cellen = (g: RealisatieGroep) => (
    <>
      <td className="rechts">
        {aantal(g.aantalOpgegeven)} van {aantal(g.aantalAfspraken)}
      </td>
      <td className="rechts">{uur(g.afgesprokenUren)}</td>
      <td className="rechts">{uur(g.gerealiseerdeUren)}</td>
      <td className="rechts">{procentTekst(g.realisatiegraad)}</td>
      <td className={g.onderDrempel ? 'monitor__status monitor__status--onder' : 'monitor__status'}>
        {g.realisatiegraad === null ? 'geen opgave' : g.onderDrempel ? 'onder de drempel' : 'in orde'}
      </td>
    </>
  );
  return (
    <table className="kleine-tabel">
      <thead>
        <tr>
          <th scope="col">Aanbieder</th>
          <th scope="col" className="rechts">
            Met opgave
          </th>
          <th scope="col" className="rechts">
            Afgesproken uren
          </th>
          <th scope="col" className="rechts">
            Gerealiseerde uren
          </th>
          <th scope="col" className="rechts">
            Realisatiegraad
          </th>
          <th scope="col">Signaal</th>
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.naam}>
            <th scope="row">{r.naam}</th>
            {cellen(r.g)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Totaal</th>
          {cellen(totaal)}
        </tr>
      </tfoot>
    </table>
  );
}

function Kaart({ titel, waarde, toelichting, testId }: { titel: string; waarde: string; toelichting?: string; testId?: string }) {
  return (
    <div className="kaart">
      <div className="kaart__titel">{titel}</div>
      <div className="kaart__waarde" data-testid={testId}>
        {waarde}
      </div>
      {toelichting && <div className="kaart__toelichting">{toelichting}</div>}
    </div>
  );
}

/** The proeftuinen with their budget and the warning when a year's budget grows (rule 13). */
function ProeftuinenOverzicht() {
  const lijst = useLezen('proeftuinen.lijst', {});
  if (!lijst.data?.length) return null;
  return (
    <section className="sectie" aria-labelledby="monitor-proeftuinen">
      <h2 id="monitor-proeftuinen">Proeftuinen</h2>
      <table className="kleine-tabel">
        <thead>
          <tr>
            <th scope="col">Proeftuin</th>
            <th scope="col">Looptijd</th>
            <th scope="col" className="rechts">
              Budget totaal
            </th>
            <th scope="col">Budget</th>
          </tr>
        </thead>
        <tbody>
          {lijst.data.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.naam}</th>
              <td>
                {p.startjaar} t/m {p.eindjaar}
              </td>
              <td className="rechts">{euro(p.budgetTotaalCents)}</td>
              <td>
                {p.budgetWaarschuwingen.length > 0
                  ? p.budgetWaarschuwingen.map((w) => (
                      <p key={w} className="waarschuwing-tekst">
                        {w}
                      </p>
                    ))
                  : p.budgetKrimpt
                    ? 'neemt af of blijft gelijk'
                    : 'hoger dan het jaar ervoor, met reden'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="utrecht-paragraph zacht">
        Budget, scholen en indicatoren van een proeftuin wijzigt u bij <Link to="/begroting">Begroting</Link>.
      </p>
    </section>
  );
}
