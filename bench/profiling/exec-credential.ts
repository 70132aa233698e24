// A credential-plugin (exec) user next to a token user, each with the BFF as `npm start` runs it (issue 13, item 3):
// plugin runs for 20 parallel requests once the credential expired; TCP connections to the API server opened for 200 GETs
// (20 at a time), counted by a loopback proxy; and autocannon on GET /api/namespaces for req/s, p50 and peak RSS.
// The plugin is a real script that waits like `aws eks get-token` and prints an ExecCredential holding the cluster's
// admin token. Run: node --import tsx bench/profiling/exec-credential.ts [--plugin-seconds=1.5] [--connections=20] [--seconds=8]
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { stringify } from 'yaml';
import { startApiServerProxy } from '@berth/local-cluster/testing/any-runner';
import { ensureBffBundled, sampleRss, startBff, type RunningBff } from '../support/bff';
import { openCluster } from '../support/cluster';

const { values } = parseArgs({
  options: {
    'plugin-seconds': { type: 'string', default: '1.5' },
    connections: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '8' },
  },
});
const dir = mkdtempSync(path.join(tmpdir(), 'berth-bench-exec-'));
const logs = path.join(import.meta.dirname, '../.logs');
const runsFile = path.join(dir, 'plugin.runs');
const execApiVersion = 'client.authentication.k8s.io/v1beta1';

ensureBffBundled();
const cluster = await openCluster();
const server = cluster.kubeConfig.getCurrentCluster();
const adminToken = cluster.kubeConfig.getCurrentUser()?.token;
if (server?.caFile === undefined || adminToken === undefined)
  throw new Error('the admin kubeconfig has no CA file or token');
const caFile = server.caFile;

// Records each run, waits like a cloud CLI, prints the admin token valid for $VALID_SECONDS (set per kubeconfig).
const plugin = path.join(dir, 'plugin.sh');
writeFileSync(
  plugin,
  [
    '#!/bin/sh',
    `echo run >> '${runsFile}'`,
    `sleep ${values['plugin-seconds']}`,
    `echo '{"apiVersion":"${execApiVersion}","kind":"ExecCredential","status":{"token":"${adminToken}","expirationTimestamp":"'"$(date -u -d "+$VALID_SECONDS seconds" +%Y-%m-%dT%H:%M:%SZ)"'"}}'`,
  ].join('\n'),
  { mode: 0o700 },
);
chmodSync(plugin, 0o700);

type Kind = 'token' | 'exec';

/** A kubeconfig for `kind` against `url`; the exec user's credential stays valid for `validSeconds`. */
function kubeconfig(kind: Kind, url: string, validSeconds: number): string {
  const user =
    kind === 'token'
      ? { token: adminToken }
      : {
          exec: {
            apiVersion: execApiVersion,
            command: plugin,
            env: [{ name: 'VALID_SECONDS', value: String(validSeconds) }],
            interactiveMode: 'Never',
          },
        };
  const file = path.join(dir, `${kind}-${validSeconds}-${url.replace(/\W/g, '')}.kubeconfig`);
  const document = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'c', cluster: { server: url, 'certificate-authority': caFile } }],
    users: [{ name: kind, user }],
    contexts: [{ name: kind, context: { cluster: 'c', user: kind } }],
    'current-context': kind,
  };
  writeFileSync(file, stringify(document), { mode: 0o600 });
  return file;
}

const runs = () => readFileSync(runsFile, 'utf8').split('\n').filter(Boolean).length;

async function get(bff: RunningBff): Promise<void> {
  const response = await fetch(`${bff.url}/api/namespaces`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET /api/namespaces answered ${response.status}`);
}

async function withBff<T>(file: string, name: string, use: (bff: RunningBff) => Promise<T>): Promise<T> {
  const bff = await startBff(file, path.join(logs, `exec-credential-${name}.log`));
  try {
    return await use(bff);
  } finally {
    await bff.stop();
  }
}

/** Plugin runs for 20 parallel requests after the credential expired, and how long that burst took. */
async function burstAfterExpiry(): Promise<{ runs: number; ms: number }> {
  return withBff(kubeconfig('exec', server?.server ?? '', 3), 'burst', async (bff) => {
    await get(bff);
    await sleep(3_500);
    const before = runs();
    const started = performance.now();
    await Promise.all(Array.from({ length: 20 }, () => get(bff)));
    return { runs: runs() - before, ms: performance.now() - started };
  });
}

/** TCP connections the BFF opened to the API server for 200 GETs, 20 at a time, after one warm-up GET. */
async function connectionsFor200(kind: Kind): Promise<number> {
  const proxy = await startApiServerProxy(cluster.kubeConfig);
  try {
    const url = proxy.kubeConfig.getCurrentCluster()?.server ?? '';
    return await withBff(kubeconfig(kind, url, 600), `${kind}-connections`, async (bff) => {
      await get(bff);
      const before = proxy.connections().length;
      for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: 20 }, () => get(bff)));
      return proxy.connections().length - before;
    });
  } finally {
    await proxy.close();
  }
}

async function load(kind: Kind): Promise<{ rps: number; p50: number; p99: number; errors: number; rssMb: number }> {
  return withBff(kubeconfig(kind, server?.server ?? '', 600), `${kind}-load`, async (bff) => {
    await get(bff);
    const peak = sampleRss(bff.pid);
    const result = await autocannon({
      url: `${bff.url}/api/namespaces`,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      timeout: 10,
    });
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
      rssMb: peak(),
    };
  });
}

try {
  writeFileSync(runsFile, '');
  const burst = await burstAfterExpiry();
  const rows: string[] = [];
  for (const kind of ['token', 'exec'] as const) {
    const connections = await connectionsFor200(kind);
    const measured = await load(kind);
    rows.push(
      `| ${kind} | ${connections} | ${measured.rps.toFixed(0)} | ${measured.p50} | ${measured.p99} | ${measured.errors} | ${measured.rssMb.toFixed(0)} |`,
    );
  }
  process.stdout.write(
    `plugin (${values['plugin-seconds']} s per run): 20 parallel requests after expiry started ${burst.runs} run(s), answered in ${burst.ms.toFixed(0)} ms\n\n`,
  );
  process.stdout.write(
    `| user | TCP connections for 200 GETs | req/s (${values.connections} conns × ${values.seconds} s) | p50 ms | p99 ms | errors | peak RSS MB |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await cluster.release();
}
