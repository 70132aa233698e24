// Every context of the kubeconfig as a cluster Berth can serve. A cluster's clients, informer hub and lister are built
// the first time a request names it, so a kubeconfig of 20 contexts costs nothing until one is visited, and each
// cluster's state is its own: nothing (connections aside, which are keyed by server and TLS material) crosses clusters.
import { KubeConfig } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { connectKubernetes, type Kubernetes } from '../kube/clients';
import { InformerHub } from '../watch/informer-hub';
import { Lister } from '../watch/lister';
import { contextFingerprint, contextKubeConfig } from './context-kubeconfig';

/** One cluster's state, for one context: the kubeconfig's identity, its clients, watches and list cache. */
export interface Cluster {
  /** The context name. */
  readonly name: string;
  readonly isDefault: boolean;
  readonly kubeConfig: KubeConfig;
  readonly kubernetes: Kubernetes;
  readonly hub: InformerHub;
  readonly lister: Lister;
}

interface Entry {
  fingerprint: string;
  kubeConfig: KubeConfig;
  built?: Cluster;
}

export interface ClusterSetOptions {
  logger: Logger;
  /** The default cluster's informer hub, when the caller owns it (main.ts closes it on shutdown). */
  defaultHub?: InformerHub;
  /** In a pod: the pod's own service account as the `in-cluster` context, beside the kubeconfig's (which win a clash). */
  inCluster?: KubeConfig;
}

/** `ours`, then those of `theirs` whose name `ours` does not already use. */
function unionByName<T extends { name: string }>(ours: T[], theirs: T[]): T[] {
  const taken = new Set(ours.map((entry) => entry.name));
  return [...ours, ...theirs.filter((entry) => !taken.has(entry.name))];
}

/** The kubeconfig's contexts plus the in-cluster one, as one KubeConfig the set reads contexts from. */
function withInCluster(kubeConfig: KubeConfig, inCluster: KubeConfig | undefined): KubeConfig {
  if (inCluster === undefined) return kubeConfig;
  const merged = new KubeConfig();
  // The kubeconfig's own names win a clash.
  merged.loadFromOptions({
    clusters: unionByName(kubeConfig.getClusters(), inCluster.getClusters()),
    users: unionByName(kubeConfig.getUsers(), inCluster.getUsers()),
    contexts: unionByName(kubeConfig.getContexts(), inCluster.getContexts()),
    currentContext: kubeConfig.getCurrentContext(),
  });
  return merged;
}

/** What a re-read kubeconfig changed. */
export interface ClusterChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

export class ClusterSet {
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Set<(changes: ClusterChanges) => void>();
  /** The context `/api/...` serves: the current context at start, or `--context`; kept across re-reads. */
  readonly defaultName: string;

  constructor(
    kubeConfig: KubeConfig,
    private readonly options: ClusterSetOptions,
  ) {
    this.defaultName = kubeConfig.getCurrentContext();
    const merged = withInCluster(kubeConfig, options.inCluster);
    for (const { name } of merged.getContexts()) this.#entries.set(name, this.#entry(merged, name));
  }

  #entry(merged: KubeConfig, name: string): Entry {
    return { fingerprint: contextFingerprint(merged, name), kubeConfig: contextKubeConfig(merged, name) };
  }

  /** Context names, the default first, then as the kubeconfig lists them. */
  names(): string[] {
    const rest = [...this.#entries.keys()].filter((name) => name !== this.defaultName);
    return this.#entries.has(this.defaultName) ? [this.defaultName, ...rest] : rest;
  }

  /** The context's own kubeconfig, without building anything (the cluster list reads it). */
  kubeConfigOf(name: string): KubeConfig | undefined {
    return this.#entries.get(name)?.kubeConfig;
  }

  /** The cluster of this context, built now if this is its first use; undefined when the kubeconfig has no such context. */
  get(name: string): Cluster | undefined {
    const entry = this.#entries.get(name);
    if (entry === undefined) return undefined;
    entry.built ??= this.#build(name, entry.kubeConfig);
    return entry.built;
  }

  /** The cluster of this context if a request has used it already; never builds one. */
  built(name: string): Cluster | undefined {
    return this.#entries.get(name)?.built;
  }

  get default(): Cluster {
    const cluster = this.get(this.defaultName);
    if (cluster === undefined) throw new Error(`The default context ${this.defaultName} is not in the kubeconfig`);
    return cluster;
  }

  #build(name: string, kubeConfig: KubeConfig): Cluster {
    const isDefault = name === this.defaultName;
    const hub =
      (isDefault ? this.options.defaultHub : undefined) ??
      new InformerHub(this.options.logger.child({ cluster: name }));
    this.options.logger.debug({ cluster: name }, 'cluster first used: clients and informers built');
    // Lists come from this cluster's own stream watches of the same identity, never another cluster's.
    return { name, isDefault, kubeConfig, kubernetes: connectKubernetes(kubeConfig), hub, lister: new Lister(hub) };
  }

  /** Called with what changed each time `update` changes something (routers built for a cluster drop theirs). */
  onChange(listener: (changes: ClusterChanges) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The kubeconfig as re-read from disk: new contexts appear; a removed context, or one now bound to another cluster or
   * user, has its watches stopped and its caches dropped. The default context keeps serving `/api/...` even if removed.
   */
  update(reread: KubeConfig): ClusterChanges {
    const kubeConfig = withInCluster(reread, this.options.inCluster);
    const changes: ClusterChanges = { added: [], removed: [], changed: [] };
    const now = new Set(kubeConfig.getContexts().map((c) => c.name));
    for (const [name, entry] of this.#entries) {
      if (now.has(name) || name === this.defaultName) continue;
      this.#entries.delete(name);
      changes.removed.push(name);
      void entry.built?.hub.close();
    }
    for (const name of now) {
      const old = this.#entries.get(name);
      const fingerprint = contextFingerprint(kubeConfig, name);
      if (old?.fingerprint === fingerprint) continue;
      // The default's state is held by `/api/...` for the process's life: a changed default is picked up at restart.
      if (old !== undefined && name === this.defaultName) continue;
      this.#entries.set(name, this.#entry(kubeConfig, name));
      (old === undefined ? changes.added : changes.changed).push(name);
      void old?.built?.hub.close();
    }
    if (changes.added.length + changes.removed.length + changes.changed.length > 0)
      for (const listener of this.#listeners) listener(changes);
    return changes;
  }

  /** Stops every cluster's watches. */
  async close(): Promise<void> {
    await Promise.all([...this.#entries.values()].flatMap((entry) => (entry.built ? [entry.built.hub.close()] : [])));
  }
}
