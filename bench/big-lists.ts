// Item 7: thousands of rows in one namespace: time from the list's data to the rendered table, and long tasks while scrolling.
import type { Browser } from '@playwright/test';
import { withConsole } from './support/console';
import type { BenchContext } from './support/context';
import { installProbes, type ProbedWindow } from './support/page-probes';
import type { Figure } from './support/report';

interface Timings {
  /** Page times (ms since navigation) of the list response's last byte and of the first data row. */
  dataAt: number;
  rowAt: number;
  longTasksLoading: number[];
  longTasksScrolling: number[];
}

// Long enough for the live stream's first burst (one message per object in the namespace) to land; quick mode's
// hundreds of objects land well within a second.
const settleFor = (ctx: BenchContext) => (ctx.quick ? 1_000 : 5_000);

async function measure(
  browser: Browser,
  url: string,
  table: string,
  apiPath: string,
  settleMs: number,
): Promise<Timings> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await installProbes(page);
  await page.goto(url);
  await page.waitForFunction(
    (t) => (globalThis as unknown as ProbedWindow).berthProbes.firstRowAt(t) !== undefined,
    table,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(settleMs);
  const [scrollStart, scrollEnd] = await page.evaluate(
    (t) => (globalThis as unknown as ProbedWindow).berthProbes.scrollToBottom(t),
    table,
  );
  const probed = await page.evaluate(
    ([t, path]) => {
      const probes = (globalThis as unknown as ProbedWindow).berthProbes;
      return {
        dataAt: probes.responseEnd(path) ?? Number.NaN,
        rowAt: probes.firstRowAt(t) ?? Number.NaN,
        tasks: probes.longTasks,
      };
    },
    [table, apiPath] as const,
  );
  await page.close();
  return {
    dataAt: probed.dataAt,
    rowAt: probed.rowAt,
    longTasksLoading: probed.tasks.filter((t) => t.start < scrollStart).map((t) => t.duration),
    longTasksScrolling: probed.tasks
      .filter((t) => t.start >= scrollStart && t.start <= scrollEnd)
      .map((t) => t.duration),
  };
}

function figures(what: string, t: Timings, settleMs: number): Figure[] {
  const worst = (tasks: number[]) =>
    tasks.length
      ? `longest ${Math.max(...tasks).toFixed(0)} ms, total ${tasks.reduce((s, d) => s + d, 0).toFixed(0)} ms`
      : '';
  return [
    {
      item: 7,
      measure: `${what}: list data to first rendered row`,
      value: t.rowAt - t.dataAt,
      unit: 'ms',
      note: `navigation to data ${t.dataAt.toFixed(0)} ms, to first row ${t.rowAt.toFixed(0)} ms`,
    },
    {
      item: 7,
      measure: `${what}: long tasks (> 50 ms) loading, incl. the stream's first ${settleMs / 1000} s`,
      value: t.longTasksLoading.length,
      unit: 'count',
      note: worst(t.longTasksLoading),
    },
    {
      item: 7,
      measure: `${what}: long tasks (> 50 ms) scrolling to the bottom`,
      value: t.longTasksScrolling.length,
      unit: 'count',
      budget: { max: 0 },
      note: worst(t.longTasksScrolling),
    },
  ];
}

export async function benchBigLists(ctx: BenchContext): Promise<Figure[]> {
  const namespace = await ctx.large();
  return withConsole(ctx, 'big-lists-bff', async (bff, browser) => {
    const base = `${bff.url}/namespaces/${namespace}`;
    const api = `/api/namespaces/${namespace}`;
    const { largeSecrets, largeDeployments } = ctx.sizes;
    const settleMs = settleFor(ctx);
    const secrets = await measure(browser, `${base}/secrets`, 'Secrets', `${api}/secrets`, settleMs);
    const workloads = await measure(browser, `${base}/workloads`, 'Workloads', `${api}/deployments`, settleMs);
    return [
      ...figures(`${largeSecrets.toLocaleString('en')} secrets`, secrets, settleMs),
      ...figures(`${largeDeployments.toLocaleString('en')} Deployments`, workloads, settleMs),
    ];
  });
}
