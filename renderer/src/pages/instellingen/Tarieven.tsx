// Tarieven per schooljaar (rule 9): the rates of every functie with their validity, a new rate from
// a schooljaar on, and indexation by a percentage with a preview of the begrotingsjaren it touches
// before anything is saved. A new rate never changes an earlier schooljaar.
import { useState, type FormEvent } from 'react';
import { ApiFout, invoke } from '../../api';
import type { IndexVoorbeeld } from '../../../../electron/api/typen/tarieven';
import { formatEuro, formatPercentage, formatUren, parseBedrag, parseGetal } from '../../../../electron/domain/geld';
import { FUNCTIE_CODES, type FunctieCode } from '../../../../electron/domain/types';
import { SchrijfKnop, Sectie } from '../../components/Formulier';
import { Melding } from '../../components/PaginaKop';
import { Invoer, Keuze } from '../../components/Velden';
import { useToast } from '../../components/Toast';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { schooljaarNaam } from '../../format';
import { usePeriode } from '../../periode';

type Fouten = Record<string, string>;

/** The API's field messages by field, and the general message. */
function foutenVan(e: unknown, bekend: readonly string[]): { velden: Fouten; algemeen: string } {
  if (e instanceof ApiFout) {
    const velden = Object.fromEntries(e.velden.map((v) => [v.veld, v.melding]));
    const allemaalBekend = e.velden.length > 0 && e.velden.every((v) => bekend.includes(v.veld));
    return { velden, algemeen: allemaalBekend ? 'Controleer de gemarkeerde velden; er is niets opgeslagen.' : e.message };
  }
  return { velden: {}, algemeen: (e as Error)?.message ?? 'Er ging iets mis; er is niets veranderd.' };
}

function schooljaarOpties(rond: number): { waarde: string; label: string }[] {
  const van = Math.min(rond - 6, 2014);
  return Array.from({ length: rond + 4 - van }, (_, i) => van + i).map((j) => ({ waarde: String(j), label: schooljaarNaam(j) }));
}

/** Dutch text to a number for the API; unreadable text stays text so the API names the field. */
const alsGetal = (t: string): unknown => (t.trim() === '' ? null : (parseGetal(t) ?? t));
const alsCenten = (t: string): unknown => (t.trim() === '' ? null : (parseBedrag(t) ?? t));

export function TarievenSectie() {
  const overzicht = useLezen('tarieven.lijst', {});
  const o = overzicht.data;
  return (
    <Sectie titel="Tarieven per schooljaar" fout={overzicht.error?.message}>
      <p className="utrecht-paragraph">
        Een uurtarief geldt vanaf een schooljaar tot het volgende tarief van die functie. Een nieuw tarief is een nieuwe regel: eerdere schooljaren en de
        bedragen die al naar de raad zijn gegaan veranderen niet. Vóór het eerste tarief geldt het standaard uurtarief hierboven. Een afspraak met een eigen
        tarief, of een regeling met een tarief, gaat voor.
      </p>
      {o && (
        <div>
          <table className="kleine-tabel" data-testid="tarieven-tabel">
            <caption className="visueel-verborgen">Uurtarieven en weken per functie en schooljaar</caption>
            <thead>
              <tr>
                <th scope="col">Functie</th>
                <th scope="col">Geldig</th>
                <th scope="col" className="rechts">
                  Uurtarief
                </th>
                <th scope="col" className="rechts">
                  Weken
                </th>
              </tr>
            </thead>
            <tbody>
              {o.functies.flatMap((f) => [
                <tr key={`${f.code}-standaard`}>
                  <th scope="row">
                    {f.code} – {f.naam}
                  </th>
                  <td className="zacht">
                    {f.tarieven[0] ? `standaard, vóór ${schooljaarNaam(f.tarieven[0].vanafSchooljaar)}` : 'standaard, alle schooljaren'}
                  </td>
                  <td className="rechts">
                    {f.standaardUurtariefCents === 0 && f.tarieven.length === 0 ? (
                      <span className="badge badge--waarschuwing">€ 0</span>
                    ) : (
                      formatEuro(f.standaardUurtariefCents, { cents: true })
                    )}
                  </td>
                  <td className="rechts">{formatUren(o.wekenPerSchooljaar)}</td>
                </tr>,
                ...f.tarieven.map((t) => (
                  <tr key={`${f.code}-${t.vanafSchooljaar}`}>
                    <th scope="row">{f.code}</th>
                    <td>
                      vanaf {schooljaarNaam(t.vanafSchooljaar)}
                      {t.totSchooljaar !== null && ` t/m ${schooljaarNaam(t.totSchooljaar)}`}
                    </td>
                    <td className="rechts">
                      {t.uurtariefCents === 0 ? <span className="badge badge--waarschuwing">€ 0</span> : formatEuro(t.uurtariefCents, { cents: true })}
                    </td>
                    <td className="rechts">{formatUren(t.wekenPerJaar)}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </div>
      )}
      <TariefZetten />
      <Indexeren />
    </Sectie>
  );
}

function TariefZetten() {
  const { schooljaar } = usePeriode();
  const toast = useToast();
  const zet = useWijziging('tarieven.zet');
  const [w, setW] = useState({ functie: 'JGW', vanaf: String(schooljaar), uurtarief: '', weken: '' });
  const [fouten, setFouten] = useState<{ velden: Fouten; algemeen: string } | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFouten(null);
    try {
      await zet.mutateAsync({
        functie: w.functie as FunctieCode,
        vanafSchooljaar: Number(w.vanaf),
        uurtariefCents: (w.uurtarief.trim() === '' ? undefined : alsCenten(w.uurtarief)) as number,
        wekenPerJaar: alsGetal(w.weken) as number | null,
      });
      toast({ tekst: `Uurtarief ${w.functie} vanaf ${schooljaarNaam(Number(w.vanaf))} opgeslagen. Eerdere schooljaren zijn niet veranderd.` });
      setW({ ...w, uurtarief: '', weken: '' });
    } catch (fout) {
      setFouten(foutenVan(fout, ['functie', 'vanafSchooljaar', 'uurtariefCents', 'wekenPerJaar']));
    }
  };
  return (
    <form className="formulier" noValidate onSubmit={verstuur} aria-labelledby="tarief-zetten-kop">
      <h3 id="tarief-zetten-kop" className="utrecht-heading-3">
        Nieuw tarief
      </h3>
      {fouten && <Melding soort="error">{fouten.algemeen}</Melding>}
      <div className="formulier__rij">
        <Keuze
          label="Functie"
          verplicht
          fout={fouten?.velden.functie}
          opties={FUNCTIE_CODES.map((c) => ({ waarde: c, label: c }))}
          value={w.functie}
          onChange={(e) => setW({ ...w, functie: e.target.value })}
        />
        <Keuze
          label="Vanaf schooljaar"
          verplicht
          fout={fouten?.velden.vanafSchooljaar}
          opties={schooljaarOpties(schooljaar)}
          value={w.vanaf}
          onChange={(e) => setW({ ...w, vanaf: e.target.value })}
        />
        <Invoer
          label="Uurtarief"
          verplicht
          inputMode="decimal"
          voorvoegsel="€"
          hint="Bijvoorbeeld 80,00"
          fout={fouten?.velden.uurtariefCents}
          value={w.uurtarief}
          onChange={(e) => setW({ ...w, uurtarief: e.target.value })}
        />
        <Invoer
          label="Weken per jaar"
          inputMode="decimal"
          hint="Leeg = zoals tot nu toe"
          fout={fouten?.velden.wekenPerJaar}
          value={w.weken}
          onChange={(e) => setW({ ...w, weken: e.target.value })}
        />
      </div>
      <div>
        <SchrijfKnop type="submit" className="utrecht-button utrecht-button--primary-action" disabled={zet.isPending}>
          Tarief opslaan
        </SchrijfKnop>
      </div>
    </form>
  );
}

function Indexeren() {
  const { schooljaar } = usePeriode();
  const toast = useToast();
  const indexeer = useWijziging('tarieven.indexeer');
  const [vanaf, setVanaf] = useState(String(schooljaar));
  const [procent, setProcent] = useState('');
  const [gekozen, setGekozen] = useState<FunctieCode[]>([]);
  const [voorbeeld, setVoorbeeld] = useState<{ invoer: string; data: IndexVoorbeeld } | null>(null);
  const [fouten, setFouten] = useState<{ velden: Fouten; algemeen: string } | null>(null);
  const invoer = { vanafSchooljaar: Number(vanaf), procent: alsGetal(procent) as number, functies: gekozen };
  const sleutel = JSON.stringify(invoer);
  const actueel = voorbeeld && voorbeeld.invoer === sleutel ? voorbeeld.data : null;

  const bekijk = async (e: FormEvent) => {
    e.preventDefault();
    setFouten(null);
    try {
      setVoorbeeld({ invoer: sleutel, data: await invoke('tarieven.indexeerVoorbeeld', invoer) });
    } catch (fout) {
      setVoorbeeld(null);
      setFouten(foutenVan(fout, ['vanafSchooljaar', 'procent', 'functies']));
    }
  };
  const pas = async () => {
    setFouten(null);
    try {
      await indexeer.mutateAsync(invoer);
      toast({ tekst: `Tarieven geïndexeerd met ${formatPercentage(invoer.procent)} vanaf ${schooljaarNaam(invoer.vanafSchooljaar)}.` });
      setVoorbeeld(null);
      setProcent('');
    } catch (fout) {
      setFouten(foutenVan(fout, ['vanafSchooljaar', 'procent', 'functies']));
    }
  };
  const wissel = (c: FunctieCode) => setGekozen((g) => (g.includes(c) ? g.filter((x) => x !== c) : [...g, c]));

  return (
    <form className="formulier" noValidate onSubmit={bekijk} aria-labelledby="indexeren-kop">
      <h3 id="indexeren-kop" className="utrecht-heading-3">
        Indexeren
      </h3>
      {fouten && <Melding soort="error">{fouten.algemeen}</Melding>}
      <div className="formulier__rij">
        <Keuze
          label="Vanaf schooljaar"
          verplicht
          fout={fouten?.velden.vanafSchooljaar}
          opties={schooljaarOpties(schooljaar)}
          value={vanaf}
          onChange={(e) => setVanaf(e.target.value)}
        />
        <Invoer
          label="Percentage"
          verplicht
          inputMode="decimal"
          achtervoegsel="%"
          hint="Bijvoorbeeld 2,5; afgerond op hele centen"
          fout={fouten?.velden.procent}
          value={procent}
          onChange={(e) => setProcent(e.target.value)}
        />
      </div>
      <fieldset>
        <legend>Functies (geen keuze = alle functies)</legend>
        <div className="keuzelijst">
          {FUNCTIE_CODES.map((c) => (
            <label key={c} className="utrecht-form-label keuzelijst__optie">
              <input type="checkbox" className="utrecht-checkbox" checked={gekozen.includes(c)} onChange={() => wissel(c)} /> {c}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="utrecht-button-group">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Voorbeeld bekijken
        </button>
        <SchrijfKnop className="utrecht-button utrecht-button--primary-action" disabled={!actueel || indexeer.isPending} onClick={() => void pas()}>
          Indexering toepassen
        </SchrijfKnop>
      </div>
      {actueel && <IndexVoorbeeldTabel v={actueel} />}
    </form>
  );
}

function IndexVoorbeeldTabel({ v }: { v: IndexVoorbeeld }) {
  return (
    <div data-testid="index-voorbeeld" role="status">
      <table className="kleine-tabel">
        <caption>Nieuwe tarieven</caption>
        <thead>
          <tr>
            <th scope="col">Functie</th>
            <th scope="col">Vanaf</th>
            <th scope="col" className="rechts">
              Nu
            </th>
            <th scope="col" className="rechts">
              Nieuw
            </th>
          </tr>
        </thead>
        <tbody>
          {v.wijzigingen.map((w) => (
            <tr key={`${w.functie}-${w.vanafSchooljaar}`}>
              <th scope="row">{w.functie}</th>
              <td>{schooljaarNaam(w.vanafSchooljaar)}</td>
              <td className="rechts">{formatEuro(w.oudCents, { cents: true })}</td>
              <td className="rechts">{formatEuro(w.nieuwCents, { cents: true })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {v.jaren.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen afspraken vanaf dat schooljaar: geen begrotingsjaar verandert.</p>
      ) : (
        <table className="kleine-tabel">
          <caption>Effect op de begrotingsjaren (afspraken die meetellen)</caption>
          <thead>
            <tr>
              <th scope="col">Begrotingsjaar</th>
              <th scope="col" className="rechts">
                Kosten nu
              </th>
              <th scope="col" className="rechts">
                Na indexatie
              </th>
              <th scope="col" className="rechts">
                Verschil
              </th>
              <th scope="col" className="rechts">
                Waarvan gemeente
              </th>
            </tr>
          </thead>
          <tbody>
            {v.jaren.map((j) => (
              <tr key={j.jaar}>
                <th scope="row">{j.jaar}</th>
                <td className="rechts">{formatEuro(j.voor.totaal)}</td>
                <td className="rechts">{formatEuro(j.na.totaal)}</td>
                <td className="rechts">{formatEuro(j.verschil.totaal)}</td>
                <td className="rechts">{formatEuro(j.verschil.gemeente)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
