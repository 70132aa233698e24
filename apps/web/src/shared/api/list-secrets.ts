import { secretList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from './fetch-json';
import { queryKeys } from './query-keys';

// Shared because both the Secrets tab and the workloads' Image Access Credential picker read the same list.
export const listSecrets = (namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'secrets'), secretList, { ...(signal ? { signal } : {}) });

export const secretsQueryOptions = (namespace: string) =>
  queryOptions({ queryKey: queryKeys.secrets(namespace), queryFn: ({ signal }) => listSecrets(namespace, signal) });

export const useSecrets = (namespace: string) => useQuery(secretsQueryOptions(namespace));
