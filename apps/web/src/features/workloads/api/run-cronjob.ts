import { cronJobRun } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

/** "Run now": a Job from the CronJob's template, as `kubectl create job --from=cronjob/NAME`; its page then lists it. */
export function useRunCronJob() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: ({ namespace, name }: { namespace: string; name: string }) =>
      fetchJson(namespacePath(cluster, namespace, 'cronjobs', name, 'jobs'), cronJobRun, { method: 'POST', body: {} }),
    onSuccess: (_, { namespace, name }) =>
      client.invalidateQueries({ queryKey: queryKeys.workload(cluster, namespace, 'cronjobs', name) }),
  });
}
