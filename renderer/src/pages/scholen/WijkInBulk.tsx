// One wijk for many schools in one step (the chosen rows of the Scholen table), and filling EMPTY
// wijken by the postcode rules. Both are one API call, one transaction, a mutatielog line per
// school, and a toast with "Ongedaan maken" (scholen.herstelWijken with the wijken from before).
// The change signal refreshes the reads after every write, undo included.
import { useId, useState } from 'react';
import { invoke } from '../../api';
import { SchrijfKnop } from '../../components/Formulier';
import { Melding } from '../../components/PaginaKop';
import { useBevestiging } from '../../components/Bevestiging';
import { useToast } from '../../components/Toast';
import { useLezen, useWijziging } from '../../hooks/useApi';
import { aantal } from '../../format';

const scholenTekst = (n: number) => `${aantal(n)} ${n === 1 ? 'school' : 'scholen'}`;

/** Shown above the table while schools are chosen: pick a wijk (or "geen wijk") and apply it. */
export function WijkInBulkBalk({ gekozen, onKlaar }: { gekozen: ReadonlySet<string>; onKlaar(): void }) {
  const id = useId();
  const wijken = useLezen('wijken.lijst', {});
  const zet = useWijziging('scholen.zetWijk');
  const toast = useToast();
  const [wijk, setWijk] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  if (gekozen.size === 0) return null;
  const toekennen = async () => {
    setFout(null);
    if (wijk === '') {
      setFout('Kies eerst een wijk (of "Geen wijk").');
      return;
    }
    const wijkId = wijk === 'geen' ? null : Number(wijk);
    const naam = wijkId === null ? 'geen wijk' : `wijk ${wijken.data?.find((w) => w.id === wijkId)?.naam ?? ''}`;
    try {
      const r = await zet.mutateAsync({ schoolIds: [...gekozen].map(Number), wijkId });
      onKlaar();
      toast({
        tekst: `${scholenTekst(gekozen.size)}: ${naam}${r.gewijzigd < gekozen.size ? ` (${aantal(r.gewijzigd)} gewijzigd)` : ''}.`,
        ongedaanMaken: async () => {
          await invoke('scholen.herstelWijken', { wijken: r.vorige });
        },
      });
    } catch (e) {
      setFout((e as Error).message);
    }
  };
  return (
    <section className="bulkbalk" aria-label="Wijk voor de gekozen scholen">
      <p className="bulkbalk__telling" role="status">
        {scholenTekst(gekozen.size)} gekozen
      </p>
      <label htmlFor={`${id}-wijk`} className="utrecht-form-label">
        Wijk
      </label>
      <select id={`${id}-wijk`} className="utrecht-select utrecht-select--html-select" value={wijk} onChange={(e) => setWijk(e.target.value)}>
        <option value="">Kies een wijk</option>
        {(wijken.data ?? []).map((w) => (
          <option key={w.id} value={String(w.id)}>
            {w.naam}
          </option>
        ))}
        <option value="geen">Geen wijk</option>
      </select>
      <SchrijfKnop className="utrecht-button utrecht-button--primary-action" disabled={zet.isPending} onClick={toekennen}>
        Wijk toekennen
      </SchrijfKnop>
      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onKlaar}>
        Keuze wissen
      </button>
      {fout && <Melding soort="error">{fout}</Melding>}
    </section>
  );
}

/** "Wijken invullen volgens postcoderegels": says how many schools first, then fills only empty wijken. */
export function VulWijkenKnop({ kort = false }: { kort?: boolean }) {
  const voorbeeld = useLezen('wijken.vulVoorbeeld', {});
  const vul = useWijziging('wijken.vulVolgensPostcode');
  const bevestig = useBevestiging();
  const toast = useToast();
  const [fout, setFout] = useState<string | null>(null);
  const n = voorbeeld.data?.length ?? 0;
  return (
    <div className={`vulwijken${kort ? ' vulwijken--kort' : ''}`}>
      <SchrijfKnop
        disabled={vul.isPending || n === 0}
        onClick={async () => {
          setFout(null);
          const ok = await bevestig({
            titel: 'Wijken invullen volgens postcoderegels',
            tekst: `${scholenTekst(n)} zonder wijk krijgen een wijk volgens de postcoderegels. Scholen die al een wijk hebben blijven zoals ze zijn.`,
            bevestigKnop: 'Wijken invullen',
          });
          if (!ok) return;
          try {
            const r = await vul.mutateAsync({});
            toast({
              tekst: `${scholenTekst(r.ingevuld.length)} kregen een wijk volgens de postcoderegels.`,
              ongedaanMaken: r.ingevuld.length
                ? async () => {
                    await invoke('scholen.herstelWijken', { wijken: r.ingevuld.map((i) => ({ schoolId: i.schoolId, wijkId: null })) });
                  }
                : undefined,
            });
          } catch (e) {
            setFout((e as Error).message);
          }
        }}
      >
        Wijken invullen volgens postcoderegels
      </SchrijfKnop>
      <span className="zacht">
        {!voorbeeld.data
          ? ''
          : kort
            ? `(${scholenTekst(n)} zonder wijk)`
            : n === 0
              ? 'Geen scholen zonder wijk die onder een regel vallen.'
              : `${scholenTekst(n)} zonder wijk vallen onder een regel.`}
      </span>
      {fout && <Melding soort="error">{fout}</Melding>}
    </div>
  );
}
