import type { WorkloadPlural } from '@berth/contracts';

/** Query keys scoped like Kubernetes (namespace, kind, name), so invalidating a prefix reaches everything below it. */
export const queryKeys = {
  session: () => ['session'] as const,
  cluster: () => ['cluster'] as const,
  readyz: () => ['cluster', 'readyz'] as const,
  namespaces: () => ['cluster', 'namespaces'] as const,
  namespace: (ns: string) => ['ns', ns] as const,
  permissions: (ns: string) => ['ns', ns, 'permissions'] as const,
  secrets: (ns: string) => ['ns', ns, 'secrets'] as const,
  secret: (ns: string, name: string) => ['ns', ns, 'secrets', name] as const,
  secretKeys: (ns: string, name: string) => ['ns', ns, 'secrets', name, 'keys'] as const,
  configMaps: (ns: string) => ['ns', ns, 'configmaps'] as const,
  services: (ns: string) => ['ns', ns, 'services'] as const,
  deployments: (ns: string) => ['ns', ns, 'deployments'] as const,
  deployment: (ns: string, name: string) => ['ns', ns, 'deployments', name] as const,
  /** Any kind of workload by its plural (`statefulsets`, `jobs`…): the same keys as `deployments` for Deployments. */
  workloads: (ns: string, plural: WorkloadPlural) => ['ns', ns, plural] as const,
  workload: (ns: string, plural: WorkloadPlural, name: string) => ['ns', ns, plural, name] as const,
};
