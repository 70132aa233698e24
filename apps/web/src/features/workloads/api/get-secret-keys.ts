import { secretKeys } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// For the env picker ("key of a Secret"): names of keys only, never values.
export const getSecretKeys = (cluster: string, namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'secrets', name, 'keys'), secretKeys, { ...(signal ? { signal } : {}) });

export const secretKeysQueryOptions = (cluster: string, namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.secretKeys(cluster, namespace, name),
    queryFn: ({ signal }) => getSecretKeys(cluster, namespace, name, signal),
  });

/** The key names of Secret `name`; nothing is asked while no Secret is chosen (`name` empty). */
export const useSecretKeys = (namespace: string, name: string) =>
  useQuery({ ...secretKeysQueryOptions(useCurrentCluster(), namespace, name), enabled: name !== '' });
