import { serviceSummary, type ServiceManifest } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

interface CreateVariables {
  namespace: string;
  manifest: ServiceManifest;
}

/** POST the Service as the manifest `kubectl apply` would take (JSON is YAML), so both create the same object. */
export const createService = (cluster: string, { namespace, manifest }: CreateVariables) =>
  fetchJson(namespacePath(cluster, namespace, 'services'), serviceSummary, {
    method: 'POST',
    body: { manifest: JSON.stringify(manifest) },
  });

export function useCreateService() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (variables: CreateVariables) => createService(cluster, variables),
    onSuccess: (_, { namespace }) => client.invalidateQueries({ queryKey: queryKeys.services(cluster, namespace) }),
  });
}
