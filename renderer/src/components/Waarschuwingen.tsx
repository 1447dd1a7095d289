// The warnings of rule 13 beside a figure (api/waarschuwingen.ts): each as a warning message.
import type { Waarschuwing } from '../../../electron/domain/waarschuwingen';
import { Melding } from './PaginaKop';

export function Waarschuwingen({ lijst }: { lijst: readonly Waarschuwing[] | undefined }) {
  if (!lijst || lijst.length === 0) return null;
  return (
    <div className="waarschuwingen" data-testid="waarschuwingen">
      {lijst.map((w) => (
        <Melding key={`${w.soort}/${w.schooljaar ?? ''}`} soort="warning">
          {w.tekst}
        </Melding>
      ))}
    </div>
  );
}
