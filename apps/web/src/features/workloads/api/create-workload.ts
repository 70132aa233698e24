import type { WorkloadPlural } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// The detail page reads the rest; only the identity is needed to open it.
const created = z.object({ name: z.string(), namespace: z.string() });

export interface CreateWorkloadRequest {
  namespace: string;
  plural: WorkloadPlural;
  /** The YAML text: the workload plus any Services that travel with it. */
  manifest: string;
  /** Ask the API server to check every document and create nothing. */
  dryRun?: boolean;
}

export const createWorkload = ({ namespace, plural, manifest, dryRun }: CreateWorkloadRequest) =>
  fetchJson(namespacePath(namespace, plural) + (dryRun ? '?dryRun=All' : ''), created, {
    method: 'POST',
    body: { manifest },
  });

export function useCreateWorkload() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createWorkload,
    onSuccess: (workload, request) => {
      if (request.dryRun) return;
      void client.invalidateQueries({ queryKey: queryKeys.workloads(workload.namespace, request.plural) });
      // The access Service and a StatefulSet's headless Service travel with the workload.
      void client.invalidateQueries({ queryKey: queryKeys.services(workload.namespace) });
    },
  });
}
