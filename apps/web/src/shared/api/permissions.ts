import { namespacePermissions, type NamespacePermissions, type WorkloadPlural } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from './current-cluster';
import { fetchJson, namespacePath } from './fetch-json';
import { queryKeys } from './query-keys';

export const permissionsQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: queryKeys.permissions(cluster, namespace),
    queryFn: ({ signal }) =>
      fetchJson(namespacePath(cluster, namespace, 'permissions'), namespacePermissions, { signal }),
    staleTime: 60_000,
  });

/** The permission that answers "may I create this kind of workload here". */
export const createPermissionOf = {
  deployments: 'createDeployments',
  statefulsets: 'createStatefulSets',
  daemonsets: 'createDaemonSets',
  jobs: 'createJobs',
  cronjobs: 'createCronJobs',
} as const satisfies Record<WorkloadPlural, keyof NamespacePermissions>;

/**
 * Whether RBAC lets the signed-in user create secrets and each kind of workload here. Unknown (loading, failed) counts
 * as allowed: the BFF and the API server refuse anyway, and a wrong "disabled" would block a user who may.
 */
export function useNamespacePermissions(namespace: string): Record<keyof NamespacePermissions, boolean> {
  const { data } = useQuery(permissionsQueryOptions(useCurrentCluster(), namespace));
  return {
    createSecrets: data?.createSecrets !== false,
    createDeployments: data?.createDeployments !== false,
    createStatefulSets: data?.createStatefulSets !== false,
    createDaemonSets: data?.createDaemonSets !== false,
    createJobs: data?.createJobs !== false,
    createCronJobs: data?.createCronJobs !== false,
    getPodLogs: data?.getPodLogs !== false,
  };
}

export const forbiddenReason = (what: string, namespace: string) =>
  `Your Kubernetes user may not create ${what} in namespace ${namespace}`;
