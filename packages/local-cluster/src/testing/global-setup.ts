// Vitest global setup of the `integration` project: one real local cluster for the run, reused when already up.
import type { TestProject } from 'vitest/node';
import { leaseTestCluster } from './lease';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { env, release } = await leaseTestCluster();
  project.provide('berthClusterEnv', env);
  return release;
}
