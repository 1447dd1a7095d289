// Reads are cached by TanStack Query under [method, input]; the main process's change stamp
// (api.ts opWijziging) invalidates them after every write, so a page never shows a total from before
// a change. That signal is the only invalidation: writes do not invalidate by hand.
import { keepPreviousData, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { invoke, opWijziging } from '../api';
import type { Input, MethodName, Output } from '../../../electron/api/contract';

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

/**
 * A write. Its change stamp comes with its answer (harness header) or just before it (Electron's
 * signal), so the reads refetch without anything here. Errors stay with the caller (the form shows them).
 */
export function useWijziging<K extends MethodName>(method: K) {
  return useMutation<Output<K>, Error, Input<K>>({
    mutationFn: (input) => invoke(method, input),
  });
}
