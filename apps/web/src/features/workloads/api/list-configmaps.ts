import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// Provisional copy of the services helper's contract (api/configmaps.ts, same name and shape) until it merges.
const configMapList = z.strictObject({
  items: z.array(z.strictObject({ name: z.string(), keys: z.array(z.string()) })),
  resourceVersion: z.string().optional(),
});

/** The namespace's ConfigMaps with the names of their data keys (never values), for the env picker. */
export const listConfigMaps = (namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'configmaps'), configMapList, { ...(signal ? { signal } : {}) });

export const configMapsQueryOptions = (namespace: string) =>
  queryOptions({
    queryKey: [...queryKeys.namespace(namespace), 'configmaps'] as const,
    queryFn: ({ signal }) => listConfigMaps(namespace, signal),
  });

export const useConfigMaps = (namespace: string) => useQuery(configMapsQueryOptions(namespace));
