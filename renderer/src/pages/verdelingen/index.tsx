// Verdelingen (issue 16): a pool of hours or euros divided over schools by a rule
// (docs/regels.md#regel-17). Pick the schools, the rule and the pot; the preview per school shows
// leerlingen, gewicht, quotum and toegekend with "uitgedeeld / beschikbaar". A weight or an
// allocation can be typed per school: hand edits are marked, and vaststellen waits until the total
// equals the pot. Below: the wijkteam rule of seed 001 as a verdeling view.
import { useState } from 'react';
import type { Input } from '../../../../electron/api/contract';
import type { VerdelingRecord, VerdelingVoorstel } from '../../../../electron/api/typen/verdeling';
import { parseBedrag, parseGetal } from '../../../../electron/domain/geld';
import { SECTOREN, type Sector } from '../../../../electron/domain/types';
import { VERDEEL_REGELS, VERDELING_STATUS_LABEL, type PotSoort, type VerdeelRegel } from '../../../../electron/domain/verdeling';
import { ApiFout, invoke } from '../../api';
import { useBevestiging } from '../../components/Bevestiging';
import { SchrijfKnop } from '../../components/Formulier';
import { LegeStaat, Melding, PaginaKop } from '../../components/PaginaKop';
import { useToast } from '../../components/Toast';
import { DatumVeld, Invoer, Keuze, Tekstvak } from '../../components/Velden';
import { datumNaarTekst } from '../../../../electron/domain/validatie';
import { useAlleenLezen } from '../../hooks/apiFormulier';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { aantal, datum, euro, schooljaarNaam, uren } from '../../format';
import { usePeriode } from '../../periode';
import { WijkteamVerdeling } from './Wijkteam';
import { VoorstelKnoppen } from './Voorstel';
import { VaststelKnoppen } from './Vaststellen';
import { SchoolKiezer } from '../afspraken/Kiezers';
import './verdelingen.css';

const REGEL_LABEL: Record<VerdeelRegel, string> = {
  gelijk: 'gelijk: elke school evenveel',
  leerlingen: 'leerlingen: naar het DUO-leerlingaantal',
  voet: 'voet: een vast deel per school, de rest naar leerlingen',
  gewicht: 'gewicht: een gewicht per school dat u intypt',
};

/** The form as typed: amounts stay text (Dutch decimal comma) until they go to the API. */
interface SchoolInstelling {
  gewicht: string;
  min: string;
  max: string;
  toegekend: string;
  aanbieder: string;
}
const LEGE_SCHOOL: SchoolInstelling = { gewicht: '', min: '', max: '', toegekend: '', aanbieder: '' };
const ingevuld = (v: SchoolInstelling) => [v.gewicht, v.min, v.max, v.toegekend, v.aanbieder].some((x) => x.trim() !== '');

interface Concept {
  id: number | null;
  naam: string;
  schooljaar: number;
  soort: PotSoort;
  functie: string;
  sectoren: Sector[];
  wijkIds: number[];
  /** Only these schools; empty = every school of the sectors and wijken. */
  schoolIds: number[];
  regel: VerdeelRegel;
  totaal: string;
  voet: string;
  stap: string;
  min: string;
  max: string;
  aanbiederId: number | null;
  voorgelegdOp: string;
  adviesDatum: string;
  adviesTekst: string;
  /** Per school: a typed weight, a hand-edited allocation (text) and its own aanbieder ('' = the verdeling's). */
  perSchool: Record<number, SchoolInstelling>;
}

function leegConcept(schooljaar: number): Concept {
  return {
    id: null,
    naam: '',
    schooljaar,
    soort: 'uren',
    functie: '',
    sectoren: ['PO'],
    wijkIds: [],
    schoolIds: [],
    regel: 'leerlingen',
    totaal: '',
    voet: '',
    stap: '',
    min: '',
    max: '',
    aanbiederId: null,
    voorgelegdOp: '',
    adviesDatum: '',
    adviesTekst: '',
    perSchool: {},
  };
}

/** The same verdeling as far as saving goes (a school row typed and emptied again is no change). */
function zelfde(a: Concept, b: Concept): boolean {
  const schoon = (c: Concept) => ({ ...c, perSchool: Object.entries(c.perSchool).filter(([, v]) => ingevuld(v)) });
  return JSON.stringify(schoon(a)) === JSON.stringify(schoon(b));
}

function tekstVan(soort: PotSoort, waarde: number | null): string {
  if (waarde === null) return '';
  return soort === 'uren' ? String(waarde).replace('.', ',') : (waarde / 100).toFixed(2).replace('.', ',');
}

function uitRecord(r: VerdelingRecord): Concept {
  const perSchool: Concept['perSchool'] = {};
  for (const s of r.scholen)
    perSchool[s.schoolId] = {
      gewicht: s.gewicht === null ? '' : String(s.gewicht).replace('.', ','),
      min: tekstVan(r.soort, s.min),
      max: tekstVan(r.soort, s.max),
      toegekend: tekstVan(r.soort, s.toegekend),
      aanbieder: s.aanbiederId === null ? '' : String(s.aanbiederId),
    };
  return {
    id: r.id,
    naam: r.naam,
    schooljaar: r.schooljaar,
    soort: r.soort,
    functie: r.functie,
    sectoren: r.sectoren,
    wijkIds: r.wijkIds,
    schoolIds: r.schoolIds,
    regel: r.regel,
    totaal: tekstVan(r.soort, r.totaal),
    voet: tekstVan(r.soort, r.voet),
    stap: tekstVan(r.soort, r.stap),
    min: tekstVan(r.soort, r.min),
    max: tekstVan(r.soort, r.max),
    aanbiederId: r.aanbiederId,
    voorgelegdOp: datumNaarTekst(r.voorgelegdOp),
    adviesDatum: datumNaarTekst(r.adviesDatum),
    adviesTekst: r.adviesTekst ?? '',
    perSchool,
  };
}

/** Dutch text to the API's number (hours, or cents for euros); unreadable text goes as text so the API names the field. */
function hoeveelheid(soort: PotSoort, t: string): unknown {
  if (t.trim() === '') return null;
  return soort === 'uren' ? (parseGetal(t) ?? t) : (parseBedrag(t) ?? t);
}

function naarInvoer(c: Concept): Input<'verdelingen.maak'> {
  const scholen = Object.entries(c.perSchool)
    .filter(([, v]) => ingevuld(v))
    .map(([id, v]) => ({
      schoolId: Number(id),
      gewicht: v.gewicht.trim() === '' ? null : ((parseGetal(v.gewicht) ?? v.gewicht) as number),
      min: hoeveelheid(c.soort, v.min) as number | null,
      max: hoeveelheid(c.soort, v.max) as number | null,
      toegekend: hoeveelheid(c.soort, v.toegekend) as number | null,
      aanbiederId: v.aanbieder === '' ? null : Number(v.aanbieder),
    }));
  return {
    naam: c.naam,
    schooljaar: c.schooljaar,
    soort: c.soort,
    functie: c.functie,
    sectoren: c.sectoren,
    wijkIds: c.wijkIds,
    schoolIds: c.schoolIds,
    regel: c.regel,
    totaal: (hoeveelheid(c.soort, c.totaal) ?? 0) as number,
    voet: hoeveelheid(c.soort, c.voet) as number | null,
    stap: hoeveelheid(c.soort, c.stap) as number | null,
    min: hoeveelheid(c.soort, c.min) as number | null,
    max: hoeveelheid(c.soort, c.max) as number | null,
    aanbiederId: c.aanbiederId,
    voorgelegdOp: c.voorgelegdOp || null,
    adviesDatum: c.adviesDatum || null,
    adviesTekst: c.adviesTekst || null,
    scholen,
  };
}

export function VerdelingenPagina() {
  const { schooljaar } = usePeriode();
  const lijst = useLezen('verdelingen.lijst', {});
  // Every open starts a fresh editor (its key), also "Nieuwe verdeling" while one is open.
  const [open, setOpen] = useState<{ concept: Concept; sleutel: number } | null>(null);
  const setConcept = (c: Concept | null) => setOpen((o) => (c ? { concept: c, sleutel: (o?.sleutel ?? 0) + 1 } : null));
  const bedrag = (soort: PotSoort, x: number) => (soort === 'uren' ? uren(x) : euro(x, true));
  return (
    <div className="pagina">
      <PaginaKop
        titel="Verdelingen"
        intro="Een pot uren of euro’s voor een functie verdelen over scholen, voorleggen aan het BLOZ en vaststellen."
        acties={
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => setConcept(leegConcept(schooljaar))}>
            Nieuwe verdeling
          </button>
        }
      />
      <section className="sectie" aria-labelledby="verdelingen-kop">
        <h2 id="verdelingen-kop" className="utrecht-heading-2">
          Opgeslagen verdelingen
        </h2>
        {lijst.error && <Melding soort="error">{lijst.error.message}</Melding>}
        {lijst.data?.length === 0 && <LegeStaat>Nog geen verdelingen. Kies “Nieuwe verdeling” om een pot te verdelen.</LegeStaat>}
        {!!lijst.data?.length && (
          <table className="kleine-tabel" data-testid="verdelingen-lijst">
            <caption className="visueel-verborgen">Opgeslagen verdelingen</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Schooljaar</th>
                <th scope="col">Functie</th>
                <th scope="col" className="rechts">
                  Pot
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visueel-verborgen">Acties</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lijst.data.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.naam}</th>
                  <td>{schooljaarNaam(v.schooljaar)}</td>
                  <td>{v.functie}</td>
                  <td className="rechts">{bedrag(v.soort, v.totaal)}</td>
                  <td>
                    {VERDELING_STATUS_LABEL[v.status]}
                    {v.statusDatum && ` (${datum(v.statusDatum)})`}
                  </td>
                  <td>
                    <OpenKnop id={v.id} naam={v.naam} onOpen={setConcept} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {open && <Bewerker key={open.sleutel} begin={open.concept} onKlaar={setConcept} />}
      <WijkteamVerdeling />
    </div>
  );
}

function OpenKnop({ id, naam, onOpen }: { id: number; naam: string; onOpen: (c: Concept) => void }) {
  const [fout, setFout] = useState<string | null>(null);
  const open = async () => {
    try {
      onOpen(uitRecord(await invoke('verdelingen.lees', { id })));
    } catch (e) {
      setFout((e as Error).message);
    }
  };
  return (
    <>
      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={open} aria-label={`Verdeling ${naam} openen`}>
        Openen
      </button>
      {fout && <span className="veld__fout">{fout}</span>}
    </>
  );
}

function Bewerker({ begin, onKlaar }: { begin: Concept; onKlaar: (c: Concept | null) => void }) {
  const [c, setC] = useState<Concept>(begin);
  const [fouten, setFouten] = useState<{ algemeen: string; velden: Record<string, string> } | null>(null);
  const alleenLezen = useAlleenLezen();
  const toast = useToast();
  const bevestig = useBevestiging();
  const functies = useLezen('functies.lijst', {});
  const wijken = useLezen('wijken.lijst', {});
  const aanbieders = useLezen('aanbieders.lijst', {});
  const record = useLezen('verdelingen.lees', { id: c.id ?? 0 }, { enabled: c.id !== null });
  const vastgesteld = record.data?.vastgesteldOp != null;
  const invoer = naarInvoer(c);
  const { naam: _n, aanbiederId: _a, voorgelegdOp: _v, adviesDatum: _d, adviesTekst: _t, ...inhoud } = invoer;
  const klaarVoorVoorbeeld = c.functie !== '' && c.totaal.trim() !== '' && c.sectoren.length > 0;
  const voorstel = useLezen('verdeling.bereken', inhoud, { enabled: klaarVoorVoorbeeld });
  // The last division that could be made stays on screen under a refusal, so the field that caused
  // it (a minimum or maximum in the table) can still be corrected.
  const [laatste, setLaatste] = useState<VerdelingVoorstel | null>(null);
  if (voorstel.data && voorstel.data !== laatste) setLaatste(voorstel.data);
  const getoond = voorstel.error ? laatste : (voorstel.data ?? null);
  const maak = useWijziging('verdelingen.maak');
  const wijzig = useWijziging('verdelingen.wijzig');
  const verwijder = useWijziging('verdelingen.verwijder');
  const herstel = useWijziging('verdelingen.herstel');
  const zet = <K extends keyof Concept>(k: K, v: Concept[K]) => setC((x) => ({ ...x, [k]: v }));
  const zetSchool = (id: number, veld: keyof SchoolInstelling, waarde: string) =>
    setC((x) => ({ ...x, perSchool: { ...x.perSchool, [id]: { ...(x.perSchool[id] ?? LEGE_SCHOOL), [veld]: waarde } } }));
  const wissel = <T,>(lijst: T[], x: T) => (lijst.includes(x) ? lijst.filter((y) => y !== x) : [...lijst, x]);
  const fout = (veld: string) => fouten?.velden[veld];

  const opslaan = async () => {
    setFouten(null);
    try {
      const r = c.id === null ? await maak.mutateAsync(invoer) : await wijzig.mutateAsync({ ...invoer, id: c.id });
      setC(uitRecord(r));
      toast({ tekst: `Verdeling ${r.naam} opgeslagen.` });
    } catch (e) {
      if (e instanceof ApiFout) setFouten({ algemeen: e.message, velden: Object.fromEntries(e.velden.map((v) => [v.veld, v.melding])) });
      else setFouten({ algemeen: (e as Error).message, velden: {} });
    }
  };
  const weg = async () => {
    if (c.id === null) return onKlaar(null);
    if (!(await bevestig({ titel: 'Verdeling verwijderen', tekst: `Verdeling ${c.naam} verwijderen?`, bevestigKnop: 'Verwijderen', gevaarlijk: true }))) return;
    try {
      const oud = await verwijder.mutateAsync({ id: c.id });
      onKlaar(null);
      toast({ tekst: `Verdeling ${oud.naam} verwijderd.`, ongedaanMaken: () => herstel.mutateAsync(oud) });
    } catch (e) {
      setFouten({ algemeen: (e as Error).message, velden: {} });
    }
  };

  return (
    <section className="sectie" aria-labelledby="bewerker-kop">
      <h2 id="bewerker-kop" className="utrecht-heading-2">
        {c.id === null ? 'Nieuwe verdeling' : `Verdeling ${record.data?.naam ?? begin.naam}`}
      </h2>
      {vastgesteld && (
        <Melding soort="info">
          Vastgesteld op {datum(record.data?.vastgesteldOp)}. Wijzigen kan pas na “Vaststellen ongedaan maken”; dat haalt ook de aanvullende inzet weg die het
          vaststellen schreef.
        </Melding>
      )}
      {fouten && <Melding soort="error">{fouten.algemeen}</Melding>}
      <fieldset disabled={vastgesteld} className="verdeling__velden">
        <legend className="visueel-verborgen">Wat wordt verdeeld</legend>
        <div className="formulier__rij">
          <Invoer label="Naam" verplicht value={c.naam} fout={fout('naam')} onChange={(e) => zet('naam', e.target.value)} />
          <Keuze
            label="Schooljaar"
            verplicht
            value={String(c.schooljaar)}
            opties={Array.from({ length: 10 }, (_, i) => begin.schooljaar - 5 + i).map((j) => ({ waarde: String(j), label: schooljaarNaam(j) }))}
            onChange={(e) => zet('schooljaar', Number(e.target.value))}
          />
          <Keuze
            label="Functie"
            verplicht
            leegLabel="Kies een functie"
            value={c.functie}
            fout={fout('functie')}
            opties={(functies.data ?? []).map((f) => ({ waarde: f.code, label: `${f.code} – ${f.naam}` }))}
            onChange={(e) => zet('functie', e.target.value)}
          />
        </div>
        <div className="formulier__rij">
          <Keuze
            label="Soort pot"
            value={c.soort}
            opties={[
              { waarde: 'uren', label: 'uren per week' },
              { waarde: 'euros', label: 'euro’s per jaar' },
            ]}
            onChange={(e) => setC((x) => ({ ...x, soort: e.target.value as PotSoort, perSchool: {} }))}
          />
          <Invoer
            label="Pot"
            verplicht
            inputMode="decimal"
            voorvoegsel={c.soort === 'euros' ? '€' : undefined}
            achtervoegsel={c.soort === 'uren' ? 'uur' : undefined}
            value={c.totaal}
            fout={fout('totaal')}
            onChange={(e) => zet('totaal', e.target.value)}
          />
          <Keuze
            label="Verdeelregel"
            value={c.regel}
            opties={VERDEEL_REGELS.map((r) => ({ waarde: r, label: REGEL_LABEL[r] }))}
            onChange={(e) => zet('regel', e.target.value as VerdeelRegel)}
          />
        </div>
        <div className="formulier__rij">
          {c.regel === 'voet' && (
            <Invoer label="Voet per school" inputMode="decimal" value={c.voet} fout={fout('voet')} onChange={(e) => zet('voet', e.target.value)} />
          )}
          <Invoer
            label="Stap"
            inputMode="decimal"
            hint={c.soort === 'uren' ? 'Leeg = 0,5 uur' : 'Leeg = € 1'}
            value={c.stap}
            fout={fout('stap')}
            onChange={(e) => zet('stap', e.target.value)}
          />
          <Invoer label="Minimum per school" inputMode="decimal" value={c.min} fout={fout('min')} onChange={(e) => zet('min', e.target.value)} />
          <Invoer label="Maximum per school" inputMode="decimal" value={c.max} fout={fout('max')} onChange={(e) => zet('max', e.target.value)} />
        </div>
        <fieldset>
          <legend>Sectoren</legend>
          <div className="keuzelijst">
            {SECTOREN.map((s) => (
              <label key={s} className="utrecht-form-label keuzelijst__optie">
                <input type="checkbox" className="utrecht-checkbox" checked={c.sectoren.includes(s)} onChange={() => zet('sectoren', wissel(c.sectoren, s))} />{' '}
                {s}
              </label>
            ))}
          </div>
        </fieldset>
        {!!wijken.data?.length && (
          <fieldset>
            <legend>Wijken (geen keuze = alle wijken)</legend>
            <div className="keuzelijst">
              {wijken.data.map((w) => (
                <label key={w.id} className="utrecht-form-label keuzelijst__optie">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox"
                    checked={c.wijkIds.includes(w.id)}
                    onChange={() => zet('wijkIds', wissel(c.wijkIds, w.id))}
                  />{' '}
                  {w.naam}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <GekozenScholen
          gekozen={c.schoolIds}
          namen={new Map((voorstel.data?.scholen ?? []).map((s) => [s.schoolId, `${s.naam} (${s.vestigingscode})`]))}
          onWijzig={(ids) => zet('schoolIds', ids)}
        />
        <div className="formulier__rij">
          <Keuze
            label="Aanbieder"
            hint="Wie de toegekende inzet levert"
            leegLabel="Nog niet gekozen"
            value={c.aanbiederId === null ? '' : String(c.aanbiederId)}
            fout={fout('aanbiederId')}
            opties={(aanbieders.data ?? []).map((a) => ({ waarde: String(a.id), label: a.naam }))}
            onChange={(e) => zet('aanbiederId', e.target.value === '' ? null : Number(e.target.value))}
          />
          <DatumVeld
            label="Voorgelegd aan het BLOZ op"
            value={c.voorgelegdOp}
            fout={fout('voorgelegdOp')}
            onChange={(e) => zet('voorgelegdOp', e.target.value)}
          />
          <DatumVeld label="Datum BLOZ-advies" value={c.adviesDatum} fout={fout('adviesDatum')} onChange={(e) => zet('adviesDatum', e.target.value)} />
        </div>
        <Tekstvak label="BLOZ-advies" value={c.adviesTekst} fout={fout('adviesTekst')} onChange={(e) => zet('adviesTekst', e.target.value)} />
      </fieldset>

      <h3 className="utrecht-heading-3">Voorbeeld per school</h3>
      {!klaarVoorVoorbeeld && <p className="zacht">Kies een functie, een sector en de pot om het voorbeeld te zien.</p>}
      {klaarVoorVoorbeeld && voorstel.error && (
        <Melding soort="error">
          {voorstel.error.message}
          {getoond && ' Hieronder staat de laatste verdeling die wel kon.'}
        </Melding>
      )}
      {klaarVoorVoorbeeld && getoond && <VoorbeeldTabel v={getoond} c={c} vastgesteld={vastgesteld} zetSchool={zetSchool} aanbieders={aanbieders.data ?? []} />}
      <div className="utrecht-button-group">
        {!vastgesteld && (
          <SchrijfKnop className="utrecht-button utrecht-button--primary-action" disabled={alleenLezen} onClick={opslaan}>
            Opslaan
          </SchrijfKnop>
        )}
        {!vastgesteld && (
          <SchrijfKnop disabled={alleenLezen} onClick={weg}>
            {c.id === null ? 'Annuleren' : 'Verwijderen'}
          </SchrijfKnop>
        )}
        {c.id !== null && record.data && (
          <VaststelKnoppen
            record={record.data}
            voorstel={voorstel.data ?? null}
            gewijzigd={!zelfde(uitRecord(record.data), c)}
            onFout={(m) => setFouten(m ? { algemeen: m, velden: {} } : null)}
          />
        )}
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => onKlaar(null)}>
          Sluiten
        </button>
      </div>
      {c.id !== null && (
        <VoorstelKnoppen verdelingId={c.id} naam={record.data?.naam ?? begin.naam} vastgesteld={vastgesteld} onIngelezen={(r) => setC(uitRecord(r))} />
      )}
    </section>
  );
}

function VoorbeeldTabel({
  v,
  c,
  vastgesteld,
  zetSchool,
  aanbieders,
}: {
  v: VerdelingVoorstel;
  c: Concept;
  vastgesteld: boolean;
  zetSchool: (id: number, veld: keyof SchoolInstelling, waarde: string) => void;
  aanbieders: { id: number; naam: string }[];
}) {
  const h = (x: number) => (v.soort === 'uren' ? uren(x) : euro(x, true));
  const klopt = v.uitgedeeld === v.totaal;
  return (
    // Scrolls within its own box only while its cells can be edited (a scroll box needs something to focus).
    <div className={vastgesteld ? undefined : 'tabel-scroll'}>
      <table className="kleine-tabel verdeling__tabel" data-testid="verdeling-voorbeeld">
        <caption className="visueel-verborgen">Voorbeeld van de verdeling per school</caption>
        <thead>
          <tr>
            <th scope="col">School</th>
            <th scope="col" className="rechts">
              Leerlingen
            </th>
            <th scope="col" className="rechts">
              Gewicht
            </th>
            <th scope="col" className="rechts">
              Min / max
            </th>
            <th scope="col" className="rechts">
              Quotum
            </th>
            <th scope="col" className="rechts">
              Toegekend
            </th>
            <th scope="col">Aanbieder</th>
          </tr>
        </thead>
        <tbody>
          {v.scholen.map((s) => (
            <tr key={s.schoolId}>
              <th scope="row">
                {s.naam} <span className="zacht">{s.vestigingscode}</span>
              </th>
              <td className="rechts">{s.leerlingen === null ? 'onbekend' : typeof s.leerlingen === 'number' ? aantal(s.leerlingen) : s.leerlingen}</td>
              <td className="rechts">
                <input
                  className="utrecht-textbox utrecht-textbox--html-input verdeling__cel"
                  aria-label={`Gewicht ${s.naam}`}
                  inputMode="decimal"
                  disabled={vastgesteld}
                  placeholder={aantal(s.gewicht)}
                  value={c.perSchool[s.schoolId]?.gewicht ?? ''}
                  onChange={(e) => zetSchool(s.schoolId, 'gewicht', e.target.value)}
                />
              </td>
              <td className="rechts verdeling__grenzen">
                {(['min', 'max'] as const).map((g) => (
                  <input
                    key={g}
                    className="utrecht-textbox utrecht-textbox--html-input verdeling__grens"
                    aria-label={`${g === 'min' ? 'Minimum' : 'Maximum'} ${s.naam}`}
                    inputMode="decimal"
                    disabled={vastgesteld}
                    placeholder={c[g].trim() === '' ? '–' : c[g]}
                    value={c.perSchool[s.schoolId]?.[g] ?? ''}
                    onChange={(e) => zetSchool(s.schoolId, g, e.target.value)}
                  />
                ))}
              </td>
              <td className="rechts">{h(s.quotum)}</td>
              <td className="rechts">
                <input
                  className="utrecht-textbox utrecht-textbox--html-input verdeling__cel"
                  aria-label={`Toegekend ${s.naam}`}
                  inputMode="decimal"
                  disabled={vastgesteld}
                  placeholder={tekstVan(v.soort, s.berekend)}
                  value={c.perSchool[s.schoolId]?.toegekend ?? ''}
                  onChange={(e) => zetSchool(s.schoolId, 'toegekend', e.target.value)}
                />
                {s.handmatig && <span className="badge badge--waarschuwing">met de hand (berekend {h(s.berekend)})</span>}
                {s.begrensd && <span className="badge">{s.begrensd === 'min' ? 'minimum' : 'maximum'}</span>}
              </td>
              <td>
                <select
                  className="utrecht-select utrecht-select--html-select verdeling__aanbieder"
                  aria-label={`Aanbieder ${s.naam}`}
                  disabled={vastgesteld}
                  value={c.perSchool[s.schoolId]?.aanbieder ?? ''}
                  onChange={(e) => zetSchool(s.schoolId, 'aanbieder', e.target.value)}
                >
                  <option value="">zoals de verdeling</option>
                  {aanbieders.map((a) => (
                    <option key={a.id} value={String(a.id)}>
                      {a.naam}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              Uitgedeeld / beschikbaar
            </th>
            <td className="rechts" data-testid="verdeling-totaal">
              {h(v.uitgedeeld)} / {h(v.totaal)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      {!klopt && (
        <Melding soort="warning">
          Er is {h(v.uitgedeeld)} uitgedeeld van {h(v.totaal)}: het verschil is {h(Math.abs(v.totaal - v.uitgedeeld))}. Vaststellen kan pas als alles precies is
          uitgedeeld.
        </Melding>
      )}
    </div>
  );
}

/** Limit the verdeling to chosen schools (issue 16 item 1): none chosen = every school of the sectors and wijken. */
function GekozenScholen({ gekozen, namen, onWijzig }: { gekozen: number[]; namen: ReadonlyMap<number, string>; onWijzig: (ids: number[]) => void }) {
  const [sleutel, setSleutel] = useState(0);
  return (
    <fieldset>
      <legend>Alleen deze scholen (geen keuze = alle scholen van de sectoren en wijken)</legend>
      {gekozen.length > 0 && (
        <ul className="verdeling__gekozen">
          {gekozen.map((id) => (
            <li key={id}>
              {namen.get(id) ?? `School ${id}`}{' '}
              <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => onWijzig(gekozen.filter((x) => x !== id))}>
                Weghalen<span className="visueel-verborgen"> {namen.get(id) ?? `school ${id}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <SchoolKiezer
        key={sleutel}
        label="School toevoegen"
        verplicht={false}
        waarde=""
        onBlur={() => undefined}
        onKies={(w) => {
          const id = Number(w);
          if (Number.isInteger(id) && id > 0 && !gekozen.includes(id)) onWijzig([...gekozen, id]);
          setSleutel((k) => k + 1);
        }}
      />
    </fieldset>
  );
}
