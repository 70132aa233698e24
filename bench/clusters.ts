// Item 12 (issue 21): switching clusters with the top bar's selector until the other cluster's first row shows, and what
// unreachable contexts in the kubeconfig cost `GET /api/clusters` and the reachable clusters' pages, against a BFF
// without them, measured round by round in the same run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from '@playwright/test';
import { AppsV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { parse, stringify } from 'yaml';
import { type RunningBff, startBff } from './support/bff';
import { launchChromium } from './support/browser';
import { deployment, seedImage } from './support/cluster';
import type { BenchContext } from './support/context';
import { installProbes, type ProbedWindow } from './support/page-probes';
import type { Figure } from './support/report';
import { inBatches, median } from './support/stats';

const switchBudgetMs = 1_000;
const delayBudgetMs = 100;

interface Kubeconfig {
  clusters: { name: string; cluster: Record<string, unknown> }[];
  users: { name: string; user: Record<string, unknown> }[];
  contexts: { name: string; context: { cluster: string; user: string; namespace?: string } }[];
  'current-context': string;
}

/** Where each unreachable context points: a closed port, a server that accepts and never answers, TEST-NET-1. */
interface Unreachable {
  refused: string;
  silent: string;
  blackholed: string;
}

/** The shared kubeconfig with every context opening in `namespace`, plus `unreachable`'s contexts when given. */
function kubeconfigFile(source: string, dir: string, namespace: string, unreachable?: Unreachable): string {
  const config = parse(readFileSync(source, 'utf8')) as Kubeconfig;
  for (const context of config.contexts) context.context.namespace = namespace;
  for (const [name, server] of Object.entries(unreachable ?? {})) {
    config.clusters.push({ name, cluster: { server, 'insecure-skip-tls-verify': true } });
    config.users.push({ name, user: { token: 'none' } });
    config.contexts.push({ name, context: { cluster: name, user: name } });
  }
  const file = path.join(dir, unreachable === undefined ? 'two.kubeconfig' : 'with-unreachable.kubeconfig');
  writeFileSync(file, stringify(config), { mode: 0o600 });
  return file;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );

/** Ms from navigation to the first Workloads row, in a fresh page (nothing cached). */
async function firstRowMs(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await installProbes(page);
    await page.goto(url);
    await page.waitForFunction(
      () => (globalThis as unknown as ProbedWindow).berthProbes.firstRowAt('Workloads') !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    return await page.evaluate(
      () => (globalThis as unknown as ProbedWindow).berthProbes.firstRowAt('Workloads') ?? Number.NaN,
    );
  } finally {
    await page.close();
  }
}

async function requestMs(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

/** From the selector's choice to the other cluster's first row, in fresh pages (the first round is the BFF's first use of it). */
async function timeSwitches(
  ctx: BenchContext,
  browser: Browser,
  bff: RunningBff,
  contexts: { first: string; second: string },
  namespace: string,
): Promise<Figure[]> {
  const rounds = ctx.quick ? 2 : 10;
  const there: number[] = [];
  const back: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const page = await browser.newPage();
    try {
      await installProbes(page);
      await page.goto(`${bff.url}/clusters/${encodeURIComponent(contexts.first)}/namespaces/${namespace}/workloads`);
      await page.getByRole('link', { name: 'a-app-00000', exact: true }).waitFor();
      const selector = page.getByRole('banner').getByLabel('Switch cluster');
      for (const [to, row, times] of [
        [contexts.second, 'b-app-00000', there],
        [contexts.first, 'a-app-00000', back],
      ] as const) {
        await page.evaluate(
          ([table, name]) => (globalThis as unknown as ProbedWindow).berthProbes.armSwitch(table, name),
          ['Workloads', row] as const,
        );
        await selector.selectOption(to);
        await page.waitForFunction(
          () => (globalThis as unknown as ProbedWindow).berthProbes.switchShownAfter() !== undefined,
          undefined,
          { timeout: 30_000 },
        );
        times.push(
          await page.evaluate(
            () => (globalThis as unknown as ProbedWindow).berthProbes.switchShownAfter() ?? Number.NaN,
          ),
        );
      }
    } finally {
      await page.close();
    }
  }
  const [firstUse = Number.NaN, ...later] = there;
  const note = `${rounds} fresh pages; the first switch (the BFF's first use of the second cluster) ${firstUse.toFixed(0)} ms`;
  return [
    {
      item: 12,
      measure: "switch cluster: the selector's choice to the other cluster's first row, worst",
      value: Math.max(...there),
      unit: 'ms',
      budget: { max: switchBudgetMs },
      note,
    },
    {
      item: 12,
      measure: 'switch cluster: the same, p50 after the first',
      value: median(later.length > 0 ? later : there),
      unit: 'ms',
      budget: { max: switchBudgetMs },
    },
    {
      item: 12,
      measure: 'switch back to the first cluster (its rows cached in the page), p50',
      value: median(back),
      unit: 'ms',
      budget: { max: switchBudgetMs },
    },
  ];
}

/** Each measure on both BFFs, alternating which goes first, round by round; answers the paired differences. */
async function pairedDelays(
  rounds: number,
  measures: Record<string, (bff: RunningBff) => Promise<number>>,
  baseline: RunningBff,
  withUnreachable: RunningBff,
): Promise<Record<string, { delays: number[]; base: number[]; with: number[] }>> {
  const out: Record<string, { delays: number[]; base: number[]; with: number[] }> = {};
  for (const name of Object.keys(measures)) out[name] = { delays: [], base: [], with: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, measure] of Object.entries(measures)) {
      const pair = round % 2 === 0 ? [baseline, withUnreachable] : [withUnreachable, baseline];
      const times = new Map<RunningBff, number>();
      for (const bff of pair) times.set(bff, await measure(bff));
      const base = times.get(baseline) ?? Number.NaN;
      const other = times.get(withUnreachable) ?? Number.NaN;
      const entry = out[name];
      entry?.base.push(base);
      entry?.with.push(other);
      entry?.delays.push(other - base);
    }
    await sleep(200);
  }
  return out;
}

async function timeUnreachable(
  ctx: BenchContext,
  browser: Browser,
  files: { two: string; withUnreachable: string },
  contexts: { first: string; second: string },
  namespace: string,
  shared?: RunningBff,
): Promise<Figure[]> {
  // Quick mode's baseline is the switching BFF (same kubeconfig, already warm); the full run starts a fresh one.
  const baseline = shared ?? (await startBff(files.two, ctx.logFile('clusters-baseline-bff')));
  const withUnreachable = await startBff(files.withUnreachable, ctx.logFile('clusters-unreachable-bff'));
  try {
    const list = (context: string) =>
      `/api/clusters/${encodeURIComponent(context)}/namespaces/${namespace}/deployments`;
    const measures: Record<string, (bff: RunningBff) => Promise<number>> = {
      'GET /api/clusters': (bff) => requestMs(`${bff.url}/api/clusters`),
      "the first cluster's Deployments list": (bff) => requestMs(`${bff.url}${list(contexts.first)}`),
      "the second cluster's Deployments list": (bff) => requestMs(`${bff.url}${list(contexts.second)}`),
      "the second cluster's Workloads page, navigation to first row": (bff) =>
        firstRowMs(
          browser,
          `${bff.url}/clusters/${encodeURIComponent(contexts.second)}/namespaces/${namespace}/workloads`,
        ),
    };
    // One of each first (the BFFs' first use of each cluster, the SPA's files), then the measured rounds.
    await pairedDelays(1, measures, baseline, withUnreachable);
    const rounds = ctx.quick ? 3 : 20;
    const results = await pairedDelays(rounds, measures, baseline, withUnreachable);
    return Object.entries(results).map(([name, r]) => ({
      item: 12,
      measure: `unreachable contexts: delay of ${name}, p50 of paired differences`,
      value: median(r.delays),
      unit: 'ms',
      budget: { max: delayBudgetMs },
      note:
        `${rounds} rounds: p50 ${median(r.with).toFixed(1)} ms with a refused, a silent and a blackholed context, ` +
        `${median(r.base).toFixed(1)} ms without; worst difference ${Math.max(...r.delays).toFixed(0)} ms`,
    }));
  } finally {
    if (shared === undefined) await baseline.stop();
    await withUnreachable.stop();
  }
}

export async function benchClusters(ctx: BenchContext): Promise<Figure[]> {
  const second = ctx.cluster.env.BERTH_KUBECONTEXT_2;
  if (second === undefined) throw new Error('item 12 needs the second local cluster (BERTH_KUBECONTEXT_2)');
  const contexts = { first: ctx.cluster.kubeConfig.getCurrentContext(), second };
  const namespace = await ctx.fresh('bench-clusters');
  const secondConfig = new KubeConfig();
  secondConfig.loadFromFile(ctx.cluster.kubeconfig);
  secondConfig.setCurrentContext(second);
  const secondCore = secondConfig.makeApiClient(CoreV1Api);
  const secondApps = secondConfig.makeApiClient(AppsV1Api);
  await secondCore.createNamespace({ body: { metadata: { name: namespace } } });
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-bench-clusters-'));
  const held: Socket[] = [];
  const silent = createServer((socket) => held.push(socket));
  const closed = createServer();
  let browser: Browser | undefined;
  try {
    // Scaled to zero: rows, not pods. Each cluster's names say which it is, so a row can only be its own.
    const rows = ctx.quick ? 5 : 50;
    const names = (prefix: string) =>
      Array.from({ length: rows }, (_, i) => `${prefix}-app-${String(i).padStart(5, '0')}`);
    const image = seedImage(ctx.cluster);
    await inBatches(names('a'), 8, (name) =>
      ctx.cluster.apps.createNamespacedDeployment({ namespace, body: deployment(name, image, { replicas: 0 }) }),
    );
    await inBatches(names('b'), 8, (name) =>
      secondApps.createNamespacedDeployment({ namespace, body: deployment(name, image, { replicas: 0 }) }),
    );
    const silentPort = await listen(silent);
    const closedPort = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const unreachable: Unreachable = {
      refused: `https://127.0.0.1:${closedPort}`,
      silent: `https://127.0.0.1:${silentPort}`,
      // TEST-NET-1 (RFC 5737): routed nowhere, so a connection neither opens nor fails until it times out.
      blackholed: 'https://192.0.2.1:6443',
    };
    const files = {
      two: kubeconfigFile(ctx.cluster.kubeconfig, dir, namespace),
      withUnreachable: kubeconfigFile(ctx.cluster.kubeconfig, dir, namespace, unreachable),
    };
    browser = await launchChromium();
    const bff = await startBff(files.two, ctx.logFile('clusters-switch-bff'));
    let switching: Figure[];
    try {
      switching = await timeSwitches(ctx, browser, bff, contexts, namespace);
      // Quick mode keeps the switching BFF as the unreachable rounds' baseline; the full run stops it first.
      if (ctx.quick) return [...switching, ...(await timeUnreachable(ctx, browser, files, contexts, namespace, bff))];
    } finally {
      await bff.stop();
    }
    return [...switching, ...(await timeUnreachable(ctx, browser, files, contexts, namespace))];
  } finally {
    await browser?.close();
    for (const socket of held) socket.destroy();
    silent.close();
    rmSync(dir, { recursive: true, force: true });
    await secondCore
      .deleteNamespace({ name: namespace })
      .catch((error: unknown) => console.error(`[bench] could not delete ${namespace} in ${second}: ${String(error)}`));
  }
}
