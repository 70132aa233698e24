// Lists answered from the live stream's watches, as client-go controllers read their listers instead of the API server.
import type { AcknowledgedWrite, CachedKind, CachedList, ListCache } from '../kube/list-cache';
import type { InformerHub, WatchIdentity } from './informer-hub';
import { WriteFences } from './write-fences';

/**
 * Serves a list from the informer a stream of the same identity already holds, when that informer is synced and has
 * passed every write the BFF acknowledged in its namespace and kind (read-your-writes); otherwise the route reads the
 * API server. Only an informer the identity's own stream holds or shares, with its access confirmed (InformerHub.store),
 * is read, so one identity never reads a cache it may not.
 *
 * Why not KEP-2340's consistent reads (a quorum `limit=1` list for the current resourceVersion, then wait for the cache
 * to reach it): that revision is etcd's, for the whole cluster, and a watch of one namespace only advances on that
 * namespace's own events or on a bookmark, which kube-apiserver sends just before a watch's 5 to 10 minute timeout.
 * kube-apiserver can wait because etcd tells its watch cache the current revision (progress notify); a client watch
 * cannot ask for that. On the local cluster the revision moves about once a second with nothing happening in the
 * namespace, so nearly every list would have paid the extra read and then read the API server anyway. Writes made
 * elsewhere (kubectl, controllers) therefore show once the watch delivers them, usually within milliseconds, and the
 * answer's resourceVersion says what it reflects.
 */
export class Lister implements ListCache {
  readonly #fences = new WriteFences();

  /** `maxWaitMs`: how long a list waits for a watch to deliver an acknowledged write before reading the API instead. */
  constructor(
    private readonly hub: Pick<InformerHub, 'store'>,
    private readonly maxWaitMs = 1_000,
  ) {}

  async read<Item>(
    identity: WatchIdentity,
    kind: CachedKind,
    namespace: string,
  ): Promise<CachedList<Item> | undefined> {
    const store = this.hub.store(identity, kind, namespace);
    if (store === undefined) return undefined;
    const deadline = performance.now() + this.maxWaitMs;
    for (;;) {
      if (!store.synced) return undefined;
      const passed = this.#fences.passed(namespace, kind, store);
      // The informer holds objects of the kind it is named after.
      if (passed === true) return { items: store.list() as readonly Item[], resourceVersion: store.resourceVersion };
      const left = deadline - performance.now();
      if (passed === undefined || left <= 0) return undefined;
      await store.nextChange(left);
    }
  }

  acknowledge(namespace: string, kind: CachedKind, write: AcknowledgedWrite): void {
    this.#fences.acknowledge(namespace, kind, write);
  }
}
