// Vitest global setup of the `integration` project: one real local cluster for the run, reused when already up.
import type { TestProject } from 'vitest/node';
import { holdCluster, releaseCluster } from '../cluster-lease';
import { ensureClusterUp } from '../up';

declare module 'vitest' {
  export interface ProvidedContext {
    berthClusterEnv: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Held before starting: a concurrent run that started the cluster keeps it alive until this run is done too.
  holdCluster();
  // A cluster this run starts retries failed pulls within seconds, so "fix the secret, it runs" tests stay short.
  process.env.BERTH_PULL_BACKOFF_MS ??= '1000,8000';
  const { env, startedByUs } = await ensureClusterUp().catch(async (error: unknown) => {
    await releaseCluster(false);
    throw error;
  });
  // Workers are forked after global setup, so they inherit these; inject('berthClusterEnv') is the explicit route.
  Object.assign(process.env, env);
  project.provide('berthClusterEnv', env);
  return () => releaseCluster(startedByUs);
}
