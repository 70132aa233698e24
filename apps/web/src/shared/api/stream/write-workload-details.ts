import type { DeploymentDetail } from '@berth/contracts';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { mergeByName } from './merge-by-name';
import { queryKeys } from '../query-keys';
import { cachedDetails } from './cached-details';
import { sameJson } from './same-json';
import type { StreamBatch } from './stream-batch';

/** Events and pods whose owner the BFF did not know yet: matched by the names Kubernetes gives them (`NAME-<hash>`). */
function mentions(name: string, batch: StreamBatch): boolean {
  const prefix = `${name}-`;
  return (
    batch.events.some((e) =>
      e.object.kind === 'Deployment' ? e.object.name === name : e.object.name.startsWith(prefix),
    ) || [...batch.unowned].some((pod) => pod.startsWith(prefix))
  );
}

/**
 * Follow the stream on every cached workload detail: its summary and pods are written in at once; what only a GET
 * answers (conditions, events, spec.replicas) is refreshed when the Deployment or an event of its family changed.
 */
export function writeWorkloadDetails(
  client: QueryClient,
  namespace: string,
  batch: StreamBatch,
  refresh: (key: QueryKey) => void,
): void {
  for (const { query, name } of cachedDetails(client, queryKeys.deployments(namespace))) {
    const change = batch.deployments.get(name);
    const pods = batch.pods.get(name);
    const mentioned = mentions(name, batch);
    if (change === undefined && pods === undefined && !mentioned) continue;
    const old = client.getQueryData<DeploymentDetail>(query.queryKey);
    // Without an answer yet (its first one may predate the change) or once deleted, only a GET can tell.
    if (old === undefined || change?.type === 'deleted') {
      refresh(query.queryKey);
      continue;
    }
    let next = old;
    let refetch = mentioned;
    if (change !== undefined) {
      const merged = {
        ...change.object,
        replicas: old.replicas,
        conditions: old.conditions,
        pods: old.pods,
        events: old.events,
      };
      if (!sameJson(merged, old)) {
        next = merged;
        refetch = true;
      }
    }
    if (pods !== undefined) {
      const merged = mergeByName(next.pods, pods);
      if (merged !== next.pods) next = { ...next, pods: merged };
    }
    if (next !== old) client.setQueryData(query.queryKey, next);
    if (refetch || query.state.fetchStatus === 'fetching') refresh(query.queryKey);
  }
}
