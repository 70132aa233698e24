import { clusterInfo, healthStatus } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { clusterApiPath, defaultCluster, useCurrentCluster } from './current-cluster';
import { fetchJson } from './fetch-json';
import { queryKeys } from './query-keys';

export const getCluster = (cluster: string, signal?: AbortSignal) =>
  fetchJson(`${clusterApiPath(cluster)}/cluster`, clusterInfo, { ...(signal ? { signal } : {}) });

export const clusterQueryOptions = (cluster: string) =>
  queryOptions({
    queryKey: queryKeys.clusterInfo(cluster),
    queryFn: ({ signal }) => getCluster(cluster, signal),
    staleTime: 60_000,
  });

/** The current cluster's facts (context, server, version, the context's namespace). */
export const useCluster = () => useQuery(clusterQueryOptions(useCurrentCluster()));

/** The kubeconfig context the page shows: the URL's, or for the default cluster's short URLs the one /api/cluster names. */
export function useCurrentContext(): string | undefined {
  const current = useCurrentCluster();
  const info = useCluster();
  return current === defaultCluster ? info.data?.context : current;
}

export const getReadyz = (cluster: string, signal?: AbortSignal) =>
  fetchJson(`${clusterApiPath(cluster)}/readyz`, healthStatus, { ...(signal ? { signal } : {}) });

// A short poll of one tiny endpoint is how the banner learns within seconds that the API server is gone: the API
// server of the cluster the page shows (`/api/readyz` for the default one, `/api/clusters/{cluster}/readyz` otherwise).
export const readyzQueryOptions = (cluster: string) =>
  queryOptions({
    queryKey: queryKeys.readyz(cluster),
    queryFn: ({ signal }) => getReadyz(cluster, signal),
    refetchInterval: 5_000,
    retry: false,
  });

export const useReadyz = () => useQuery(readyzQueryOptions(useCurrentCluster()));
