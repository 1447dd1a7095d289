// Reads are cached by TanStack Query under [method, input]; the main process's change stamp
// (api.ts opWijziging) invalidates them after every write, so a page never shows a total from before a change.
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invoke, opWijziging } from '../api';
import type { Input, MethodName, Output } from '../../../electron/api/contract';

/** Invalidate the cached reads after a write through `method` (active queries refetch at once). */
export function invalideer(queryClient: QueryClient, _method?: string, _extra?: string[]): Promise<void> {
  return queryClient.invalidateQueries();
}

/**
 * The one change signal: when the main process's stamp moves (after any write, from any screen or
 * the menu), every cached read is invalidated. Call once with the app's QueryClient.
 */
export function volgWijzigingen(queryClient: QueryClient): () => void {
  return opWijziging(() => void queryClient.invalidateQueries());
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
