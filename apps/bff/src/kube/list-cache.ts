// What a list route may ask of a watch cache (watch/lister.ts implements it). Declared here, beside the other ways of
// reading the API server, because resources may not import the watch room; app.ts hands the lister to the routes.
import type { StreamWatch } from '@berth/contracts';
import type { Kubernetes } from './clients';

/** What the namespace stream watches, and so a lister may hold (events are never listed from it). */
export type CachedKind = Exclude<StreamWatch, 'events'>;

/** A list as a synced watch holds it, and the resourceVersion it reflects. */
export interface CachedList<Item> {
  items: readonly Item[];
  resourceVersion: string;
}

/** A write the API server acknowledged: the written object's resourceVersion, or the name and uid of a deleted one. */
export type AcknowledgedWrite = { resourceVersion: string } | { deleted: { name: string; uid: string } };

/** The write a create or replace answered, for the lister's read-your-writes fence. */
export function acknowledgedWrite(written: { metadata?: { resourceVersion?: string } }): AcknowledgedWrite {
  return { resourceVersion: written.metadata?.resourceVersion ?? '' };
}

export interface ListCache {
  /**
   * The objects of this identity's own synced watch, once it reflects every write acknowledged in the namespace;
   * undefined means "read the API server".
   */
  read<Item>(
    identity: { key: string; kubernetes: Kubernetes },
    kind: CachedKind,
    namespace: string,
  ): Promise<CachedList<Item> | undefined>;
  /** Called after each write the API server acknowledged, before the write is answered. */
  acknowledge(namespace: string, kind: CachedKind, write: AcknowledgedWrite): void;
}

/** The header saying where a list came from: `cache` (a synced watch of the same identity) or `api` (a read). */
export const listSourceHeader = 'X-Berth-List-Source';
