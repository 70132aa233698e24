// Where Chromium spends its time when a big list loads: a CDP CPU profile of the Secrets (or Workloads) page of a
// namespace with the full sizes, summed by function. Run: node --import tsx bench/profiling/page-profile.ts [--workloads] [--quick]
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
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({ options: { workloads: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } } });
const table = values.workloads ? 'Workloads' : 'Secrets';
ensureSpaBuilt();
const cluster = await openCluster();
const sizes = values.quick ? quickSizes : fullSizes;
// Only the kind profiled, so no Deployment controller backlog runs beside the page.
const namespace = await populatedNamespace(cluster, 'bench-profile', values.workloads ? { secrets: 0, deployments: sizes.largeDeployments } : { secrets: sizes.largeSecrets, deployments: 0 });
try {
  const bff = await startBff(cluster.kubeconfig, '/dev/null');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await installProbes(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${bff.url}/namespaces/${namespace}/${values.workloads ? 'workloads' : 'secrets'}`);
    await page.waitForFunction((t) => (globalThis as unknown as ProbedWindow).berthProbes.firstRowAt(t) !== undefined, table, { timeout: 120_000 });
    await page.waitForTimeout(5_000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const tasks = await page.evaluate(() => (globalThis as unknown as ProbedWindow).berthProbes.longTasks);
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfMs = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const frame = byNode.get(id)?.callFrame;
      const key = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(bff.url, '')}:${frame.lineNumber}:${frame.columnNumber}` : '?';
      selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const total = [...selfMs.values()].reduce((s, v) => s + v, 0);
    const top = [...selfMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    process.stdout.write(`${table} of ${namespace}: ${tasks.length} long tasks, ${tasks.reduce((s, t) => s + t.duration, 0).toFixed(0)} ms; profile ${total.toFixed(0)} ms\n`);
    for (const [key, ms] of top) process.stdout.write(`${ms.toFixed(0).padStart(7)} ms  ${key}\n`);
  } finally {
    await browser.close();
    await bff.stop();
  }
} finally {
  await deleteNamespace(cluster, namespace);
  await cluster.release();
}
