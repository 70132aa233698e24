// One local cluster shared by every test run on the machine: leased, started or reused, released when the run ends.
import { holdCluster, releaseCluster } from '../cluster-lease';
import { ensureClusterUp } from '../up';

export interface LeasedCluster {
  env: Record<string, string>;
  /** Stops the cluster when this run started it and no other run still holds it. */
  release: () => Promise<void>;
}

/** `clusters: 2` also has the second cluster running (BERTH_KUBECONTEXT_2 in `env`); the lease covers both. */
export async function leaseTestCluster(options: { clusters?: number } = {}): Promise<LeasedCluster> {
  // Held before starting: a concurrent run that started the cluster keeps it alive until this run is done too.
  holdCluster();
  // A cluster a test run starts retries failed pulls within seconds, so "fix the secret, it runs" tests stay short.
  process.env.BERTH_PULL_BACKOFF_MS ??= '1000,8000';
  const { env, startedByUs } = await ensureClusterUp({ clusters: options.clusters }).catch(async (error: unknown) => {
    await releaseCluster(false);
    throw error;
  });
  // Workers start after global setup, so they inherit these (KUBECONFIG, the registries, kubectl).
  Object.assign(process.env, env);
  return { env, release: () => releaseCluster(startedByUs) };
}
