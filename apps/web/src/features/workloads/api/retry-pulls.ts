import { retryPullsResult, type WorkloadPlural } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export interface RetryPullsVariables {
  namespace: string;
  plural: WorkloadPlural;
  name: string;
}

/** "Retry now": the BFF deletes the workload's pods failing a pull; their controller makes new ones that pull at once. */
export function useRetryPulls() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: ({ namespace, plural, name }: RetryPullsVariables) =>
      fetchJson(namespacePath(cluster, namespace, plural, name, 'retry-pulls'), retryPullsResult, {
        method: 'POST',
        body: {},
      }),
    onSuccess: (_, { namespace, plural, name }) =>
      client.invalidateQueries({ queryKey: queryKeys.workload(cluster, namespace, plural, name) }),
  });
}
