// The SPA's production build in build/web, rebuilt with `vite build` when its sources are newer (main.ts would, too).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './bff';

export const spaDir = path.join(repoRoot, 'build/web');
const sources = ['apps/web/src', 'apps/web/index.html', 'packages/contracts/src', 'vite.config.ts'];

function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((entry) => newestChange(path.join(file, entry))));
}

export function ensureSpaBuilt(): void {
  const index = path.join(spaDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map((s) => newestChange(path.join(repoRoot, s))))) return;
  console.error('[bench] building the console (vite build)');
  const result = spawnSync(path.join(repoRoot, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${String(result.status)})`);
}
