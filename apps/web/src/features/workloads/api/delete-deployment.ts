import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchNoContent, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const deleteDeployment = ({ namespace, name }: { namespace: string; name: string }) =>
  fetchNoContent(namespacePath(namespace, 'deployments', name), { method: 'DELETE' });

export function useDeleteDeployment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteDeployment,
    onSuccess: (_, { namespace, name }) => {
      client.removeQueries({ queryKey: queryKeys.deployment(namespace, name) });
      void client.invalidateQueries({ queryKey: queryKeys.deployments(namespace) });
    },
  });
}
