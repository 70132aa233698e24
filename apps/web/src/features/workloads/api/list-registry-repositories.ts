import { registryRepositoryList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

/** The registry's repositories, read with the pod's chosen pull secrets (the BFF picks as the kubelet does). */
export const listRegistryRepositories = (
  cluster: string,
  namespace: string,
  registry: string,
  credentials: readonly string[],
  signal?: AbortSignal,
) =>
  fetchJson(
    `${namespacePath(cluster, namespace, 'registry', 'repositories')}?${new URLSearchParams({ registry, credentials: credentials.join(',') }).toString()}`,
    registryRepositoryList,
    { ...(signal ? { signal } : {}) },
  );

export const registryRepositoriesQueryOptions = (
  cluster: string,
  namespace: string,
  registry: string | undefined,
  credentials: readonly string[],
) =>
  queryOptions({
    queryKey: queryKeys.registryRepositories(cluster, namespace, registry ?? '', credentials),
    queryFn: ({ signal }) => listRegistryRepositories(cluster, namespace, registry ?? '', credentials, signal),
    // Undefined asks nothing: no registry is named yet.
    enabled: registry !== undefined && namespace !== '',
    // A catalog changes rarely while a form is open; the BFF keeps its own short cache as well.
    staleTime: 30_000,
    retry: false,
  });

export const useRegistryRepositories = (namespace: string, registry: string | undefined, credentials: string[]) =>
  useQuery(registryRepositoriesQueryOptions(useCurrentCluster(), namespace, registry, credentials));
