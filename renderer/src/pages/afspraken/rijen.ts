// Afspraken of a list request, each with its costs as the API computed them (the engines with the
// weeks and rate that apply, a regeling's included), for the smaller tables of afspraken (an
// aanbieder's or a functie's). The Afspraken page itself asks for windows: see venster.ts.
import { useMemo } from 'react';
import type { Input } from '../../../../electron/api/contract';
import type { AfspraakRij } from '../../../../electron/api/typen/registratie';
import { useLezen } from '../../hooks/useApi';

export type AfspraakMetKosten = AfspraakRij;

export function useAfspraakRijen(filter: Input<'afspraken.lijst'>) {
  const lijst = useLezen('afspraken.lijst', filter);
  // While another schooljaar loads, show nothing rather than last year's rows under this year's title.
  const actueel = lijst.data && !lijst.isPlaceholderData ? lijst.data : undefined;
  const rijen = useMemo<AfspraakMetKosten[]>(() => actueel?.rijen ?? [], [actueel]);
  return { rijen, totalen: actueel?.totalen, laden: lijst.isPending || lijst.isPlaceholderData, fout: lijst.error };
}
