// `npm start` builds the SPA when its build is missing or older than its sources, so a fresh clone just works.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
export const spaBuildDir = path.join(repoRoot, 'build/web');
const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/package.json', 'packages/contracts/src', 'vite.config.ts'];

function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((entry) => newestChange(path.join(file, entry))));
}

export function isSpaBuildStale(): boolean {
  const index = path.join(spaBuildDir, 'index.html');
  if (!existsSync(index)) return true;
  return statSync(index).mtimeMs < Math.max(...sources.map((source) => newestChange(path.join(repoRoot, source))));
}

/** vite's `exports` hides bin/; its package.json is exported, and the CLI sits beside it. */
export function viteCli(): string {
  return path.join(path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
}

/** Runs `vite build` (its output on stderr) when needed; throws when the build fails. */
export function ensureSpaBuilt(progress: (line: string) => void): void {
  if (!isSpaBuildStale()) return;
  progress('building the console (vite build)');
  const result = spawnSync(process.execPath, [viteCli(), 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${String(result.status)}); run \`npm run build\` to see why`);
}
