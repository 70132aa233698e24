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

export const getReadyz = (signal?: AbortSignal) =>
  fetchJson('/api/readyz', healthStatus, { ...(signal ? { signal } : {}) });

// A short poll of one tiny endpoint is how the banner learns within seconds that the API server is gone.
// readyz is the default cluster's only (the BFF serves no per-cluster readyz); another cluster's state comes from its info.
export const readyzQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.readyz(defaultCluster),
    queryFn: ({ signal }) => getReadyz(signal),
    refetchInterval: 5_000,
    retry: false,
  });

export const useReadyz = (enabled = true) => useQuery({ ...readyzQueryOptions(), enabled });
