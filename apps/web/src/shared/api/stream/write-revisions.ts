import { rolloutPlurals } from '@berth/contracts';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import type { StreamBatch } from './stream-batch';

/**
 * A rollout history only a GET answers (ReplicaSets and ControllerRevisions are not streamed): asked again, coalesced,
 * whenever its workload changed, since a new template, a rollback or a restart changes the workload first.
 */
export function writeRevisions(
  client: QueryClient,
  cluster: string,
  namespace: string,
  batch: StreamBatch,
  refresh: (key: QueryKey) => void,
): void {
  for (const plural of rolloutPlurals)
    for (const name of batch[plural].keys()) {
      const key = queryKeys.revisions(cluster, namespace, plural, name);
      if (client.getQueryState(key) !== undefined) refresh(key);
    }
}
