import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// Provisional until the services helper's contract lands: the BFF answers key names only, never values.
const secretKeys = z.object({ keys: z.array(z.string()) });

/** The data key names of one Secret, for the environment variable picker. */
export const getSecretKeys = (namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'secrets', name, 'keys'), secretKeys, { ...(signal ? { signal } : {}) });

// Under the secret's own key, so invalidating the secret (or the namespace's secrets) refreshes its keys too.
export const secretKeysQueryOptions = (namespace: string, name: string | undefined) =>
  queryOptions({
    queryKey: [...queryKeys.secret(namespace, name ?? ''), 'keys'] as const,
    queryFn: name ? ({ signal }) => getSecretKeys(namespace, name, signal) : skipToken,
  });

export const useSecretKeys = (namespace: string, name: string | undefined) =>
  useQuery(secretKeysQueryOptions(namespace, name));
