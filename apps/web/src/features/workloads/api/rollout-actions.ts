import { rolloutResult, type RolloutPlural } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export type RolloutAction = { action: 'rollback'; revision: number } | { action: 'restart' | 'pause' | 'resume' };

export interface RolloutVariables {
  namespace: string;
  plural: RolloutPlural;
  name: string;
  do: RolloutAction;
}

/** `kubectl rollout undo --to-revision`, `restart`, `pause`, `resume`; the detail and its history are asked again. */
export function useRolloutAction() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: ({ namespace, plural, name, do: what }: RolloutVariables) =>
      fetchJson(namespacePath(cluster, namespace, plural, name, what.action), rolloutResult, {
        method: 'POST',
        body: what.action === 'rollback' ? { revision: what.revision } : {},
      }),
    onSuccess: (_, { namespace, plural, name }) =>
      client.invalidateQueries({ queryKey: queryKeys.workload(cluster, namespace, plural, name) }),
  });
}
