import { secretKeys } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// For the env picker ("key of a Secret"): names of keys only, never values.
export const getSecretKeys = (namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'secrets', name, 'keys'), secretKeys, { ...(signal ? { signal } : {}) });

export const secretKeysQueryOptions = (namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.secretKeys(namespace, name),
    queryFn: ({ signal }) => getSecretKeys(namespace, name, signal),
  });

/** The key names of Secret `name`; nothing is asked while no Secret is chosen (`name` empty). */
export const useSecretKeys = (namespace: string, name: string) =>
  useQuery({ ...secretKeysQueryOptions(namespace, name), enabled: name !== '' });
