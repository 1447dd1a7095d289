// Vaststellen of a saved verdeling, and undoing it (issue 16 item 5). Vaststellen writes every
// school's toegekende inzet as aanvullende inzet in one go; it waits until the verdeling is saved
// and the total equals the pot. Undoing removes exactly what it wrote.
import type { VerdelingRecord, VerdelingVoorstel } from '../../../../electron/api/typen/verdeling';
import { useBevestiging } from '../../components/Bevestiging';
import { SchrijfKnop } from '../../components/Formulier';
import { useToast } from '../../components/Toast';
import { useAlleenLezen } from '../../hooks/apiFormulier';
import { useWijziging } from '../../hooks/useApi';
import { datum } from '../../format';

export function VaststelKnoppen({
  record,
  voorstel,
  gewijzigd,
  onFout,
}: {
  record: VerdelingRecord;
  voorstel: VerdelingVoorstel | null;
  /** The form differs from what is saved: save first. */
  gewijzigd: boolean;
  onFout: (melding: string | null) => void;
}) {
  const alleenLezen = useAlleenLezen();
  const bevestig = useBevestiging();
  const toast = useToast();
  const vaststellen = useWijziging('verdelingen.vaststellen');
  const ongedaan = useWijziging('verdelingen.vaststellenOngedaan');
  if (record.vastgesteldOp !== null) {
    const maakOngedaan = async () => {
      const ja = await bevestig({
        titel: 'Vaststellen ongedaan maken',
        tekst: `De aanvullende inzet die het vaststellen van ${record.naam} op ${datum(record.vastgesteldOp)} schreef, wordt weer verwijderd. Daarna kunt u de verdeling weer wijzigen.`,
        bevestigKnop: 'Ongedaan maken',
        gevaarlijk: true,
      });
      if (!ja) return;
      try {
        const r = await ongedaan.mutateAsync({ id: record.id });
        onFout(null);
        toast({ tekst: `Vaststellen van ${record.naam} ongedaan gemaakt: ${r.verwijderdeRecords} regels aanvullende inzet verwijderd.` });
      } catch (e) {
        onFout((e as Error).message);
      }
    };
    return (
      <SchrijfKnop disabled={alleenLezen} onClick={maakOngedaan}>
        Vaststellen ongedaan maken
      </SchrijfKnop>
    );
  }
  const klopt = voorstel !== null && voorstel.uitgedeeld === voorstel.totaal;
  const reden = gewijzigd ? 'Sla de wijzigingen eerst op.' : !klopt ? 'Vaststellen kan pas als alles precies is uitgedeeld.' : undefined;
  const stelVast = async () => {
    const ja = await bevestig({
      titel: 'Verdeling vaststellen',
      tekst: `De toegekende inzet van ${record.naam} wordt als aanvullende inzet bij de afspraken van de scholen gezet en telt dan mee in alle totalen. Dit kan alleen in zijn geheel ongedaan worden gemaakt.`,
      bevestigKnop: 'Vaststellen',
    });
    if (!ja) return;
    try {
      const r = await vaststellen.mutateAsync({ id: record.id });
      onFout(null);
      toast({
        tekst: `Verdeling ${record.naam} vastgesteld: ${r.records} regels aanvullende inzet${r.nieuweAfspraken ? `, ${r.nieuweAfspraken} nieuwe afspraken zonder basisuren` : ''}.`,
      });
    } catch (e) {
      onFout((e as Error).message);
    }
  };
  return (
    <>
      <SchrijfKnop className="utrecht-button utrecht-button--primary-action" disabled={alleenLezen || !!reden} title={reden} onClick={stelVast}>
        Vaststellen
      </SchrijfKnop>
      {reden && <span className="zacht verdeling__reden">{reden}</span>}
    </>
  );
}
