// Item 10 (issue 20, goal 2): the BFF's resident memory as `npm start` runs it: a bare Node with the same flags, the BFF
// idle after start, and its peak under concurrent loads of item 1's lists. Run alone: node --import tsx bench/memory.ts [--quick]
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { npmStartArguments } from '@berth/local-cluster/testing/any-runner';
import { ensureBffBundled, residentMb, type RunningBff, sampleRss, startBff } from './support/bff';
import { openCluster } from './support/cluster';
import { BenchContext, fullSizes, quickSizes } from './support/context';
import { type Figure, markdownTable } from './support/report';

const idleBudgetMb = 100;
const loadBudgetMb = 150;

/** The node flags `npm start` passes (V8's heap caps), without its preloads and script. */
function startNodeFlags(): string[] {
  const flags: string[] = [];
  const args = npmStartArguments();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) break;
    if (arg === '--import') i += 1;
    else flags.push(arg);
  }
  return flags;
}

/** RSS of a Node that only waits, with `npm start`'s flags: what any Node process costs here. */
async function bareNodeMb(settleMs: number): Promise<number> {
  const child = spawn(process.execPath, [...startNodeFlags(), '-e', 'setInterval(() => {}, 1 << 30)'], {
    stdio: 'ignore',
  });
  try {
    await sleep(settleMs);
    if (child.pid === undefined) throw new Error('could not start a bare node');
    return residentMb(child.pid);
  } finally {
    child.kill();
  }
}

/** Anonymous (heap, code, malloc) and file-backed (the node binary's pages) parts of a process's RSS, in MB. */
function rssParts(pid: number): string {
  return `anon ${residentMb(pid, 'RssAnon').toFixed(0)} MB, file ${residentMb(pid, 'RssFile').toFixed(0)} MB`;
}

interface ListLoad {
  title: string;
  url: string;
}

async function peakUnderLoad(ctx: BenchContext, pid: number, load: ListLoad): Promise<Figure> {
  const connections = ctx.quick ? 5 : 50;
  const duration = ctx.quick ? 1 : 10;
  const peak = sampleRss(pid);
  const result = await autocannon({ url: load.url, connections, duration, timeout: 20 });
  const rss = peak();
  const errors = result.errors + result.timeouts + result.non2xx;
  // A list that fails under load would make any memory figure meaningless.
  if (errors > 0 || result.requests.total === 0) throw new Error(`${load.title}: ${errors} errors under load`);
  return {
    item: 10,
    measure: `BFF peak RSS, ${load.title}, ${connections} connections × ${duration} s`,
    value: rss,
    unit: 'MB',
    budget: { max: loadBudgetMb },
    note: `${result.requests.total} requests, p99 ${result.latency.p99} ms; then ${rssParts(pid)}`,
  };
}

/** RSS of a BFF started as `npm start` starts it, `settleMs` after it answered readyz; stopped unless kept. */
async function idleBff(ctx: BenchContext, settleMs: number): Promise<{ bff: RunningBff; idle: number; parts: string }> {
  const bff = await startBff(ctx.cluster.kubeconfig, ctx.logFile('memory-bff'));
  await sleep(settleMs);
  return { bff, idle: residentMb(bff.pid), parts: rssParts(bff.pid) };
}

export async function benchMemory(ctx: BenchContext): Promise<Figure[]> {
  const settleMs = ctx.quick ? 500 : 5_000;
  const [medium, large] = await Promise.all([ctx.medium(), ctx.large()]);
  const bare = await bareNodeMb(settleMs);
  // The first start after a build compiles the bundle afresh and writes V8's compile cache; later starts read it.
  const first = await idleBff(ctx, settleMs);
  await first.bff.stop();
  const { bff, idle, parts } = await idleBff(ctx, settleMs);
  try {
    const api = (ns: string, tail: string) => `${bff.url}/api/namespaces/${ns}/${tail}`;
    const { mediumSecrets, largeSecrets, mediumDeployments } = ctx.sizes;
    const n = (count: number) => count.toLocaleString('en');
    const loads: ListLoad[] = [
      { title: `list of ${n(mediumSecrets)} pull secrets`, url: api(medium, 'secrets') },
      { title: `list of ${n(largeSecrets)} pull secrets`, url: api(large, 'secrets') },
      { title: `list of ${n(mediumDeployments)} Deployments`, url: api(medium, 'deployments') },
    ];
    const underLoad: Figure[] = [];
    // One BFF for all three, as item 2 runs its loads: each peak includes what the loads before it left.
    for (const load of loads) underLoad.push(await peakUnderLoad(ctx, bff.pid, load));
    await sleep(settleMs);
    const after = residentMb(bff.pid);
    return [
      { item: 10, measure: 'bare Node RSS (npm start’s flags, no script)', value: bare, unit: 'MB' },
      {
        item: 10,
        measure: `BFF idle RSS, ${settleMs / 1000} s after start`,
        value: idle,
        unit: 'MB',
        budget: { max: idleBudgetMb },
        note: `${parts}; ${(idle - bare).toFixed(0)} MB above bare Node; the first start after a build (no compile cache yet): ${first.idle.toFixed(0)} MB (${first.parts})`,
      },
      ...underLoad,
      {
        item: 10,
        measure: `BFF RSS ${settleMs / 1000} s after the loads`,
        value: after,
        unit: 'MB',
        note: `peak over the whole run (VmHWM) ${residentMb(bff.pid, 'VmHWM').toFixed(0)} MB`,
      },
    ];
  } finally {
    await bff.stop();
  }
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  ensureBffBundled();
  const cluster = await openCluster();
  const ctx = new BenchContext(cluster, values.quick, values.quick ? quickSizes : fullSizes);
  try {
    // No ctx.prepare: the Deployments are scaled to zero, and nothing here waits for their controller.
    process.stdout.write(`${markdownTable(await benchMemory(ctx))}\n`);
  } finally {
    await ctx.cleanUp();
    await cluster.release();
  }
}
