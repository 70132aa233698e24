// Playwright global setup: the local cluster (leased, reused when already up) and the BFF serving the built SPA.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { leaseTestCluster } from '@berth/local-cluster/testing';
import { baseUrlVariable, buildSpa, repoRoot, startBff } from './support/bff-process';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const { env, release } = await leaseTestCluster();
  const kubeconfig = env.KUBECONFIG;
  if (kubeconfig === undefined) {
    await release();
    throw new Error('the local cluster gave no KUBECONFIG');
  }
  const resultsDir = path.join(repoRoot, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  let bff;
  try {
    buildSpa();
    bff = await startBff(kubeconfig, path.join(resultsDir, 'e2e-bff.log'));
  } catch (error) {
    await release();
    throw error;
  }
  process.env[baseUrlVariable] = bff.url;
  console.error(`[e2e] console on ${bff.url} (BFF pid ${bff.pid})`);
  return async () => {
    await bff.stop();
    await release();
  };
}
