// Reads are cached by TanStack Query under [method, input]; every write invalidates the areas
// it touches (and the derived figures), so a page never shows a total from before a change.
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invoke } from '../api';
import type { Input, MethodName, Output } from '../../../electron/api/contract';

/** Figures computed from everything else: always stale after any write. */
const AFGELEID = ['kosten', 'dekking', 'dekkingsgraad', 'wijkteam', 'scenario', 'rapportages', 'grafieken', 'app.info', 'mutatielog'];

/** Which other areas show data of an area (a school's detail lists its afspraken, …). */
const RAAKT: Record<string, string[]> = {
  wijken: ['wijken', 'scholen', 'afspraken', 'proeftuinen'],
  besturen: ['besturen', 'scholen', 'afspraken'],
  scholen: ['scholen', 'afspraken', 'besturen', 'wijken', 'proeftuinen'],
  afspraken: ['afspraken', 'scholen', 'aanbieders', 'functies', 'regelingen'],
  aanbieders: ['aanbieders', 'afspraken'],
  functies: ['functies', 'afspraken', 'instellingen', 'aanbieders'],
  instellingen: ['instellingen', 'functies', 'afspraken', 'aanbieders', 'scholen'],
  regelingen: ['regelingen', 'afspraken', 'begrotingsposten'],
  begrotingsposten: ['begrotingsposten', 'regelingen'],
  kerncijfers: ['kerncijfers'],
  proeftuinen: ['proeftuinen'],
};

function gebied(method: string): string {
  return method.split('.')[0];
}

/** Invalidate what a write through `method` may have changed (active queries refetch at once). */
export function invalideer(queryClient: QueryClient, method: string, extra: string[] = []): Promise<void> {
  const eigen = gebied(method);
  // Switching files or importing can change anything.
  if (eigen === 'bestand' || eigen === 'importeren' || eigen === 'import' || eigen === 'demo' || eigen === 'backups') {
    return queryClient.invalidateQueries();
  }
  const gebieden = new Set([...(RAAKT[eigen] ?? [eigen]), ...AFGELEID, ...extra]);
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const sleutel = String(q.queryKey[0] ?? '');
      return gebieden.has(sleutel) || gebieden.has(gebied(sleutel));
    },
  });
}

/** A cached read. While new input loads, the previous result stays on screen (no flicker). */
export function useLezen<K extends MethodName>(method: K, input: Input<K>, opties: { enabled?: boolean } = {}) {
  return useQuery<Output<K>, Error>({
    queryKey: [method, input],
    queryFn: () => invoke(method, input),
    placeholderData: keepPreviousData,
    enabled: opties.enabled,
  });
}

/** A write that invalidates the right reads when it succeeds. Errors stay with the caller (the form shows them). */
export function useWijziging<K extends MethodName>(method: K, opties: { raakt?: string[] } = {}) {
  const queryClient = useQueryClient();
  return useMutation<Output<K>, Error, Input<K>>({
    mutationFn: (input) => invoke(method, input),
    onSuccess: () => invalideer(queryClient, method, opties.raakt),
  });
}
