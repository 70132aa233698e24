// The env a person, a test or the BFF needs to use the running cluster, and its shell `export` form.
import { existsSync, readFileSync } from 'node:fs';
import { type StatePaths, statePaths } from './paths';

/** Written by the supervisor (mode 0600) once the cluster is ready. */
export function clusterEnv(paths: StatePaths = statePaths()): Record<string, string> {
  if (!existsSync(paths.envJson))
    throw new Error(`no running local cluster env in ${paths.envJson}: run \`npm run cluster -- up\``);
  return JSON.parse(readFileSync(paths.envJson, 'utf8')) as Record<string, string>;
}

export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export function exportLines(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([name, value]) => `export ${name}=${shellQuote(value)}`)
    .join('\n');
}
