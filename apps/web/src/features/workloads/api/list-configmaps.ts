import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// Provisional until the services helper's contracts (api/configmaps.ts) land: names and data keys only.
const configMapList = z.object({
  items: z.array(z.object({ name: z.string(), keys: z.array(z.string()) })).default([]),
  resourceVersion: z.string().optional(),
});

/** The namespace's ConfigMaps with the names of their data keys, for the environment variable picker. */
export const listConfigMaps = (namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'configmaps'), configMapList, { ...(signal ? { signal } : {}) });

export const configMapsQueryOptions = (namespace: string | undefined) =>
  queryOptions({
    queryKey: [...queryKeys.namespace(namespace ?? ''), 'configmaps'] as const,
    queryFn: namespace ? ({ signal }) => listConfigMaps(namespace, signal) : skipToken,
  });

export const useConfigMaps = (namespace: string | undefined) => useQuery(configMapsQueryOptions(namespace));
