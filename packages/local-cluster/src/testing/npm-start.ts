// How `npm start` runs the BFF, so tests and benchmarks start it with the same node flags as users.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/** `npm start`'s node arguments from the root package.json (the flags and the script, without `node`). */
export function npmStartArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [node, ...rest] = scripts.start.replace(/^exec /, '').split(/\s+/);
  if (node !== 'node') throw new Error(`npm start runs ${String(node)}, not node`);
  return rest;
}
