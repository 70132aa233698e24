import { registryRepositoryList, registryTagList } from '@berth/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
// A registry's answer changes rarely while a form is open; the BFF keeps its own short cache as well.
const staleTime = 30_000;

/** The registry's repositories, read with the pod's chosen pull secrets; undefined `registry` asks nothing. */
export function useRegistryRepositories(namespace: string, registry: string | undefined, credentials: string[]) {
  const cluster = useCurrentCluster();
  return useQuery({
    queryKey: queryKeys.registryRepositories(cluster, namespace, registry ?? '', credentials),
    queryFn: ({ signal }) =>
      fetchJson(
        namespacePath(cluster, namespace, 'registry', 'repositories') +
          query({ registry: registry ?? '', credentials: credentials.join(',') }),
        registryRepositoryList,
        { signal },
      ),
    enabled: registry !== undefined && namespace !== '',
    staleTime,
    retry: false,
  });
}

/** The tags of `image`'s repository (`registry/repository`), read with the pod's chosen pull secrets. */
export function useRegistryTags(namespace: string, image: string | undefined, credentials: string[]) {
  const cluster = useCurrentCluster();
  return useQuery({
    queryKey: queryKeys.registryTags(cluster, namespace, image ?? '', credentials),
    queryFn: ({ signal }) =>
      fetchJson(
        namespacePath(cluster, namespace, 'registry', 'tags') +
          query({ image: image ?? '', credentials: credentials.join(',') }),
        registryTagList,
        { signal },
      ),
    enabled: image !== undefined && namespace !== '',
    staleTime,
    retry: false,
  });
}
