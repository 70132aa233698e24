// One kubeconfig context as a KubeConfig of its own: each cluster's clients see only their context as current, so no
// call made for one cluster can pick up another's server or user.
import type { KubeConfig } from '@kubernetes/client-node';
import { SharedConnectionsKubeConfig } from '../kube/shared-connections';

/** The merged kubeconfig with `context` as its current context (client-node resolves cluster and user from it). */
export function contextKubeConfig(merged: KubeConfig, context: string): SharedConnectionsKubeConfig {
  const kubeConfig = new SharedConnectionsKubeConfig();
  const entry = merged.getContextObject(context);
  if (entry === null) throw new Error(`Context ${context} is not in the kubeconfig`);
  // Only this context's own cluster and user are copied: nothing of the other contexts rides along.
  kubeConfig.loadFromOptions({
    clusters: merged.getClusters().filter((c) => c.name === entry.cluster),
    users: merged.getUsers().filter((u) => u.name === entry.user),
    contexts: [entry],
    currentContext: context,
  });
  return kubeConfig;
}

/**
 * What a context is bound to (its entry, its cluster's and its user's): a changed fingerprint after the file changes means
 * a different cluster or identity under the same name, whose clients, watches and caches must be rebuilt.
 * It holds credentials, so it stays in memory and is never logged.
 */
export function contextFingerprint(merged: KubeConfig, context: string): string {
  const entry = merged.getContextObject(context);
  const cluster = merged.getClusters().find((c) => c.name === entry?.cluster);
  const user = merged.getUsers().find((u) => u.name === entry?.user);
  return JSON.stringify([entry, cluster, user]);
}

/** The server, user and namespace a context names, from the kubeconfig alone. */
export function contextFacts(kubeConfig: KubeConfig): { server: string; user: string; namespace?: string } {
  const entry = kubeConfig.getContextObject(kubeConfig.getCurrentContext());
  const server = kubeConfig.getCurrentCluster()?.server ?? '';
  return { server, user: entry?.user ?? '', ...(entry?.namespace ? { namespace: entry.namespace } : {}) };
}
