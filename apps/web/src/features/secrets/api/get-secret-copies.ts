import { secretCopies } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

/**
 * The secret of the same name in the namespaces named, else in every namespace the user may list (the first 50),
 * compared by the BFF's keyed digests.
 */
export const getSecretCopies = (
  cluster: string,
  namespace: string,
  name: string,
  namespaces: readonly string[] | undefined,
  signal?: AbortSignal,
) => {
  const path = namespacePath(cluster, namespace, 'secrets', name, 'copies');
  const query = namespaces === undefined ? '' : `?${new URLSearchParams({ namespaces: namespaces.join(',') })}`;
  return fetchJson(`${path}${query}`, secretCopies, { ...(signal ? { signal } : {}) });
};

export const secretCopiesQueryOptions = (
  cluster: string,
  namespace: string,
  name: string,
  namespaces: readonly string[] | undefined,
) =>
  queryOptions({
    queryKey: [...queryKeys.secretCopies(cluster, namespace, name), namespaces ?? 'listed'],
    queryFn: ({ signal }) => getSecretCopies(cluster, namespace, name, namespaces, signal),
  });

/** `namespaces` undefined: every namespace the user may list; `enabled` false waits (for names to be typed). */
export const useSecretCopies = (
  namespace: string,
  name: string,
  namespaces: readonly string[] | undefined,
  enabled: boolean,
) => useQuery({ ...secretCopiesQueryOptions(useCurrentCluster(), namespace, name, namespaces), enabled });
