import { namespacePermissions } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from './fetch-json';
import { queryKeys } from './query-keys';

export const permissionsQueryOptions = (namespace: string) =>
  queryOptions({
    queryKey: queryKeys.permissions(namespace),
    queryFn: ({ signal }) => fetchJson(namespacePath(namespace, 'permissions'), namespacePermissions, { signal }),
    staleTime: 60_000,
  });

/**
 * Whether RBAC lets the signed-in user create secrets and Deployments here. Unknown (loading, failed) counts as
 * allowed: the BFF and the API server refuse anyway, and a wrong "disabled" would block a user who may.
 */
export function useNamespacePermissions(namespace: string): { createSecrets: boolean; createDeployments: boolean } {
  const { data } = useQuery(permissionsQueryOptions(namespace));
  return { createSecrets: data?.createSecrets !== false, createDeployments: data?.createDeployments !== false };
}

export const forbiddenReason = (what: string, namespace: string) =>
  `Your Kubernetes user may not create ${what} in namespace ${namespace}`;
