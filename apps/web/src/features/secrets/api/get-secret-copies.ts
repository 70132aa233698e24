import { secretCopies } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

/** The secret of the same name in every namespace the user may list, compared by the BFF's keyed digests. */
export const getSecretCopies = (cluster: string, namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'secrets', name, 'copies'), secretCopies, {
    ...(signal ? { signal } : {}),
  });

export const secretCopiesQueryOptions = (cluster: string, namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.secretCopies(cluster, namespace, name),
    queryFn: ({ signal }) => getSecretCopies(cluster, namespace, name, signal),
  });

export const useSecretCopies = (namespace: string, name: string) =>
  useQuery(secretCopiesQueryOptions(useCurrentCluster(), namespace, name));
