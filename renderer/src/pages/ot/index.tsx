// Ondersteuningsteams (issue 13 item 5): per school which OT role is missing in the schooljaar of
// the header, and the gemeente's setting of which functies fill each role per sector (Zwolle: IB/ZC,
// orthopedagoog and JGW or SMW; Hoogeveen: JMW as the social role).
import { useState } from 'react';
import { OT_ROLLEN_LIJST, OT_ROL_LABEL, SECTOREN, type OtRol, type Sector } from '../../../../electron/domain/types';
import type { OtSamenstelling } from '../../../../electron/domain/dekkingsgraad';
import { LegeStaat, Melding, PaginaKop } from '../../components/PaginaKop';
import { SchrijfKnop } from '../../components/Formulier';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { aantal, schooljaarNaam } from '../../format';
import { usePeriode } from '../../periode';

export function OtPagina() {
  const { schooljaar } = usePeriode();
  return (
    <>
      <PaginaKop
        titel="Ondersteuningsteams"
        intro={`Welke scholen in schooljaar ${schooljaarNaam(schooljaar)} een volledig ondersteuningsteam hebben, en welke rol er ontbreekt. Een rol telt als er een afspraak (afgesproken, getekend of beëindigd) met uren is voor een functie die die rol vervult.`}
      />
      <Volledigheid schooljaar={schooljaar} />
      <Samenstelling />
    </>
  );
}

function Volledigheid({ schooljaar }: { schooljaar: number }) {
  const ot = useLezen('dekkingsgraad.ot', { schooljaar });
  const [alleenOnvolledig, setAlleenOnvolledig] = useState(true);
  const o = ot.data;
  const rijen = o ? o.scholen.filter((s) => !alleenOnvolledig || !s.volledig) : [];
  return (
    <section className="sectie" aria-labelledby="ot-volledig-kop">
      <h2 id="ot-volledig-kop" className="utrecht-heading-2">
        Volledigheid {schooljaarNaam(schooljaar)}
      </h2>
      {ot.error && <Melding soort="error">{ot.error.message}</Melding>}
      {o && o.aantalScholen === 0 && <LegeStaat>Nog geen scholen in het register.</LegeStaat>}
      {o && o.aantalScholen > 0 && (
        <>
          <p className="utrecht-paragraph" data-testid="ot-samenvatting">
            <strong>
              {aantal(o.aantalVolledig)} van {aantal(o.aantalScholen)}
            </strong>{' '}
            scholen hebben een volledig ondersteuningsteam.
          </p>
          <table className="kleine-tabel">
            <caption className="zacht">Per sector</caption>
            <thead>
              <tr>
                <th scope="col">Sector</th>
                <th scope="col" className="rechts">
                  Scholen
                </th>
                <th scope="col" className="rechts">
                  Volledig
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(o.perSector).map(([sector, t]) => (
                <tr key={sector}>
                  <th scope="row">{sector}</th>
                  <td className="rechts">{aantal(t.scholen)}</td>
                  <td className="rechts">{aantal(t.volledig)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <label className="ot__filter">
            <input type="checkbox" checked={alleenOnvolledig} onChange={(e) => setAlleenOnvolledig(e.target.checked)} /> Alleen scholen waar een rol ontbreekt
          </label>
          {rijen.length === 0 ? (
            <p className="zacht">Alle scholen hebben een volledig ondersteuningsteam.</p>
          ) : (
            <table className="kleine-tabel sectie-tabel" data-testid="ot-scholen">
              <caption className="visueel-verborgen">Ondersteuningsteam per school</caption>
              <thead>
                <tr>
                  <th scope="col">School</th>
                  <th scope="col">Sector</th>
                  <th scope="col">Wijk</th>
                  <th scope="col">Aanwezig</th>
                  <th scope="col">Ontbreekt</th>
                </tr>
              </thead>
              <tbody>
                {rijen.slice(0, 500).map((s) => (
                  <tr key={s.schoolId}>
                    <th scope="row">
                      {s.naam} <span className="zacht">{s.vestigingscode}</span>
                    </th>
                    <td>{s.sector}</td>
                    <td>{s.wijk}</td>
                    <td>{s.aanwezig.join(', ') || <span className="zacht">geen</span>}</td>
                    <td>{s.volledig ? <span className="zacht">niets</span> : s.ontbrekend.map((r) => OT_ROL_LABEL[r]).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {rijen.length > 500 && (
            <p className="zacht">De eerste 500 van {aantal(rijen.length)} scholen; het BLOZ-overzicht in Rapportages bevat ze allemaal.</p>
          )}
        </>
      )}
    </section>
  );
}

/** Per sector, per role: checkboxes for the functies that can fill that role (their "Rol in OT"). */
function Samenstelling() {
  const lezen = useLezen('ot.samenstelling', {});
  const functies = useLezen('functies.lijst', {});
  const opslaan = useWijziging('ot.samenstellingOpslaan');
  const [waarde, setWaarde] = useState<OtSamenstelling | null>(null);
  const [opgeslagen, setOpgeslagen] = useState(false);
  // Starts again from the stored composition whenever it (re)loads (adjusted while rendering, not in an effect).
  const [geladen, setGeladen] = useState<typeof lezen.data>(undefined);
  if (lezen.data && lezen.data !== geladen) {
    setGeladen(lezen.data);
    setWaarde(lezen.data);
  }
  const perRol = (rol: OtRol) => (functies.data ?? []).filter((f) => f.otRol === rol);
  const wissel = (sector: Sector, rol: OtRol, code: string) => {
    if (!waarde) return;
    const nu = waarde[sector][rol];
    setOpgeslagen(false);
    setWaarde({ ...waarde, [sector]: { ...waarde[sector], [rol]: nu.includes(code) ? nu.filter((c) => c !== code) : [...nu, code] } });
  };
  return (
    <section className="sectie" aria-labelledby="ot-samenstelling-kop">
      <h2 id="ot-samenstelling-kop" className="utrecht-heading-2">
        Samenstelling per sector
      </h2>
      <p className="utrecht-paragraph">
        Welke functies per sector elke rol vervullen. Een functie staat hier onder de rol die bij de functie is ingesteld (Aanbieders, tab Functies).
      </p>
      {(lezen.error ?? functies.error) && <Melding soort="error">{(lezen.error ?? functies.error)!.message}</Melding>}
      {waarde && functies.data && (
        <table className="kleine-tabel sectie-tabel ot__samenstelling">
          <caption className="visueel-verborgen">Samenstelling van het ondersteuningsteam per sector</caption>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              {OT_ROLLEN_LIJST.map((rol) => (
                <th key={rol} scope="col">
                  {OT_ROL_LABEL[rol]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SECTOREN.map((sector) => (
              <tr key={sector}>
                <th scope="row">{sector}</th>
                {OT_ROLLEN_LIJST.map((rol) => (
                  <td key={rol}>
                    <fieldset className="ot__keuze">
                      <legend className="visueel-verborgen">
                        {sector}, {OT_ROL_LABEL[rol]}
                      </legend>
                      {perRol(rol).length === 0 && <span className="zacht">geen functie met deze rol</span>}
                      {perRol(rol).map((f) => (
                        <label key={f.code} className="ot__optie">
                          <input
                            type="checkbox"
                            checked={waarde[sector][rol].includes(f.code)}
                            onChange={() => wissel(sector, rol, f.code)}
                            aria-label={`${f.code} telt als ${OT_ROL_LABEL[rol]} in ${sector}`}
                          />{' '}
                          {f.code}
                        </label>
                      ))}
                    </fieldset>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {opslaan.error && <Melding soort="error">{opslaan.error.message}</Melding>}
      {opgeslagen && <Melding soort="ok">De samenstelling is opgeslagen.</Melding>}
      <div className="utrecht-button-group">
        <SchrijfKnop
          className="utrecht-button utrecht-button--primary-action"
          disabled={!waarde || opslaan.isPending}
          onClick={async () => {
            if (!waarde) return;
            try {
              await opslaan.mutateAsync(waarde);
              setOpgeslagen(true);
            } catch {
              // Shown from opslaan.error.
            }
          }}
        >
          Samenstelling opslaan
        </SchrijfKnop>
      </div>
    </section>
  );
}
