// KUBECONFIG as kubectl reads it (client-go's clientcmd loader): every listed file counts, the first file to name a
// cluster, user or context (or to set current-context) wins, and relative paths are resolved against the file naming them.
import path from 'node:path';
import { z } from 'zod';

const fields = z.record(z.string(), z.unknown());
const cluster = z.looseObject({ name: z.string().min(1), cluster: z.looseObject({ server: z.string().min(1) }) });
const user = z.looseObject({ name: z.string().min(1), user: fields.nullish() });
const context = z.looseObject({ name: z.string().min(1), context: z.looseObject({ cluster: z.string().min(1) }) });

/** The parts of one kubeconfig file Berth reads; errors name the field (`clusters.0.cluster.server`). */
export const kubeconfigFile = z.looseObject({
  clusters: z.array(cluster).nullish(),
  users: z.array(user).nullish(),
  contexts: z.array(context).nullish(),
  'current-context': z.string().nullish(),
});

export type KubeconfigFile = z.infer<typeof kubeconfigFile>;

/** One merged kubeconfig in kubeconfig's own YAML shape, every file path in it absolute. */
export interface MergedKubeconfig {
  clusters: z.infer<typeof cluster>[];
  users: z.infer<typeof user>[];
  contexts: z.infer<typeof context>[];
  'current-context': string | undefined;
}

function absolute(base: string, value: unknown): unknown {
  return typeof value === 'string' && value !== '' && !path.isAbsolute(value) ? path.resolve(base, value) : value;
}

function withAbsolutePaths<T extends Record<string, unknown>>(base: string, object: T, keys: readonly string[]): T {
  const copy: Record<string, unknown> = { ...object };
  for (const key of keys) if (key in copy) copy[key] = absolute(base, copy[key]);
  return copy as T;
}

/** client-go's GetAuthInfoFileReferences: client certificate and key, token file, and an exec command given as a path. */
function resolveUserPaths(base: string, entry: z.infer<typeof user>): z.infer<typeof user> {
  if (entry.user === null || entry.user === undefined) return entry;
  const resolved = withAbsolutePaths(base, entry.user, ['client-certificate', 'client-key', 'tokenFile', 'token-file']);
  const exec = resolved.exec as { command?: unknown } | null | undefined;
  // Only a command with a slash is a path; a bare name (`aws`) is looked up in PATH, as kubectl does.
  if (typeof exec === 'object' && exec !== null && typeof exec.command === 'string' && exec.command.includes('/')) {
    resolved.exec = { ...exec, command: absolute(base, exec.command) };
  }
  return { ...entry, user: resolved };
}

function addNew<T extends { name: string }>(
  into: T[],
  items: readonly T[] | null | undefined,
  resolve: (item: T) => T,
): void {
  // A name an earlier file already set keeps that file's whole entry: no field-by-field mixing.
  for (const item of items ?? []) if (!into.some((seen) => seen.name === item.name)) into.push(resolve(item));
}

/** Merge parsed files in KUBECONFIG order; `file` is where each came from, for its relative paths. */
export function mergeKubeconfigs(files: readonly { file: string; content: KubeconfigFile }[]): MergedKubeconfig {
  const merged: MergedKubeconfig = { clusters: [], users: [], contexts: [], 'current-context': undefined };
  for (const { file, content } of files) {
    const base = path.dirname(path.resolve(file));
    addNew(merged.clusters, content.clusters, (item) => ({
      ...item,
      cluster: withAbsolutePaths(base, item.cluster, ['certificate-authority']),
    }));
    addNew(merged.users, content.users, (item) => resolveUserPaths(base, item));
    addNew(merged.contexts, content.contexts, (item) => item);
    const current = content['current-context'];
    if (merged['current-context'] === undefined && typeof current === 'string' && current !== '')
      merged['current-context'] = current;
  }
  return merged;
}
