// The API server's own count of open watches, read from its /metrics with the admin credential: the honest count.
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchCluster } from './cluster';

/** The kinds a namespace's stream watches (contracts' `streamWatches`), as /metrics names them. */
export const streamedKinds = [
  'ReplicaSet',
  'Pod',
  'Job',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'CronJob',
  'Event',
  'Secret',
  'Service',
];

/** `apiserver_registered_watchers` summed over the streamed kinds (cluster-wide: other clients' watches count too). */
export function registeredWatchers(cluster: BenchCluster): number {
  const kubectl = cluster.env.BERTH_KUBECTL ?? 'kubectl';
  const metrics = execFileSync(kubectl, ['--kubeconfig', cluster.kubeconfig, 'get', '--raw', '/metrics'], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  let total = 0;
  for (const line of metrics.split('\n')) {
    const match = /^apiserver_registered_watchers\{.*kind="(\w+)".*\} (\d+)$/.exec(line);
    if (match && streamedKinds.includes(match[1] ?? '')) total += Number(match[2]);
  }
  return total;
}

/**
 * Waits until the count is at least `atLeast` and has then held still for `stableMs` (watches are opened after their
 * lists, one by one), at most `timeoutMs`; answers the last count.
 */
export async function settledWatchers(
  cluster: BenchCluster,
  atLeast: number,
  { stableMs = 3_000, timeoutMs = 120_000 } = {},
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = registeredWatchers(cluster);
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await sleep(1_000);
    const now = registeredWatchers(cluster);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (now >= atLeast && Date.now() - stableSince >= stableMs) {
      return now;
    }
  }
  return last;
}
