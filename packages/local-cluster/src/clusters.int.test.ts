// Two local clusters side by side (a private set, never the shared one): each runs the seed workload on its own node,
// and a secret of cluster 1 does not exist in cluster 2.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterPlan } from './cluster-plan';
import { stopCluster } from './down';
import { statePaths } from './paths';
import { isAlive } from './processes';
import { clusterSetStatus } from './status';
import { eventually, kubectl, kubectlOk } from './testing/kubectl';
import { privateClusterSet } from './testing/private-cluster-set';
import { seedDeploymentManifest } from './testing/seed-deployment';
import { ClusterStartError, ensureClusterUp, type UpOptions } from './up';

/** A failed start names the log; CI keeps no state dir, so the failing service's last lines go into the error. */
async function up(options: UpOptions) {
  try {
    return await ensureClusterUp(options);
  } catch (error) {
    if (error instanceof ClusterStartError) throw new Error(`${error.message}\n${error.logTail}`);
    throw error;
  }
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${String(pid)}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return Number(line?.[1] ?? 0) / 1024;
}

describe('two local clusters', () => {
  let set: Awaited<ReturnType<typeof privateClusterSet>>;
  let env: Record<string, string> = {};
  const namespace = 'clusters-local-two';
  const contexts = () => [
    { context: 'berth-admin@berth-local', node: 'berth-local-node' },
    { context: env.BERTH_KUBECONTEXT_2 ?? '', node: 'berth-local-2-node' },
  ];
  const inContext = (context: string, args: string[], input?: string) =>
    kubectlOk(['--context', context, '-n', namespace, ...args], { kubeconfig: env.KUBECONFIG ?? '', input });

  beforeAll(async () => {
    set = await privateClusterSet(2);
    const quiet = () => undefined;
    await up({ stateDir: set.stateDir, ports: set.ports, onProgress: quiet });
    const started = Date.now();
    env = (await up({ stateDir: set.stateDir, ports: set.ports, clusters: 2, onProgress: quiet })).env;
    const seconds = (Date.now() - started) / 1000;
    const second = clusterSetStatus(statePaths(set.stateDir))[1]?.status;
    const pids = [second?.supervisorPid ?? 0, ...(second?.services ?? []).map((service) => service.pid)];
    const rss = pids.reduce((sum, pid) => sum + rssMiB(pid), 0);
    console.error(
      `[clusters] second cluster added in ${seconds.toFixed(1)} s; its processes' RSS ${rss.toFixed(0)} MiB`,
    );
  }, 300_000);

  afterAll(async () => {
    if (!set) return;
    const pids = clusterSetStatus(statePaths(set.stateDir)).flatMap(({ status }) => [
      status.supervisorPid ?? 0,
      ...status.services.map((service) => service.pid),
    ]);
    await stopCluster(statePaths(set.stateDir));
    expect(pids.filter((pid) => pid > 0 && isAlive(pid))).toEqual([]);
    rmSync(set.stateDir, { recursive: true, force: true });
  }, 60_000);

  it('exports the second context and server beside the first cluster env', () => {
    expect(env.BERTH_KUBECONTEXT_2).toBe('berth-admin@berth-local-2');
    expect(env.BERTH_SERVER_2).toBe(clusterPlan(2, set.stateDir, set.ports).apiserverUrl);
    expect(env.KUBECONFIG).toBe(statePaths(set.stateDir).adminKubeconfig);
  });

  it('runs the private image in each cluster on its own node', async () => {
    const image = `${env.BERTH_REGISTRY ?? ''}/janedoe/awesomeapp:v1`;
    for (const { context } of contexts()) {
      await kubectlOk(['--context', context, 'create', 'namespace', namespace], { kubeconfig: env.KUBECONFIG ?? '' });
      await inContext(context, [
        'create',
        'secret',
        'docker-registry',
        'pull',
        `--docker-server=${env.BERTH_REGISTRY ?? ''}`,
        `--docker-username=${env.BERTH_REGISTRY_USERNAME ?? ''}`,
        `--docker-password=${env.BERTH_REGISTRY_PASSWORD ?? ''}`,
      ]);
      await inContext(context, ['create', '-f', '-'], seedDeploymentManifest({ image, pullSecret: 'pull' }));
    }
    for (const { context, node } of contexts()) {
      const running = await eventually(`awesomeapp Running in ${context}`, async () => {
        const pod = await inContext(context, [
          'get',
          'pods',
          '-l',
          'app=awesomeapp',
          '-o',
          'jsonpath={.items[0].spec.nodeName} {.items[0].status.phase}',
        ]);
        return pod.endsWith('Running') ? pod : undefined;
      });
      expect(running).toBe(`${node} Running`);
    }
  });

  it('keeps a secret of cluster 1 out of cluster 2', async () => {
    const [first, second] = contexts();
    await inContext(first?.context ?? '', ['create', 'secret', 'generic', 'only-in-one', '--from-literal=k=v']);
    const inSecond = await kubectl(
      ['--context', second?.context ?? '', '-n', namespace, 'get', 'secret', 'only-in-one'],
      {
        kubeconfig: env.KUBECONFIG ?? '',
      },
    );
    expect(inSecond.stderr).toContain('NotFound');
  });
});
