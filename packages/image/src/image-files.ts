// The image's files from this checkout: the BFF bundled and the SPA built when stale (the scripts npm start uses), then
// staged as the image's root filesystem. The builder and the Dockerfile's build stage both stage through here.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../../scripts/repo-root.mjs';
import { ensureSpaBuilt, spaBuildDir } from '../../../scripts/spa-build.mjs';
import { stageRootfs } from './stage-rootfs';

/** scripts/bundle-bff.mjs's output folder: its contract is a runnable build/bff/main.mjs. */
export const bffBuildDir = path.join(repoRoot, 'build/bff');

/** Bundles the BFF and builds the SPA when their sources changed (each is a no-op when fresh). */
export function ensureConsoleBuilt(progress: (line: string) => void): void {
  const bundled = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/bundle-bff.mjs')], {
    cwd: repoRoot,
    stdio: ['ignore', 2, 2],
  });
  if (bundled.status !== 0) throw new Error(`bundling the BFF failed (exit ${String(bundled.status)})`);
  ensureSpaBuilt(progress);
}

/** Builds what is stale, then writes the image's root filesystem under `into` with `node` as its Node; answers its files. */
export function stageImageFiles(into: string, node: string, progress: (line: string) => void): string[] {
  ensureConsoleBuilt(progress);
  return stageRootfs(into, { node, bffBuildDir, spaBuildDir });
}
