// Test helpers for anything that runs against the local cluster (its own tests, the BFF's, the e2e suite).
export { requiredEnv, testClusterEnv } from './cluster-env';
export { eventually, kubectl, kubectlOk, type KubectlResult } from './kubectl';
export { seedDeploymentManifest, uniqueNamespace } from './seed-deployment';
export { leaseTestCluster, type LeasedCluster } from './lease';
export { startPrivateApiServer, type PrivateApiServer } from './private-api-server';
export { compactEtcd } from './etcd';
export { runLogVariable } from './run-log';
export { freeLoopbackPort } from './free-port';
