import { rolloutPlurals } from '@berth/contracts';
import { queryKeys } from '../query-keys';
import type { DetailWriter } from './stream-batch';

/**
 * A rollout history only a GET answers (ReplicaSets and ControllerRevisions are not streamed): asked again, coalesced,
 * whenever its workload changed, since a new template, a rollback or a restart changes the workload first.
 */
export const writeRevisions: DetailWriter = (client, cluster, namespace, batch, refresh) => {
  for (const plural of rolloutPlurals)
    for (const name of batch[plural].keys()) {
      const key = queryKeys.revisions(cluster, namespace, plural, name);
      if (client.getQueryState(key) !== undefined) refresh(key);
    }
};
