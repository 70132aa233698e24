import type { KubernetesObject } from '@kubernetes/client-node';
import type { StreamWatch } from '@berth/contracts';
import type { Logger } from 'pino';
import type { Kubernetes } from '../kube/clients';
import { forbiddenMessage, type Member, SharedInformer } from './shared-informer';
import { type AccessReview, limitReviews, selfAccessReview } from './watch-access';

/** Who a watch runs as, or who shares one: an identity joins a shared watch only once the API server confirms its access. */
export interface WatchIdentity {
  key: string;
  kubernetes: Kubernetes;
}

/** The kinds a namespace's stream watches, named in the contract (`streamWatches`). */
export type WatchedKind = StreamWatch;
export type ChangeType = 'added' | 'modified' | 'deleted';

/** What a lister reads of one informer: its objects, the resourceVersion they reflect, and whether they can be trusted. */
export interface InformerStore {
  /** Listed, and its watch not failing: the objects are the namespace's as of `resourceVersion`. */
  readonly synced: boolean;
  /** The resourceVersion of the last list, event or bookmark seen; '' before the first list. */
  readonly resourceVersion: string;
  list(): readonly KubernetesObject[];
  get(name: string): KubernetesObject | undefined;
  /** Resolves at the next change the informer applies, or after `ms`, whichever comes first. */
  nextChange(ms: number): Promise<void>;
}

export interface WatchListener {
  change: (type: ChangeType, object: KubernetesObject) => void;
  status: (state: 'connected' | 'reconnecting' | 'forbidden', message?: string) => void;
}

export interface InformerHubOptions {
  /** How often every member's access is asked again: a revoked RoleBinding stops delivery within this time. */
  accessRecheckMs?: number;
  review?: AccessReview;
}

export const defaultAccessRecheckMs = 30_000;
/** Reviews in flight at once, for the whole hub: of members joining, and of members asked again. */
const admissionsInFlight = 8;
const rechecksInFlight = 4;

const sharedKey = (kind: WatchedKind, namespace: string) => JSON.stringify(['shared', kind, namespace]);
const privateKey = (identity: WatchIdentity, kind: WatchedKind, namespace: string) =>
  JSON.stringify([identity.key, kind, namespace]);

/**
 * One upstream watch per kind and namespace for every identity the API server allows to list and watch it there
 * (SelfSubjectAccessReview with the identity's own credentials, asked again every `accessRecheckMs`), held with a
 * member's own credentials and handed to another member when it leaves or loses access. An identity whose access
 * cannot be asked keeps a watch of its own, as before sharing.
 */
export class InformerHub {
  private readonly informers = new Map<string, SharedInformer>();
  private readonly recheckMs: number;
  private readonly admissionReview: AccessReview;
  private readonly recheckReview: AccessReview;

  constructor(
    private readonly logger: Logger,
    options: InformerHubOptions = {},
  ) {
    this.recheckMs = options.accessRecheckMs ?? defaultAccessRecheckMs;
    const review = options.review ?? selfAccessReview;
    // Separate queues: a user opening a namespace never waits behind the periodic re-checks of everyone else.
    this.admissionReview = limitReviews(review, admissionsInFlight);
    this.recheckReview = limitReviews(review, rechecksInFlight);
  }

  /**
   * Listen to changes of a kind in a namespace; the first listener starts the watch, the last one stops it.
   * `groupVersion`: the one the cluster serves the kind as, where it varies (CronJobs: kube/cronjob-version.ts).
   */
  subscribe(
    identity: WatchIdentity,
    kind: WatchedKind,
    namespace: string,
    listener: WatchListener,
    groupVersion?: string,
  ): () => void {
    const own = this.informers.get(privateKey(identity, kind, namespace));
    const informer = own ?? this.informers.get(sharedKey(kind, namespace));
    if (informer === undefined) {
      this.open(identity, kind, namespace, true, groupVersion, listener);
    } else {
      const member = informer.members.get(identity.key);
      if (member === undefined) {
        const joining: Member = { identity, listeners: new Set([listener]), state: 'pending' };
        informer.members.set(identity.key, joining);
        void this.admit(informer, joining);
      } else {
        member.listeners.add(listener);
        if (member.state === 'confirmed') this.catchUp(informer, listener);
        else if (member.state === 'denied') listener.status('forbidden', forbiddenMessage(kind, namespace));
      }
    }
    return () => this.leave(identity, kind, namespace, listener);
  }

  /** A new informer held by `identity`, whose own watch the API server authorizes: it needs no review to start. */
  private open(
    identity: WatchIdentity,
    kind: WatchedKind,
    namespace: string,
    shared: boolean,
    groupVersion: string | undefined,
    ...listeners: WatchListener[]
  ): SharedInformer {
    const key = shared ? sharedKey(kind, namespace) : privateKey(identity, kind, namespace);
    // A private watch's holder is its only member: the API server's own answers (retried every 30 s) are its review.
    const informer: SharedInformer = new SharedInformer(identity, kind, namespace, this.logger, groupVersion, () => {
      if (shared) void this.recheck(informer);
    });
    informer.members.set(identity.key, { identity, listeners: new Set(listeners), state: 'confirmed' });
    this.informers.set(key, informer);
    if (shared) {
      // The first re-check at a random point of the interval: informers opened together are not re-asked together.
      informer.recheckTimer = setTimeout(() => {
        void this.recheck(informer);
        informer.recheckTimer = setInterval(() => void this.recheck(informer), this.recheckMs);
      }, Math.random() * this.recheckMs);
    }
    void informer.start();
    return informer;
  }

  /** A late joiner gets what the informer already holds, and any trouble it is in. */
  private catchUp(informer: SharedInformer, ...listeners: WatchListener[]): void {
    for (const listener of listeners) {
      for (const object of informer.list()) listener.change('added', object);
      if (informer.trouble !== undefined) listener.status(informer.trouble.state, informer.trouble.message);
    }
  }

  /** Joins a member once the API server says it may list and watch the kind there; until then it gets nothing. */
  private async admit(informer: SharedInformer, member: Member): Promise<void> {
    const { kind, namespace } = informer;
    const answer = await this.admissionReview(member.identity.kubernetes, kind, namespace, ['list', 'watch']);
    if (informer.members.get(member.identity.key) !== member) return;
    if (answer === 'unknown') {
      // Its access cannot be asked: a watch of its own, whose every request the API server authorizes itself.
      informer.members.delete(member.identity.key);
      this.open(member.identity, informer.kind, informer.namespace, false, informer.groupVersion, ...member.listeners);
      return;
    }
    this.judge(informer, member, answer);
  }

  private judge(informer: SharedInformer, member: Member, answer: 'allowed' | 'denied'): void {
    const was = member.state;
    member.state = answer === 'allowed' ? 'confirmed' : 'denied';
    if (member.state === was) return;
    if (member.state === 'confirmed') {
      this.catchUp(informer, ...member.listeners);
      if (informer.suspended) informer.handOver(member.identity);
      return;
    }
    const message = forbiddenMessage(informer.kind, informer.namespace);
    for (const listener of member.listeners) listener.status('forbidden', message);
    if (informer.holder.key === member.identity.key) this.handOverOrSuspend(informer);
  }

  /** Asks every member again (watch: what it goes on receiving); unknown answers leave a member as it was. */
  private async recheck(informer: SharedInformer): Promise<void> {
    const members = [...informer.members.values()].filter((m) => m.state !== 'pending');
    await Promise.all(
      members.map(async (member) => {
        const verbs = member.state === 'confirmed' ? (['watch'] as const) : (['list', 'watch'] as const);
        const answer = await this.recheckReview(member.identity.kubernetes, informer.kind, informer.namespace, verbs);
        if (answer !== 'unknown' && informer.members.get(member.identity.key) === member)
          this.judge(informer, member, answer);
      }),
    );
  }

  private handOverOrSuspend(informer: SharedInformer): void {
    const next = [...informer.members.values()].find((m) => m.state === 'confirmed');
    if (next !== undefined) {
      this.logger.debug({ kind: informer.kind, namespace: informer.namespace }, 'watch handed over');
      informer.handOver(next.identity);
    } else if (!informer.suspended) void informer.suspend();
  }

  private leave(identity: WatchIdentity, kind: WatchedKind, namespace: string, listener: WatchListener): void {
    for (const key of [privateKey(identity, kind, namespace), sharedKey(kind, namespace)]) {
      const informer = this.informers.get(key);
      const member = informer?.members.get(identity.key);
      if (informer === undefined || member === undefined || !member.listeners.delete(listener)) continue;
      if (member.listeners.size > 0) return;
      informer.members.delete(identity.key);
      if (informer.members.size === 0) {
        this.informers.delete(key);
        void informer.stop();
      } else if (informer.holder.key === identity.key) {
        this.handOverOrSuspend(informer);
      }
      return;
    }
  }

  /**
   * The shared informer a stream of this identity takes part in for the kind and namespace, if the identity's access
   * to it is confirmed (re-asked every `accessRecheckMs`); lists never start one. A watch of its own (access that cannot
   * be asked) is not read: nothing re-asks it, and the API server authorizes it again only when it reconnects.
   */
  store(identity: WatchIdentity, kind: WatchedKind, namespace: string): InformerStore | undefined {
    const informer = this.informers.get(sharedKey(kind, namespace));
    return informer?.members.get(identity.key)?.state === 'confirmed' ? informer : undefined;
  }

  /** The objects an informer holds, for an identity whose access to them is confirmed (else empty). */
  list(identity: WatchIdentity, kind: WatchedKind, namespace: string): readonly KubernetesObject[] {
    const informer =
      this.informers.get(privateKey(identity, kind, namespace)) ?? this.informers.get(sharedKey(kind, namespace));
    return informer?.members.get(identity.key)?.state === 'confirmed' ? informer.list() : [];
  }

  /** Whose credentials the shared watch of a kind and namespace goes with now (its key), if one runs. */
  holderOf(kind: WatchedKind, namespace: string): string | undefined {
    const informer = this.informers.get(sharedKey(kind, namespace));
    return informer === undefined || informer.suspended ? undefined : informer.holder.key;
  }

  /** The API server answered again: watches waiting out a back-off (up to 30 s) resume now, not at their next try. */
  retryWaitingWatches(): void {
    for (const informer of this.informers.values()) informer.retryNow();
  }

  /** How many upstream watches are open: one per kind and namespace (plus one per identity that cannot be reviewed). */
  get watchCount(): number {
    return [...this.informers.values()].filter((i) => !i.suspended).length;
  }

  async close(): Promise<void> {
    await Promise.all([...this.informers.values()].map((i) => i.stop()));
    this.informers.clear();
  }
}
