// "Is this build older than its sources?": the one answer the SPA build, the BFF bundle and the benchmarks go by.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root.mjs';

/** The newest modification time of `file`, or of anything under it when it is a directory; 0 when it is absent. */
function newestChange(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Joined as text: path.join's normalising, a few hundred times as the BFF starts, woke V8's optimising compiler.
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((entry) => newestChange(`${file}${path.sep}${entry}`)));
}

/** True when `output` is missing or older than any of `sources` (files or directories, relative to the repository). */
export function isBuildStale(output, sources) {
  if (!existsSync(output)) return true;
  return statSync(output).mtimeMs < Math.max(...sources.map((source) => newestChange(path.join(repoRoot, source))));
}
