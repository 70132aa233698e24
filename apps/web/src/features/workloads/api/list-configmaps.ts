import { configMapList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// For the env picker ("key of a ConfigMap"): names of keys only, never values.
export const listConfigMaps = (namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'configmaps'), configMapList, { ...(signal ? { signal } : {}) });

export const configMapsQueryOptions = (namespace: string) =>
  queryOptions({
    queryKey: queryKeys.configMaps(namespace),
    queryFn: ({ signal }) => listConfigMaps(namespace, signal),
  });

export const useConfigMaps = (namespace: string) => useQuery(configMapsQueryOptions(namespace));
