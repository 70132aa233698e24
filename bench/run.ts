// Every benchmark of issue 8 (and issue 18's image, item 8) in one run: prints one markdown table and writes bench/results.json.
// Run: npm run bench [-- --quick] [-- --only=1,3]   (leases the shared local cluster; never stops it under others)
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchBigLists } from './big-lists';
import { benchClusters } from './clusters';
import { benchCreateToRunning } from './create-to-running';
import { benchFanOut } from './fan-out';
import { benchImage } from './image';
import { benchKindsToRunning } from './kinds-to-running';
import { benchLoad } from './load';
import { benchManyUsers } from './many-users';
import { benchMemory } from './memory';
import { benchOverhead } from './overhead';
import { benchPageWeight } from './page-weight';
import { ensureBffBundled } from './support/bff';
import { openCluster } from './support/cluster';
import { BenchContext, fullSizes, quickSizes } from './support/context';
import { type Figure, markdownTable, meetsBudget } from './support/report';
import { ensureSpaBuilt } from './support/spa';
import { benchWatchToScreen } from './watch-to-screen';

const benchmarks: Record<number, (ctx: BenchContext) => Promise<Figure[]>> = {
  1: benchOverhead,
  2: benchLoad,
  3: benchWatchToScreen,
  4: benchCreateToRunning,
  5: benchFanOut,
  6: benchPageWeight,
  7: benchBigLists,
  8: benchImage,
  9: benchManyUsers,
  10: benchMemory,
  11: benchKindsToRunning,
  12: benchClusters,
};

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const quick = values.quick;
const only = values.only?.split(',').map(Number) ?? Object.keys(benchmarks).map(Number);

const startedAt = performance.now();
const since = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
// Before any BFF starts, so none of them builds it (and the page-weight figures describe the current sources).
ensureSpaBuilt();
ensureBffBundled();
// Item 12 switches between two clusters: the second one is started (or reused) only when it runs.
const cluster = await openCluster({ clusters: only.includes(12) ? 2 : 1 });
const ctx = new BenchContext(cluster, quick, quick ? quickSizes : fullSizes);
console.error(`[bench] console built and cluster leased at ${since()}`);
const figures: Figure[] = [];
const failures: string[] = [];
try {
  // Made first and in this order, then left until the Deployment controller has caught up with thousands of new
  // Deployments, so that neither the seed's rollout nor any timing waits behind that backlog.
  const preparing = performance.now();
  await ctx.prepare(only);
  console.error(`[bench] shared namespaces ready in ${((performance.now() - preparing) / 1000).toFixed(1)} s`);
  for (const item of only) {
    const bench = benchmarks[item];
    if (bench === undefined) throw new Error(`no benchmark ${item}; they are 1-12`);
    const started = performance.now();
    console.error(`[bench] item ${item}…`);
    try {
      figures.push(...(await bench(ctx)));
    } catch (error) {
      // One broken benchmark must not hide the others' figures.
      failures.push(`item ${item}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    console.error(`[bench] item ${item} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await ctx.cleanUp();
  await cluster.release();
}
console.error(`[bench] done at ${since()}`);

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
const date = new Date().toISOString();
const results = {
  date,
  machine,
  mode: quick ? 'quick' : 'full',
  figures: figures.map((f) => ({ ...f, met: meetsBudget(f) })),
  failures,
};
// Only a run of every item replaces results.json; partial runs write beside it.
const resultsFile = `results${quick ? '.quick' : ''}${values.only === undefined ? '' : '.partial'}.json`;
writeFileSync(path.join(import.meta.dirname, resultsFile), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(
  `Berth benchmarks, ${quick ? 'quick' : 'full'} mode, ${date}, ${machine}\n\n${markdownTable(figures)}\n`,
);
if (failures.length > 0) {
  process.stderr.write(`\n${failures.join('\n\n')}\n`);
  process.exitCode = 1;
}
