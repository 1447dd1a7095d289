import React from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router-dom';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './styles.css';
// Shared component styles belong to the entry bundle: the app opens on the Dashboard, before any page chunk that
// imports them has loaded (dialogs, toasts, coverage bars and chart tables would otherwise be unstyled).
import './components/componenten.css';
import './components/vormgeving.css';
import './components/grafieken/grafieken.css';
import { App } from './App';
import { PeriodeProvider } from './periode';
import { ToastProvider } from './components/Toast';
import { BevestigingProvider } from './components/Bevestiging';
import { volgWijzigingen } from './hooks/useApi';

const queryClient = new QueryClient({
  defaultOptions: {
    // Reads are cached; the change stamp after every write invalidates them (volgWijzigingen below).
    queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: false },
    mutations: { retry: false },
  },
});
volgWijzigingen(queryClient);

createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <QueryClientProvider client={queryClient}>
      <PeriodeProvider>
        <ToastProvider>
          <BevestigingProvider>
            <HashRouter>
              <App />
            </HashRouter>
          </BevestigingProvider>
        </ToastProvider>
      </PeriodeProvider>
    </QueryClientProvider>
  </React.StrictMode>,
);
