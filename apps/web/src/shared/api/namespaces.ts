import { namespaceList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { clusterApiPath, useCurrentCluster } from './current-cluster';
import { fetchJson } from './fetch-json';
import { queryKeys } from './query-keys';

export const getNamespaces = (cluster: string, signal?: AbortSignal) =>
  fetchJson(`${clusterApiPath(cluster)}/namespaces`, namespaceList, { ...(signal ? { signal } : {}) });

export const namespacesQueryOptions = (cluster: string) =>
  queryOptions({
    queryKey: queryKeys.namespaces(cluster),
    queryFn: ({ signal }) => getNamespaces(cluster, signal),
    staleTime: 30_000,
  });

export const useNamespaces = () => useQuery(namespacesQueryOptions(useCurrentCluster()));
