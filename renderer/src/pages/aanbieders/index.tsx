// Aanbieders and Functies: lists, a detail with the afspraken of the chosen schooljaar and their
// totals, and edit forms. Functies live on a tab here: they are few and go with who delivers them.
import { telwoord } from '../../../../electron/domain/telwoord';
import { useMemo, useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatEuro } from '../../../../electron/domain/geld';
import { OT_ROL_LABEL, type FunctieCode } from '../../../../electron/domain/types';
import type { AanbiederRij, Functie } from '../../../../electron/api/typen/registratie';
import { DataTabel, type Kolom } from '../../components/DataTabel';
import { LegeStaat, Melding, PaginaKop } from '../../components/PaginaKop';
import { SchrijfKnop } from '../../components/Formulier';
import { Geschiedenis } from '../../components/Geschiedenis';
import { useLezen } from '../../hooks/useApi';
import { useVerwijderen } from '../../hooks/apiFormulier';
import { aantal, schooljaarNaam } from '../../format';
import { usePeriode } from '../../periode';
import { AFSPRAAK_KOLOMMEN } from '../afspraken';
import { useAfspraakRijen } from '../afspraken/rijen';
import { AanbiederFormulier, FunctieFormulier } from './formulieren';

export function AanbiedersPagina() {
  return (
    <Routes>
      <Route index element={<Overzicht />} />
      <Route path="functies/:code" element={<FunctieDetail />} />
      <Route path=":id" element={<AanbiederDetail />} />
    </Routes>
  );
}

const AANBIEDER_KOLOMMEN: Kolom<AanbiederRij>[] = [
  { id: 'naam', kop: 'Naam', waarde: (r) => r.naam, breedte: 220, groei: 2 },
  { id: 'korteNaam', kop: 'Korte naam', waarde: (r) => r.korteNaam, breedte: 120 },
  { id: 'contactpersoon', kop: 'Contactpersoon', waarde: (r) => r.contactpersoon, breedte: 160, groei: 1.5 },
  { id: 'email', kop: 'E-mailadres', waarde: (r) => r.email, breedte: 200, groei: 1.5 },
  {
    id: 'afspraken',
    kop: 'Afspraken (alle jaren)',
    waarde: (r) => r.aantalAfspraken,
    toon: (r) => aantal(r.aantalAfspraken),
    rechts: true,
    breedte: 130,
    filter: false,
    totaal: (rijen) => aantal(rijen.reduce((s, r) => s + r.aantalAfspraken, 0)),
  },
];

function Overzicht() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'functies' ? 'functies' : 'aanbieders';
  const zet = (t: string) => setParams(t === 'functies' ? { tab: 'functies' } : {}, { replace: true });
  return (
    <>
      <PaginaKop titel="Aanbieders" intro="De organisaties die de medewerkers leveren, en de functies die zij invullen, met hun afspraken en bedragen." />
      <div className="tabs" role="tablist" aria-label="Aanbieders of functies">
        {[
          ['aanbieders', 'Aanbieders'],
          ['functies', 'Functies'],
        ].map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-controls={`paneel-${id}`}
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            className="tabs__tab"
            onClick={() => zet(id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const ander = id === 'aanbieders' ? 'functies' : 'aanbieders';
                zet(ander);
                document.getElementById(`tab-${ander}`)?.focus();
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`paneel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'aanbieders' ? <AanbiedersLijst /> : <FunctiesLijst />}
      </div>
    </>
  );
}

function AanbiedersLijst() {
  const navigate = useNavigate();
  const lijst = useLezen('aanbieders.lijst', {});
  const [nieuw, setNieuw] = useState(false);
  return (
    <>
      {lijst.error && <Melding soort="error">{lijst.error.message}</Melding>}
      <DataTabel
        naam="Aanbieders"
        rijen={lijst.data ?? []}
        kolommen={AANBIEDER_KOLOMMEN}
        rijSleutel={(r) => r.id}
        onOpen={(r) => navigate(`/aanbieders/${r.id}`)}
        laden={lijst.isPending}
        telwoord={['aanbieder', 'aanbieders']}
        hoogte={420}
        werkbalk={
          <SchrijfKnop className="utrecht-button utrecht-button--primary-action" onClick={() => setNieuw(true)}>
            Aanbieder toevoegen
          </SchrijfKnop>
        }
        leeg={
          // A new file has no aanbieders (migration 006): the empty list must still offer to add one.
          <LegeStaat>
            <p className="utrecht-paragraph">Nog geen aanbieders. Voeg de organisaties toe die in uw gemeente de medewerkers leveren.</p>
            <div className="utrecht-button-group lege-staat__knoppen">
              <SchrijfKnop className="utrecht-button utrecht-button--primary-action" onClick={() => setNieuw(true)}>
                Aanbieder toevoegen
              </SchrijfKnop>
            </div>
          </LegeStaat>
        }
      />
      {nieuw && <AanbiederFormulier aanbieder={null} onSluit={() => setNieuw(false)} onOpgeslagen={(a) => navigate(`/aanbieders/${a.id}`)} />}
    </>
  );
}

function FunctiesLijst() {
  const { schooljaar } = usePeriode();
  const navigate = useNavigate();
  const functies = useLezen('functies.lijst', {});
  const kosten = useLezen('kosten.schooljaar', { schooljaar });
  const [wijzig, setWijzig] = useState<Functie | 'nieuw' | null>(null);
  const verwijderen = useVerwijderen();
  const verwijder = (f: Functie) =>
    verwijderen.verwijder({
      gebied: 'functies',
      invoer: { code: f.code },
      titel: `Functie ${f.code} verwijderen?`,
      tekst: `${f.naam} verdwijnt uit de functielijst en uit de samenstelling van de ondersteuningsteams. Dat kan alleen als geen afspraak of regeling de functie gebruikt.`,
      melding: () => `Functie ${f.code} verwijderd.`,
    });
  return (
    <section aria-labelledby="functies-kop">
      <h2 id="functies-kop" className="visueel-verborgen">
        Functies
      </h2>
      {functies.error && <Melding soort="error">{functies.error.message}</Melding>}
      {verwijderen.fout && <Melding soort="error">{verwijderen.fout}</Melding>}
      <div className="utrecht-button-group functies__acties">
        <SchrijfKnop className="utrecht-button utrecht-button--primary-action" onClick={() => setWijzig('nieuw')}>
          Functie toevoegen
        </SchrijfKnop>
      </div>
      <table className="kleine-tabel sectie-tabel">
        <caption className="zacht">Kosten in schooljaar {schooljaarNaam(schooljaar)} (afgesproken, getekend en beëindigd)</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Naam</th>
            <th scope="col">Betaler</th>
            <th scope="col">Rol in OT</th>
            <th scope="col" className="rechts">
              Standaard uurtarief
            </th>
            <th scope="col" className="rechts">
              Kosten {schooljaarNaam(schooljaar)}
            </th>
            <th scope="col">
              <span className="visueel-verborgen">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(functies.data ?? []).map((f) => (
            <tr key={f.code}>
              <th scope="row">
                <Link className="utrecht-link" to={`/aanbieders/functies/${f.code}`}>
                  {f.code}
                </Link>
              </th>
              <td>{f.naam}</td>
              <td>{f.betaler === 'gemeente' ? 'Gemeente' : 'Onderwijs'}</td>
              <td>{f.otRol ? OT_ROL_LABEL[f.otRol] : <span className="zacht">geen</span>}</td>
              <td className="rechts">
                {f.standaardUurtariefCents ? formatEuro(f.standaardUurtariefCents, { cents: true }) : <span className="zacht">niet ingesteld</span>}
              </td>
              <td className="rechts">{formatEuro(kosten.data?.perFunctie[f.code]?.totaal ?? 0)}</td>
              <td className="rechts">
                <button type="button" className="knop-link" onClick={() => setWijzig(f)} aria-label={`Functie ${f.code} wijzigen`}>
                  Wijzigen
                </button>{' '}
                <button
                  type="button"
                  className="knop-link"
                  onClick={() => navigate(`/aanbieders/functies/${f.code}`)}
                  aria-label={`Afspraken ${f.code} bekijken`}
                >
                  Afspraken
                </button>{' '}
                <button type="button" className="knop-link" onClick={() => verwijder(f)} aria-label={`Functie ${f.code} verwijderen`}>
                  Verwijderen
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {wijzig && <FunctieFormulier functie={wijzig === 'nieuw' ? null : wijzig} onSluit={() => setWijzig(null)} />}
    </section>
  );
}

/** Totals of afspraken rows, for the detail headers. */
function Totalen({ rijen }: { rijen: ReturnType<typeof useAfspraakRijen>['rijen'] }) {
  const t = useMemo(() => {
    const geteld = rijen.filter((r) => r.kosten.geteld);
    return {
      aantal: geteld.length,
      scholen: new Set(geteld.map((r) => r.schoolId)).size,
      totaal: geteld.reduce((s, r) => s + r.kosten.schooljaar.totaal, 0),
      gemeente: geteld.reduce((s, r) => s + r.kosten.schooljaar.gemeente, 0),
      onderwijs: geteld.reduce((s, r) => s + r.kosten.schooljaar.onderwijs, 0),
      uren: geteld.reduce((s, r) => s + r.basisurenPerWeek + r.aanvullendeUren, 0),
    };
  }, [rijen]);
  return (
    <div className="kaarten">
      <div className="kaart">
        <div className="kaart__titel">Afspraken</div>
        <div className="kaart__waarde">{aantal(t.aantal)}</div>
        <div className="kaart__toelichting">op {telwoord(t.scholen, 'school', 'scholen')}</div>
      </div>
      <div className="kaart">
        <div className="kaart__titel">Uren per week</div>
        <div className="kaart__waarde">{aantal(t.uren)}</div>
      </div>
      <div className="kaart">
        <div className="kaart__titel">Kosten schooljaar</div>
        <div className="kaart__waarde" data-testid="detail-totaal">
          {formatEuro(t.totaal)}
        </div>
        <div className="kaart__toelichting">
          gemeente {formatEuro(t.gemeente)} · onderwijs {formatEuro(t.onderwijs)}
        </div>
      </div>
    </div>
  );
}

function AanbiederDetail() {
  const { id } = useParams();
  const aanbiederId = Number(id);
  const navigate = useNavigate();
  const verwijderen = useVerwijderen();
  const { schooljaar } = usePeriode();
  const aanbieder = useLezen('aanbieders.lees', { id: aanbiederId });
  const { rijen, laden } = useAfspraakRijen({ schooljaar, aanbiederId });
  const [wijzigen, setWijzigen] = useState(false);
  const a = aanbieder.data;
  if (aanbieder.error) return <Melding soort="error">{aanbieder.error.message}</Melding>;
  if (!a) return <p>Laden…</p>;
  const verwijder = () =>
    verwijderen.verwijder({
      gebied: 'aanbieders',
      invoer: { id: a.id },
      titel: 'Aanbieder verwijderen',
      tekst: `${a.naam} wordt verwijderd.`,
      melding: (oud) => `${oud.naam} verwijderd.`,
      daarna: () => navigate('/aanbieders'),
    });
  return (
    <>
      <Link to="/aanbieders" className="terug utrecht-link">
        ← Alle aanbieders
      </Link>
      <PaginaKop
        titel={a.naam}
        intro={[a.korteNaam && `Korte naam ${a.korteNaam}`, a.contactpersoon, a.email].filter(Boolean).join(' · ') || undefined}
        acties={
          <>
            <SchrijfKnop onClick={() => setWijzigen(true)}>Wijzigen</SchrijfKnop>
            <SchrijfKnop className="utrecht-button utrecht-button--secondary-action knop-gevaar" onClick={verwijder}>
              Verwijderen…
            </SchrijfKnop>
          </>
        }
      />
      {verwijderen.fout && <Melding soort="error">{verwijderen.fout}</Melding>}
      <h2 className="dashboard__kop">Afspraken {schooljaarNaam(schooljaar)}</h2>
      <Totalen rijen={rijen} />
      <DataTabel
        naam={`Afspraken van ${a.naam}`}
        rijen={rijen}
        kolommen={AFSPRAAK_KOLOMMEN.filter((k) => k.id !== 'aanbieder')}
        rijSleutel={(r) => r.id}
        onOpen={(r) => navigate(`/scholen/${r.schoolId}`)}
        laden={laden}
        telwoord={['afspraak', 'afspraken']}
        totaalLabel="Totaal afgesproken"
        leeg={
          <LegeStaat>
            Geen afspraken met {a.naam} in {schooljaarNaam(schooljaar)}.
          </LegeStaat>
        }
      />
      <AanbiederSubsidie aanbiederId={a.id} />
      <Geschiedenis entiteit="aanbieder" entiteitId={a.id} />
      {wijzigen && <AanbiederFormulier aanbieder={a} onSluit={() => setWijzigen(false)} />}
    </>
  );
}

function FunctieDetail() {
  const { code } = useParams();
  const navigate = useNavigate();
  const { schooljaar } = usePeriode();
  // Any functie of the gemeente's list: the read says when it does not exist.
  const geldig = /^[0-9A-Z][0-9A-Z_-]{0,19}$/.test(code ?? '');
  const functie = useLezen('functies.lees', { code: (geldig ? code : 'JGW') as FunctieCode });
  const { rijen, laden } = useAfspraakRijen({ schooljaar, functie: (geldig ? code : 'JGW') as FunctieCode });
  const [wijzigen, setWijzigen] = useState(false);
  if (!geldig) return <Melding soort="error">Onbekende functie: {code}.</Melding>;
  const f = functie.data;
  if (!f) return <p>Laden…</p>;
  return (
    <>
      <Link to="/aanbieders?tab=functies" className="terug utrecht-link">
        ← Alle functies
      </Link>
      <PaginaKop
        titel={`${f.code} – ${f.naam}`}
        intro={`Betaald door ${f.betaler === 'gemeente' ? 'de gemeente' : 'het onderwijs'}; standaard uurtarief ${f.standaardUurtariefCents ? formatEuro(f.standaardUurtariefCents, { cents: true }) : 'niet ingesteld'}.`}
        acties={
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setWijzigen(true)}>
            Wijzigen
          </button>
        }
      />
      <h2 className="dashboard__kop">Afspraken {schooljaarNaam(schooljaar)}</h2>
      <Totalen rijen={rijen} />
      <DataTabel
        naam={`Afspraken ${f.code}`}
        rijen={rijen}
        kolommen={AFSPRAAK_KOLOMMEN.filter((k) => k.id !== 'functie')}
        rijSleutel={(r) => r.id}
        onOpen={(r) => navigate(`/scholen/${r.schoolId}`)}
        laden={laden}
        telwoord={['afspraak', 'afspraken']}
        totaalLabel="Totaal afgesproken"
        leeg={
          <LegeStaat>
            Geen afspraken {f.code} in {schooljaarNaam(schooljaar)}.
          </LegeStaat>
        }
      />
      {wijzigen && <FunctieFormulier functie={f} onSluit={() => setWijzigen(false)} />}
    </>
  );
}

/** The aanbieder's subsidie in the header's begrotingsjaar (issue 17), with a link to walk its steps. */
function AanbiederSubsidie({ aanbiederId }: { aanbiederId: number }) {
  const { begrotingsjaar } = usePeriode();
  const r = useLezen('subsidies.lees', { aanbiederId, begrotingsjaar }).data;
  if (!r || (r.status === 'geen' && r.kostenGemeente === 0)) return null;
  return (
    <section className="sectie" aria-labelledby="aanbieder-subsidie-kop">
      <h2 id="aanbieder-subsidie-kop" className="utrecht-heading-2">
        Subsidie {begrotingsjaar}
      </h2>
      <p className="utrecht-paragraph">
        {r.verleend === null
          ? `Nog niet verleend; het aandeel van de gemeente in de afspraken is ${formatEuro(r.kostenGemeente, { cents: true })}.`
          : `Verleend ${formatEuro(r.verleend, { cents: true })}, betaald ${formatEuro(r.betaald, { cents: true })}${r.vastgesteld !== null ? `, vastgesteld ${formatEuro(r.vastgesteld, { cents: true })}` : ''}. Status: ${r.status}.`}
        {r.drift ? ` Let op: ${r.drift}.` : ''}{' '}
        <Link className="utrecht-link" to={`/subsidies?aanbieder=${aanbiederId}`}>
          Naar de subsidie
        </Link>
      </p>
    </section>
  );
}
