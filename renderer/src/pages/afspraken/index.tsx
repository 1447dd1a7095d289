// Afspraken: the heart of the app. One schooljaar (from the header) as a table with inline totals;
// add/edit in a form with a live calculation; copy a whole schooljaar to the next one. The table
// gets its rows in windows from the API (see venster.ts): 100.000 afspraken open as fast as 100.
import { useMemo, useState, type ReactNode } from 'react';
import { invoke } from '../../api';
import { formatEuro, formatPercentage, formatUren, parseGetal } from '../../../../electron/domain/geld';
import { FUNCTIE_CODES, SECTOREN, STATUSSEN, STATUS_LABEL, type Afspraak } from '../../../../electron/domain/types';
import type { AfspraakTotaal } from '../../../../electron/api/typen/registratie';
import { DataTabel, type Kolom, type ServerBron } from '../../components/DataTabel';
import { LegeStaat, Melding, PaginaKop } from '../../components/PaginaKop';
import { AndereJaren } from '../../components/AndereJaren';
import { Waarschuwingen } from '../../components/Waarschuwingen';
import { Invoer } from '../../components/Velden';
import { SchrijfKnop } from '../../components/Formulier';
import { useBevestiging } from '../../components/Bevestiging';
import { useToast } from '../../components/Toast';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { schooljaarNaam } from '../../format';
import { usePeriode } from '../../periode';
import { laadbaar } from '../../laadbaar';
import type { AfspraakFormWaarden } from './AfspraakFormulier';
import { type AfspraakMetKosten } from './rijen';
import { useAfspraakVenster, ZONDER_WIJK } from './venster';
import { werkplanStatus, type WerkplanStatus } from '../../../../electron/domain/werkplan';

type Rij = AfspraakMetKosten;

// The form (and the validation schemas it brings) loads when it is first opened, not with the table.
const formulierModule = () => import('./AfspraakFormulier');
const AfspraakFormulier = laadbaar(() => formulierModule().then((m) => m.AfspraakFormulier));

export function StatusLabel({ status }: { status: Afspraak['status'] }) {
  return <span className={`status status--${status}`}>{STATUS_LABEL[status]}</span>;
}

const som = (rijen: Rij[], f: (r: Rij) => number) => rijen.reduce((s, r) => s + f(r), 0);
const geteld = (rijen: Rij[]) => rijen.filter((r) => r.kosten.geteld);

/** Several locations share a name (Agnieten College has three): the vestigingscode tells them apart. */
function SchoolCel({ rij }: { rij: Rij }) {
  return (
    <span className="naam-code" title={`${rij.schoolNaam} (${[rij.vestigingscode, rij.plaats].filter(Boolean).join(', ')})`}>
      <span className="naam-code__naam">{rij.schoolNaam}</span>
      <span className="naam-code__code">{rij.vestigingscode}</span>
    </span>
  );
}

/**
 * What a beleidsmedewerker reads first: school and aanbieder by their full names, functie, hours,
 * costs and who pays, status. On a laptop (1366×768) extra uren, sector, wijk and werkplan give way
 * (`wijkt`, in that order), at 1024×576 the onderwijs share too; "Kolommen" brings any of them back.
 */
export const AFSPRAAK_KOLOMMEN: Kolom<Rij>[] = [
  { id: 'school', kop: 'School', waarde: (r) => r.schoolNaam, toon: (r) => <SchoolCel rij={r} />, breedte: 220, groei: 3 },
  { id: 'sector', kop: 'Sector', waarde: (r) => r.sector, breedte: 76, filter: 'keuze', wijkt: 2 },
  { id: 'wijk', kop: 'Wijk', waarde: (r) => r.wijkNaam, breedte: 96, filter: 'keuze', groei: 1.2, wijkt: 3 },
  { id: 'aanbieder', kop: 'Aanbieder', waarde: (r) => r.aanbiederNaam, breedte: 150, filter: 'keuze', groei: 1.5 },
  { id: 'functie', kop: 'Functie', waarde: (r) => r.functie, breedte: 80, filter: 'keuze' },
  {
    id: 'basisuren',
    kop: 'Basisuren',
    waarde: (r) => r.basisurenPerWeek,
    toon: (r) => formatUren(r.basisurenPerWeek),
    rechts: true,
    breedte: 100,
    filter: false,
    totaal: (rijen) => formatUren(som(geteld(rijen), (r) => r.basisurenPerWeek)),
  },
  {
    id: 'extra',
    kop: 'Extra uren',
    waarde: (r) => r.aanvullendeUren,
    toon: (r) => (r.aanvullendeUren ? formatUren(r.aanvullendeUren) : r.aantalAanvullend ? 'bedrag' : '–'),
    rechts: true,
    breedte: 72,
    wijkt: 1,
    filter: false,
    totaal: (rijen) => formatUren(som(geteld(rijen), (r) => r.aanvullendeUren)),
  },
  {
    id: 'kosten',
    kop: 'Kosten',
    waarde: (r) => r.kosten.schooljaar.totaal,
    toon: (r) =>
      // Rule 13: an afspraak at € 0 because its rate is 0 says so in its row.
      r.vastBedragCents === null && (r.kosten.uurtariefCents ?? 0) === 0 ? (
        <span className="bedrag" title="Uurtarief € 0 en geen vast bedrag: deze afspraak kost daardoor € 0.">
          <span className="badge badge--waarschuwing">tarief € 0</span> {formatEuro(r.kosten.schooljaar.totaal)}
        </span>
      ) : (
        <span className={r.kosten.geteld ? 'bedrag' : 'bedrag zacht'}>{formatEuro(r.kosten.schooljaar.totaal)}</span>
      ),
    rechts: true,
    breedte: 110,
    filter: false,
    totaal: (rijen) => formatEuro(som(geteld(rijen), (r) => r.kosten.schooljaar.totaal)),
  },
  {
    id: 'gemeente',
    kop: 'Gemeente',
    waarde: (r) => r.kosten.schooljaar.gemeente,
    toon: (r) => <span className={r.kosten.geteld ? 'bedrag' : 'bedrag zacht'}>{formatEuro(r.kosten.schooljaar.gemeente)}</span>,
    rechts: true,
    breedte: 110,
    filter: false,
    totaal: (rijen) => formatEuro(som(geteld(rijen), (r) => r.kosten.schooljaar.gemeente)),
  },
  {
    id: 'onderwijs',
    kop: 'Onderwijs',
    waarde: (r) => r.kosten.schooljaar.onderwijs,
    toon: (r) => <span className={r.kosten.geteld ? 'bedrag' : 'bedrag zacht'}>{formatEuro(r.kosten.schooljaar.onderwijs)}</span>,
    rechts: true,
    breedte: 110,
    wijkt: 5,
    filter: false,
    totaal: (rijen) => formatEuro(som(geteld(rijen), (r) => r.kosten.schooljaar.onderwijs)),
  },
  {
    id: 'status',
    kop: 'Status',
    waarde: (r) => r.status,
    toon: (r) => <StatusLabel status={r.status} />,
    breedte: 108,
    filter: 'keuze',
    keuzeLabel: (v) => STATUS_LABEL[v as Afspraak['status']] ?? v,
  },
];

/** The werkplan belongs to the school in the schooljaar: every afspraak of that school shows the same status. */
function werkplanKolom(status: ReadonlyMap<number, WerkplanStatus>): Kolom<Rij> {
  const van = (r: Rij) => status.get(r.schoolId) ?? werkplanStatus(null);
  return {
    id: 'werkplan',
    kop: 'Werkplan',
    waarde: van,
    toon: (r) => <span title={`Werkplan van de school: ${van(r)}`}>{van(r)}</span>,
    breedte: 130,
    groei: 1.5,
    wijkt: 4,
    filter: false,
    sorteerbaar: false,
  };
}

export function AfsprakenPagina() {
  const { schooljaar, setSchooljaar } = usePeriode();
  const werkplannen = useLezen('werkplannen.lijst', { schooljaar });
  const kolommen = useMemo(
    () => [...AFSPRAAK_KOLOMMEN, werkplanKolom(new Map((werkplannen.data ?? []).map((w) => [w.schoolId, w.status])))],
    [werkplannen.data],
  );
  // The warnings of this schooljaar (afspraken at € 0), above the table.
  const kostenSchooljaar = useLezen('kosten.schooljaar', { schooljaar });
  const toast = useToast();
  const bevestig = useBevestiging();
  const venster = useAfspraakVenster(schooljaar);
  const { lijst, laden, fout: lijstFout } = venster;
  const wijken = useLezen('wijken.lijst', {});
  const aanbieders = useLezen('aanbieders.lijst', {});
  const functieLijst = useLezen('functies.lijst', {});
  // Only the empty state offers to copy last year: a full schooljaar does not ask (at national
  // scale the preview reads 100.000 afspraken and would hold up the server).
  const vorigJaar = useLezen('afspraken.kopieerSchooljaarVoorbeeld', { van: schooljaar - 1 }, { enabled: !laden && venster.bron.aantalOngefilterd === 0 });
  const kopieer = useWijziging('afspraken.kopieerSchooljaar');
  const [formulier, setFormulier] = useState<{ afspraak: Afspraak | null; waarden: AfspraakFormWaarden; schoolNaam?: string } | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  const inVoorbereiding = lijst?.totalen.inVoorbereiding;
  // The keuze filters offer every value, not only those of the rows loaded so far.
  const keuzes = useMemo(
    () => ({
      sector: SECTOREN.map((s) => ({ waarde: s, label: s })),
      wijk: [...(wijken.data ?? []).map((w) => ({ waarde: String(w.id), label: w.naam })), { waarde: ZONDER_WIJK, label: 'Zonder wijk' }],
      aanbieder: (aanbieders.data ?? []).map((a) => ({ waarde: String(a.id), label: a.naam })),
      functie: (functieLijst.data?.map((f) => f.code) ?? [...FUNCTIE_CODES]).map((f) => ({ waarde: f, label: f })),
      status: STATUSSEN.map((s) => ({ waarde: s, label: STATUS_LABEL[s] })),
    }),
    [wijken.data, aanbieders.data, functieLijst.data],
  );
  const bron: ServerBron<Rij> = { ...venster.bron, keuzes, totalen: lijst ? totaalCellen(lijst.totalen.geteld) : {} };

  const openNieuw = async () => {
    const { legeAfspraak } = await formulierModule();
    setFormulier({ afspraak: null, waarden: legeAfspraak(schooljaar) });
  };
  const openBestaand = async (rij: Rij) => {
    setFout(null);
    try {
      const [a, { naarFormulier }] = await Promise.all([invoke('afspraken.lees', { id: rij.id }), formulierModule()]);
      setFormulier({ afspraak: a, waarden: naarFormulier(a), schoolNaam: rij.schoolNaam });
    } catch (e) {
      setFout((e as Error).message);
    }
  };

  const kopieerNaar = async (van: number) => {
    setFout(null);
    try {
      const voorbeeld = await invoke('afspraken.kopieerSchooljaarVoorbeeld', { van });
      if (voorbeeld.aangemaakt === 0) {
        setFout(
          voorbeeld.alBestaand > 0
            ? `Alle ${voorbeeld.alBestaand} afspraken van ${schooljaarNaam(van)} staan al in ${schooljaarNaam(van + 1)}. Er is niets te kopiëren.`
            : `Er zijn geen afspraken in ${schooljaarNaam(van)} om te kopiëren.`,
        );
        return;
      }
      // The choices inside the confirmation: aanvullende inzet (rule 7) and an index for own rates (rule 9).
      const keuze = { aanvullendeInzet: false, index: '' };
      const ja = await bevestig({
        titel: `Afspraken kopiëren naar ${schooljaarNaam(van + 1)}`,
        tekst: (
          <>
            <p>
              Er {voorbeeld.aangemaakt === 1 ? 'wordt 1 afspraak' : `worden ${voorbeeld.aangemaakt} afspraken`} gemaakt in schooljaar {schooljaarNaam(van + 1)},
              als kopie van {schooljaarNaam(van)}, met status concept.
            </p>
            {voorbeeld.alBestaand > 0 && (
              <p>
                {voorbeeld.alBestaand === 1 ? '1 afspraak bestaat' : `${voorbeeld.alBestaand} afspraken bestaan`} daar al en{' '}
                {voorbeeld.alBestaand === 1 ? 'blijft' : 'blijven'} zoals {voorbeeld.alBestaand === 1 ? 'hij is' : 'ze zijn'}.
              </p>
            )}
            {voorbeeld.metAanvullendeInzet > 0 && (
              <label className="utrecht-form-label keuzelijst__optie">
                <input type="checkbox" className="utrecht-checkbox" onChange={(e) => (keuze.aanvullendeInzet = e.target.checked)} /> Ook de aanvullende inzet
                kopiëren: {voorbeeld.metAanvullendeInzet === 1 ? '1 afspraak heeft' : `${voorbeeld.metAanvullendeInzet} afspraken hebben`} aanvullende inzet.
                Die eindigt normaal met het schooljaar; een kopie krijgt nieuwe datums en nog geen besluit.
              </label>
            )}
            <Invoer
              label="Eigen uurtarieven en vaste bedragen indexeren met"
              inputMode="decimal"
              achtervoegsel="%"
              hint="Leeg = niet indexeren. De tarieven per schooljaar indexeert u bij Instellingen, Tarieven."
              onChange={(e) => (keuze.index = e.target.value)}
            />
            <p>Daarna kunt u de uren en bedragen per afspraak aanpassen.</p>
          </>
        ),
        bevestigKnop: `${voorbeeld.aangemaakt} ${voorbeeld.aangemaakt === 1 ? 'afspraak' : 'afspraken'} kopiëren`,
      });
      if (!ja) return;
      const indexProcent = keuze.index.trim() === '' ? null : (parseGetal(keuze.index.replace(/%$/, '')) ?? keuze.index);
      const verslag = await kopieer.mutateAsync({ van, aanvullendeInzet: keuze.aanvullendeInzet, indexProcent: indexProcent as number | null });
      setSchooljaar(van + 1);
      const extra =
        verslag.metAanvullendeInzet === 0
          ? ''
          : ` ${verslag.metAanvullendeInzet} ${verslag.metAanvullendeInzet === 1 ? 'had' : 'hadden'} aanvullende inzet; die is ${verslag.aanvullendeInzetGekopieerd > 0 ? `meegekopieerd (${verslag.aanvullendeInzetGekopieerd} ${verslag.aanvullendeInzetGekopieerd === 1 ? 'regel' : 'regels'}, zonder besluit)` : 'niet meegekopieerd'}.`;
      const index =
        verslag.indexProcent === null || verslag.geindexeerd === 0
          ? ''
          : ` ${verslag.geindexeerd} eigen ${verslag.geindexeerd === 1 ? 'bedrag' : 'bedragen'} geïndexeerd met ${formatPercentage(verslag.indexProcent)}.`;
      toast({
        tekst: `${verslag.aangemaakt} ${verslag.aangemaakt === 1 ? 'afspraak' : 'afspraken'} gekopieerd naar ${schooljaarNaam(van + 1)}.${extra}${index}`,
      });
    } catch (e) {
      setFout((e as Error).message);
    }
  };

  const verwijder = async (a: Afspraak, naam: string) => {
    const ja = await bevestig({
      titel: 'Afspraak verwijderen',
      tekst: `De afspraak ${a.functie} van ${naam} in ${schooljaarNaam(a.schooljaar)} wordt verwijderd.`,
      bevestigKnop: 'Verwijderen',
      gevaarlijk: true,
    });
    if (!ja) return false;
    const oud = await invoke('afspraken.verwijder', { id: a.id });
    toast({
      tekst: `Afspraak ${oud.functie} van ${naam} verwijderd.`,
      ongedaanMaken: async () => {
        await invoke('afspraken.herstel', oud);
      },
    });
    return true;
  };

  const aantalVorig = vorigJaar.data?.aangemaakt ?? 0;

  return (
    <>
      <PaginaKop
        titel="Afspraken"
        intro={`Schooljaar ${schooljaarNaam(schooljaar)}: per school, aanbieder en functie de uren, de kosten en wie betaalt.`}
        acties={
          <>
            <SchrijfKnop className="utrecht-button utrecht-button--primary-action" onClick={openNieuw}>
              Afspraak toevoegen
            </SchrijfKnop>
            {venster.bron.aantalOngefilterd > 0 && (
              <SchrijfKnop onClick={() => kopieerNaar(schooljaar)}>Kopiëren naar {schooljaarNaam(schooljaar + 1)}…</SchrijfKnop>
            )}
          </>
        }
      />
      {fout && <Melding soort="error">{fout}</Melding>}
      {lijstFout && <Melding soort="error">{lijstFout.message}</Melding>}
      <Waarschuwingen lijst={kostenSchooljaar.data?.waarschuwingen} />
      {inVoorbereiding && inVoorbereiding.aantal > 0 && (
        <p className="utrecht-paragraph zacht" data-testid="in-voorbereiding">
          {inVoorbereiding.aantal.toLocaleString('nl-NL')} {inVoorbereiding.aantal === 1 ? 'afspraak is' : 'afspraken zijn'} nog in voorbereiding (concept of in
          overleg): {formatEuro(inVoorbereiding.totaal)}. Die tellen niet mee in de totalen.
        </p>
      )}
      <DataTabel
        naam="Afspraken"
        rijen={[]}
        server={bron}
        kolommen={kolommen}
        rijSleutel={(r) => r.id}
        onOpen={openBestaand}
        laden={laden}
        telwoord={['afspraak', 'afspraken']}
        totaalLabel="Totaal afgesproken"
        leeg={
          <LegeStaat>
            <p className="utrecht-paragraph">
              {aantalVorig > 0
                ? `Nog geen afspraken voor ${schooljaarNaam(schooljaar)}. Kopieer ze van ${schooljaarNaam(schooljaar - 1)} of voeg er een toe.`
                : `Nog geen afspraken voor ${schooljaarNaam(schooljaar)}. Voeg er een toe.`}
            </p>
            <AndereJaren soort="schooljaar" />
            <div className="utrecht-button-group lege-staat__knoppen">
              {aantalVorig > 0 && (
                <SchrijfKnop className="utrecht-button utrecht-button--primary-action" onClick={() => kopieerNaar(schooljaar - 1)}>
                  Kopiëren van {schooljaarNaam(schooljaar - 1)}…
                </SchrijfKnop>
              )}
              <SchrijfKnop
                className={`utrecht-button ${aantalVorig > 0 ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}
                onClick={openNieuw}
              >
                Afspraak toevoegen
              </SchrijfKnop>
            </div>
          </LegeStaat>
        }
      />
      {formulier && (
        <AfspraakFormulier
          afspraak={formulier.afspraak}
          beginWaarden={formulier.waarden}
          onSluit={() => setFormulier(null)}
          onVerwijder={
            formulier.afspraak
              ? async () => {
                  const a = formulier.afspraak!;
                  const naam = formulier.schoolNaam ?? 'de school';
                  try {
                    if (await verwijder(a, naam)) setFormulier(null);
                  } catch (e) {
                    setFout((e as Error).message);
                  }
                }
              : undefined
          }
        />
      )}
    </>
  );
}

/** The totals row: counted afspraken only (docs/regels.md#regel-5), over every afspraak that passes the filters. */
function totaalCellen(t: AfspraakTotaal): Record<string, ReactNode> {
  return {
    basisuren: formatUren(t.basisuren),
    extra: formatUren(t.extraUren),
    kosten: formatEuro(t.totaal),
    gemeente: formatEuro(t.gemeente),
    onderwijs: formatEuro(t.onderwijs),
  };
}
