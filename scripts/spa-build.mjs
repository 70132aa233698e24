// The SPA's production build in build/web, made with `vite build` when it is missing or older than its sources, so a
// fresh clone just works: `npm start` (through apps/bff/src/http/spa-build.ts) and the benchmarks both build it here.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from './repo-root.mjs';
import { isBuildStale } from './stale-build.mjs';

export const spaBuildDir = path.join(repoRoot, 'build/web');
const sources = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/package.json',
  'packages/contracts/src',
  'vite.config.ts',
];

export function isSpaBuildStale() {
  return isBuildStale(path.join(spaBuildDir, 'index.html'), sources);
}

/** vite's `exports` hides bin/; its package.json is exported, and the CLI sits beside it. */
export function viteCli() {
  return path.join(
    path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('vite/package.json')),
    'bin/vite.js',
  );
}

/** Runs `vite build` (its output on stderr) when needed; throws when the build fails. */
export function ensureSpaBuilt(progress) {
  if (!isSpaBuildStale()) return;
  progress('building the console (vite build)');
  const result = spawnSync(process.execPath, [viteCli(), 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${String(result.status)}); run \`npm run build\` to see why`);
}
