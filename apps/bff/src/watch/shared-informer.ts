// One upstream watch of a kind in a namespace, held with one member's credentials and handed over between members.
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
import { kubeRequestJson } from '../kube/kube-request';
import { itemsOf, type JsonOf } from '../kube/list-json';
import { groupVersionPath } from '../kube/namespaced-resources';
import type { ChangeType, InformerStore, WatchedKind, WatchIdentity, WatchListener } from './informer-hub';
import { ReflectorWatch } from './reflector-watch';
import { groupVersionOf } from './watched-resources';

export const forbiddenMessage = (kind: WatchedKind, namespace: string) =>
  `You cannot watch ${kind} in namespace ${namespace}`;

const firstRetryMs = 1_000;
const maxRetryMs = 30_000;
const healthyAfterMs = 5_000;

function watchPath(kind: WatchedKind, namespace: string, groupVersion: string): string {
  return `${groupVersionPath(groupVersion)}/namespaces/${namespace}/${kind}`;
}

/** client-node's informer types what it holds as its model classes; it holds the API server's JSON, as its watch delivers. */
function asListed(list: Promise<JsonOf<KubernetesListObject<KubernetesObject>>>) {
  return list as Promise<unknown> as Promise<KubernetesListObject<KubernetesObject>>;
}

function listFunction(
  kubernetes: Kubernetes,
  kind: WatchedKind,
  namespace: string,
  path: string,
): ListPromise<KubernetesObject> {
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
    case 'services':
      return () => asListed(kubernetes.core.listNamespacedService({ namespace }));
    default:
      return () =>
        asListed(
          kubeRequestJson<JsonOf<KubernetesListObject<KubernetesObject>>>(kubernetes.kubeConfig, {
            method: 'GET',
            path,
          }),
        );
  }
}

/** The watch's credentials change hands: ListWatch resumes after a TimeoutError from its resourceVersion, without relisting. */
const handOverReason = () => new DOMException('the watch changes hands', 'TimeoutError');

/** A ReflectorWatch whose next request goes with the credentials of whoever holds it now. */
class HolderWatch extends ReflectorWatch {
  private current: AbortController | undefined;

  useCredentials(kubeConfig: KubeConfig): void {
    this.config = kubeConfig;
    this.current?.abort(handOverReason());
  }

  override async watch(...args: Parameters<ReflectorWatch['watch']>): Promise<AbortController> {
    const used = this.config;
    const controller = await super.watch(...args);
    this.current = controller;
    // Handed over while this request was connecting: end it, so it does not run on as the previous holder.
    if (this.config !== used) controller.abort(handOverReason());
    return controller;
  }
}

/** One identity's streams on a watch: they get changes only while `confirmed`. */
export interface Member {
  identity: WatchIdentity;
  listeners: Set<WatchListener>;
  state: 'confirmed' | 'pending' | 'denied';
}

/**
 * One informer per kind and namespace, held with one member's credentials and shared by every member whose access the
 * API server confirmed. client-node 2.0.1's ListWatch resumes by itself when the API server ends a watch (at the
 * `timeoutSeconds` the ReflectorWatch asks for) and relists after 410 Gone, but after any other error it stops for
 * good: we restart it with exponential back-off from its last resourceVersion.
 */
export class SharedInformer implements InformerStore {
  readonly members = new Map<string, Member>();
  /** The group version it watches (`apps/v1`, `batch/v1beta1`). */
  readonly groupVersion: string;
  private readonly changeWaiters = new Set<() => void>();
  private readonly informer: ListWatch<KubernetesObject>;
  private readonly watch: HolderWatch;
  private retryMs = firstRetryMs;
  private retryTimer: NodeJS.Timeout | undefined;
  private healthyTimer: NodeJS.Timeout | undefined;
  private recovering = false;
  private forbidden = false;
  private stopped = false;
  /** No confirmed member is left to hold it: stopped until one is. */
  suspended = false;
  recheckTimer: NodeJS.Timeout | undefined;

  constructor(
    public holder: WatchIdentity,
    readonly kind: WatchedKind,
    readonly namespace: string,
    logger: Logger,
    discoveredGroupVersion: string | undefined,
    onForbidden: () => void,
  ) {
    this.groupVersion = groupVersionOf(kind, discoveredGroupVersion);
    const path = watchPath(kind, namespace, this.groupVersion);
    const listed: ListPromise<KubernetesObject> = async () => {
      // A list happens at the start and after 410 Gone only; a healthy watch resumes from its resourceVersion instead.
      logger.debug({ watch: path }, 'listing');
      const answer = await listFunction(this.holder.kubernetes, kind, namespace, path)();
      return { ...answer, items: itemsOf(answer) };
    };
    this.watch = new HolderWatch(holder.kubernetes.kubeConfig, logger);
    this.informer = new ListWatch(path, this.watch, listed, false);
    this.informer.on('add', (o) => this.emit('added', o));
    this.informer.on('update', (o) => this.emit('modified', o));
    this.informer.on('delete', (o) => this.emit('deleted', o));
    this.informer.on('error', (error: unknown) => {
      clearTimeout(this.healthyTimer);
      if (this.stopped || this.suspended) return;
      if (error instanceof DOMException && error.message === handOverReason().message) {
        void this.start();
        return;
      }
      const code = statusCodeOf(error);
      // RBAC refused: say so rather than "reconnecting", and ask again only now and then, in case a role is granted.
      this.forbidden = code === 401 || code === 403;
      const waitMs = this.forbidden ? maxRetryMs : this.retryMs;
      logger.warn({ watch: path, code, retryMs: waitMs }, 'watch failed; retrying');
      if (this.forbidden) this.tell('forbidden', forbiddenMessage(kind, namespace));
      else this.tell('reconnecting', `Watching ${kind} failed; retrying in ${Math.round(waitMs / 1000)} s`);
      // The holder may have lost its access: ask every member again, and hand the watch to one that has it.
      if (this.forbidden) onForbidden();
      this.recovering = true;
      this.retryTimer = setTimeout(() => void this.start(), waitMs);
      if (!this.forbidden) this.retryMs = Math.min(this.retryMs * 2, maxRetryMs);
    });
  }

  /** The last trouble told, for streams that join while it lasts. */
  trouble: { state: 'reconnecting' | 'forbidden'; message: string } | undefined;

  private tell(state: 'connected' | 'reconnecting' | 'forbidden', message?: string): void {
    this.trouble = state === 'connected' || message === undefined ? undefined : { state, message };
    for (const l of this.confirmedListeners()) l.status(state, message);
  }

  private emit(type: ChangeType, object: KubernetesObject): void {
    for (const l of this.confirmedListeners()) l.change(type, object);
    for (const wake of this.changeWaiters) wake();
    this.changeWaiters.clear();
  }

  get synced(): boolean {
    // After a failure the watch may have missed changes until it resumes (`recovering` ends once it is healthy again).
    return !this.stopped && !this.suspended && !this.recovering && this.informer.latestResourceVersion() !== '';
  }

  get resourceVersion(): string {
    return this.informer.latestResourceVersion();
  }

  get(name: string): KubernetesObject | undefined {
    return this.informer.get(name, this.namespace);
  }

  nextChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(wake, ms);
      const changeWaiters = this.changeWaiters;
      function wake(): void {
        clearTimeout(timer);
        changeWaiters.delete(wake);
        resolve();
      }
      changeWaiters.add(wake);
    });
  }

  private *confirmedListeners(): Generator<WatchListener> {
    for (const member of this.members.values()) if (member.state === 'confirmed') yield* member.listeners;
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

  /** The next watch request goes as `holder`; a running watch resumes at once as it, from its resourceVersion. */
  handOver(holder: WatchIdentity): void {
    this.holder = holder;
    this.watch.useCredentials(holder.kubernetes.kubeConfig);
    if (this.suspended) {
      this.suspended = false;
      void this.start();
    }
  }

  /** Nobody confirmed is left to hold the watch: stop it until a member is confirmed again. */
  async suspend(): Promise<void> {
    this.suspended = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.healthyTimer);
    await this.informer.stop();
  }

  /** Skips the rest of a back-off wait: called once the API server is known to answer again. */
  retryNow(): void {
    // A watch RBAC refused stays refused however reachable the API server is.
    if (this.retryTimer === undefined || this.stopped || this.suspended || this.forbidden) return;
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
    clearInterval(this.recheckTimer);
    await this.informer.stop();
  }
}
