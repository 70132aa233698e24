import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchNoContent, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const deleteSecret = (cluster: string, { namespace, name }: { namespace: string; name: string }) =>
  fetchNoContent(namespacePath(cluster, namespace, 'secrets', name), { method: 'DELETE' });

export function useDeleteSecret() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (secret: { namespace: string; name: string }) => deleteSecret(cluster, secret),
    onSuccess: (_, { namespace, name }) => {
      client.removeQueries({ queryKey: queryKeys.secret(cluster, namespace, name) });
      void client.invalidateQueries({ queryKey: queryKeys.secrets(cluster, namespace) });
    },
  });
}
