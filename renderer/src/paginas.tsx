import type { ComponentType } from 'react';
import { DashboardPagina } from './pages/dashboard';
import { ScholenPagina } from './pages/scholen';
import { AanbiedersPagina } from './pages/aanbieders';
import { AfsprakenPagina } from './pages/afspraken';
import { BegrotingPagina } from './pages/begroting';
import { RapportagesPagina } from './pages/rapportages';
import { ImporterenPagina } from './pages/importeren';
import { InstellingenPagina } from './pages/instellingen';

export interface Pagina {
  pad: string;
  titel: string;
  icoon: string;
  component: ComponentType;
}

export const PAGINAS: Pagina[] = [
  { pad: '/dashboard', titel: 'Dashboard', icoon: '▦', component: DashboardPagina },
  { pad: '/scholen', titel: 'Scholen', icoon: '⌂', component: ScholenPagina },
  { pad: '/aanbieders', titel: 'Aanbieders', icoon: '◎', component: AanbiedersPagina },
  { pad: '/afspraken', titel: 'Afspraken', icoon: '✎', component: AfsprakenPagina },
  { pad: '/begroting', titel: 'Begroting', icoon: '€', component: BegrotingPagina },
  { pad: '/rapportages', titel: 'Rapportages', icoon: '▤', component: RapportagesPagina },
  { pad: '/importeren', titel: 'Importeren', icoon: '⇪', component: ImporterenPagina },
  { pad: '/instellingen', titel: 'Instellingen', icoon: '⚙', component: InstellingenPagina },
];
