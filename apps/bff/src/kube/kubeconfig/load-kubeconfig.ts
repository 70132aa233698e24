import { readFileSync } from 'node:fs';
import type { KubeConfig } from '@kubernetes/client-node';
import { YAMLParseError, parse } from 'yaml';
import { ZodError } from 'zod';
import { execExtensionName } from './exec-info';
import { kubeconfigFile, mergeKubeconfigs, type KubeconfigFile, type MergedKubeconfig } from './merge-files';
import { SharedConnectionsKubeConfig } from '../shared-connections';

/** Thrown when the kubeconfig cannot name a cluster to talk to. */
export class KubeConfigError extends Error {
  override readonly name = 'KubeConfigError';
}

function messageOf(error: unknown): string {
  if (error instanceof ZodError)
    return error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
  // Its message quotes the offending line, which may hold a token: the position is enough.
  if (error instanceof YAMLParseError) return error.message.split(':\n')[0] ?? 'not valid YAML';
  return error instanceof Error ? error.message : String(error);
}

/** Each file parsed; like kubectl, files of a KUBECONFIG list that do not exist are skipped, unless none does. */
function readFiles(files: readonly string[]): { file: string; content: KubeconfigFile }[] {
  const read: { file: string; content: KubeconfigFile }[] = [];
  const missing: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && files.length > 1) {
        missing.push(file);
        continue;
      }
      throw new KubeConfigError(`Cannot read kubeconfig ${file}: ${messageOf(error)}`);
    }
    try {
      read.push({ file, content: kubeconfigFile.parse(parse(text) ?? {}) });
    } catch (error) {
      throw new KubeConfigError(`Cannot read kubeconfig ${file}: ${messageOf(error)}`);
    }
  }
  if (read.length === 0) throw new KubeConfigError(`Cannot read kubeconfig: none of ${missing.join(', ')} exists`);
  return read;
}

/**
 * client-node's shape of the merged file: `tokenFile` becomes client-node's own `tokenFile` auth provider (its in-cluster
 * form), so client-node never reads it once at load; the cluster's exec extension rides along for KUBERNETES_EXEC_INFO.
 */
function clientNodeShape(merged: MergedKubeconfig): MergedKubeconfig {
  const users = merged.users.map((entry) => {
    if (entry.user === null || entry.user === undefined) return entry;
    const { tokenFile, 'token-file': legacyTokenFile, ...user } = entry.user;
    const file = tokenFile ?? legacyTokenFile;
    if (typeof file !== 'string' || file === '' || user['auth-provider'] !== undefined) return { ...entry, user };
    return { ...entry, user: { ...user, 'auth-provider': { name: 'tokenFile', config: { tokenFile: file } } } };
  });
  return { ...merged, users };
}

function execExtensions(merged: MergedKubeconfig): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const { name, cluster } of merged.clusters) {
    const extensions = Array.isArray(cluster.extensions)
      ? (cluster.extensions as { name?: unknown; extension?: unknown }[])
      : [];
    const extension = extensions.find((e) => e.name === execExtensionName)?.extension;
    if (extension !== undefined) found.set(name, extension);
  }
  return found;
}

/**
 * Every context of these files merged as kubectl merges a KUBECONFIG list, with no current context required (the
 * cluster set re-reads the files with this when they change).
 */
export function readKubeConfigFiles(list: readonly string[]): KubeConfig {
  const named = list.join(':');
  const merged = mergeKubeconfigs(readFiles(list));
  const kubeConfig = new SharedConnectionsKubeConfig();
  try {
    kubeConfig.loadFromString(JSON.stringify(clientNodeShape(merged)));
  } catch (error) {
    throw new KubeConfigError(`Cannot read kubeconfig ${named}: ${messageOf(error)}`);
  }
  const extensions = execExtensions(merged);
  if (extensions.size > 0) {
    const clusters = kubeConfig
      .getClusters()
      .map((cluster) => ({ ...cluster, execConfig: extensions.get(cluster.name) }));
    kubeConfig.loadFromOptions({
      clusters,
      users: kubeConfig.getUsers(),
      contexts: kubeConfig.getContexts(),
      currentContext: kubeConfig.getCurrentContext(),
    });
  }
  return kubeConfig;
}

/**
 * Load these kubeconfig files merged as kubectl merges a KUBECONFIG list (one file: exactly that file); unlike
 * `loadFromDefault()` never fall back to localhost:8080.
 */
export function loadKubeConfig(files: string | readonly string[], context?: string): KubeConfig {
  const list = typeof files === 'string' ? [files] : files;
  const named = list.join(':');
  const kubeConfig = readKubeConfigFiles(list);
  if (context !== undefined) {
    if (kubeConfig.getContextObject(context) === null)
      throw new KubeConfigError(`Context ${context} is not in ${named}`);
    kubeConfig.setCurrentContext(context);
  }
  if (kubeConfig.getCurrentContext() === '' || kubeConfig.getContextObject(kubeConfig.getCurrentContext()) === null) {
    throw new KubeConfigError(`${named} has no current context; pass --context`);
  }
  if (kubeConfig.getCurrentCluster() === null) {
    throw new KubeConfigError(`Context ${kubeConfig.getCurrentContext()} in ${named} names no cluster`);
  }
  return kubeConfig;
}
