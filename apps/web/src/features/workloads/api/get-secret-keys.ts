import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// Provisional copy of the services helper's contract (secretKeys in api/secrets.ts) until it merges: names, never values.
const secretKeys = z.strictObject({ keys: z.array(z.string()) });

/** The data key names of one Secret, for the env picker. */
export const getSecretKeys = (namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'secrets', name, 'keys'), secretKeys, { ...(signal ? { signal } : {}) });

// Under the secret's own key, so invalidating the secret (or the namespace's secrets) refreshes its keys too.
export const secretKeysQueryOptions = (namespace: string, name: string) =>
  queryOptions({
    queryKey: [...queryKeys.secret(namespace, name), 'keys'] as const,
    queryFn: ({ signal }) => getSecretKeys(namespace, name, signal),
  });

/** The key names of Secret `name`; nothing is asked while no Secret is chosen (`name` empty). */
export const useSecretKeys = (namespace: string, name: string) =>
  useQuery({ ...secretKeysQueryOptions(namespace, name), enabled: name !== '' });
