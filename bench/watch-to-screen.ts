// Item 3: a pod status written to the API server until Chromium shows it, against what a 5 s polling console would show.
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from './support/browser';
import { installProbes, type ProbedWindow } from './support/page-probes';
import { deployment, seedImage } from './support/cluster';
import type { BenchContext } from './support/context';
import type { Figure } from './support/report';
import { mean, median, percentile } from './support/stats';

const pollingIntervalMs = 5_000;
const watched = 'watched';

export async function benchWatchToScreen(ctx: BenchContext): Promise<Figure[]> {
  const namespace = await ctx.seed();
  const { core, apps } = ctx.cluster;
  // A node selector nobody matches keeps the pod Pending and unbound, so only we write its status (not the node agent).
  await apps.createNamespacedDeployment({
    namespace,
    body: deployment(watched, seedImage(ctx.cluster), {
      replicas: 1,
      nodeSelector: { 'berth.bench/unschedulable': 'true' },
    }),
  });
  let podName: string | undefined;
  for (let tries = 0; podName === undefined && tries < 300; tries += 1) {
    podName = (await core.listNamespacedPod({ namespace, labelSelector: `app=${watched}` })).items[0]?.metadata?.name;
    if (podName === undefined) await sleep(100);
  }
  if (podName === undefined) throw new Error(`no pod of ${watched} after 30 s`);
  const pod = podName;

  const bff = await ctx.bff('watch-bff');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await installProbes(page);
    await page.goto(`${bff.url}/namespaces/${namespace}/workloads/${watched}`);
    await page.getByRole('table', { name: 'Pods' }).waitFor();
    // The Restarts column of the Pods table.
    await page.evaluate(() =>
      (globalThis as unknown as ProbedWindow).berthProbes.watchCell(
        'table[aria-label="Pods"] tbody tr td:nth-child(6)',
      ),
    );
    // Give the stream its first second: the measured changes should meet a settled page.
    await sleep(ctx.quick ? 300 : 1_000);
    const changes = ctx.quick ? 3 : 40;
    const latencies: number[] = [];
    for (let restarts = 1; restarts <= changes; restarts += 1) {
      const status = [
        {
          name: watched,
          image: seedImage(ctx.cluster),
          imageID: '',
          ready: false,
          restartCount: restarts,
          state: { waiting: { reason: 'ContainerCreating' } },
        },
      ];
      const written = Date.now();
      await core.patchNamespacedPodStatus({
        name: pod,
        namespace,
        body: [{ op: 'add', path: '/status/containerStatuses', value: status }],
      });
      await page.waitForFunction(
        (text) => (globalThis as unknown as ProbedWindow).berthProbes.seen[text] !== undefined,
        String(restarts),
        { timeout: 15_000 },
      );
      const shown = await page.evaluate(
        (text) => (globalThis as unknown as ProbedWindow).berthProbes.seen[text] ?? Number.NaN,
        String(restarts),
      );
      latencies.push(shown - written);
      await sleep(100 + Math.random() * 200);
    }
    // A polling console shows a change at its next poll: on average half an interval late, plus the same GET and render.
    const detailMs: number[] = [];
    for (let i = 0; i < (ctx.quick ? 3 : 10); i += 1) {
      const started = performance.now();
      await (await fetch(`${bff.url}/api/namespaces/${namespace}/deployments/${watched}`)).json();
      detailMs.push(performance.now() - started);
    }
    const fetchMs = median(detailMs);
    return [
      {
        item: 3,
        measure: `watch to screen p50 (${changes} pod status writes)`,
        value: median(latencies),
        unit: 'ms',
        note: `mean ${mean(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
      },
      {
        item: 3,
        measure: `watch to screen p95 (${changes} pod status writes)`,
        value: percentile(latencies, 95),
        unit: 'ms',
        budget: { max: 250 },
      },
      {
        item: 3,
        measure: 'a 5 s polling console, p50 / p95 (expected)',
        value: pollingIntervalMs * 0.5 + fetchMs,
        unit: 'ms',
        note: `p95 ${(pollingIntervalMs * 0.95 + fetchMs).toFixed(0)} ms; mean 2.5 s + one detail GET (${fetchMs.toFixed(0)} ms)`,
      },
    ];
  } finally {
    await browser.close();
    await bff.stop();
    await apps.deleteNamespacedDeployment({ name: watched, namespace }).catch(() => undefined);
  }
}
