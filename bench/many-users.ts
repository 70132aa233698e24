// Item 9: many signed-in users (token mode, one ServiceAccount each, one Role) streaming the same namespaces:
// upstream watches held at the API server, BFF memory and CPU, and how fast a change reaches every stream.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectionsTo, cpuMs, residentMb, startBff } from './support/bff';
import { registeredWatchers, settledWatchers, streamedKinds } from './support/api-server-watchers';
import { deployment, pullSecret, seedImage } from './support/cluster';
import type { BenchContext } from './support/context';
import type { Figure } from './support/report';
import { grantStreamReading, serviceAccountUsers, type ServiceAccountUser } from './support/service-account-users';
import { inBatches, median, percentile } from './support/stats';
import { signIn, StreamClient } from './support/stream-client';
import { repoRoot } from '../scripts/repo-root.mjs';

const item = 9;
const probe = 'probe';
const arrivalTimeoutMs = 10_000;

interface Stream {
  namespace: string;
  client: StreamClient;
}

/** Each namespace as a small team's: 20 pull secrets and one Deployment (scaled to zero) that the changes edit. */
async function prepareNamespace(ctx: BenchContext, namespace: string): Promise<void> {
  const { core, apps, registry } = ctx.cluster;
  const names = Array.from({ length: 20 }, (_, i) => `existing-${i}`);
  await inBatches(names, 8, (name) => core.createNamespacedSecret({ namespace, body: pullSecret(name, registry) }));
  await apps.createNamespacedDeployment({
    namespace,
    body: deployment(probe, seedImage(ctx.cluster), { replicas: 0 }),
  });
}

/** One change, acknowledged: a new pull secret, or a new image on the probe Deployment. Answers the marker to wait for. */
function change(ctx: BenchContext, namespace: string, label: string, kind: 'secret' | 'deployment') {
  const { core, apps, registry } = ctx.cluster;
  if (kind === 'secret') {
    const name = `change-${label}`;
    const write = () => core.createNamespacedSecret({ namespace, body: pullSecret(name, registry) });
    return { marker: `"name":"${name}"`, write };
  }
  const image = `${seedImage(ctx.cluster).split(':v1')[0] ?? ''}:change-${label}`;
  const write = async () => {
    const current = await apps.readNamespacedDeployment({ name: probe, namespace });
    const container = current.spec?.template.spec?.containers[0];
    if (container) container.image = image;
    await apps.replaceNamespacedDeployment({ name: probe, namespace, body: current });
  };
  return { marker: `${image}"`, write };
}

/** Opens every user's stream of every namespace: `users × namespaces` SSE connections, each a browser tab. */
async function openStreams(
  bffUrl: string,
  cookies: readonly string[],
  namespaces: readonly string[],
  into: Stream[],
): Promise<void> {
  const wanted = cookies.flatMap((cookie) => namespaces.map((namespace) => ({ cookie, namespace })));
  await inBatches(wanted, 20, async ({ cookie, namespace }) => {
    const client = new StreamClient(cookie);
    await client.open(`${bffUrl}/api/namespaces/${namespace}/stream`);
    into.push({ namespace, client });
  });
}

/**
 * With BERTH_BENCH_HEAP_SNAPSHOT=1 and BERTH_BENCH_BFF_NODE_OPTIONS=--heapsnapshot-signal=SIGUSR2: a heap snapshot of the
 * BFF with every stream open, written to its working directory (the repository root); waits until it is written.
 * It holds the users' tokens: delete it once read.
 */
async function heapSnapshot(pid: number): Promise<void> {
  const snapshots = () => readdirSync(repoRoot).filter((f) => f.endsWith('.heapsnapshot') && f.includes(`.${pid}.`));
  const before = snapshots().length;
  process.kill(pid, 'SIGUSR2');
  let size = -1;
  for (;;) {
    await sleep(1_000);
    const file = snapshots()[before];
    if (file === undefined) continue;
    const now = statSync(path.join(repoRoot, file)).size;
    if (now === size) return;
    size = now;
  }
}

/** The BFF's own last word when it died (e.g. V8's "heap out of memory" at `npm start`'s 256 MB cap). */
function deathNote(logFile: string): string | undefined {
  const log = readFileSync(logFile, 'utf8');
  return /FATAL ERROR: [^\n]*/.exec(log)?.[0] ?? /"level":(?:50|60)[^\n]*"msg":"([^"]*)"/.exec(log)?.[1];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Largest RSS seen, sampled until stopped; keeps the last sample once the process is gone. */
function peakRss(pid: number, everyMs = 250): { peak: () => number; stop: () => void } {
  let peak = residentMb(pid);
  const timer = setInterval(() => {
    // A dead process that is not yet reaped has a /proc entry without VmRSS.
    const now = isAlive(pid) ? residentMb(pid) : Number.NaN;
    if (Number.isFinite(now)) peak = Math.max(peak, now);
  }, everyMs);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/** From the last stream opened until every stream has a secret written then: all joined and caught up (NaN: some never). */
async function allLive(ctx: BenchContext, streams: readonly Stream[], namespaces: readonly string[]): Promise<number> {
  const opened = performance.now();
  const arrivals = namespaces.map(async (namespace, i) => {
    const name = `live-${namespaces.length}-${i}`;
    const waiting = streams
      .filter((s) => s.namespace === namespace)
      .map((s) => s.client.arrival(`"name":"${name}"`, 120_000));
    await ctx.cluster.core.createNamespacedSecret({ namespace, body: pullSecret(name, ctx.cluster.registry) });
    return Math.max(...(await Promise.all(waiting)));
  });
  return Math.max(...(await Promise.all(arrivals))) - opened;
}

async function scenario(ctx: BenchContext, users: readonly ServiceAccountUser[], namespaces: readonly string[]) {
  const { cluster } = ctx;
  const apiPort = Number(new URL(cluster.kubeConfig.getCurrentCluster()?.server ?? 'https://127.0.0.1:6443').port);
  const shape = `${users.length} users × ${namespaces.length} namespace${namespaces.length === 1 ? '' : 's'}`;
  const logFile = ctx.logFile(`many-users-${namespaces.length}`);
  const bff = await startBff(cluster.kubeconfig, logFile, { BERTH_AUTH: 'token' });
  const sampler = peakRss(bff.pid);
  const streams: Stream[] = [];
  const wanted = users.length * namespaces.length;
  try {
    const idle = { rss: residentMb(bff.pid), watchers: registeredWatchers(cluster) };
    const cookies: string[] = [];
    await inBatches(users, 8, async (user) => cookies.push(await signIn(bff.url, user.token)));
    const signedInRss = residentMb(bff.pid);

    await openStreams(bff.url, cookies.slice(0, 1), namespaces, streams);
    // Quick mode (CI) only checks the path: a watcher count stable for 1 s instead of 3 s.
    const stableMs = ctx.quick ? 1_000 : 3_000;
    const oneWatchers = (await settledWatchers(cluster, idle.watchers + 1, { stableMs })) - idle.watchers;
    const one = { rss: residentMb(bff.pid), connections: connectionsTo(bff.pid, apiPort) };
    await openStreams(bff.url, cookies.slice(1), namespaces, streams);
    const liveAfterMs = await allLive(ctx, streams, namespaces);
    const allWatchers =
      (await settledWatchers(cluster, idle.watchers + oneWatchers, { stableMs, timeoutMs: 180_000 })) - idle.watchers;
    await sleep(ctx.quick ? 500 : 2_000);
    if (!isAlive(bff.pid)) throw new Error('the BFF exited while its watches started');
    const all = { rss: residentMb(bff.pid), connections: connectionsTo(bff.pid, apiPort) };
    if (process.env.BERTH_BENCH_HEAP_SNAPSHOT === '1') await heapSnapshot(bff.pid);

    const latencies: number[] = [];
    const writeMs: number[] = [];
    let missed = 0;
    let beforeAck = 0;
    const changes = ctx.quick ? 4 : 20;
    const cpuBefore = cpuMs(bff.pid);
    for (let c = 0; c < changes; c += 1) {
      const namespace = namespaces[c % namespaces.length] ?? '';
      const { marker, write } = change(ctx, namespace, `${namespaces.length}-${c}`, c % 2 ? 'deployment' : 'secret');
      const receivers = streams.filter((s) => s.namespace === namespace);
      const arrivals = receivers.map((s) => s.client.arrival(marker, arrivalTimeoutMs));
      const sent = performance.now();
      await write();
      const acknowledged = performance.now();
      writeMs.push(acknowledged - sent);
      for (const at of await Promise.all(arrivals)) {
        if (Number.isNaN(at)) missed += 1;
        else {
          // The event may overtake the write's own answer; that stream waited nothing after the acknowledgement.
          if (at < acknowledged) beforeAck += 1;
          latencies.push(Math.max(0, at - acknowledged));
        }
      }
      await sleep(300);
    }
    const cpuPerChange = (cpuMs(bff.pid) - cpuBefore) / changes;
    const peak = residentMb(bff.pid, 'VmHWM');
    const perUser = {
      rss: (all.rss - one.rss) / Math.max(1, users.length - 1),
      watchers: (allWatchers - oneWatchers) / Math.max(1, users.length - 1),
    };
    const streamsPerChange = users.length;
    return [
      {
        item,
        measure: `upstream watches held, ${shape}`,
        value: allWatchers,
        unit: 'count',
        note: `apiserver_registered_watchers of ${streamedKinds.length} kinds at the API server, minus before: 1 user +${oneWatchers}, ${users.length} users +${allWatchers} (${perUser.watchers.toFixed(1)} per user; cluster-wide, so other clients add noise); every stream live ${(liveAfterMs / 1000).toFixed(1)} s after the last opened; BFF connections to :${apiPort}: 1 user ${one.connections}, ${users.length} users ${all.connections}`,
      },
      {
        item,
        measure: `BFF RSS, ${shape} streaming`,
        value: all.rss,
        unit: 'MB',
        note: `idle ${idle.rss.toFixed(0)} MB, ${users.length} signed in ${signedInRss.toFixed(0)} MB, 1 user streaming ${one.rss.toFixed(0)} MB, all ${all.rss.toFixed(0)} MB (${perUser.rss.toFixed(2)} MB per user), peak ${peak.toFixed(0)} MB`,
      },
      {
        item,
        measure: `delivery p95 of a change to all ${streamsPerChange} streams of its namespace, ${shape}`,
        value: percentile(latencies, 95),
        unit: 'ms',
        budget: { max: 200 },
        note: `from the write's acknowledgement (write median ${median(writeMs).toFixed(1)} ms; ${beforeAck} arrived before it); p50 ${median(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms; ${changes} changes (secret created, Deployment image replaced); BFF CPU ${cpuPerChange.toFixed(0)} ms per change`,
      },
      {
        item,
        measure: `missed deliveries, ${shape}`,
        value: missed,
        unit: 'count',
        budget: { max: 0 },
        note: `${latencies.length} delivered of ${changes * streamsPerChange}`,
      },
    ] satisfies Figure[];
  } catch (error) {
    // A BFF that cannot carry the load is the figure: how far it got, and why it stopped.
    const death = deathNote(logFile);
    const why = death ?? (error instanceof Error ? error.message : String(error));
    return [
      {
        item,
        measure: `delivery p95 of a change to all ${users.length} streams of its namespace, ${shape}`,
        value: Number.NaN,
        unit: 'ms',
        budget: { max: 200 },
        note: `not measured: ${death === undefined ? 'the run failed' : 'the BFF died'} with ${streams.length} of ${wanted} streams open (RSS peak ${sampler.peak().toFixed(0)} MB): ${why}`,
      },
    ] satisfies Figure[];
  } finally {
    sampler.stop();
    for (const s of streams) s.client.close();
    await bff.stop();
  }
}

export async function benchManyUsers(ctx: BenchContext): Promise<Figure[]> {
  const userCount = ctx.quick ? 5 : 100;
  // Quick mode runs the one scenario (its second BFF start adds nothing CI needs): several namespaces per user.
  const shapes = ctx.quick ? [2] : [1, 10];
  const namespaces = await Promise.all(
    Array.from({ length: Math.max(...shapes) }, (_, i) => ctx.fresh(`many-users-${i}`)),
  );
  const home = namespaces[0] ?? '';
  const users = await serviceAccountUsers(ctx.cluster, home, userCount);
  for (const namespace of namespaces) {
    await grantStreamReading(ctx.cluster, namespace, home, users);
    await prepareNamespace(ctx, namespace);
  }
  const figures: Figure[] = [];
  for (const count of shapes) figures.push(...(await scenario(ctx, users, namespaces.slice(0, count))));
  return figures;
}
