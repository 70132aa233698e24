// `npm start`: the BFF from its JavaScript bundle (scripts/bundle-bff.mjs), bundled first when its sources changed.
// Under tsx's loader the BFF idled at about 205 MB; from the bundle at about 122 MB, now about 91 MB. package.json's start
// also caps V8's semi-spaces and old generation (8 and 256 MB; the live heap is about 30 MB) and keeps optimising
// compiles on the main thread, whose compiler threads' memory stayed with the allocator (bench/README.md, bench/memory.ts).
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './bundle-bff.mjs';

// The staleness check and esbuild run in a child that exits: in this process the check's few hundred stat calls woke
// V8's optimising compilers (about 7 MB of RSS before the first request), and a rebuild left esbuild loaded for good.
// NODE_OPTIONS stays with the BFF: the benchmarks' profilers and samplers are meant for it alone.
const { NODE_OPTIONS: _bffOnly, ...env } = process.env;
const bundled = spawnSync(process.execPath, [path.join(import.meta.dirname, 'bundle-bff.mjs')], {
  stdio: 'inherit',
  env,
});
if (bundled.status !== 0) process.exit(bundled.status ?? 1);
// V8's code for the bundle from the last start, beside it: parsing 3.7 MB of JavaScript afresh left about 5 MB of
// parser memory with the allocator. A cache that cannot be written (a read-only image) only costs that again.
module.enableCompileCache(path.join(path.dirname(bundle), 'compile-cache'));
await import(pathToFileURL(bundle).href);
