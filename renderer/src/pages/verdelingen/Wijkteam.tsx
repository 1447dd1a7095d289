// The wijkteam rule of seed 001 as a verdeling view (issue 16 item 6): per wijk the number of
// schools of a sector × the hours per school (Zwolle: PO × 4 uur JGW), set against what the
// counted afspraken of that functie actually give. The figures come from wijkteam.uren.
import { useState } from 'react';
import { parseGetal } from '../../../../electron/domain/geld';
import { SECTOREN, type Sector } from '../../../../electron/domain/types';
import { Melding } from '../../components/PaginaKop';
import { Invoer, Keuze } from '../../components/Velden';
import { useLezen } from '../../hooks/useApi';
import { aantal, schooljaarNaam, uren } from '../../format';
import { usePeriode } from '../../periode';

export function WijkteamVerdeling() {
  const { schooljaar } = usePeriode();
  const [sector, setSector] = useState<Sector>('PO');
  const [functie, setFunctie] = useState('JGW');
  const [perSchool, setPerSchool] = useState('4');
  const functies = useLezen('functies.lijst', {});
  const urenPerSchool = parseGetal(perSchool);
  const bekend = functies.data?.some((f) => f.code === functie) ?? false;
  const w = useLezen(
    'wijkteam.uren',
    { schooljaar, sector, urenPerSchool: urenPerSchool ?? 0, functie: bekend ? functie : undefined },
    { enabled: urenPerSchool !== null },
  );
  const d = w.data;
  return (
    <section className="sectie" aria-labelledby="wijkteam-kop">
      <h2 id="wijkteam-kop" className="utrecht-heading-2">
        Uren per sociaal wijkteam, {schooljaarNaam(schooljaar)}
      </h2>
      <p className="utrecht-paragraph zacht">
        Elk wijkteam krijgt het aantal scholen van de sector in de wijk × de uren per school, naast wat de afspraken van die functie werkelijk geven.
      </p>
      <div className="formulier__rij">
        <Keuze label="Sector" value={sector} opties={SECTOREN.map((s) => ({ waarde: s, label: s }))} onChange={(e) => setSector(e.target.value as Sector)} />
        <Keuze
          label="Functie"
          value={functie}
          opties={(functies.data ?? []).map((f) => ({ waarde: f.code, label: `${f.code} – ${f.naam}` }))}
          onChange={(e) => setFunctie(e.target.value)}
        />
        <Invoer
          label="Uren per school"
          inputMode="decimal"
          achtervoegsel="uur"
          value={perSchool}
          fout={urenPerSchool === null ? 'Uren per school moet een getal zijn, zoals 4.' : undefined}
          onChange={(e) => setPerSchool(e.target.value)}
        />
      </div>
      {w.error && <Melding soort="error">{w.error.message}</Melding>}
      {d && !w.error && d.perWijk.length === 0 && <p>Er zijn in dit schooljaar geen scholen van deze sector, dus ook geen uren per wijkteam.</p>}
      {d && !w.error && d.perWijk.length > 0 && (
        <table className="kleine-tabel" data-testid="wijkteam-tabel">
          <caption className="visueel-verborgen">Uren per sociaal wijkteam</caption>
          <thead>
            <tr>
              <th scope="col">Wijk</th>
              <th scope="col" className="rechts">
                Scholen
              </th>
              <th scope="col" className="rechts">
                Uren volgens de regel
              </th>
              <th scope="col" className="rechts">
                Uren in de afspraken
              </th>
              <th scope="col" className="rechts">
                Verschil
              </th>
            </tr>
          </thead>
          <tbody>
            {d.perWijk.map((r) => (
              <tr key={r.wijk}>
                <th scope="row">{r.wijk}</th>
                <td className="rechts">{aantal(r.aantalScholen)}</td>
                <td className="rechts">{uren(r.uren)}</td>
                <td className="rechts">{r.afgesprokenUren === null ? '–' : uren(r.afgesprokenUren)}</td>
                <td className="rechts">{r.afgesprokenUren === null ? '–' : uren(Math.round((r.afgesprokenUren - r.uren) * 100) / 100)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              <td className="rechts">{aantal(d.aantalScholen)}</td>
              <td className="rechts">{uren(d.uren)}</td>
              <td className="rechts">{d.afgesprokenUren === null ? '–' : uren(d.afgesprokenUren)}</td>
              <td className="rechts">{d.afgesprokenUren === null ? '–' : uren(Math.round((d.afgesprokenUren - d.uren) * 100) / 100)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
