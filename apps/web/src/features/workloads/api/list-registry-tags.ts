import { registryTagList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

/** The tags of `image`'s repository (`registry/repository`), read with the pod's chosen pull secrets. */
export const listRegistryTags = (
  cluster: string,
  namespace: string,
  image: string,
  credentials: readonly string[],
  signal?: AbortSignal,
) =>
  fetchJson(
    `${namespacePath(cluster, namespace, 'registry', 'tags')}?${new URLSearchParams({ image, credentials: credentials.join(',') }).toString()}`,
    registryTagList,
    { ...(signal ? { signal } : {}) },
  );

export const registryTagsQueryOptions = (
  cluster: string,
  namespace: string,
  image: string | undefined,
  credentials: readonly string[],
) =>
  queryOptions({
    queryKey: queryKeys.registryTags(cluster, namespace, image ?? '', credentials),
    queryFn: ({ signal }) => listRegistryTags(cluster, namespace, image ?? '', credentials, signal),
    // Undefined asks nothing: the field holds no image name yet.
    enabled: image !== undefined && namespace !== '',
    staleTime: 30_000,
    retry: false,
  });

export const useRegistryTags = (namespace: string, image: string | undefined, credentials: string[]) =>
  useQuery(registryTagsQueryOptions(useCurrentCluster(), namespace, image, credentials));
