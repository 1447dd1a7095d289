import type { ReactNode } from 'react';

export function PaginaKop({ titel, intro, acties }: { titel: string; intro?: ReactNode; acties?: ReactNode }) {
  return (
    <div className="pagina-kop">
      <div>
        <h1 className="utrecht-heading-1">{titel}</h1>
        {intro && <p className="utrecht-paragraph pagina-kop__intro">{intro}</p>}
      </div>
      {acties && <div className="pagina-kop__acties">{acties}</div>}
    </div>
  );
}

export function LegeStaat({ children }: { children: ReactNode }) {
  return <div className="lege-staat">{children}</div>;
}

export function Melding({ soort = 'info', children }: { soort?: 'info' | 'ok' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${soort}`} role={soort === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">{children}</div>
    </div>
  );
}
