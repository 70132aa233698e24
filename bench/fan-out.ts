// Item 5: many SSE clients on one namespace share the BFF's upstream watches; how fast a change reaches all of them.
import { setTimeout as sleep } from 'node:timers/promises';
import { connectionsTo, residentMb, startBff } from './support/bff';
import { registeredWatchers, streamedKinds } from './support/api-server-watchers';
import { pullSecret } from './support/cluster';
import type { BenchContext } from './support/context';
import type { Figure } from './support/report';
import { StreamClient } from './support/stream-client';
import { inBatches, median, percentile } from './support/stats';

export async function benchFanOut(ctx: BenchContext): Promise<Figure[]> {
  const namespace = await ctx.fresh('bench-fanout');
  const { core } = ctx.cluster;
  await inBatches(
    Array.from({ length: 20 }, (_, i) => `existing-${i}`),
    8,
    (name) => core.createNamespacedSecret({ namespace, body: pullSecret(name, ctx.cluster.registry) }),
  );
  const apiPort = Number(
    new URL(ctx.cluster.kubeConfig.getCurrentCluster()?.server ?? 'https://127.0.0.1:6443').port || 443,
  );
  const bff = await startBff(ctx.cluster.kubeconfig, ctx.logFile('fanout-bff'));
  const clients: StreamClient[] = [];
  const total = ctx.quick ? 20 : 200;
  // Time for the watches to open before counting them; 20 clients need less than 200.
  const settleMs = ctx.quick ? 500 : 2_000;
  try {
    const url = `${bff.url}/api/namespaces/${namespace}/stream`;
    const watchers = () => registeredWatchers(ctx.cluster);
    const idleWatchers = watchers();
    const idleConnections = connectionsTo(bff.pid, apiPort);
    const idleRss = residentMb(bff.pid);
    const first = new StreamClient();
    await first.open(url);
    clients.push(first);
    await sleep(settleMs);
    const oneClientConnections = connectionsTo(bff.pid, apiPort);
    const oneClientWatchers = watchers();
    const rest = Array.from({ length: total - 1 }, () => new StreamClient());
    await inBatches(rest, 20, async (client) => {
      await client.open(url);
      clients.push(client);
    });
    await sleep(settleMs);
    const allClientsConnections = connectionsTo(bff.pid, apiPort);
    const allClientsWatchers = watchers();
    const latencies: number[] = [];
    let missed = 0;
    const changes = ctx.quick ? 3 : 10;
    for (let change = 0; change < changes; change += 1) {
      const name = `fan-out-${change}`;
      const arrivals = clients.map((c) => c.arrival(`"name":"${name}"`, 10_000));
      const written = performance.now();
      await core.createNamespacedSecret({ namespace, body: pullSecret(name, ctx.cluster.registry) });
      for (const at of await Promise.all(arrivals)) {
        if (Number.isNaN(at)) missed += 1;
        else latencies.push(at - written);
      }
      await sleep(200);
    }
    const rss = residentMb(bff.pid);
    const peak = residentMb(bff.pid, 'VmHWM');
    const deliveries = `${latencies.length} deliveries (${total} clients × ${changes} changes), ${missed} missed`;
    return [
      {
        item: 5,
        measure: `upstream watches held for ${total} SSE clients on one namespace`,
        value: allClientsWatchers - idleWatchers,
        unit: 'count',
        // One watch per streamed kind, however many clients: the clients share them.
        budget: { max: streamedKinds.length },
        note: `apiserver_registered_watchers of the ${streamedKinds.length} streamed kinds, minus before: 1 client +${oneClientWatchers - idleWatchers}, ${total} clients +${allClientsWatchers - idleWatchers} (cluster-wide, so other users' watches can add noise)`,
      },
      {
        item: 5,
        measure: `upstream connections to the API server opened by ${total} SSE clients on one namespace`,
        value: allClientsConnections - idleConnections,
        unit: 'count',
        note: `established to :${apiPort}: idle ${idleConnections}, 1 client ${oneClientConnections}, ${total} clients ${allClientsConnections}; ${streamedKinds.length} kinds watched per namespace`,
      },
      {
        item: 5,
        measure: `event delivery p95 across ${total} clients`,
        value: percentile(latencies, 95),
        unit: 'ms',
        budget: { max: 200 },
        note: `p50 ${median(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms; ${deliveries}`,
      },
      { item: 5, measure: `missed deliveries`, value: missed, unit: 'count', budget: { max: 0 } },
      {
        item: 5,
        measure: `BFF RSS with ${total} SSE clients`,
        value: rss,
        unit: 'MB',
        budget: { max: 200 },
        note: `idle ${idleRss.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`,
      },
    ];
  } finally {
    for (const client of clients) client.close();
    await bff.stop();
  }
}
