import { hashKey, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';

/** Resolves once the query has no fetch in flight (or has left the cache). */
function settled(client: QueryClient, query: Query): Promise<void> {
  const cache = client.getQueryCache();
  return new Promise((resolve) => {
    const done = () =>
      cache.find({ queryKey: query.queryKey, exact: true }) !== query || query.state.fetchStatus !== 'fetching';
    if (done()) return resolve();
    const unsubscribe = cache.subscribe((event) => {
      if (event.query !== query || !done()) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Refetch a query the stream cannot fill by itself, without a storm: at most one fetch in flight per query, and
 * one more after it when asked again meanwhile. A fetch already in flight (even the first) may predate the change
 * that asked, so it is waited for and followed by a fresh one rather than reused.
 */
export function coalescedRefresh(client: QueryClient): (queryKey: QueryKey) => void {
  const wanted = new Set<string>();
  const draining = new Set<string>();

  async function drain(queryKey: QueryKey, hash: string): Promise<void> {
    draining.add(hash);
    try {
      while (wanted.has(hash)) {
        const query = client.getQueryCache().find({ queryKey, exact: true });
        if (query === undefined) break;
        if (query.state.fetchStatus === 'fetching') {
          await settled(client, query);
          continue;
        }
        wanted.delete(hash);
        // Nobody shows it: mark it stale so the next page that does refetches it.
        await client.invalidateQueries({
          queryKey,
          exact: true,
          refetchType: query.getObserversCount() > 0 ? 'active' : 'none',
        });
      }
    } finally {
      wanted.delete(hash);
      draining.delete(hash);
    }
  }

  return (queryKey) => {
    const hash = hashKey(queryKey);
    wanted.add(hash);
    if (!draining.has(hash)) void drain(queryKey, hash);
  };
}
