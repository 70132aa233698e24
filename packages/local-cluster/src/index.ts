// The local cluster's programmatic API, used by the integration tests' global setup and by `npm start`.
export { clusterEnv, exportLines } from './cluster-env';
export { ensureDebianPackages, MissingPackagesError } from './debian-packages';
export { holdCluster, releaseCluster } from './cluster-lease';
export { stopCluster } from './down';
export { clusterStatus, formatStatus, type ClusterStatus, type ServiceStatus } from './status';
export { ClusterStartError, ensureClusterUp, type ClusterEnv, type UpOptions } from './up';
export { restrictedNamespace } from './rbac';
export type { ServiceSpec } from './service';
