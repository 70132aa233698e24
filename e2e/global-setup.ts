// Playwright global setup: the local cluster (leased, reused when already up) and the BFF serving the built SPA,
// at debug log level; its teardown runs the leak proof over everything the run recorded.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { leaseTestCluster } from '@berth/local-cluster/testing/any-runner';
import { clearLeakEvidence, mainBffLog } from './support/api-recorder';
import { repoRoot } from '../scripts/repo-root.mjs';
import { baseUrlVariable, buildSpa, startBff } from './support/bff-process';
import { assertEnoughEvidence, assertNoLeaks } from './support/leak-check';
import { allPullSecretValues, clusterSecretValues } from './support/leak-values';

// Even one journey opens a page, lists, and streams: fewer than this means the recording is broken.
const leastEvidence = { responses: 5, frames: 3, logLines: 5 };

export default async function globalSetup(): Promise<() => Promise<void>> {
  // Two clusters, so the console serves two kubeconfig contexts, as journey 22 needs (and `/` opens the Clusters page).
  const { env, release } = await leaseTestCluster({ clusters: 2 });
  const kubeconfig = env.KUBECONFIG;
  if (kubeconfig === undefined) {
    await release();
    throw new Error('the local cluster gave no KUBECONFIG');
  }
  mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
  clearLeakEvidence();
  let bff;
  try {
    buildSpa();
    bff = await startBff(kubeconfig, mainBffLog, { BERTH_LOG_LEVEL: 'debug' });
  } catch (error) {
    await release();
    throw error;
  }
  process.env[baseUrlVariable] = bff.url;
  console.error(`[e2e] console on ${bff.url} (BFF pid ${bff.pid})`);
  return async () => {
    try {
      await bff.stop();
      // Pull secrets the journeys left behind, besides the per-test check their fixture ran before each namespace went.
      const summary = assertNoLeaks([...clusterSecretValues(), ...allPullSecretValues()]);
      assertEnoughEvidence(summary, leastEvidence);
      console.error(
        `[e2e] leak proof: no secret value in ${summary.responses} API responses, ${summary.frames} SSE frames and ` +
          `${summary.logLines} debug log lines (${summary.values} values checked)`,
      );
    } finally {
      await release();
    }
  };
}
