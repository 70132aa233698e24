import { podDetail } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const getPod = (cluster: string, namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'pods', name), podDetail, { ...(signal ? { signal } : {}) });

/** Kept fresh by the namespace stream: a change of the pod or one of its events refetches it (write-pod-details.ts). */
export const podQueryOptions = (cluster: string, namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.pod(cluster, namespace, name),
    queryFn: ({ signal }) => getPod(cluster, namespace, name, signal),
  });

export const usePod = (namespace: string, name: string) =>
  useQuery(podQueryOptions(useCurrentCluster(), namespace, name));
