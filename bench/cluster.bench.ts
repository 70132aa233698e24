// Benchmarks of the local cluster: `up` to ready with cached binaries, and the seed Deployment to availableReplicas 1.
// Run: npm run bench [-- --quick]   (takes over the default cluster)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppsV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { clusterEnv, clusterStatus, ensureClusterUp, stopCluster } from '@berth/local-cluster';
import { seedDeploymentManifest, uniqueNamespace } from '@berth/local-cluster/testing/any-runner';

const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 5;
const cli = path.join(import.meta.dirname, '../packages/local-cluster/src/cli.ts');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The whole `npm run cluster -- up` a user types, from process start to exit with the cluster ready. */
async function timeUp(): Promise<number> {
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, ['--import', 'tsx', cli, 'up'], { stdio: 'ignore' }).on('exit', resolve);
  });
  if (code !== 0) throw new Error(`cluster up exited with ${String(code)}`);
  return performance.now() - started;
}

async function benchUp(): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await stopCluster();
    times.push(await timeUp());
  }
  return times;
}

async function benchSeedDeployment(): Promise<number[]> {
  await ensureClusterUp({ onProgress: () => undefined });
  const env = clusterEnv();
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(env.KUBECONFIG ?? '');
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const apps = kubeConfig.makeApiClient(AppsV1Api);
  const namespace = uniqueNamespace('bench');
  await core.createNamespace({ body: { metadata: { name: namespace } } });
  const auth = Buffer.from(`${env.BERTH_REGISTRY_USERNAME ?? ''}:${env.BERTH_REGISTRY_PASSWORD ?? ''}`).toString(
    'base64',
  );
  const dockerconfig = {
    auths: {
      [env.BERTH_REGISTRY ?? '']: {
        username: env.BERTH_REGISTRY_USERNAME,
        password: env.BERTH_REGISTRY_PASSWORD,
        auth,
      },
    },
  };
  await core.createNamespacedSecret({
    namespace,
    body: {
      metadata: { name: 'test' },
      type: 'kubernetes.io/dockerconfigjson',
      stringData: { '.dockerconfigjson': JSON.stringify(dockerconfig) },
    },
  });
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const image = `${env.BERTH_REGISTRY ?? ''}/janedoe/awesomeapp:v1`;
      const body = parse(
        seedDeploymentManifest({ name: `awesomeapp-${run}`, image, pullSecret: 'test' }),
      ) as Parameters<AppsV1Api['createNamespacedDeployment']>[0]['body'];
      const started = performance.now();
      await apps.createNamespacedDeployment({ namespace, body });
      const deadline = Date.now() + 60_000;
      for (;;) {
        const deployment = await apps.readNamespacedDeployment({ name: `awesomeapp-${run}`, namespace });
        if (deployment.status?.availableReplicas === 1) break;
        if (Date.now() > deadline) throw new Error(`awesomeapp-${run} not available after 60 s`);
        await sleep(20);
      }
      times.push(performance.now() - started);
    }
  } finally {
    await core.deleteNamespace({ name: namespace });
  }
  return times;
}

function row(name: string, target: string, times: number[]): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `| ${name} | ${seconds(median(times))} | ${target} | ${times.map(seconds).join(', ')} |`;
}

const wasRunning = clusterStatus().ready;
const up = await benchUp();
const seed = await benchSeedDeployment();
if (!wasRunning) await stopCluster();
process.stdout.write(
  [
    `local cluster benchmarks (${runs} run${runs > 1 ? 's' : ''} each, median)`,
    '| measure | median | target | runs |',
    '|---|---|---|---|',
    row('`cluster up` to ready (cached binaries)', '< 10 s', up),
    row('seed Deployment create to availableReplicas 1', '< 3 s', seed),
    '',
  ].join('\n'),
);
