// Afspraken of a list request with their costs computed once (memoised), for every table of afspraken.
import { useMemo } from 'react';
import type { Input } from '../../../../electron/api/contract';
import type { AfspraakRij } from '../../../../electron/db/afspraken-repo';
import type { Instellingen } from '../../../../electron/domain/types';
import { useLezen } from '../../hooks/useApi';
import { afspraakKosten, kostenContext, type AfspraakKosten } from './kosten';

export type AfspraakMetKosten = AfspraakRij & { kosten: AfspraakKosten };

export function useAfspraakRijen(filter: Input<'afspraken.lijst'>) {
  const lijst = useLezen('afspraken.lijst', filter);
  const instellingen = useLezen('instellingen.lezen', {});
  const ctx = kostenContext(instellingen.data as Instellingen | undefined);
  // While another schooljaar loads, show nothing rather than last year's rows under this year's title.
  const actueel = lijst.data && !lijst.isPlaceholderData ? lijst.data.rijen : undefined;
  const rijen = useMemo<AfspraakMetKosten[]>(
    () => (actueel ?? []).map((r) => ({ ...r, kosten: afspraakKosten(r, ctx) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [actueel, ctx.schooljaarStartMaand, ctx.wekenPerSchooljaar, ctx.standaardTarieven],
  );
  return { rijen, laden: lijst.isPending || lijst.isPlaceholderData, fout: lijst.error };
}
