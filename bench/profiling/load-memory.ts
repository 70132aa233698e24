// Where the BFF's memory goes under item 2's load: one secrets list under autocannon while memory-sampler.ts logs
// process.memoryUsage() inside the BFF. Run: node --import tsx bench/profiling/load-memory.ts [--secrets=1000] [--connections=50] [--seconds=20]
// Extra BFF flags (e.g. --heapsnapshot-signal=SIGUSR2) go through BERTH_BENCH_BFF_NODE_OPTIONS as for `npm run bench`.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureBffBundled, residentMb, sampleRss, startBff } from '../support/bff';
import { deleteNamespace, openCluster, populatedNamespace } from '../support/cluster';

interface Sample {
  spaces: Record<string, number>;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

const { values } = parseArgs({
  options: {
    secrets: { type: 'string', default: '21' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
  },
});
const log = path.join(import.meta.dirname, '../.logs/memory-samples.jsonl');
rmSync(log, { force: true });
process.env.BERTH_BENCH_MEMORY_LOG = log;
process.env.BERTH_BENCH_BFF_NODE_OPTIONS = [
  process.env.BERTH_BENCH_BFF_NODE_OPTIONS,
  `--import ${path.join(import.meta.dirname, 'memory-sampler.ts')}`,
]
  .filter(Boolean)
  .join(' ');
ensureBffBundled();
const cluster = await openCluster();
const namespace = await populatedNamespace(cluster, 'bench-memory', {
  secrets: Number(values.secrets),
  deployments: 0,
});
try {
  const bff = await startBff(cluster.kubeconfig, path.join(import.meta.dirname, '../.logs/memory-bff.log'));
  try {
    const idle = residentMb(bff.pid);
    const peak = sampleRss(bff.pid);
    const result = await autocannon({
      url: `${bff.url}/api/namespaces/${namespace}/secrets`,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      timeout: 10,
    });
    const samples = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Sample);
    const top = (key: Exclude<keyof Sample, 'spaces'>) => Math.max(...samples.map((s) => s[key]));
    const peakSample = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
    process.stdout.write(
      `${values.secrets} secrets, ${values.connections} connections × ${values.seconds} s: ${result.requests.average} req/s, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}\n`,
    );
    process.stdout.write(
      `RSS idle ${idle.toFixed(0)} MB, peak ${peak().toFixed(0)} MB; peaks inside: heapTotal ${top('heapTotal')}, heapUsed ${top('heapUsed')}, external ${top('external')}, arrayBuffers ${top('arrayBuffers')} MB\n`,
    );
    process.stdout.write(`at the RSS peak: ${JSON.stringify(peakSample)}\n`);
  } finally {
    await bff.stop();
  }
} finally {
  await deleteNamespace(cluster, namespace);
  await cluster.release();
}
