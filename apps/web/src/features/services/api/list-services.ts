import { serviceList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const listServices = (cluster: string, namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'services'), serviceList, { ...(signal ? { signal } : {}) });

/** The namespace's Services; the stream keeps the cached list current. */
export const servicesQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: queryKeys.services(cluster, namespace),
    queryFn: ({ signal }) => listServices(cluster, namespace, signal),
  });

export const useServices = (namespace: string) => useQuery(servicesQueryOptions(useCurrentCluster(), namespace));
