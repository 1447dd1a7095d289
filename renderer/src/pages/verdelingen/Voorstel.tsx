// The BLOZ proposal of a saved verdeling: save it as a workbook (rapport.opslaan, after the save
// dialog), and read it back after the BLOZ changed its column Toegekend. Every problem of the sheet
// is listed by row and column; nothing is saved unless the whole sheet is right.
import { useId, useState } from 'react';
import type { VeldMelding } from '../../../../electron/api/typen/fout';
import type { VerdelingRecord } from '../../../../electron/api/typen/verdeling';
import { ApiFout, invoke } from '../../api';
import { SchrijfKnop } from '../../components/Formulier';
import { Melding } from '../../components/PaginaKop';
import { useAlleenLezen } from '../../hooks/apiFormulier';
import { leesBase64 } from '../importeren/SleepVak';

export function VoorstelKnoppen({
  verdelingId,
  naam,
  vastgesteld,
  onIngelezen,
}: {
  verdelingId: number;
  naam: string;
  vastgesteld: boolean;
  onIngelezen: (v: VerdelingRecord) => void;
}) {
  const alleenLezen = useAlleenLezen();
  const invoerId = useId();
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error' | 'warning'; tekst: string; velden?: VeldMelding[] } | null>(null);
  const opslaan = async () => {
    setMelding(null);
    try {
      const r = await invoke('rapport.opslaan', { soort: 'verdeling', verdelingId });
      if (r.opgeslagen) setMelding({ soort: 'ok', tekst: `BLOZ-voorstel opgeslagen als ${r.bestandsnaam}.` });
    } catch (e) {
      setMelding({ soort: 'error', tekst: (e as Error).message });
    }
  };
  const inlezen = async (bestand: File | undefined) => {
    if (!bestand) return;
    setMelding(null);
    try {
      const r = await invoke('verdelingen.voorstelInlezen', { id: verdelingId, naam: bestand.name, inhoudBase64: await leesBase64(bestand) });
      onIngelezen(r.verdeling);
      const tekst = `${bestand.name} ingelezen: ${r.gewijzigd} ${r.gewijzigd === 1 ? 'school' : 'scholen'} gewijzigd.${r.backup ? ` Reservekopie vooraf: ${r.backup}.` : ''}`;
      setMelding({ soort: r.waarschuwingen.length ? 'warning' : 'ok', tekst: [tekst, ...r.waarschuwingen].join(' ') });
    } catch (e) {
      // One problem is already in the message; several are listed by row and column.
      setMelding({ soort: 'error', tekst: (e as Error).message, velden: e instanceof ApiFout && e.velden.length > 1 ? e.velden : [] });
    }
  };
  return (
    <div className="verdeling__voorstel">
      <div className="utrecht-button-group">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={opslaan}>
          BLOZ-voorstel opslaan
        </button>
        {!vastgesteld && (
          <>
            <label htmlFor={invoerId} className="utrecht-button utrecht-button--secondary-action verdeling__bestand-knop">
              Aangepast voorstel inlezen
            </label>
            <input
              id={invoerId}
              type="file"
              accept=".xlsx"
              className="visueel-verborgen"
              disabled={alleenLezen}
              aria-label={`Aangepast BLOZ-voorstel van ${naam} inlezen`}
              onChange={(e) => {
                void inlezen(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </>
        )}
        {alleenLezen && <SchrijfKnop disabled>Inlezen kan niet: alleen-lezen</SchrijfKnop>}
      </div>
      {melding && (
        <Melding soort={melding.soort}>
          <p>{melding.tekst}</p>
          {!!melding.velden?.length && (
            <ul data-testid="voorstel-fouten">
              {melding.velden.map((v, i) => (
                <li key={i}>
                  {v.rij !== undefined ? `Rij ${v.rij}` : 'Blad'}
                  {v.veld ? `, kolom ${v.veld}` : ''}: {v.melding}
                </li>
              ))}
            </ul>
          )}
        </Melding>
      )}
    </div>
  );
}
