// Test helpers for anything that runs against the local cluster (its own tests, the BFF's, the e2e suite).
export * from './any-runner';
export { requiredEnv, testClusterEnv } from './cluster-env';
export { eventually, kubectl, kubectlOk, type KubectlResult } from './kubectl';
