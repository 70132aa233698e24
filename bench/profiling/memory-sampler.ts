// Preloaded into the BFF (BERTH_BENCH_BFF_NODE_OPTIONS="--import ./bench/profiling/memory-sampler.ts"): writes
// process.memoryUsage() and the V8 heap spaces' sizes in MB every 100 ms, one JSON line each, to the file BERTH_BENCH_MEMORY_LOG names.
import { appendFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

const file = process.env.BERTH_BENCH_MEMORY_LOG;
if (file !== undefined) {
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  setInterval(() => {
    const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
    const spaces = Object.fromEntries(
      getHeapSpaceStatistics().map((space) => [space.space_name, mb(space.space_size)]),
    );
    appendFileSync(
      file,
      `${JSON.stringify({ at: Date.now(), rss: mb(rss), heapTotal: mb(heapTotal), heapUsed: mb(heapUsed), external: mb(external), arrayBuffers: mb(arrayBuffers), spaces })}\n`,
    );
  }, 100).unref();
}
