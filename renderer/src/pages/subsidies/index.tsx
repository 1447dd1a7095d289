// Subsidies per begrotingsjaar (issue 17): one row per aanbieder with what was verleend, paid,
// accounted for and vastgesteld, and a detail view that walks the steps of the Awb cycle.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseBedrag } from '../../../../electron/domain/geld';
import { saldoTekst, STATUS_LABEL, type VoorschotSchema } from '../../../../electron/domain/subsidie';
import type { SubsidieRij } from '../../../../electron/api/typen/subsidies';
import { Melding, PaginaKop, LegeStaat } from '../../components/PaginaKop';
import { SchrijfKnop } from '../../components/Formulier';
import { DatumVeld, Invoer, Keuze } from '../../components/Velden';
import { datumNaarTekst } from '../../../../electron/domain/validatie';
import { Geschiedenis } from '../../components/Geschiedenis';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { invoke } from '../../api';
import { datum, euro } from '../../format';
import { usePeriode } from '../../periode';

const bedrag = (c: number | null) => (c === null ? '–' : euro(c, true));

export function SubsidiesPagina() {
  const { begrotingsjaar } = usePeriode();
  const [params, setParams] = useSearchParams();
  const lijst = useLezen('subsidies.lijst', { begrotingsjaar });
  const gekozen = Number(params.get('aanbieder')) || null;
  const o = lijst.data;
  return (
    <>
      <PaginaKop
        titel="Subsidies"
        intro={`Per aanbieder de subsidie voor begrotingsjaar ${begrotingsjaar}: verlening, voorschotten, verantwoording en vaststelling. Saldo = vastgesteld − betaald.`}
      />
      {lijst.error && <Melding soort="error">{lijst.error.message}</Melding>}
      {o?.waarschuwingen.map((w) => (
        <Melding key={w} soort="warning">
          {w}
        </Melding>
      ))}
      {o && o.rijen.length === 0 && (
        <LegeStaat>
          <p className="utrecht-paragraph">Er zijn in {begrotingsjaar} geen afspraken die de gemeente betaalt, en geen subsidies.</p>
        </LegeStaat>
      )}
      {o && o.rijen.length > 0 && (
        <div className="subsidie-tabel">
          <table className="kleine-tabel" aria-label={`Subsidies ${begrotingsjaar}`}>
            <thead>
              <tr>
                <th scope="col">Aanbieder</th>
                <th scope="col" className="rechts">
                  Afspraken
                </th>
                <th scope="col" className="rechts">
                  Verleend
                </th>
                <th scope="col" className="rechts">
                  Bevoorschot
                </th>
                <th scope="col" className="rechts">
                  Betaald
                </th>
                <th scope="col" className="rechts">
                  Verantwoord
                </th>
                <th scope="col" className="rechts">
                  Vastgesteld
                </th>
                <th scope="col" className="rechts">
                  Saldo
                </th>
                <th scope="col">Status</th>
                <th scope="col">Volgende termijn</th>
              </tr>
            </thead>
            <tbody>
              {o.rijen.map((r) => (
                <tr key={r.aanbiederId} aria-current={r.aanbiederId === gekozen ? 'true' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="utrecht-link-button utrecht-link-button--html-button"
                      onClick={() => setParams({ aanbieder: String(r.aanbiederId) })}
                    >
                      {r.aanbieder}
                    </button>
                  </th>
                  <td className="rechts">{bedrag(r.kostenGemeente)}</td>
                  <td className="rechts">{bedrag(r.verleend)}</td>
                  <td className="rechts">{bedrag(r.bevoorschot)}</td>
                  <td className="rechts">{bedrag(r.betaald)}</td>
                  <td className="rechts">{bedrag(r.verantwoord)}</td>
                  <td className="rechts">{bedrag(r.vastgesteld)}</td>
                  <td className="rechts">{bedrag(r.saldo)}</td>
                  <td>{STATUS_LABEL[r.status]}</td>
                  <td>{r.volgendeDeadline ? `${datum(r.volgendeDeadline.datum)} ${r.volgendeDeadline.omschrijving}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {gekozen && <SubsidieDetail aanbiederId={gekozen} begrotingsjaar={begrotingsjaar} />}
    </>
  );
}

/** Reads a Dutch amount from a form field; null for empty, NaN for something that is no amount. */
function leesBedrag(tekst: string): number | null {
  if (!tekst.trim()) return null;
  return parseBedrag(tekst) ?? Number.NaN;
}

function SubsidieDetail({ aanbiederId, begrotingsjaar }: { aanbiederId: number; begrotingsjaar: number }) {
  const rij = useLezen('subsidies.lees', { aanbiederId, begrotingsjaar });
  const [melding, setMelding] = useState<{ soort: 'ok' | 'warning' | 'error'; tekst: string[] } | null>(null);
  const r = rij.data;
  const klaar = (tekst: string) => (res: { waarschuwingen: string[] }) =>
    setMelding({ soort: res.waarschuwingen.some((w) => w.startsWith('Let op')) ? 'warning' : 'ok', tekst: [tekst, ...res.waarschuwingen] });
  const fout = (e: Error) => setMelding({ soort: 'error', tekst: [e.message] });
  return (
    <section className="sectie" aria-labelledby="subsidie-detail-kop">
      <h2 id="subsidie-detail-kop" className="utrecht-heading-2">
        {r ? `${r.aanbieder}: subsidie ${begrotingsjaar}` : 'Subsidie'}
      </h2>
      {rij.error && <Melding soort="error">{rij.error.message}</Melding>}
      {melding && (
        <Melding soort={melding.soort}>
          {melding.tekst.map((t) => (
            <p key={t} className="utrecht-paragraph">
              {t}
            </p>
          ))}
        </Melding>
      )}
      {r && (
        <>
          <p className="utrecht-paragraph">
            Status: <strong>{STATUS_LABEL[r.status]}</strong>. Aandeel van de gemeente in de afspraken nu: <strong>{euro(r.kostenGemeente, true)}</strong>.
            {r.drift && <> Let op: {r.drift}.</>}
            {r.saldo !== null && <> Saldo: {saldoTekst(r.saldo)}.</>}
          </p>
          <BeschikkingKnop aanbiederId={aanbiederId} begrotingsjaar={begrotingsjaar} onKlaar={(t) => setMelding({ soort: 'ok', tekst: [t] })} onFout={fout} />
          <Aanvraag rij={r} onKlaar={klaar('De aanvraag is opgeslagen.')} onFout={fout} />
          <Verlening rij={r} onKlaar={klaar('De verlening is opgeslagen.')} onFout={fout} />
          {r.subsidie?.verleningDatum && <Voorschotten rij={r} onKlaar={klaar('De betaling is opgeslagen.')} onFout={fout} />}
          {r.subsidie?.verleningDatum && <Verantwoording rij={r} onKlaar={klaar('De verantwoording is opgeslagen.')} onFout={fout} />}
          {r.subsidie?.verantwoordingDatum && <Vaststelling rij={r} onKlaar={klaar('De vaststelling is opgeslagen.')} onFout={fout} />}
          {r.subsidie && <Geschiedenis entiteit="subsidie" entiteitId={r.subsidie.id} kopNiveau={3} kaal />}
        </>
      )}
    </section>
  );
}

/** The beschikkingsbijlage of this aanbieder and year, saved where the user picks (reports/subsidies.ts). */
function BeschikkingKnop(props: { aanbiederId: number; begrotingsjaar: number; onKlaar(tekst: string): void; onFout(e: Error): void }) {
  const [bezig, setBezig] = useState(false);
  const opslaan = async () => {
    setBezig(true);
    try {
      const r = await invoke('rapport.opslaan', { soort: 'beschikking', begrotingsjaar: props.begrotingsjaar, aanbiederId: props.aanbiederId });
      if (r.opgeslagen)
        props.onKlaar(`Beschikkingsbijlage ${props.begrotingsjaar} opgeslagen als ${r.bestandsnaam}.${r.ingekort ? ` ${r.ingekort.melding}` : ''}`);
    } catch (error) {
      props.onFout(error as Error);
    } finally {
      setBezig(false);
    }
  };
  return (
    <div className="utrecht-button-group">
      <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={opslaan}>
        {bezig ? 'Bezig…' : `Beschikkingsbijlage ${props.begrotingsjaar} opslaan…`}
      </button>
    </div>
  );
}

interface StapProps {
  rij: SubsidieRij;
  onKlaar(res: { waarschuwingen: string[] }): void;
  onFout(e: Error): void;
}

/** Today in local time as jjjj-mm-dd (toISOString would give yesterday's date just after midnight in summer). */
const vandaag = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function Verlening({ rij, onKlaar, onFout }: StapProps) {
  const s = rij.subsidie;
  const verleen = useWijziging('subsidies.verleen');
  const [tekst, setTekst] = useState('');
  const [reden, setReden] = useState('');
  const [schema, setSchema] = useState<VoorschotSchema>('maand');
  const [dag, setDag] = useState(datumNaarTekst(vandaag()));
  const [veldFout, setVeldFout] = useState<string | null>(null);
  const definitief = s !== null && (s.verantwoordingDatum !== null || s.voorschotten.some((t) => t.betaaldOp !== null));
  if (s?.verleningDatum && definitief) {
    return (
      <p className="utrecht-paragraph">
        Verleend op {datum(s.verleningDatum)}: <strong>{euro(s.verleendCents ?? 0, true)}</strong>
        {s.verleningReden ? ` (reden: ${s.verleningReden})` : ''}. Verantwoording uiterlijk {datum(s.verantwoordingUiterlijk)}.
      </p>
    );
  }
  const verzend = (e: FormEvent) => {
    e.preventDefault();
    const b = leesBedrag(tekst);
    if (Number.isNaN(b)) return setVeldFout('Verleend bedrag: dit is geen bedrag (bijvoorbeeld 398.000 of 398.000,00).');
    setVeldFout(null);
    verleen.mutate(
      {
        aanbiederId: rij.aanbiederId,
        begrotingsjaar: rij.begrotingsjaar,
        datum: dag,
        schema,
        ...(b === null ? {} : { bedragCents: b }),
        ...(reden.trim() ? { reden } : {}),
      },
      { onSuccess: onKlaar, onError: onFout },
    );
  };
  return (
    <form onSubmit={verzend} aria-labelledby="verlening-kop" className="subsidie-stap">
      <h3 id="verlening-kop" className="dashboard__subkop">
        Verlening {s?.verleningDatum ? `(verleend op ${datum(s.verleningDatum)}: ${euro(s.verleendCents ?? 0, true)})` : ''}
      </h3>
      <Invoer
        label="Verleend bedrag"
        hint={`Leeg = het aandeel van de gemeente in de afspraken: ${euro(rij.kostenGemeente, true)}. Een ander bedrag vraagt een reden.`}
        value={tekst}
        onChange={(e) => setTekst(e.target.value)}
        fout={veldFout}
      />
      <Invoer label="Reden (bij een ander bedrag)" value={reden} onChange={(e) => setReden(e.target.value)} />
      <Keuze
        label="Voorschotten"
        value={schema}
        onChange={(e) => setSchema(e.target.value as VoorschotSchema)}
        opties={[
          { waarde: 'maand', label: 'Per maand (12 termijnen)' },
          { waarde: 'kwartaal', label: 'Per kwartaal (4 termijnen)' },
          { waarde: 'eenmalig', label: 'Eenmalig' },
        ]}
      />
      <DatumVeld label="Datum verlening" value={dag} onChange={(e) => setDag(e.target.value)} />
      <SchrijfKnop type="submit" className="utrecht-button utrecht-button--primary-action" disabled={verleen.isPending}>
        Verlenen
      </SchrijfKnop>
    </form>
  );
}

function Voorschotten({ rij, onKlaar, onFout }: StapProps) {
  const betaal = useWijziging('subsidies.betaal');
  const s = rij.subsidie!;
  return (
    <div className="subsidie-stap">
      <h3 className="dashboard__subkop">Voorschotten</h3>
      <table className="kleine-tabel">
        <thead>
          <tr>
            <th scope="col">Termijn</th>
            <th scope="col">Vervaldatum</th>
            <th scope="col" className="rechts">
              Bedrag
            </th>
            <th scope="col">Betaald</th>
          </tr>
        </thead>
        <tbody>
          {s.voorschotten.map((t) => (
            <tr key={t.termijn}>
              <th scope="row">{t.termijn}</th>
              <td>{datum(t.vervaldatum)}</td>
              <td className="rechts">{euro(t.bedragCents, true)}</td>
              <td>
                {t.betaaldOp ? (
                  datum(t.betaaldOp)
                ) : s.vaststellingDatum ? (
                  '–'
                ) : (
                  <SchrijfKnop
                    disabled={betaal.isPending}
                    aria-label={`Termijn ${t.termijn} betaald`}
                    onClick={() =>
                      betaal.mutate(
                        { aanbiederId: rij.aanbiederId, begrotingsjaar: rij.begrotingsjaar, termijn: t.termijn, datum: vandaag() },
                        { onSuccess: onKlaar, onError: onFout },
                      )
                    }
                  >
                    Betaald
                  </SchrijfKnop>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            <td />
            <td className="rechts">{euro(rij.bevoorschot, true)}</td>
            <td>betaald {euro(rij.betaald, true)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Verantwoording({ rij, onKlaar, onFout }: StapProps) {
  const s = rij.subsidie!;
  const verantwoord = useWijziging('subsidies.verantwoord');
  const [tekst, setTekst] = useState('');
  const [dag, setDag] = useState(datumNaarTekst(vandaag()));
  const [veldFout, setVeldFout] = useState<string | null>(null);
  if (s.verantwoordingDatum || s.vaststellingDatum) {
    return (
      <p className="utrecht-paragraph">
        Verantwoording ontvangen op {datum(s.verantwoordingDatum)}: gerealiseerde kosten <strong>{bedrag(s.realisatieCents)}</strong>.
      </p>
    );
  }
  const verzend = (e: FormEvent) => {
    e.preventDefault();
    const b = leesBedrag(tekst);
    if (b === null || Number.isNaN(b)) return setVeldFout('Gerealiseerde kosten: vul een bedrag in (bijvoorbeeld 390.000).');
    setVeldFout(null);
    verantwoord.mutate(
      { aanbiederId: rij.aanbiederId, begrotingsjaar: rij.begrotingsjaar, kostenCents: b, datum: dag },
      { onSuccess: onKlaar, onError: onFout },
    );
  };
  return (
    <form onSubmit={verzend} aria-labelledby="verantwoording-kop" className="subsidie-stap">
      <h3 id="verantwoording-kop" className="dashboard__subkop">
        Verantwoording (uiterlijk {datum(s.verantwoordingUiterlijk)})
      </h3>
      <Invoer label="Gerealiseerde kosten" verplicht value={tekst} onChange={(e) => setTekst(e.target.value)} fout={veldFout} />
      <DatumVeld label="Datum ontvangen" value={dag} onChange={(e) => setDag(e.target.value)} />
      <SchrijfKnop type="submit" className="utrecht-button utrecht-button--primary-action" disabled={verantwoord.isPending}>
        Verantwoording vastleggen
      </SchrijfKnop>
    </form>
  );
}

function Vaststelling({ rij, onKlaar, onFout }: StapProps) {
  const s = rij.subsidie!;
  const vaststel = useWijziging('subsidies.vaststel');
  const voorstel = Math.min(s.verleendCents ?? 0, s.realisatieCents ?? 0);
  const [tekst, setTekst] = useState('');
  const [dag, setDag] = useState(datumNaarTekst(vandaag()));
  const [veldFout, setVeldFout] = useState<string | null>(null);
  if (s.vaststellingDatum) {
    return (
      <p className="utrecht-paragraph">
        Vastgesteld op {datum(s.vaststellingDatum)}: <strong>{bedrag(s.vastgesteldCents)}</strong>.
      </p>
    );
  }
  const verzend = (e: FormEvent) => {
    e.preventDefault();
    const b = leesBedrag(tekst);
    if (Number.isNaN(b)) return setVeldFout('Vastgesteld bedrag: dit is geen bedrag.');
    setVeldFout(null);
    vaststel.mutate(
      { aanbiederId: rij.aanbiederId, begrotingsjaar: rij.begrotingsjaar, datum: dag, ...(b === null ? {} : { bedragCents: b }) },
      { onSuccess: onKlaar, onError: onFout },
    );
  };
  return (
    <form onSubmit={verzend} aria-labelledby="vaststelling-kop" className="subsidie-stap">
      <h3 id="vaststelling-kop" className="dashboard__subkop">
        Vaststelling
      </h3>
      <Invoer
        label="Vastgesteld bedrag"
        hint={`Leeg = het laagste van verleend (${bedrag(s.verleendCents)}) en gerealiseerd (${bedrag(s.realisatieCents)}): ${euro(voorstel, true)}.`}
        value={tekst}
        onChange={(e) => setTekst(e.target.value)}
        fout={veldFout}
      />
      <DatumVeld label="Datum vaststelling" value={dag} onChange={(e) => setDag(e.target.value)} />
      <SchrijfKnop type="submit" className="utrecht-button utrecht-button--primary-action" disabled={vaststel.isPending}>
        Vaststellen
      </SchrijfKnop>
    </form>
  );
}

function Aanvraag({ rij, onKlaar, onFout }: StapProps) {
  const s = rij.subsidie;
  const aanvraag = useWijziging('subsidies.aanvraag');
  const [tekst, setTekst] = useState('');
  const [kenmerk, setKenmerk] = useState('');
  const [dag, setDag] = useState(datumNaarTekst(vandaag()));
  const [veldFout, setVeldFout] = useState<string | null>(null);
  if (s?.aanvraagDatum) {
    return (
      <p className="utrecht-paragraph">
        Aanvraag ontvangen op {datum(s.aanvraagDatum)}: {bedrag(s.aanvraagBedragCents)}
        {s.aanvraagKenmerk ? ` (kenmerk ${s.aanvraagKenmerk})` : ''}.
      </p>
    );
  }
  if (s?.verleningDatum) return null;
  const verzend = (e: FormEvent) => {
    e.preventDefault();
    const b = leesBedrag(tekst);
    if (b === null || Number.isNaN(b)) return setVeldFout('Aangevraagd bedrag: vul een bedrag in (bijvoorbeeld 360.000).');
    setVeldFout(null);
    aanvraag.mutate(
      { aanbiederId: rij.aanbiederId, begrotingsjaar: rij.begrotingsjaar, bedragCents: b, datum: dag, ...(kenmerk.trim() ? { kenmerk } : {}) },
      { onSuccess: onKlaar, onError: onFout },
    );
  };
  return (
    <form onSubmit={verzend} aria-labelledby="aanvraag-kop" className="subsidie-stap">
      <h3 id="aanvraag-kop" className="dashboard__subkop">
        Aanvraag (niet verplicht)
      </h3>
      <Invoer label="Aangevraagd bedrag" value={tekst} onChange={(e) => setTekst(e.target.value)} fout={veldFout} />
      <Invoer label="Kenmerk aanvraag" value={kenmerk} onChange={(e) => setKenmerk(e.target.value)} />
      <DatumVeld label="Datum ontvangen" value={dag} onChange={(e) => setDag(e.target.value)} />
      <SchrijfKnop type="submit" disabled={aanvraag.isPending}>
        Aanvraag vastleggen
      </SchrijfKnop>
    </form>
  );
}
