import { lazy, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { laadEersteVenster } from './pages/afspraken/venster';

// Every page is a chunk of its own, loaded when it is first shown (App wraps the routes in
// Suspense): opening the Afspraken table does not load and run recharts, the forms' schemas or
// the other pages first.
const DashboardPagina = lazy(() => import('./pages/dashboard').then((m) => ({ default: m.DashboardPagina })));
const ScholenPagina = lazy(() => import('./pages/scholen').then((m) => ({ default: m.ScholenPagina })));
const AanbiedersPagina = lazy(() => import('./pages/aanbieders').then((m) => ({ default: m.AanbiedersPagina })));
const AfsprakenPagina = lazy(() => import('./pages/afspraken').then((m) => ({ default: m.AfsprakenPagina })));
const BegrotingPagina = lazy(() => import('./pages/begroting').then((m) => ({ default: m.BegrotingPagina })));
const RapportagesPagina = lazy(() => import('./pages/rapportages').then((m) => ({ default: m.RapportagesPagina })));
const ImporterenPagina = lazy(() => import('./pages/importeren').then((m) => ({ default: m.ImporterenPagina })));
const InstellingenPagina = lazy(() => import('./pages/instellingen').then((m) => ({ default: m.InstellingenPagina })));

export interface Pagina {
  pad: string;
  titel: string;
  icoon: string;
  component: ComponentType;
  /** Asks for the page's first data while its chunk loads (App calls it when the page opens). */
  voorladen?: (queryClient: QueryClient, periode: { schooljaar: number }) => void;
}

export const PAGINAS: Pagina[] = [
  { pad: '/dashboard', titel: 'Dashboard', icoon: '▦', component: DashboardPagina },
  { pad: '/scholen', titel: 'Scholen', icoon: '⌂', component: ScholenPagina },
  { pad: '/aanbieders', titel: 'Aanbieders', icoon: '◎', component: AanbiedersPagina },
  { pad: '/afspraken', titel: 'Afspraken', icoon: '✎', component: AfsprakenPagina, voorladen: (qc, p) => laadEersteVenster(qc, p.schooljaar) },
  { pad: '/begroting', titel: 'Begroting', icoon: '€', component: BegrotingPagina },
  { pad: '/rapportages', titel: 'Rapportages', icoon: '▤', component: RapportagesPagina },
  { pad: '/importeren', titel: 'Importeren', icoon: '⇪', component: ImporterenPagina },
  { pad: '/instellingen', titel: 'Instellingen', icoon: '⚙', component: InstellingenPagina },
];
