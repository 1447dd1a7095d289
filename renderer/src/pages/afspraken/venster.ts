// The Afspraken table at national scale: the API sorts, filters and searches in SQL and sends one
// window of rows at a time (VENSTER rows, fetched as the user scrolls), with the count and the
// totals of the whole filtered set. Every window is a TanStack Query read keyed by its filter,
// sorting, search and offset, so scrolling back and re-sorting are cache hits and every write
// invalidates them like any other read of afspraken.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invoke } from '../../api';
import type { Input, Output } from '../../../../electron/api/contract';
import type { FunctieCode, Sector, Status } from '../../../../electron/domain/types';
import type { AfspraakRij } from '../../../../electron/api/typen/registratie';
import type { ServerBron, TabelVraag } from '../../components/DataTabel';

export const VENSTER = 200;
/** The wijk filter's value for schools without a wijk. */
export const ZONDER_WIJK = 'zonder';

type Lijst = Output<'afspraken.lijst'>;
export type AfspraakFilter = Omit<Input<'afspraken.lijst'>, 'limiet' | 'offset'>;
type Sorteer = NonNullable<AfspraakFilter['sorteer']>;

/** Table column → the API's sort key. */
const SORTEER: Record<string, Sorteer> = {
  school: 'school',
  sector: 'sector',
  wijk: 'wijk',
  aanbieder: 'aanbieder',
  functie: 'functie',
  basisuren: 'basisuren',
  extra: 'extraUren',
  kosten: 'kosten',
  gemeente: 'gemeente',
  onderwijs: 'onderwijs',
  status: 'status',
};

/** The table's question as the API's filter. */
export function naarFilter(schooljaar: number, v: TabelVraag): AfspraakFilter {
  const f = v.filters;
  const filter: AfspraakFilter = { schooljaar };
  const sorteer = v.sortering ? SORTEER[v.sortering.kolom] : undefined;
  if (v.sortering && sorteer) {
    filter.sorteer = sorteer;
    filter.richting = v.sortering.af ? 'af' : 'op';
  }
  if (f.school) filter.school = f.school;
  if (f.sector) filter.sector = f.sector as Sector;
  if (f.wijk) filter.wijkId = f.wijk === ZONDER_WIJK ? null : Number(f.wijk);
  if (f.aanbieder) filter.aanbiederId = Number(f.aanbieder);
  if (f.functie) filter.functie = f.functie as FunctieCode;
  if (f.status) filter.status = f.status as Status;
  if (v.zoek) filter.zoek = v.zoek;
  return filter;
}

const sleutel = (filter: AfspraakFilter, pagina: number) => ['afspraken.lijst', { ...filter, limiet: VENSTER, offset: pagina * VENSTER }] as const;
const vraagVenster = (filter: AfspraakFilter, pagina: number) => () => invoke('afspraken.lijst', { ...filter, limiet: VENSTER, offset: pagina * VENSTER });

const LEGE_VRAAG: TabelVraag = { sortering: null, filters: {}, zoek: '' };

/**
 * Asks for the window the page opens with (the schooljaar, no filter, the top), so the request
 * runs while the page's code still loads; the page's own query then finds it (same key).
 */
export function laadEersteVenster(queryClient: QueryClient, schooljaar: number): void {
  const filter = naarFilter(schooljaar, LEGE_VRAAG);
  void queryClient.prefetchQuery({ queryKey: sleutel(filter, 0), queryFn: vraagVenster(filter, 0) });
}

export interface AfspraakVenster {
  bron: Omit<ServerBron<AfspraakRij>, 'totalen' | 'keuzes'>;
  /** The count, totals and rows of the filter on screen; undefined while the schooljaar loads. */
  lijst: Lijst | undefined;
  laden: boolean;
  fout: Error | null;
}

export function useAfspraakVenster(schooljaar: number): AfspraakVenster {
  const queryClient = useQueryClient();
  const [vraag, setVraag] = useState<TabelVraag>(LEGE_VRAAG);
  // The first and last window on screen.
  const [bereik, setBereik] = useState<[number, number]>([0, 0]);
  const filter = useMemo(() => naarFilter(schooljaar, vraag), [schooljaar, vraag]);
  const paginas = useMemo(() => Array.from({ length: bereik[1] - bereik[0] + 1 }, (_, i) => bereik[0] + i), [bereik]);
  const resultaten = useQueries({
    queries: paginas.map((p) => ({
      queryKey: sleutel(filter, p),
      queryFn: vraagVenster(filter, p),
    })),
  });

  // The rows on screen stay those of the last answered question until the new one's windows
  // arrive: no empty flash while a sort or a search runs. A new schooljaar shows nothing old.
  // Kept in state and adjusted while rendering (not a ref: a ref read during render does not re-render).
  const [getoond, setGetoond] = useState<{ filter: AfspraakFilter; vraag: TabelVraag; lijst: Lijst } | null>(null);
  const antwoord = resultaten.find((r) => r.data)?.data;
  const laatste = antwoord && (getoond?.lijst !== antwoord || getoond.filter !== filter) ? { filter, vraag, lijst: antwoord } : getoond;
  if (laatste !== getoond) setGetoond(laatste);
  const huidig = laatste && laatste.filter.schooljaar === schooljaar ? laatste : null;

  const toon = useCallback((van: number, tot: number) => {
    const nieuw: [number, number] = [Math.floor(van / VENSTER), Math.floor(tot / VENSTER)];
    setBereik((oud) => (oud[0] === nieuw[0] && oud[1] === nieuw[1] ? oud : nieuw));
  }, []);
  // A new question starts at the top (the table scrolls there too).
  const laatsteVraag = useRef(JSON.stringify(LEGE_VRAAG));
  const vraagBron = useCallback((v: TabelVraag) => {
    const tekst = JSON.stringify(v);
    if (tekst === laatsteVraag.current) return;
    laatsteVraag.current = tekst;
    setVraag(v);
    setBereik([0, 0]);
  }, []);

  const rij = (index: number): AfspraakRij | undefined => {
    if (!huidig) return undefined;
    const pagina = Math.floor(index / VENSTER);
    return queryClient.getQueryData<Lijst>(sleutel(huidig.filter, pagina))?.rijen[index - pagina * VENSTER];
  };

  return {
    bron: {
      aantal: huidig?.lijst.totaal ?? 0,
      aantalOngefilterd: huidig?.lijst.aantalInSchooljaar ?? 0,
      rij,
      toon,
      vraag: vraagBron,
      getoond: huidig?.vraag.sortering ?? null,
    },
    lijst: huidig?.lijst,
    laden: !huidig,
    fout: resultaten.find((r) => r.error)?.error ?? null,
  };
}
