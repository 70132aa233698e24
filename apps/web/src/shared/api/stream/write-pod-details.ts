import { queryKeys } from '../query-keys';
import { cachedDetails } from './cached-details';
import type { DetailWriter } from './stream-batch';

/** A cached pod detail (the pod page) is refetched when the stream saw that pod change or an event about it. */
export const writePodDetails: DetailWriter = (client, cluster, namespace, batch, refresh) => {
  const cached = cachedDetails(client, queryKeys.pods(cluster, namespace));
  if (cached.length === 0) return;
  const changed = new Set(batch.unowned);
  for (const pods of batch.pods.values()) for (const name of pods.keys()) changed.add(name);
  for (const event of batch.events) if (event.object.kind === 'Pod') changed.add(event.object.name);
  for (const { query, name } of cached) if (changed.has(name)) refresh(query.queryKey);
};
