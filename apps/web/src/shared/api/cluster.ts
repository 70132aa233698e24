import { clusterInfo, healthStatus } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { queryKeys } from './query-keys';

export const getCluster = (signal?: AbortSignal) =>
  fetchJson('/api/cluster', clusterInfo, { ...(signal ? { signal } : {}) });

export const clusterQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.cluster(), queryFn: ({ signal }) => getCluster(signal), staleTime: 60_000 });

export const useCluster = () => useQuery(clusterQueryOptions());

export const getReadyz = (signal?: AbortSignal) =>
  fetchJson('/api/readyz', healthStatus, { ...(signal ? { signal } : {}) });

// A short poll of one tiny endpoint is how the banner learns within seconds that the API server is gone.
export const readyzQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.readyz(),
    queryFn: ({ signal }) => getReadyz(signal),
    refetchInterval: 5_000,
    retry: false,
  });

export const useReadyz = () => useQuery(readyzQueryOptions());
