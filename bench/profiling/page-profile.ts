// Where Chromium spends its time when a big list loads and scrolls: a CDP CPU profile of the Secrets (or Workloads) page
// of a namespace with the full sizes, summed by function, and each long task the page saw with its busiest stacks.
// Run: node --import tsx bench/profiling/page-profile.ts [--workloads] [--quick]
import { parseArgs } from 'node:util';
import { startBff } from '../support/bff';
import { launchChromium } from '../support/browser';
import { deleteNamespace, openCluster, populatedNamespace } from '../support/cluster';
import { fullSizes, quickSizes } from '../support/context';
import { installProbes, type ProbedWindow } from '../support/page-probes';
import { ensureSpaBuilt } from '../support/spa';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface LongTask {
  start: number;
  duration: number;
}

// A named busy loop the page runs at a known page time, so profile samples can be placed on the page's clock.
const markerName = 'berthProfileMarker';
const marker = `(function ${markerName}() { const t = performance.now(); while (performance.now() < t + 5) {} return t; })()`;

const { values } = parseArgs({
  options: { workloads: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } },
});
const table = values.workloads ? 'Workloads' : 'Secrets';

/** Writes self time by function, then each long task with the stacks (innermost four frames) busiest in it. */
function report(profile: Profile, tasks: LongTask[], markedAt: number, origin: string): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  // CDP's line and column are zero-based.
  const frame = ({ callFrame: f }: ProfileNode) =>
    `${f.functionName || '(anonymous)'} ${f.url.replace(origin, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  const stack = (id: number) => {
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined && names.length < 4; at = parents.get(at)) {
      const node = byNode.get(at);
      if (node && node.callFrame.functionName !== '(root)') names.push(frame(node));
    }
    return names.join(' < ');
  };
  // Sample times in µs on the profiler's clock, then the marker's first sample gives the offset to page time.
  let now = profile.startTime;
  const times = profile.timeDeltas.map((d) => (now += d));
  const markerSample = profile.samples.findIndex((id) => byNode.get(id)?.callFrame.functionName === markerName);
  const pageMs = (i: number) => ((times[i] ?? 0) - (times[markerSample] ?? 0)) / 1000 + markedAt;

  const sum = (from: number, to: number, key: (id: number) => string) => {
    const ms = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = pageMs(i);
      if (at >= from && at <= to) ms.set(key(id), (ms.get(key(id)) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    return [...ms.entries()].sort((a, b) => b[1] - a[1]);
  };
  const self = sum(-Infinity, Infinity, (id) => {
    const n = byNode.get(id);
    return n ? frame(n) : '?';
  });
  const total = self.reduce((s, [, ms]) => s + ms, 0);
  process.stdout.write(
    `${table}: ${tasks.length} long tasks, ${tasks.reduce((s, t) => s + t.duration, 0).toFixed(0)} ms; profile ${total.toFixed(0)} ms\n`,
  );
  for (const [key, ms] of self.slice(0, 20)) process.stdout.write(`${ms.toFixed(0).padStart(7)} ms  ${key}\n`);
  if (markerSample < 0)
    return void process.stdout.write('(no marker sample: long tasks cannot be placed in the profile)\n');
  for (const task of tasks) {
    process.stdout.write(`long task ${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} ms:\n`);
    for (const [key, ms] of sum(task.start, task.start + task.duration, stack).slice(0, 8))
      process.stdout.write(`${ms.toFixed(0).padStart(7)} ms  ${key}\n`);
  }
}

ensureSpaBuilt();
const cluster = await openCluster();
const sizes = values.quick ? quickSizes : fullSizes;
// Only the kind profiled, so no Deployment controller backlog runs beside the page.
const namespace = await populatedNamespace(
  cluster,
  'bench-profile',
  values.workloads
    ? { secrets: 0, deployments: sizes.largeDeployments }
    : { secrets: sizes.largeSecrets, deployments: 0 },
);
try {
  const bff = await startBff(cluster.kubeconfig, '/dev/null');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await installProbes(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${bff.url}/namespaces/${namespace}/${values.workloads ? 'workloads' : 'secrets'}`);
    await page.waitForFunction(
      (t) => (globalThis as unknown as ProbedWindow).berthProbes.firstRowAt(t) !== undefined,
      table,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(5_000);
    const markedAt = await page.evaluate<number>(marker);
    const [scrollStart] = await page.evaluate(
      (t) => (globalThis as unknown as ProbedWindow).berthProbes.scrollToBottom(t),
      table,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const tasks = await page.evaluate(() => (globalThis as unknown as ProbedWindow).berthProbes.longTasks);
    process.stdout.write(`${namespace}; scrolling from ${scrollStart.toFixed(0)} ms\n`);
    report(profile, tasks, markedAt, bff.url);
  } finally {
    await browser.close();
    await bff.stop();
  }
} finally {
  await deleteNamespace(cluster, namespace);
  await cluster.release();
}
