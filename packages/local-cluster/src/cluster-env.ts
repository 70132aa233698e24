// The env a person, a test or the BFF needs to use the running cluster, and its shell `export` form.
import { existsSync, readFileSync } from 'node:fs';
import { memberStatePaths, type StatePaths, statePaths } from './paths';

/** Written by the supervisor (mode 0600) once the cluster is ready. */
export function clusterEnv(paths: StatePaths = statePaths()): Record<string, string> {
  if (!existsSync(paths.envJson))
    throw new Error(`no running local cluster env in ${paths.envJson}: run \`npm run cluster -- up\``);
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  // Cluster 2 and up add their own names (BERTH_KUBECONTEXT_2, BERTH_SERVER_2, BERTH_KUBECONFIG_2) once ready.
  const env = read(paths.envJson);
  for (const member of memberStatePaths(paths))
    if (existsSync(member.envJson)) Object.assign(env, read(member.envJson));
  return env;
}

export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export function exportLines(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([name, value]) => `export ${name}=${shellQuote(value)}`)
    .join('\n');
}
