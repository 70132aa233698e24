// Vitest global setup of the `integration` project: one real local cluster for the run, reused when already up, and the
// leak proof over every log line the run's BFFs wrote.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { leaseTestCluster } from './lease';
import { assertRunLogClean, startRunLog } from './run-log';

const runLog = path.resolve(import.meta.dirname, '../../../../test-results/integration-bff.log');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { env, release } = await leaseTestCluster();
  project.provide('berthClusterEnv', env);
  startRunLog(runLog);
  return async () => {
    try {
      const { lines, values } = assertRunLogClean(runLog, env);
      console.error(
        `[integration] leak proof: no secret value in ${lines} BFF log lines (${values} values and 3 shapes checked)`,
      );
    } finally {
      await release();
    }
  };
}
