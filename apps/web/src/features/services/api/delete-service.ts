import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchNoContent, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const deleteService = (cluster: string, { namespace, name }: { namespace: string; name: string }) =>
  fetchNoContent(namespacePath(cluster, namespace, 'services', name), { method: 'DELETE' });

export function useDeleteService() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (service: { namespace: string; name: string }) => deleteService(cluster, service),
    onSuccess: (_, { namespace }) => client.invalidateQueries({ queryKey: queryKeys.services(cluster, namespace) }),
  });
}
