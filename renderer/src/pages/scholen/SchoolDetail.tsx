// One school: its data, pupils per year, its werkplan per schooljaar (editable) and its afspraken
// through the years, each shown with the werkplan status of its schooljaar.
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQueries } from '@tanstack/react-query';
import { invoke } from '../../api';
import { formatEuro, formatUren } from '../../../../electron/domain/geld';
import type { Afspraak } from '../../../../electron/domain/types';
import { werkplanStatus, type Werkplan } from '../../../../electron/domain/werkplan';
import type { AfspraakRij } from '../../../../electron/api/typen/registratie';
import { Melding, PaginaKop } from '../../components/PaginaKop';
import { SchrijfKnop } from '../../components/Formulier';
import { Geschiedenis } from '../../components/Geschiedenis';
import { useLezen } from '../../hooks/useApi';
import { useVerwijderen } from '../../hooks/apiFormulier';
import { aantal, datum, schooljaarNaam } from '../../format';
import { usePeriode } from '../../periode';
import { AfspraakFormulier, legeAfspraak, naarFormulier, type AfspraakFormWaarden } from '../afspraken/AfspraakFormulier';
import { StatusLabel } from '../afspraken';
import { SchoolFormulier, SECTOR_NAAM } from './SchoolFormulier';
import { WerkplanFormulier } from './WerkplanFormulier';

/** A date with the name beside it, or – when it has not happened. */
function datumDoor(op: string | null, door: string | null): string {
  if (!op) return '–';
  return door ? `${datum(op)} (${door})` : datum(op);
}

const JAREN_TERUG = 4;

export function SchoolDetail() {
  const { id } = useParams();
  const schoolId = Number(id);
  const navigate = useNavigate();
  const verwijderen = useVerwijderen();
  const { schooljaar } = usePeriode();
  const school = useLezen('scholen.lees', { id: schoolId }, { enabled: Number.isInteger(schoolId) && schoolId > 0 });
  const wijken = useLezen('wijken.lijst', {});
  const besturen = useLezen('besturen.lijst', {});
  const [wijzigen, setWijzigen] = useState(false);
  const [formulier, setFormulier] = useState<{ afspraak: Afspraak | null; waarden: AfspraakFormWaarden } | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [werkplanOpen, setWerkplanOpen] = useState<Werkplan | null>(null);
  const werkplanLijst = useLezen('werkplannen.lijst', { schoolId }, { enabled: Number.isInteger(schoolId) && schoolId > 0 });

  const jaren = useMemo(() => Array.from({ length: JAREN_TERUG + 2 }, (_, i) => schooljaar + 1 - i), [schooljaar]);
  const perJaar = useQueries({
    queries: jaren.map((j) => ({
      queryKey: ['afspraken.lijst', { schooljaar: j, schoolId }],
      queryFn: () => invoke('afspraken.lijst', { schooljaar: j, schoolId }),
    })),
  });
  const afspraken: AfspraakRij[] = perJaar.flatMap((q) => q.data?.rijen ?? []);
  const werkplanVan = (sj: number): Werkplan => {
    const w = werkplanLijst.data?.find((x) => x.schooljaar === sj);
    const leeg = { ingediendOp: null, goedgekeurdSchoolOp: null, goedgekeurdSchoolDoor: null, goedgekeurdWijkteamOp: null, goedgekeurdWijkteamDoor: null };
    return w ?? { schoolId, schooljaar: sj, ...leeg, status: werkplanStatus(leeg) };
  };

  if (school.error) {
    return (
      <>
        <Link to="/scholen" className="terug utrecht-link">
          ← Alle scholen
        </Link>
        <Melding soort="error">{school.error.message}</Melding>
      </>
    );
  }
  const s = school.data;
  if (!s) return <p>Laden…</p>;

  const verwijder = () =>
    verwijderen.verwijder({
      gebied: 'scholen',
      invoer: { id: s.id },
      titel: 'School verwijderen',
      tekst: `${s.naam} (${s.vestigingscode}) wordt uit het register verwijderd.`,
      melding: (oud) => `${oud.naam} verwijderd.`,
      daarna: () => navigate('/scholen'),
    });

  const openAfspraak = async (rij: AfspraakRij) => {
    try {
      const a = await invoke('afspraken.lees', { id: rij.id });
      setFormulier({ afspraak: a, waarden: naarFormulier(a) });
    } catch (e) {
      setFout((e as Error).message);
    }
  };

  const wijk = wijken.data?.find((w) => w.id === s.wijkId)?.naam;
  const b = besturen.data?.find((x) => x.id === s.bestuurId);
  const bestuur = b ? `${b.naam}${b.nummer ? ` (bevoegd gezag ${b.nummer})` : ''}` : undefined;
  const adres = [s.straat && `${s.straat} ${s.huisnummer ?? ''}`.trim(), [s.postcode, s.plaats].filter(Boolean).join(' ')].filter(Boolean).join(', ');

  return (
    <>
      <Link to="/scholen" className="terug utrecht-link">
        ← Alle scholen
      </Link>
      <PaginaKop
        titel={s.naam}
        intro={`${s.vestigingscode} · ${SECTOR_NAAM[s.sector] ?? s.sector}${wijk ? ` · wijk ${wijk}` : ''}`}
        acties={
          <>
            <SchrijfKnop
              className="utrecht-button utrecht-button--primary-action"
              onClick={() => setFormulier({ afspraak: null, waarden: legeAfspraak(schooljaar, s.id) })}
            >
              Afspraak toevoegen
            </SchrijfKnop>
            <SchrijfKnop onClick={() => setWijzigen(true)}>Wijzigen</SchrijfKnop>
            <SchrijfKnop className="utrecht-button utrecht-button--secondary-action knop-gevaar" onClick={verwijder}>
              Verwijderen…
            </SchrijfKnop>
          </>
        }
      />
      {(fout ?? verwijderen.fout) && <Melding soort="error">{fout ?? verwijderen.fout}</Melding>}
      <div className="twee-kolommen">
        <section className="sectie" aria-labelledby="gegevens-kop">
          <h2 id="gegevens-kop" className="utrecht-heading-2">
            Gegevens
          </h2>
          <dl className="gegevens">
            <dt>Vestigingscode</dt>
            <dd>{s.vestigingscode}</dd>
            <dt>Sector</dt>
            <dd>{SECTOR_NAAM[s.sector] ?? s.sector}</dd>
            <dt>Wijk</dt>
            <dd>{wijk ?? '–'}</dd>
            <dt>Bestuur</dt>
            <dd>{bestuur ?? '–'}</dd>
            <dt>Denominatie</dt>
            <dd>{s.denominatie ?? '–'}</dd>
            <dt>Adres</dt>
            <dd>{adres || '–'}</dd>
            {s.nietInDuo && (
              <>
                <dt>DUO</dt>
                <dd>Staat niet meer in het laatste DUO-bestand</dd>
              </>
            )}
            {s.opmerking && (
              <>
                <dt>Opmerking</dt>
                <dd>{s.opmerking}</dd>
              </>
            )}
          </dl>
        </section>
        <section className="sectie" aria-labelledby="leerlingen-kop">
          <h2 id="leerlingen-kop" className="utrecht-heading-2">
            Leerlingen per jaar
          </h2>
          {s.leerlingen.length === 0 ? (
            <p className="zacht">Nog geen leerlingaantallen. Importeer ze van DUO via Importeren.</p>
          ) : (
            <table className="kleine-tabel">
              <thead>
                <tr>
                  <th scope="col">Teljaar (1 oktober)</th>
                  <th scope="col" className="rechts">
                    Leerlingen
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...s.leerlingen].reverse().map((l) => (
                  <tr key={l.jaar}>
                    <th scope="row">{l.jaar}</th>
                    <td className="rechts">{l.onder5 ? 'minder dan 5' : aantal(l.aantal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <section className="sectie" aria-labelledby="werkplan-kop">
        <h2 id="werkplan-kop" className="utrecht-heading-2">
          Werkplan per schooljaar
        </h2>
        <p className="utrecht-paragraph zacht">Eén werkplan per schooljaar voor de hele school. De school en het sociaal wijkteam keuren het goed.</p>
        <table className="kleine-tabel" aria-labelledby="werkplan-kop">
          <thead>
            <tr>
              <th scope="col">Schooljaar</th>
              <th scope="col">Status</th>
              <th scope="col">Ingediend</th>
              <th scope="col">Goedgekeurd door school</th>
              <th scope="col">Goedgekeurd door wijkteam</th>
              <th scope="col">
                <span className="visueel-verborgen">Actie</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jaren.map((sj) => {
              const w = werkplanVan(sj);
              return (
                <tr key={sj}>
                  <th scope="row">{schooljaarNaam(sj)}</th>
                  <td>{w.status}</td>
                  <td>{w.ingediendOp ? datum(w.ingediendOp) : '–'}</td>
                  <td>{datumDoor(w.goedgekeurdSchoolOp, w.goedgekeurdSchoolDoor)}</td>
                  <td>{datumDoor(w.goedgekeurdWijkteamOp, w.goedgekeurdWijkteamDoor)}</td>
                  <td>
                    <SchrijfKnop className="knop-link" onClick={() => setWerkplanOpen(w)} aria-label={`Werkplan ${schooljaarNaam(sj)} wijzigen`}>
                      Wijzigen
                    </SchrijfKnop>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="sectie" aria-labelledby="afspraken-kop">
        <h2 id="afspraken-kop" className="utrecht-heading-2">
          Afspraken {schooljaarNaam(jaren[jaren.length - 1])} t/m {schooljaarNaam(jaren[0])}
        </h2>
        {afspraken.length === 0 ? (
          <p className="zacht">Geen afspraken in deze schooljaren.</p>
        ) : (
          <table className="kleine-tabel" aria-labelledby="afspraken-kop">
            <thead>
              <tr>
                <th scope="col">Schooljaar</th>
                <th scope="col">Functie</th>
                <th scope="col">Aanbieder</th>
                <th scope="col" className="rechts">
                  Basisuren
                </th>
                <th scope="col" className="rechts">
                  Extra uren
                </th>
                <th scope="col" className="rechts">
                  Kosten
                </th>
                <th scope="col">Status</th>
                <th scope="col">Werkplan</th>
                <th scope="col">
                  <span className="visueel-verborgen">Actie</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {afspraken.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{schooljaarNaam(a.schooljaar)}</th>
                  <td>{a.functie}</td>
                  <td>{a.aanbiederNaam}</td>
                  <td className="rechts">{formatUren(a.basisurenPerWeek)}</td>
                  <td className="rechts">{a.aanvullendeUren ? formatUren(a.aanvullendeUren) : '–'}</td>
                  <td className="rechts">{formatEuro(a.kosten.schooljaar.totaal)}</td>
                  <td>
                    <StatusLabel status={a.status} />
                  </td>
                  <td>{werkplanVan(a.schooljaar).status}</td>
                  <td>
                    <button
                      type="button"
                      className="knop-link"
                      onClick={() => openAfspraak(a)}
                      aria-label={`Afspraak ${a.functie} ${schooljaarNaam(a.schooljaar)} wijzigen`}
                    >
                      Wijzigen
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Geschiedenis entiteit="school" entiteitId={s.id} />
      {werkplanOpen && <WerkplanFormulier werkplan={werkplanOpen} schoolNaam={s.naam} onSluit={() => setWerkplanOpen(null)} />}
      {wijzigen && <SchoolFormulier school={s} onSluit={() => setWijzigen(false)} />}
      {formulier && <AfspraakFormulier afspraak={formulier.afspraak} beginWaarden={formulier.waarden} onSluit={() => setFormulier(null)} />}
    </>
  );
}
