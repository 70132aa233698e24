// Playwright global setup: the local cluster (leased, reused when already up) and the BFF serving the built SPA.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureClusterUp, holdCluster, releaseCluster } from '@berth/local-cluster';
import { baseUrlVariable, buildSpa, repoRoot, startBff } from './support/bff-process';

export default async function globalSetup(): Promise<() => Promise<void>> {
  // Held before starting: a concurrent run that started the cluster keeps it alive until this run is done too.
  holdCluster();
  // A cluster this run starts retries failed pulls within seconds, so "fix the secret, it runs" journeys stay short.
  process.env.BERTH_PULL_BACKOFF_MS ??= '1000,8000';
  const { env, startedByUs } = await ensureClusterUp().catch(async (error: unknown) => {
    await releaseCluster(false);
    throw error;
  });
  // Workers are started after global setup and inherit these (KUBECONFIG, the registries, kubectl, the console's URL).
  Object.assign(process.env, env);
  const kubeconfig = env.KUBECONFIG;
  if (kubeconfig === undefined) {
    await releaseCluster(startedByUs);
    throw new Error('the local cluster gave no KUBECONFIG');
  }
  const resultsDir = path.join(repoRoot, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  let bff;
  try {
    buildSpa();
    bff = await startBff(kubeconfig, path.join(resultsDir, 'e2e-bff.log'));
  } catch (error) {
    await releaseCluster(startedByUs);
    throw error;
  }
  process.env[baseUrlVariable] = bff.url;
  console.error(`[e2e] console on ${bff.url} (BFF pid ${bff.pid}); cluster ${startedByUs ? 'started' : 'reused'}`);
  return async () => {
    await bff.stop();
    await releaseCluster(startedByUs);
  };
}
