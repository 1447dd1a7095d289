import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavLink, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from './api';
import { PeriodeKiezer } from './components/PeriodeKiezer';
import { PAGINAS } from './paginas';
import { usePeriode } from './periode';
import { ALLEEN_LEZEN_UITLEG } from './hooks/apiFormulier';
import { useBevestiging } from './components/Bevestiging';
import { heeftOnopgeslagenPagina, VERLAAT_VRAAG, vergeetOnopgeslagenPaginas } from './hooks/sluitNaVraag';

export function App() {
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => invoke('app.info', {}) });
  const instellingen = useQuery({ queryKey: ['instellingen'], queryFn: () => invoke('instellingen.lezen', {}) });
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const huidige = PAGINAS.find((p) => location.pathname.startsWith(p.pad));

  const queryClient = useQueryClient();
  const bevestig = useBevestiging();
  const navigate = useNavigate();
  /** A page form with changes (Instellingen) asks before the menu takes the user elsewhere. */
  const naarPagina = (e: React.MouseEvent, pad: string) => {
    if (!heeftOnopgeslagenPagina() || location.pathname.startsWith(pad)) return;
    e.preventDefault();
    void bevestig(VERLAAT_VRAAG).then((ja) => {
      if (!ja) return;
      vergeetOnopgeslagenPaginas();
      navigate(pad);
    });
  };
  const { schooljaar } = usePeriode();
  // A layout effect runs before the queries above start: the page's data is asked for first,
  // while its chunk still loads.
  useLayoutEffect(() => {
    huidige?.voorladen?.(queryClient, { schooljaar });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- preload once per page opened, not again when the schooljaar changes on it
  }, [huidige]);

  useEffect(() => {
    document.title = `${huidige?.titel ?? 'Schoolinzet'} – Schoolinzet`;
  }, [huidige]);

  // After choosing a page in the menu, keyboard and screen-reader users land on the page itself,
  // not on the menu link they left (the first render keeps the browser's own start).
  const eerstePagina = useRef(true);
  useEffect(() => {
    if (eerstePagina.current) {
      eerstePagina.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [huidige]);

  return (
    <div className="app">
      <a className="skip-link" href="#inhoud" onClick={(e) => (e.preventDefault(), mainRef.current?.focus())}>
        Naar de inhoud
      </a>
      <header className="app-header">
        <div className="app-header__merk">
          <span className="app-header__logo" aria-hidden="true">
            S
          </span>
          <div>
            <div className="app-header__naam">Schoolinzet</div>
            <div className="app-header__gemeente">
              {instellingen.data?.gemeenteNaam ? `Gemeente ${instellingen.data.gemeenteNaam}` : 'Gemeente nog niet ingesteld'}
            </div>
          </div>
        </div>
        <PeriodeKiezer />
        <div className="app-header__bestand" title={info.data?.bestand}>
          {info.data ? (
            <>
              <span className="app-header__label">Bestand</span> {info.data.bestandsnaam}
              {info.data.alleenLezen && <span className="badge badge--waarschuwing">alleen-lezen</span>}
            </>
          ) : null}
        </div>
      </header>
      <nav className="app-nav" aria-label="Hoofdmenu">
        <ul>
          {PAGINAS.map((pagina) => (
            <li key={pagina.pad}>
              <NavLink
                to={pagina.pad}
                title={pagina.titel}
                onClick={(e) => naarPagina(e, pagina.pad)}
                className={({ isActive }) => 'app-nav__link' + (isActive ? ' app-nav__link--actief' : '')}
              >
                <span className="app-nav__icoon" aria-hidden="true">
                  {pagina.icoon}
                </span>
                <span className="app-nav__tekst">{pagina.titel}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="inhoud" className="app-main" ref={mainRef} tabIndex={-1}>
        {info.data?.alleenLezen && (
          <div className="alleen-lezen-band" role="status">
            <strong>Alleen-lezen.</strong> {info.data.alleenLezenReden ?? ALLEEN_LEZEN_UITLEG}
          </div>
        )}
        <Routes>
          <Route path="/" element={<Navigate to="/dashboard" replace />} />
          {PAGINAS.map((pagina) => (
            <Route key={pagina.pad} path={`${pagina.pad}/*`} element={<pagina.component />} />
          ))}
          <Route path="*" element={<p>Deze pagina bestaat niet.</p>} />
        </Routes>
      </main>
    </div>
  );
}
