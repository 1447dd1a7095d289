import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { laadbaar } from './laadbaar';
import { laadEersteVenster } from './pages/afspraken/venster';

// Every page is a chunk of its own, loaded when it is first shown (laadbaar.ts): opening the
// Afspraken table does not load and run recharts, the forms' schemas or the other pages first.
const DashboardPagina = laadbaar(() => import('./pages/dashboard').then((m) => m.DashboardPagina));
const ScholenPagina = laadbaar(() => import('./pages/scholen').then((m) => m.ScholenPagina));
const AanbiedersPagina = laadbaar(() => import('./pages/aanbieders').then((m) => m.AanbiedersPagina));
const AfsprakenPagina = laadbaar(() => import('./pages/afspraken').then((m) => m.AfsprakenPagina));
const OtPagina = laadbaar(() => import('./pages/ot').then((m) => m.OtPagina));
const BegrotingPagina = laadbaar(() => import('./pages/begroting').then((m) => m.BegrotingPagina));
const VerdelingenPagina = laadbaar(() => import('./pages/verdelingen').then((m) => m.VerdelingenPagina));
const SubsidiesPagina = laadbaar(() => import('./pages/subsidies').then((m) => m.SubsidiesPagina));
const RapportagesPagina = laadbaar(() => import('./pages/rapportages').then((m) => m.RapportagesPagina));
const ImporterenPagina = laadbaar(() => import('./pages/importeren').then((m) => m.ImporterenPagina));
const MonitorPagina = laadbaar(() => import('./pages/monitor').then((m) => m.MonitorPagina));
const InstellingenPagina = laadbaar(() => import('./pages/instellingen').then((m) => m.InstellingenPagina));

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
  { pad: '/ondersteuningsteams', titel: 'Ondersteuningsteams', icoon: '◇', component: OtPagina },
  { pad: '/begroting', titel: 'Begroting', icoon: '€', component: BegrotingPagina },
  { pad: '/monitor', titel: 'Monitor', icoon: '◔', component: MonitorPagina },
  { pad: '/verdelingen', titel: 'Verdelingen', icoon: '⚖', component: VerdelingenPagina },
  { pad: '/subsidies', titel: 'Subsidies', icoon: '§', component: SubsidiesPagina },
  { pad: '/rapportages', titel: 'Rapportages', icoon: '▤', component: RapportagesPagina },
  { pad: '/importeren', titel: 'Importeren', icoon: '⇪', component: ImporterenPagina },
  { pad: '/instellingen', titel: 'Instellingen', icoon: '⚙', component: InstellingenPagina },
];
