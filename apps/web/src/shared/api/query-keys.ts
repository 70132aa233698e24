import type { WorkloadPlural } from '@berth/contracts';

/**
 * Query keys scoped like Kubernetes (cluster, namespace, kind, name), so invalidating a prefix reaches everything below
 * it and nothing of one cluster is ever read under another. The session and the cluster list belong to no cluster.
 */
export const queryKeys = {
  session: () => ['session'] as const,
  clusters: () => ['clusters'] as const,
  cluster: (cluster: string) => ['cluster', cluster] as const,
  clusterInfo: (cluster: string) => ['cluster', cluster, 'info'] as const,
  readyz: (cluster: string) => ['cluster', cluster, 'readyz'] as const,
  namespaces: (cluster: string) => ['cluster', cluster, 'namespaces'] as const,
  namespace: (cluster: string, ns: string) => ['cluster', cluster, 'ns', ns] as const,
  permissions: (cluster: string, ns: string) => ['cluster', cluster, 'ns', ns, 'permissions'] as const,
  secrets: (cluster: string, ns: string) => ['cluster', cluster, 'ns', ns, 'secrets'] as const,
  secret: (cluster: string, ns: string, name: string) => ['cluster', cluster, 'ns', ns, 'secrets', name] as const,
  secretKeys: (cluster: string, ns: string, name: string) =>
    ['cluster', cluster, 'ns', ns, 'secrets', name, 'keys'] as const,
  serviceAccounts: (cluster: string, ns: string) => ['cluster', cluster, 'ns', ns, 'serviceaccounts'] as const,
  secretUsers: (cluster: string, ns: string, name: string) =>
    ['cluster', cluster, 'ns', ns, 'secrets', name, 'users'] as const,
  secretCopies: (cluster: string, ns: string, name: string) =>
    ['cluster', cluster, 'ns', ns, 'secrets', name, 'copies'] as const,
  configMaps: (cluster: string, ns: string) => ['cluster', cluster, 'ns', ns, 'configmaps'] as const,
  services: (cluster: string, ns: string) => ['cluster', cluster, 'ns', ns, 'services'] as const,
  deployments: (cluster: string, ns: string) => ['cluster', cluster, 'ns', ns, 'deployments'] as const,
  deployment: (cluster: string, ns: string, name: string) =>
    ['cluster', cluster, 'ns', ns, 'deployments', name] as const,
  /** Any kind of workload by its plural (`statefulsets`, `jobs`…): the same keys as `deployments` for Deployments. */
  workloads: (cluster: string, ns: string, plural: WorkloadPlural) => ['cluster', cluster, 'ns', ns, plural] as const,
  workload: (cluster: string, ns: string, plural: WorkloadPlural, name: string) =>
    ['cluster', cluster, 'ns', ns, plural, name] as const,
  /** A registry's catalog or one repository's tags, as read with these pull secrets of the namespace. */
  registryRepositories: (cluster: string, ns: string, registry: string, credentials: readonly string[]) =>
    ['cluster', cluster, 'ns', ns, 'registry', 'repositories', registry, credentials.join(',')] as const,
  registryTags: (cluster: string, ns: string, image: string, credentials: readonly string[]) =>
    ['cluster', cluster, 'ns', ns, 'registry', 'tags', image, credentials.join(',')] as const,
  /** A Deployment's, StatefulSet's or DaemonSet's rollout history: below its detail, so invalidating that reaches it. */
  revisions: (cluster: string, ns: string, plural: WorkloadPlural, name: string) =>
    ['cluster', cluster, 'ns', ns, plural, name, 'revisions'] as const,
  pods: (cluster: string, ns: string) => ['cluster', cluster, 'ns', ns, 'pods'] as const,
  pod: (cluster: string, ns: string, name: string) => ['cluster', cluster, 'ns', ns, 'pods', name] as const,
};
