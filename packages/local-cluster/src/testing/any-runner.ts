// The test helpers any runner may load (Playwright, the benchmarks, vitest): none imports vitest, whose `expect`
// cannot share a process with Playwright's. `@berth/local-cluster/testing` adds the vitest-only ones.
export { seedDeploymentManifest, uniqueNamespace } from './seed-deployment';
export { leaseTestCluster, type LeasedCluster } from './lease';
export { startPrivateApiServer, type PrivateApiServer } from './private-api-server';
export { startApiServerProxy, type ApiServerProxy, type ProxiedConnection } from './api-server-proxy';
export { compactEtcd, deleteEtcdPrefix } from './etcd';
export { runLogVariable } from './run-log';
export { freeLoopbackPort } from './free-port';
export { findLeaks, jwtShape, leakReport, type SecretValue } from './leak-scan';
export { allPullSecretValues, clusterSecretValues, pullSecretsValues } from './cluster-secret-values';
export { npmStartArguments } from './npm-start';
export { startOwnNode, ownNodeTaint, type OwnNode } from './own-node';
