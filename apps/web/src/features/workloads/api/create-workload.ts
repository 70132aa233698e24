import type { WorkloadPlural } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
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

export const createWorkload = (cluster: string, { namespace, plural, manifest, dryRun }: CreateWorkloadRequest) =>
  fetchJson(namespacePath(cluster, namespace, plural) + (dryRun ? '?dryRun=All' : ''), created, {
    method: 'POST',
    body: { manifest },
  });

export function useCreateWorkload() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (request: CreateWorkloadRequest) => createWorkload(cluster, request),
    onSuccess: (workload, request) => {
      if (request.dryRun) return;
      void client.invalidateQueries({ queryKey: queryKeys.workloads(cluster, workload.namespace, request.plural) });
      // The access Service and a StatefulSet's headless Service travel with the workload.
      void client.invalidateQueries({ queryKey: queryKeys.services(cluster, workload.namespace) });
    },
  });
}
