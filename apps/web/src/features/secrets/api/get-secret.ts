import { secretDetail } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const getSecret = (cluster: string, namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'secrets', name), secretDetail, { ...(signal ? { signal } : {}) });

export const secretQueryOptions = (cluster: string, namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.secret(cluster, namespace, name),
    queryFn: ({ signal }) => getSecret(cluster, namespace, name, signal),
  });

export const useSecret = (namespace: string, name: string) =>
  useQuery(secretQueryOptions(useCurrentCluster(), namespace, name));
