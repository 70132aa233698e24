import { configMapList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// For the env picker ("key of a ConfigMap"): names of keys only, never values.
export const listConfigMaps = (cluster: string, namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'configmaps'), configMapList, { ...(signal ? { signal } : {}) });

export const configMapsQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: queryKeys.configMaps(cluster, namespace),
    queryFn: ({ signal }) => listConfigMaps(cluster, namespace, signal),
  });

export const useConfigMaps = (namespace: string) => useQuery(configMapsQueryOptions(useCurrentCluster(), namespace));
