// Dashboard: costs and coverage at a glance for the schooljaar and begrotingsjaar in the header.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatEuro, heleEurosKloppen, saldoInCenten } from '../../../../electron/domain/geld';
import type { Verdeling } from '../../../../electron/domain/types';
import type { DemoResultaat } from '../../../../electron/api/typen/app';
import { LegeStaat, PaginaKop, Melding } from '../../components/PaginaKop';
import { AndereJaren } from '../../components/AndereJaren';
import { Waarschuwingen } from '../../components/Waarschuwingen';
import { SchrijfKnop } from '../../components/Formulier';
import { useLezen, useWijziging } from '../../hooks/useApi';
import type { Output } from '../../../../electron/api/contract';
import { aantal, datum, percentage, schooljaarNaam } from '../../format';
import { telwoord } from '../../../../electron/domain/telwoord';
import { usePeriode } from '../../periode';
import { KostenPerLeerling } from './PerLeerling';
import { DekkingGrafiek, KostenPerJaarGrafiek } from '../../components/grafieken/Grafieken';

type DekkingKaart = Output<'dekkingsgraad.overzicht'>['kaarten'][number];

export function DashboardPagina() {
  const { schooljaar, begrotingsjaar } = usePeriode();
  const kosten = useLezen('kosten.begrotingsjaar', { begrotingsjaar });
  const dekking = useLezen('dekking.begrotingsjaar', { begrotingsjaar });
  const fout = kosten.error ?? dekking.error;
  const k = kosten.data;
  const d = dekking.data;
  // Cards that add up as shown (issue 15): cents when the whole euros of the parts miss the total.
  const kostenCenten = k ? !heleEurosKloppen([k.gemeente, k.onderwijs, k.overig], k.totaal) : false;
  const geld = (c: number) => formatEuro(c, { cents: kostenCenten });
  const saldoCenten = d ? saldoInCenten(d.budgetCents, d.kostenGemeenteCents) : false;
  const saldo = (c: number) => formatEuro(c, { cents: saldoCenten });

  return (
    <>
      <PaginaKop
        titel="Dashboard"
        intro={`Kosten en dekking in begrotingsjaar ${begrotingsjaar}; bereik van de scholen in schooljaar ${schooljaarNaam(schooljaar)}.`}
      />
      {fout && <Melding soort="error">{fout.message}</Melding>}
      <Beginnen />
      <SubsidieTermijnen />
      <AanvullendeVerantwoording />
      <section aria-labelledby="kosten-kop">
        <h2 id="kosten-kop" className="dashboard__kop">
          Kosten {begrotingsjaar}
        </h2>
        <div className="kaarten">
          <Kaart
            titel="Totaal"
            waarde={k ? geld(k.totaal) : '…'}
            toelichting={k ? `${telwoord(k.aantalAfspraken, 'afspraak', 'afspraken')} (afgesproken, getekend, beëindigd)` : undefined}
            testId="kosten-totaal"
          />
          <Kaart titel="Gemeente" waarde={k ? geld(k.gemeente) : '…'} testId="kosten-gemeente" />
          <Kaart titel="Onderwijs" waarde={k ? geld(k.onderwijs) : '…'} testId="kosten-onderwijs" />
          {k && k.overig !== 0 && <Kaart titel="Overige financiers" waarde={geld(k.overig)} testId="kosten-overig" />}
          <Kaart
            titel="In voorbereiding"
            waarde={k ? formatEuro(k.inVoorbereiding.totaal) : '…'}
            toelichting={k ? `${aantal(k.aantalInVoorbereiding)} concept of in overleg; niet in de totalen` : undefined}
            testId="kosten-voorbereiding"
          />
          <Kaart
            titel="Dekking: saldo"
            waarde={d ? saldo(d.saldoCents) : '…'}
            soort={d ? (d.saldoCents < 0 ? 'negatief' : 'positief') : undefined}
            toelichting={
              d ? `${d.saldoCents < 0 ? 'Tekort' : 'Ruimte'}: budget ${saldo(d.budgetCents)} min kosten gemeente ${saldo(d.kostenGemeenteCents)}` : undefined
            }
            testId="dekking-saldo"
          />
        </div>
        {k && k.aantalAfspraken === 0 && k.aantalInVoorbereiding === 0 && <AndereJaren soort="begrotingsjaar" />}
        {/* Rule 13: afspraken at € 0 and schooljaren that make this begrotingsjaar look cheaper than it is. */}
        <Waarschuwingen lijst={k?.waarschuwingen} />
      </section>
      <div className="twee-kolommen">
        <section className="sectie" aria-labelledby="bereik-kop">
          <h2 id="bereik-kop" className="utrecht-heading-2">
            Bereik {schooljaarNaam(schooljaar)}
          </h2>
          <BereikKaarten schooljaar={schooljaar} />
        </section>
        <section className="sectie" aria-labelledby="verdeling-kop">
          <h2 id="verdeling-kop" className="utrecht-heading-2">
            Kosten {begrotingsjaar} per functie
          </h2>
          {k ? <VerdelingTabel naam="Functie" rijen={k.perFunctie} /> : <p>Laden…</p>}
          <h3 className="dashboard__subkop">Per aanbieder</h3>
          {k ? <VerdelingTabel naam="Aanbieder" rijen={k.perAanbieder} /> : <p>Laden…</p>}
        </section>
      </div>
      <KostenPerLeerling schooljaar={schooljaar} />
      <Grafieken schooljaar={schooljaar} begrotingsjaar={begrotingsjaar} />
    </>
  );
}

/** Tables that the demo needs empty (electron/demo: GEGEVENS_TABELLEN). */
const GEGEVENS = ['scholen', 'afspraken', 'wijken', 'besturen', 'begrotingsposten', 'regelingen', 'kerncijfers', 'proeftuinen'];

/**
 * An empty file offers three ways to start: the demo (to look around), the schools of DUO, or
 * an empty start (the gemeente's own settings first). Nothing here names a gemeente: a new
 * user of any gemeente reads it (issue 13 item 6).
 */
function Beginnen() {
  const navigate = useNavigate();
  const info = useLezen('app.info', {});
  const demo = useWijziging('demo.laden');
  const periode = usePeriode();
  const [geladen, setGeladen] = useState<DemoResultaat | null>(null);
  const leeg = info.data ? GEGEVENS.every((t) => !info.data.aantallen[t]) : false;
  if (geladen) {
    return (
      <div className="dashboard__beginnen">
        <Melding soort="ok">
          <p className="utrecht-paragraph">
            <strong>{geladen.naam} is geladen:</strong> {aantal(geladen.scholen)} scholen, {aantal(geladen.wijken)} wijken, {aantal(geladen.afspraken)}{' '}
            afspraken, {aantal(geladen.begrotingsposten)} begrotingsposten en {aantal(geladen.proeftuinen)} proeftuinen.
          </p>
          <p className="utrecht-paragraph">{geladen.toelichting}</p>
        </Melding>
      </div>
    );
  }
  if (!leeg) return null;
  return (
    <div className="dashboard__beginnen">
      <LegeStaat>
        <h2 className="dashboard__kop">Dit bestand is nog leeg. Hoe wilt u beginnen?</h2>
        <ul className="beginkeuzes" aria-label="Manieren om te beginnen">
          <li className="beginkeuze">
            <h3 className="beginkeuze__kop">Scholen importeren</h3>
            <p className="utrecht-paragraph">Lees de scholenlijst en leerlingaantallen van DUO in voor uw gemeente.</p>
            <SchrijfKnop className="utrecht-button utrecht-button--primary-action" onClick={() => navigate('/importeren')}>
              Scholen importeren
            </SchrijfKnop>
          </li>
          <li className="beginkeuze">
            <h3 className="beginkeuze__kop">Leeg beginnen</h3>
            <p className="utrecht-paragraph">
              Vul eerst de naam en code van uw gemeente en de uurtarieven in; voeg daarna zelf wijken, aanbieders en scholen toe.
            </p>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => navigate('/instellingen')}>
              Leeg beginnen
            </button>
          </li>
          <li className="beginkeuze">
            <h3 className="beginkeuze__kop">Voorbeeld bekijken</h3>
            <p className="utrecht-paragraph">
              Laad een voorbeeldgemeente met scholen, afspraken en begroting om Schoolinzet te leren kennen. Dat kan alleen in een leeg bestand; maak daarna een
              nieuw bestand voor uw eigen gegevens.
            </p>
            <SchrijfKnop
              disabled={demo.isPending}
              onClick={async () => {
                try {
                  const r = await demo.mutateAsync({});
                  // Straight to the period where the demo's figures are, instead of € 0 for today's year.
                  periode.setSchooljaar(r.periode.schooljaar);
                  periode.setBegrotingsjaar(r.periode.begrotingsjaar);
                  setGeladen(r);
                } catch {
                  // The message is shown below from demo.error.
                }
              }}
            >
              {demo.isPending ? 'Voorbeeld wordt geladen…' : 'Voorbeeld laden'}
            </SchrijfKnop>
          </li>
        </ul>
        {demo.error && <Melding soort="error">{demo.error.message}</Melding>}
      </LegeStaat>
    </div>
  );
}

/** The charts of the Rapportages page that belong at a glance: cost over the years and JGW coverage per wijk. */
function Grafieken({ schooljaar, begrotingsjaar }: { schooljaar: number; begrotingsjaar: number }) {
  const kostenPerJaar = useLezen('grafiek.kostenPerJaar', { vanJaar: begrotingsjaar - 3, totJaar: begrotingsjaar + 1 });
  // Without a functie the chart takes JGW when the schooljaar has it, else the most used one.
  const dekking = useLezen('grafiek.dekking', { schooljaar });
  return (
    <div className="twee-kolommen dashboard__grafieken">
      <section aria-label="Kosten per begrotingsjaar">
        {kostenPerJaar.error && <Melding soort="error">{kostenPerJaar.error.message}</Melding>}
        {kostenPerJaar.data && <KostenPerJaarGrafiek data={kostenPerJaar.data} breedte={480} />}
      </section>
      <section aria-label="Dekking per wijk">
        {dekking.error && <Melding soort="error">{dekking.error.message}</Melding>}
        {dekking.data && <DekkingGrafiek data={dekking.data} per="wijk" breedte={480} />}
      </section>
    </div>
  );
}

/**
 * One card per functie the gemeente uses in the schooljaar (the ones it pays for), over the sectors
 * where that functie is deployed; the user may pick other functies.
 */
function BereikKaarten({ schooljaar }: { schooljaar: number }) {
  const [gekozen, setGekozen] = useState<string[] | null>(null);
  const overzicht = useLezen('dekkingsgraad.overzicht', gekozen?.length ? { schooljaar, functies: gekozen } : { schooljaar });
  const o = overzicht.data;
  const zichtbaar = new Set(o?.kaarten.map((k) => k.functie) ?? []);
  const wissel = (functie: string) => {
    const nu = [...zichtbaar];
    setGekozen(zichtbaar.has(functie) ? nu.filter((f) => f !== functie) : [...nu, functie]);
  };
  return (
    <>
      {overzicht.error && <Melding soort="error">{overzicht.error.message}</Melding>}
      {o && o.beschikbaar.length === 0 && <p className="zacht">Nog geen afspraken in dit schooljaar.</p>}
      {o && o.beschikbaar.length > 1 && (
        <fieldset className="bereik__keuze">
          <legend>Functies</legend>
          {o.beschikbaar.map((f) => (
            <label key={f.functie} className="bereik__optie">
              <input type="checkbox" checked={zichtbaar.has(f.functie)} onChange={() => wissel(f.functie)} /> {f.functie}
            </label>
          ))}
        </fieldset>
      )}
      {o?.kaarten.map((k) => (
        <Bereik key={k.functie} kaart={k} />
      ))}
    </>
  );
}

function Bereik({ kaart }: { kaart: DekkingKaart }) {
  const { functie, naam, sectoren } = kaart;
  const g = kaart.graad;
  const sector = sectoren.join(', ');
  return (
    <div className="bereik" data-testid={`bereik-${functie}`}>
      <h3 className="dashboard__subkop">
        {functie}
        {sector ? ` · ${sector}` : ''}
        <span className="zacht"> – {naam}</span>
      </h3>
      {g.scholen === 0 && <p className="zacht">Geen {sector ? `${sector}-scholen` : 'scholen'} met deze functie in het register.</p>}
      {g.scholen > 0 && (
        <>
          <Balk label="Scholen" deel={g.aandeelScholen} tekst={`${aantal(g.scholenGedekt)} van ${aantal(g.scholen)} scholen`} />
          <Balk
            label="Leerlingen"
            deel={g.aandeelLeerlingen}
            tekst={g.aandeelLeerlingen === null ? 'geen leerlingaantallen' : `${aantal(g.leerlingenGedekt)} van ${aantal(g.leerlingen)} leerlingen`}
          />
          {g.nietGedekt.length > 0 && (
            <p className="zacht bereik__niet">
              Nog zonder {functie}:{' '}
              {g.nietGedekt
                .slice(0, 5)
                .map((s) => s.naam)
                .join(', ')}
              {g.nietGedekt.length > 5 ? ` en ${g.nietGedekt.length - 5} andere` : ''}.
            </p>
          )}
        </>
      )}
    </div>
  );
}

function Balk({ label, deel, tekst }: { label: string; deel: number | null; tekst: string }) {
  return (
    <div className="bereik__regel">
      <span className="bereik__label">{label}</span>
      <div className="balk" role="meter" aria-label={`${label}: ${tekst}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((deel ?? 0) * 100)}>
        <div className="balk__vulling" style={{ width: `${(deel ?? 0) * 100}%` }} />
      </div>
      <span className="bereik__waarde">
        <strong>{deel === null ? '–' : percentage(deel)}</strong> <span className="zacht">{tekst}</span>
      </span>
    </div>
  );
}

function VerdelingTabel({ naam, rijen }: { naam: string; rijen: Record<string, Verdeling> }) {
  const lijst = Object.entries(rijen).filter(([, v]) => v.totaal !== 0);
  if (!lijst.length) return <p className="zacht">Geen kosten in dit jaar.</p>;
  const totaal = lijst.reduce((s, [, v]) => s + v.totaal, 0);
  // As in the reports: cents when a column's whole euros would not add up to its total, or a row's
  // gemeente, onderwijs and overig would not give its total (JGW 2017); then the whole small table,
  // so a row never mixes euros and cents.
  const deel = (f: (v: Verdeling) => number) => lijst.map(([, v]) => f(v));
  const som = (f: (v: Verdeling) => number) => deel(f).reduce((a, b) => a + b, 0);
  const cents =
    !lijst.every(([, v]) => heleEurosKloppen([v.gemeente, v.onderwijs, v.overig], v.totaal)) ||
    ![(v: Verdeling) => v.totaal, (v: Verdeling) => v.gemeente, (v: Verdeling) => v.onderwijs].every((f) => heleEurosKloppen(deel(f), som(f)));
  const kolom = (f: (v: Verdeling) => number) => ({ som: som(f), toon: (c: number) => formatEuro(c, { cents }) });
  const [t, g, o] = [kolom((v) => v.totaal), kolom((v) => v.gemeente), kolom((v) => v.onderwijs)];
  return (
    <table className="kleine-tabel">
      <thead>
        <tr>
          <th scope="col">{naam}</th>
          <th scope="col" className="rechts">
            Totaal
          </th>
          <th scope="col" className="rechts">
            Gemeente
          </th>
          <th scope="col" className="rechts">
            Onderwijs
          </th>
        </tr>
      </thead>
      <tbody>
        {lijst.map(([sleutel, v]) => (
          <tr key={sleutel}>
            <th scope="row">{sleutel}</th>
            <td className="rechts">{t.toon(v.totaal)}</td>
            <td className="rechts">{g.toon(v.gemeente)}</td>
            <td className="rechts">{o.toon(v.onderwijs)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Totaal</th>
          <td className="rechts">{t.toon(totaal)}</td>
          <td className="rechts">{g.toon(g.som)}</td>
          <td className="rechts">{o.toon(o.som)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function Kaart({
  titel,
  waarde,
  toelichting,
  soort,
  testId,
}: {
  titel: string;
  waarde: string;
  toelichting?: string;
  soort?: 'negatief' | 'positief';
  testId?: string;
}) {
  return (
    <div className="kaart">
      <div className="kaart__titel">{titel}</div>
      <div className={`kaart__waarde${waarde.length > 11 ? ' kaart__waarde--lang' : ''}${soort ? ` bedrag--${soort}` : ''}`} data-testid={testId}>
        {waarde}
      </div>
      {toelichting && <div className="kaart__toelichting">{toelichting}</div>}
    </div>
  );
}

/** Subsidy deadlines: overdue and due in the coming 30 days (voorschotten to pay, verantwoordingen to receive). */
function SubsidieTermijnen() {
  const d = useLezen('subsidies.deadlines', {}).data;
  if (!d || (d.verlopen.length === 0 && d.binnenkort.length === 0)) return null;
  const regel = (x: (typeof d.verlopen)[number]) => (
    <li key={`${x.aanbiederId}-${x.begrotingsjaar}-${x.soort}-${x.datum}-${x.omschrijving}`}>
      {datum(x.datum)}: <Link to={`/subsidies?aanbieder=${x.aanbiederId}`}>{x.aanbieder}</Link> {x.begrotingsjaar}, {x.omschrijving}
    </li>
  );
  return (
    <section aria-labelledby="termijnen-kop" className="sectie">
      <h2 id="termijnen-kop" className="dashboard__kop">
        Subsidietermijnen
      </h2>
      {d.verlopen.length > 0 && (
        <Melding soort="warning">
          <p className="utrecht-paragraph">Verlopen ({d.verlopen.length}):</p>
          <ul className="utrecht-unordered-list">{d.verlopen.slice(0, 10).map(regel)}</ul>
          {d.verlopen.length > 10 && <p className="utrecht-paragraph">en nog {d.verlopen.length - 10} andere.</p>}
        </Melding>
      )}
      {d.binnenkort.length > 0 && (
        <>
          <p className="utrecht-paragraph">In de komende 30 dagen:</p>
          <ul className="utrecht-unordered-list">{d.binnenkort.slice(0, 10).map(regel)}</ul>
        </>
      )}
    </section>
  );
}

/** Aanvullende inzet whose verantwoording was due and has not come in (issue 16 item 10). */
function AanvullendeVerantwoording() {
  const lijst = useLezen('aanvullendeInzet.verantwoordingVerlopen', {}).data;
  if (!lijst || lijst.length === 0) return null;
  return (
    <section aria-labelledby="verantwoording-aanvullend-kop" className="sectie">
      <h2 id="verantwoording-aanvullend-kop" className="dashboard__kop">
        Verantwoording aanvullende inzet
      </h2>
      <Melding soort="warning">
        <p className="utrecht-paragraph">
          {telwoord(lijst.length, 'verantwoording is', 'verantwoordingen zijn')} te laat: de datum is voorbij en er is niets ontvangen.
        </p>
        <ul className="utrecht-unordered-list">
          {lijst.slice(0, 10).map((x) => (
            <li key={x.id}>
              {datum(x.verantwoordingUiterlijk)}: <Link to="/afspraken">{x.schoolNaam}</Link> {x.functie} ({x.aanbiederNaam}, {schooljaarNaam(x.schooljaar)}):{' '}
              {x.reden.length > 80 ? `${x.reden.slice(0, 80)}…` : x.reden}
            </li>
          ))}
        </ul>
        {lijst.length > 10 && <p className="utrecht-paragraph">en nog {lijst.length - 10} andere.</p>}
      </Melding>
    </section>
  );
}
