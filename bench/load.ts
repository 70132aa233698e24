// Item 2: the BFF under 50 concurrent connections (autocannon, loopback): throughput, p99, errors and its resident memory.
import autocannon from 'autocannon';
import { sampleRss } from './support/bff';
import type { BenchContext } from './support/context';
import type { Figure } from './support/report';

async function load(ctx: BenchContext, url: string, pid: number, title: string): Promise<Figure[]> {
  const connections = ctx.quick ? 5 : 50;
  const duration = ctx.quick ? 1 : 20;
  const peakRss = sampleRss(pid);
  const result = await autocannon({ url, connections, duration, timeout: 10 });
  const rss = peakRss();
  const errors = result.errors + result.timeouts + result.non2xx;
  const what = `${title}, ${connections} connections × ${duration} s`;
  return [
    {
      item: 2,
      measure: `${what}: requests/s`,
      value: result.requests.average,
      unit: 'rps',
      note: `${result.requests.total} requests`,
    },
    {
      item: 2,
      measure: `${what}: p99 latency`,
      value: result.latency.p99,
      unit: 'ms',
      note: `p50 ${result.latency.p50} ms`,
    },
    { item: 2, measure: `${what}: errors`, value: errors, unit: 'count', budget: { max: 0 } },
    { item: 2, measure: `${what}: BFF peak RSS`, value: rss, unit: 'MB', budget: { max: 200 } },
  ];
}

export async function benchLoad(ctx: BenchContext): Promise<Figure[]> {
  const [seed, medium] = await Promise.all([ctx.seed(), ctx.medium()]);
  const bff = await ctx.bff('load-bff');
  try {
    const api = (ns: string, tail: string) => `${bff.url}/api/namespaces/${ns}/${tail}`;
    return [
      ...(await load(ctx, api(seed, 'secrets'), bff.pid, 'secrets list (21 secrets)')),
      ...(await load(ctx, api(seed, 'deployments/awesomeapp'), bff.pid, 'Deployment detail (awesomeapp)')),
      ...(await load(
        ctx,
        api(medium, 'secrets'),
        bff.pid,
        `secrets list (${ctx.sizes.mediumSecrets.toLocaleString('en')} secrets)`,
      )),
    ];
  } finally {
    await bff.stop();
  }
}
