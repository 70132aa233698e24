import {
  ListWatch,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
  type ListPromise,
} from '@kubernetes/client-node';
import type { Logger } from 'pino';
import type { Kubernetes } from '../kube/clients';
import { statusCodeOf } from '../kube/kubernetes-errors';
import { itemsOf, type JsonOf } from '../kube/list-json';
import { ReflectorWatch } from './reflector-watch';

/** Who a watch runs as: informers are shared only between streams of the same identity. */
export interface WatchIdentity {
  key: string;
  kubernetes: Kubernetes;
}

export type WatchedKind = 'deployments' | 'replicasets' | 'pods' | 'events' | 'secrets';
export type ChangeType = 'added' | 'modified' | 'deleted';

export interface WatchListener {
  change: (type: ChangeType, object: KubernetesObject) => void;
  status: (state: 'connected' | 'reconnecting' | 'forbidden', message?: string) => void;
}

const firstRetryMs = 1_000;
const maxRetryMs = 30_000;
const healthyAfterMs = 5_000;

function watchPath(kind: WatchedKind, namespace: string): string {
  const group = kind === 'deployments' || kind === 'replicasets' ? '/apis/apps/v1' : '/api/v1';
  return `${group}/namespaces/${namespace}/${kind}`;
}

/** client-node's informer types what it holds as its model classes; it holds the API server's JSON, as its watch delivers. */
function asListed(list: Promise<JsonOf<KubernetesListObject<KubernetesObject>>>) {
  return list as Promise<unknown> as Promise<KubernetesListObject<KubernetesObject>>;
}

function listFunction(kubernetes: Kubernetes, kind: WatchedKind, namespace: string): ListPromise<KubernetesObject> {
  switch (kind) {
    case 'deployments':
      return () => asListed(kubernetes.apps.listNamespacedDeployment({ namespace }));
    case 'replicasets':
      return () => asListed(kubernetes.apps.listNamespacedReplicaSet({ namespace }));
    case 'pods':
      return () => asListed(kubernetes.core.listNamespacedPod({ namespace }));
    case 'events':
      return () => asListed(kubernetes.core.listNamespacedEvent({ namespace }));
    case 'secrets':
      return () => asListed(kubernetes.core.listNamespacedSecret({ namespace }));
  }
}

/**
 * One informer per kind and namespace, shared by every stream that wants it.
 * client-node 2.0.1's ListWatch resumes by itself when the API server ends a watch (at the `timeoutSeconds` the
 * ReflectorWatch asks for) and relists after 410 Gone, but after any other error it stops for good: we restart it
 * with exponential back-off from its last resourceVersion.
 */
class SharedInformer {
  readonly listeners = new Set<WatchListener>();
  private readonly informer: ListWatch<KubernetesObject>;
  private retryMs = firstRetryMs;
  private retryTimer: NodeJS.Timeout | undefined;
  private healthyTimer: NodeJS.Timeout | undefined;
  private recovering = false;
  private forbidden = false;
  private stopped = false;

  constructor(kubeConfig: KubeConfig, kubernetes: Kubernetes, kind: WatchedKind, namespace: string, logger: Logger) {
    const path = watchPath(kind, namespace);
    const list = listFunction(kubernetes, kind, namespace);
    const listed: ListPromise<KubernetesObject> = async () => {
      // A list happens at the start and after 410 Gone only; a healthy watch resumes from its resourceVersion instead.
      logger.debug({ watch: path }, 'listing');
      const answer = await list();
      return { ...answer, items: itemsOf(answer) };
    };
    this.informer = new ListWatch(path, new ReflectorWatch(kubeConfig, logger), listed, false);
    this.informer.on('add', (o) => this.emit('added', o));
    this.informer.on('update', (o) => this.emit('modified', o));
    this.informer.on('delete', (o) => this.emit('deleted', o));
    this.informer.on('error', (error: unknown) => {
      clearTimeout(this.healthyTimer);
      if (this.stopped) return;
      const code = statusCodeOf(error);
      // RBAC refused: say so rather than "reconnecting", and ask again only now and then, in case a role is granted.
      this.forbidden = code === 401 || code === 403;
      const waitMs = this.forbidden ? maxRetryMs : this.retryMs;
      logger.warn({ watch: path, code, retryMs: waitMs }, 'watch failed; retrying');
      if (this.forbidden) this.tell('forbidden', `You cannot watch ${kind} in namespace ${namespace}`);
      else this.tell('reconnecting', `Watching ${kind} failed; retrying in ${Math.round(waitMs / 1000)} s`);
      this.recovering = true;
      this.retryTimer = setTimeout(() => void this.start(), waitMs);
      if (!this.forbidden) this.retryMs = Math.min(this.retryMs * 2, maxRetryMs);
    });
  }

  /** The last trouble told, for streams that join while it lasts. */
  trouble: { state: 'reconnecting' | 'forbidden'; message: string } | undefined;

  private tell(state: 'connected' | 'reconnecting' | 'forbidden', message?: string): void {
    this.trouble = state === 'connected' || message === undefined ? undefined : { state, message };
    for (const l of this.listeners) l.status(state, message);
  }

  private emit(type: ChangeType, object: KubernetesObject): void {
    for (const l of this.listeners) l.change(type, object);
  }

  async start(): Promise<void> {
    this.retryTimer = undefined;
    // client-node's 'connect' fires before the list, so it proves nothing; a watch that survives a while is healthy.
    this.healthyTimer = setTimeout(() => {
      if (this.retryMs === firstRetryMs && !this.recovering) return;
      this.retryMs = firstRetryMs;
      this.recovering = false;
      this.forbidden = false;
      this.tell('connected');
    }, healthyAfterMs);
    // start() throws only when the informer cannot even build its request; the error handler covers the rest.
    await this.informer.start().catch(() => undefined);
  }

  /** Skips the rest of a back-off wait: called once the API server is known to answer again. */
  retryNow(): void {
    // A watch RBAC refused stays refused however reachable the API server is.
    if (this.retryTimer === undefined || this.stopped || this.forbidden) return;
    clearTimeout(this.retryTimer);
    void this.start();
  }

  list(): readonly KubernetesObject[] {
    return this.informer.list();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.healthyTimer);
    await this.informer.stop();
  }
}

const informerKey = (identity: WatchIdentity, kind: WatchedKind, namespace: string) =>
  JSON.stringify([identity.key, kind, namespace]);

export class InformerHub {
  private readonly informers = new Map<string, SharedInformer>();

  constructor(private readonly logger: Logger) {}

  /** Listen to changes of a kind in a namespace; the first listener starts the watch, the last one stops it. */
  subscribe(identity: WatchIdentity, kind: WatchedKind, namespace: string, listener: WatchListener): () => void {
    const key = informerKey(identity, kind, namespace);
    let shared = this.informers.get(key);
    if (shared === undefined) {
      shared = new SharedInformer(identity.kubernetes.kubeConfig, identity.kubernetes, kind, namespace, this.logger);
      this.informers.set(key, shared);
      void shared.start();
    } else {
      // A late joiner gets what the informer already holds.
      for (const object of shared.list()) listener.change('added', object);
      if (shared.trouble !== undefined) listener.status(shared.trouble.state, shared.trouble.message);
    }
    shared.listeners.add(listener);
    const joined = shared;
    return () => {
      joined.listeners.delete(listener);
      if (joined.listeners.size === 0 && this.informers.get(key) === joined) {
        this.informers.delete(key);
        void joined.stop();
      }
    };
  }

  /** The objects an informer currently holds (empty when nobody watches that kind). */
  list(identity: WatchIdentity, kind: WatchedKind, namespace: string): readonly KubernetesObject[] {
    return this.informers.get(informerKey(identity, kind, namespace))?.list() ?? [];
  }

  /** The API server answered again: watches waiting out a back-off (up to 30 s) resume now, not at their next try. */
  retryWaitingWatches(): void {
    for (const informer of this.informers.values()) informer.retryNow();
  }

  /** How many upstream watches are open: one per identity, kind and namespace, however many streams share them. */
  get watchCount(): number {
    return this.informers.size;
  }

  async close(): Promise<void> {
    await Promise.all([...this.informers.values()].map((i) => i.stop()));
    this.informers.clear();
  }
}
