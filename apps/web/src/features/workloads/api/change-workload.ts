import type { CronJobPatch, DaemonSetPatch, JobPatch, StatefulSetPatch, WorkloadPlural } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, fetchNoContent, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

const patched = z.object({ name: z.string() });

/** What each new kind's PATCH takes (Deployments keep `patch-deployment.ts`). */
interface Patches {
  statefulsets: StatefulSetPatch;
  daemonsets: DaemonSetPatch;
  jobs: JobPatch;
  cronjobs: CronJobPatch;
}
type PatchedPlural = keyof Patches;

export interface WorkloadPatchVariables<P extends PatchedPlural> {
  namespace: string;
  plural: P;
  name: string;
  patch: Patches[P];
}

/** Scale a StatefulSet, suspend or resume a CronJob, change an image or the image access credentials. */
export function usePatchWorkload<P extends PatchedPlural>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ namespace, plural, name, patch }: WorkloadPatchVariables<P>) =>
      fetchJson(namespacePath(namespace, plural, name), patched, { method: 'PATCH', body: patch }),
    onSuccess: (_, { namespace, plural, name }) =>
      client.invalidateQueries({ queryKey: queryKeys.workload(namespace, plural, name) }),
  });
}

/** `kubectl delete` (background propagation): the BFF answers once the API server accepted it. */
export function useDeleteWorkload() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ namespace, plural, name }: { namespace: string; plural: WorkloadPlural; name: string }) =>
      fetchNoContent(namespacePath(namespace, plural, name), { method: 'DELETE' }),
    onSuccess: (_, { namespace, plural, name }) => {
      client.removeQueries({ queryKey: queryKeys.workload(namespace, plural, name) });
      void client.invalidateQueries({ queryKey: queryKeys.workloads(namespace, plural) });
    },
  });
}
