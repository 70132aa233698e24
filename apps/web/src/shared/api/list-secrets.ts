import { secretList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from './current-cluster';
import { fetchJson, namespacePath } from './fetch-json';
import { queryKeys } from './query-keys';

// Shared because both the Secrets tab and the workloads' Image Access Credential picker read the same list.
export const listSecrets = (cluster: string, namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'secrets'), secretList, { ...(signal ? { signal } : {}) });

export const secretsQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: queryKeys.secrets(cluster, namespace),
    queryFn: ({ signal }) => listSecrets(cluster, namespace, signal),
  });

export const useSecrets = (namespace: string) => useQuery(secretsQueryOptions(useCurrentCluster(), namespace));
