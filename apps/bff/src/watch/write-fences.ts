// Read-your-writes for lists served from a watch cache: every write the BFF acknowledged raises a fence in its
// namespace and kind, and a cache may answer only once it has passed every fence there.
import { LRUCache } from 'lru-cache';
import type { AcknowledgedWrite } from '../kube/list-cache';
import { reaches, revisionOf } from './resource-versions';

/** What a cache must reflect before it may answer a list. */
interface Fence {
  /** The newest acknowledged write's resourceVersion ('' when only deletions were acknowledged). */
  resourceVersion: string;
  /** A write whose resourceVersion does not parse: no cache can be shown to have passed it. */
  unknown: boolean;
  /** name -> uid of objects deleted: a cache holding that uid under that name has not seen the deletion yet. */
  deleted: Map<string, string>;
}

/** What a fence needs to see of a cache. */
export interface FencedStore {
  readonly resourceVersion: string;
  get(name: string): { metadata?: { uid?: string } } | undefined;
}

/** Deletions remembered per namespace and kind; older ones are forgotten first (their caches saw them long ago). */
const maxDeletedPerScope = 256;

export class WriteFences {
  readonly #fences: LRUCache<string, Fence>;

  /**
   * A fence is kept `ttlMs` after its last write: a healthy watch delivers a write within milliseconds, and a watch
   * that fails stops answering lists until it has resumed, so after minutes a fence only costs memory.
   */
  constructor({ maxScopes = 10_000, ttlMs = 10 * 60_000 } = {}) {
    this.#fences = new LRUCache({ max: maxScopes, ttl: ttlMs, updateAgeOnGet: false });
  }

  acknowledge(namespace: string, kind: string, write: AcknowledgedWrite): void {
    const key = scope(namespace, kind);
    const fence: Fence = this.#fences.get(key) ?? { resourceVersion: '', unknown: false, deleted: new Map() };
    if ('deleted' in write) {
      fence.deleted.delete(write.deleted.name);
      fence.deleted.set(write.deleted.name, write.deleted.uid);
      // A Map iterates in insertion order: the first name is the oldest deletion.
      if (fence.deleted.size > maxDeletedPerScope) fence.deleted.delete(fence.deleted.keys().next().value ?? '');
    } else {
      const written = write.resourceVersion;
      if (revisionOf(written) === undefined) fence.unknown = true;
      else if (fence.resourceVersion === '' || reaches(written, fence.resourceVersion)) fence.resourceVersion = written;
    }
    // set() again renews the fence's time to live.
    this.#fences.set(key, fence);
  }

  /** true: the cache reflects every acknowledged write; false: not yet; undefined: it cannot be known (read the API). */
  passed(namespace: string, kind: string, store: FencedStore): boolean | undefined {
    const fence = this.#fences.get(scope(namespace, kind));
    if (fence === undefined) return true;
    if (fence.unknown) return undefined;
    if (fence.resourceVersion !== '') {
      const caughtUp = reaches(store.resourceVersion, fence.resourceVersion);
      if (caughtUp !== true) return caughtUp;
    }
    for (const [name, uid] of fence.deleted) if (store.get(name)?.metadata?.uid === uid) return false;
    return true;
  }
}

const scope = (namespace: string, kind: string) => JSON.stringify([namespace, kind]);
