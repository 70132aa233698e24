import { configMapList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from './fetch-json';
import { queryKeys } from './query-keys';

// Shared because the env picker ("key of a ConfigMap") lives in the workloads feature; names of keys only, no values.
export const listConfigMaps = (namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'configmaps'), configMapList, { ...(signal ? { signal } : {}) });

export const configMapsQueryOptions = (namespace: string) =>
  queryOptions({
    queryKey: queryKeys.configMaps(namespace),
    queryFn: ({ signal }) => listConfigMaps(namespace, signal),
  });

export const useConfigMaps = (namespace: string) => useQuery(configMapsQueryOptions(namespace));
