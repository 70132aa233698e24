import { clusterList, type ClusterList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { queryKeys } from './query-keys';

export const getClusters = (signal?: AbortSignal) =>
  fetchJson('/api/clusters', clusterList, { ...(signal ? { signal } : {}) });

/** While a cluster's probe has not answered (`checking`), ask again: the BFF's probe goes on, bounded by 2 s. */
export const clustersRepollMs = 1_000;

export const stillChecking = (list: ClusterList | undefined): boolean =>
  list?.items.some((c) => c.reachability === 'checking') ?? false;

/**
 * How long the shell, the landing and entering a cluster reuse the list: they need the contexts' names, which change only
 * with the kubeconfig, so navigating (a cluster switch remounts the shell) does not ask every cluster's API server again.
 */
export const clustersStaleMs = 5 * 60_000;

/** Every kubeconfig context the BFF serves, the default first; its probes are cached 5 s there. */
export const clustersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.clusters(),
    queryFn: ({ signal }) => getClusters(signal),
    staleTime: clustersStaleMs,
    refetchInterval: (query) => (stillChecking(query.state.data) ? clustersRepollMs : false),
  });

export const useClusters = () => useQuery(clustersQueryOptions());

/** The Clusters page shows reachability and versions: asked on every visit, and the shell's copy is refreshed with it. */
export const useFreshClusters = () => useQuery({ ...clustersQueryOptions(), staleTime: 0, refetchOnMount: 'always' });
