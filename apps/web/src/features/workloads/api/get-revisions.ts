import { workloadRevisions, type RolloutPlural } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

/** The rollout history (`kubectl rollout history`); the stream refreshes it when the workload changes. */
export const revisionsQueryOptions = (cluster: string, namespace: string, plural: RolloutPlural, name: string) =>
  queryOptions({
    queryKey: queryKeys.revisions(cluster, namespace, plural, name),
    queryFn: ({ signal }) =>
      fetchJson(namespacePath(cluster, namespace, plural, name, 'revisions'), workloadRevisions, { signal }),
  });

export const useRevisions = (namespace: string, plural: RolloutPlural, name: string) =>
  useQuery(revisionsQueryOptions(useCurrentCluster(), namespace, plural, name));
