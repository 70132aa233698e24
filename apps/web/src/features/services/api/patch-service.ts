import { serviceSummary, type ServicePatch } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

interface PatchVariables {
  namespace: string;
  name: string;
  patch: ServicePatch;
}

/** Change a Service's type and port mappings. */
export const patchService = (cluster: string, { namespace, name, patch }: PatchVariables) =>
  fetchJson(namespacePath(cluster, namespace, 'services', name), serviceSummary, { method: 'PATCH', body: patch });

export function usePatchService() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (variables: PatchVariables) => patchService(cluster, variables),
    onSuccess: (_, { namespace }) => client.invalidateQueries({ queryKey: queryKeys.services(cluster, namespace) }),
  });
}
