// Item 1: what the BFF adds to a list or a create, against the bare API server read with the same plain HTTP client
// (support/plain-client.ts: GET, the whole body, JSON.parse) side by side in the same run.
import { setTimeout as sleep } from 'node:timers/promises';
import { pullSecret, deployment, seedImage } from './support/cluster';
import { startBff } from './support/bff';
import type { BenchContext } from './support/context';
import { bareApiClient, bffClient, type PlainClient } from './support/plain-client';
import type { Figure } from './support/report';
import { inBatches, median, percentile } from './support/stats';

const metadataOnly = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1';

interface Pair {
  bff: number[];
  bare: number[];
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/** Alternates the two calls (order flipped each round) so drift on a shared machine hits both alike. */
async function sideBySide(
  rounds: number,
  bff: () => Promise<unknown>,
  bare: () => Promise<unknown>,
  warmUps = 3,
): Promise<Pair> {
  const pair: Pair = { bff: [], bare: [] };
  for (let warm = 0; warm < warmUps; warm += 1) await Promise.all([bff(), bare()].map((p) => p.catch(() => undefined)));
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      pair.bff.push(await timed(bff));
      pair.bare.push(await timed(bare));
    } else {
      pair.bare.push(await timed(bare));
      pair.bff.push(await timed(bff));
    }
  }
  return pair;
}

function figure(measure: string, pair: Pair, budget: number | undefined, extra = ''): Figure {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return {
    item: 1,
    measure,
    value: median(pair.bff) / median(pair.bare),
    unit: 'ratio',
    ...(budget === undefined ? {} : { budget: { max: budget } }),
    note: `BFF p50 ${ms(median(pair.bff))}, p99 ${ms(percentile(pair.bff, 99))}; bare p50 ${ms(median(pair.bare))}, p99 ${ms(percentile(pair.bare, 99))}; ${pair.bff.length} each${extra}`,
  };
}

/** The namespace's live stream, open as the SPA keeps it on every page; its watches are what lists are served from. */
function openStream(url: string, namespace: string): AbortController {
  const controller = new AbortController();
  void fetch(`${url}/api/namespaces/${namespace}/stream`, { signal: controller.signal })
    .then(async (res) => {
      for await (const chunk of res.body ?? []) void chunk;
    })
    .catch(() => undefined);
  return controller;
}

/** Counts where the BFF's list answers came from (`X-Berth-List-Source`), to say so beside each figure. */
class Sources {
  readonly counts = new Map<string, number>();
  record(source: unknown): void {
    const name = typeof source === 'string' ? source : 'none';
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  note(): string {
    return `; BFF lists from ${[...this.counts].map(([source, n]) => `${source} ${n}`).join(', ')}`;
  }
}

async function untilListedFrom(client: PlainClient, path: string, source: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await client.request(path)).headers['x-berth-list-source'] !== source) {
    if (Date.now() > deadline) throw new Error(`${path} not served from the ${source} after ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

/**
 * `count` Deployments of one replica each, and their pods. A node selector nobody matches keeps the pods Pending: the
 * shared node takes 110 pods, and other runs need them. Each pod has a real status (PodScheduled False, Unschedulable).
 */
async function deploymentsWithPods(ctx: BenchContext, count: number): Promise<string> {
  const namespace = await ctx.fresh('bench-pods');
  const { apps, core } = ctx.cluster;
  const names = Array.from({ length: count }, (_, i) => `app-${String(i).padStart(5, '0')}`);
  const image = seedImage(ctx.cluster);
  const nodeSelector = { 'berth.bench/unschedulable': 'true' };
  await inBatches(names, 16, (name) =>
    apps.createNamespacedDeployment({ namespace, body: deployment(name, image, { replicas: 1, nodeSelector }) }),
  );
  const deadline = Date.now() + 900_000;
  for (;;) {
    const pods = (await core.listNamespacedPod({ namespace })).items;
    const scheduled = pods.filter((p) => p.status?.conditions?.some((c) => c.type === 'PodScheduled')).length;
    if (pods.length >= count && scheduled >= count) return namespace;
    if (Date.now() > deadline) throw new Error(`${pods.length} of ${count} pods in ${namespace} after 15 min`);
    // Quick mode's few pods are scheduled within a second or two: poll often enough not to oversleep them.
    await sleep(ctx.quick ? 250 : 2_000);
  }
}

export async function benchOverhead(ctx: BenchContext): Promise<Figure[]> {
  const { mediumSecrets: m, largeSecrets: l, mediumDeployments: d } = ctx.sizes;
  const [medium, large, withPods] = await Promise.all([ctx.medium(), ctx.large(), deploymentsWithPods(ctx, d)]);
  const bff = await startBff(ctx.cluster.kubeconfig, ctx.logFile('overhead-bff'));
  const viaBff = bffClient(bff.url);
  const bare = bareApiClient(ctx.cluster.kubeConfig);
  const rounds = ctx.quick ? 3 : 25;
  // Quick mode (CI) only checks the path works: one warm-up call pair instead of three.
  const warmUps = ctx.quick ? 1 : 3;
  const streams: AbortController[] = [];
  try {
    const bffList = (namespace: string, kind: string, sources: Sources) => async () =>
      sources.record((await viaBff.request(`/api/namespaces/${namespace}/${kind}`)).headers['x-berth-list-source']);
    const bareList = (namespace: string, kind: string) => () =>
      bare.request(`/api${kind === 'secrets' || kind === 'pods' ? '' : 's/apps'}/v1/namespaces/${namespace}/${kind}`, {
        // The BFF reads ReplicaSets' metadata only (their owners link pods to Deployments): so does the bare side.
        ...(kind === 'replicasets' ? { accept: metadataOnly } : {}),
      });

    const n = (count: number) => count.toLocaleString('en');
    const deploymentsRead = `list ${n(d)} Deployments with their pods' status`;
    const cases = [
      { measure: `list ${n(m)} pull secrets`, namespace: medium, kind: 'secrets', bare: bareList(medium, 'secrets') },
      { measure: `list ${n(l)} pull secrets`, namespace: large, kind: 'secrets', bare: bareList(large, 'secrets') },
      // The BFF gives each row its pods' status: the same answer read bare takes Deployments, ReplicaSets and pods.
      {
        measure: `${deploymentsRead} (bare: Deployments + ReplicaSets + pods)`,
        namespace: withPods,
        kind: 'deployments',
        bare: () => Promise.all(['deployments', 'replicasets', 'pods'].map((kind) => bareList(withPods, kind)())),
      },
      {
        measure: `${deploymentsRead} (bare: the Deployment list alone)`,
        namespace: withPods,
        kind: 'deployments',
        bare: bareList(withPods, 'deployments'),
      },
    ];
    const measureAll = async (label: string, budget: number | undefined) => {
      const figures: Figure[] = [];
      for (const { measure, namespace, kind, bare: bareRead } of cases) {
        const sources = new Sources();
        const pair = await sideBySide(rounds, bffList(namespace, kind, sources), bareRead, warmUps);
        figures.push(figure(`${measure}, ${label}, BFF/bare p50`, pair, budget, sources.note()));
      }
      return figures;
    };

    // First with no stream open: the BFF reads the API server for every list, as before lists came from watches.
    const read = await measureAll('no stream open', undefined);
    // Then as the console uses it: the namespace's stream is open, so its synced watches answer the lists.
    for (const namespace of [medium, large, withPods]) streams.push(openStream(bff.url, namespace));
    await untilListedFrom(viaBff, `/api/namespaces/${medium}/secrets`, 'cache');
    await untilListedFrom(viaBff, `/api/namespaces/${large}/secrets`, 'cache');
    await untilListedFrom(viaBff, `/api/namespaces/${withPods}/deployments`, 'cache');
    const cached = await measureAll('stream open', 1.0);

    let created = 0;
    const login = ctx.cluster.registry;
    const create = await sideBySide(
      rounds,
      async () => {
        created += 1;
        const body = { name: `via-bff-${created}`, registries: [login] };
        await viaBff.request(`/api/namespaces/${medium}/secrets`, { method: 'POST', body, expect: 201 });
      },
      () =>
        bare.request(`/api/v1/namespaces/${medium}/secrets`, {
          method: 'POST',
          body: pullSecret(`bare-${created}-${Math.random().toString(36).slice(2, 8)}`, login),
          expect: 201,
        }),
      warmUps,
    );
    return [...cached, ...read, figure('create a pull secret, BFF/bare p50', create, 1.2)];
  } finally {
    for (const stream of streams) stream.abort();
    viaBff.close();
    bare.close();
    await bff.stop();
  }
}
