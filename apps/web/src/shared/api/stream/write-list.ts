import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { mergeByName, type Change, type Named } from './merge-by-name';

/**
 * Merge changes into a cached `{ items }` list in one write. Answers true when the list's answer is still in flight:
 * it may predate these changes, so the caller keeps them and writes them again once it has landed.
 */
export function writeList<T extends Named>(
  client: QueryClient,
  queryKey: QueryKey,
  changes: Map<string, Change<T>>,
): boolean {
  const state = client.getQueryState(queryKey);
  const data = client.getQueryData<{ items: T[] }>(queryKey);
  if (data !== undefined) {
    const items = mergeByName(data.items, changes);
    if (items !== data.items) client.setQueryData(queryKey, { ...data, items });
  }
  if (state?.fetchStatus === 'fetching' && changes.size > 0) return true;
  // Nobody asked for the list, or it has its answer: whatever comes next is fresher than these changes.
  changes.clear();
  return false;
}
