// `npm start` builds the SPA when its build is missing or older than its sources, so a fresh clone just works.
// The check and the build live in scripts/spa-build.mjs, which the benchmarks use too. The image has no sources: it
// ships the built SPA and names it with BERTH_SPA_DIR, which is served as it is and never built.
import { ensureSpaBuilt as buildWhenStale, spaBuildDir as repositorySpaDir } from '../../../../scripts/spa-build.mjs';

export { isSpaBuildStale, viteCli } from '../../../../scripts/spa-build.mjs';

/** The prebuilt SPA an image names with BERTH_SPA_DIR, if any. */
export function shippedSpaDir(env: NodeJS.ProcessEnv): string | undefined {
  const dir = env.BERTH_SPA_DIR?.trim();
  return dir === undefined || dir === '' ? undefined : dir;
}

const shipped = shippedSpaDir(process.env);

/** Where the SPA is served from: the image's shipped build, else build/web at the repository root. */
export const spaBuildDir = shipped ?? repositorySpaDir;

/** Builds the SPA when its build is stale; a shipped SPA has no sources to build from, so it is left alone. */
export function ensureSpaBuilt(progress: (line: string) => void): void {
  if (shipped === undefined) buildWhenStale(progress);
}
