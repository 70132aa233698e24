// Item 1: what the BFF adds to a list or a create, against the same call straight to the API server with client-node.
import { pullSecret } from './support/cluster';
import { startBff } from './support/bff';
import type { BenchContext } from './support/context';
import type { Figure } from './support/report';
import { median, percentile } from './support/stats';

interface Pair {
  bff: number[];
  direct: number[];
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/** Alternates the two calls (order flipped each round) so drift on a shared machine hits both alike. */
async function sideBySide(rounds: number, bff: () => Promise<unknown>, direct: () => Promise<unknown>): Promise<Pair> {
  const pair: Pair = { bff: [], direct: [] };
  for (let warm = 0; warm < 3; warm += 1) await Promise.all([bff(), direct()].map((p) => p.catch(() => undefined)));
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      pair.bff.push(await timed(bff));
      pair.direct.push(await timed(direct));
    } else {
      pair.direct.push(await timed(direct));
      pair.bff.push(await timed(bff));
    }
  }
  return pair;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return res.json();
}

function figure(measure: string, pair: Pair, budget: number): Figure {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return {
    item: 1,
    measure,
    value: median(pair.bff) / median(pair.direct),
    unit: 'ratio',
    budget: { max: budget },
    note: `BFF p50 ${ms(median(pair.bff))}, p99 ${ms(percentile(pair.bff, 99))}; direct p50 ${ms(median(pair.direct))}, p99 ${ms(percentile(pair.direct, 99))}; ${pair.bff.length} each`,
  };
}

export async function benchOverhead(ctx: BenchContext): Promise<Figure[]> {
  const { core, apps } = ctx.cluster;
  const [medium, large] = await Promise.all([ctx.medium(), ctx.large()]);
  const bff = await startBff(ctx.cluster.kubeconfig, ctx.logFile('overhead-bff'));
  const rounds = (full: number) => (ctx.quick ? 5 : full);
  const { mediumSecrets: m, largeSecrets: l, mediumDeployments: d } = ctx.sizes;
  try {
    const api = (ns: string, tail: string) => `${bff.url}/api/namespaces/${ns}/${tail}`;
    const mediumList = await sideBySide(
      rounds(40),
      () => getJson(api(medium, 'secrets')),
      () => core.listNamespacedSecret({ namespace: medium }),
    );
    const largeList = await sideBySide(
      rounds(20),
      () => getJson(api(large, 'secrets')),
      () => core.listNamespacedSecret({ namespace: large }),
    );
    const deployments = await sideBySide(
      rounds(30),
      () => getJson(api(medium, 'deployments')),
      () => apps.listNamespacedDeployment({ namespace: medium }),
    );
    // The BFF's list also reads ReplicaSets and pods to give each row its pod status; the same reads done directly:
    const deploymentsWithPods = await sideBySide(
      rounds(30),
      () => getJson(api(medium, 'deployments')),
      () =>
        Promise.all([
          apps.listNamespacedDeployment({ namespace: medium }),
          apps.listNamespacedReplicaSet({ namespace: medium }),
          core.listNamespacedPod({ namespace: medium }),
        ]),
    );
    let created = 0;
    const login = ctx.cluster.registry;
    const create = await sideBySide(
      rounds(30),
      async () => {
        created += 1;
        const res = await fetch(api(medium, 'secrets'), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: `via-bff-${created}`, namespace: medium, registries: [login] }),
        });
        if (res.status !== 201) throw new Error(`create through the BFF answered ${res.status}`);
        await res.json();
      },
      () =>
        core.createNamespacedSecret({
          namespace: medium,
          body: pullSecret(`direct-${created}-${Math.random().toString(36).slice(2, 8)}`, login),
        }),
    );
    return [
      figure(`list ${m.toLocaleString('en')} pull secrets, BFF/direct p50`, mediumList, 1.15),
      figure(`list ${l.toLocaleString('en')} pull secrets, BFF/direct p50`, largeList, 1.15),
      figure(`list ${d.toLocaleString('en')} Deployments, BFF/direct (Deployments only) p50`, deployments, 1.15),
      figure(
        `list ${d.toLocaleString('en')} Deployments, BFF/direct (Deployments + ReplicaSets + pods) p50`,
        deploymentsWithPods,
        1.15,
      ),
      figure('create a pull secret, BFF/direct p50', create, 1.2),
    ];
  } finally {
    await bff.stop();
  }
}
