import type { WorkloadPatch, WorkloadPlural } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, fetchNoContent, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

const patched = z.object({ name: z.string() });

export interface WorkloadPatchVariables {
  namespace: string;
  plural: WorkloadPlural;
  name: string;
  /** What that kind's PATCH takes (`deploymentPatch`, `statefulSetPatch`…); the BFF holds each kind to its own. */
  patch: WorkloadPatch;
}

/** Scale, suspend or resume a CronJob, change an image or the image access credentials, of any kind of workload. */
export function usePatchWorkload() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: ({ namespace, plural, name, patch }: WorkloadPatchVariables) =>
      fetchJson(namespacePath(cluster, namespace, plural, name), patched, { method: 'PATCH', body: patch }),
    onSuccess: (_, { namespace, plural, name }) =>
      client.invalidateQueries({ queryKey: queryKeys.workload(cluster, namespace, plural, name) }),
  });
}

/** `kubectl delete` (background propagation): the BFF answers once the API server accepted it. */
export function useDeleteWorkload() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: ({ namespace, plural, name }: { namespace: string; plural: WorkloadPlural; name: string }) =>
      fetchNoContent(namespacePath(cluster, namespace, plural, name), { method: 'DELETE' }),
    onSuccess: (_, { namespace, plural, name }) => {
      client.removeQueries({ queryKey: queryKeys.workload(cluster, namespace, plural, name) });
      void client.invalidateQueries({ queryKey: queryKeys.workloads(cluster, namespace, plural) });
    },
  });
}
