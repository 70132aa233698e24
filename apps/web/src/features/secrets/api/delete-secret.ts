import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchNoContent, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const deleteSecret = ({ namespace, name }: { namespace: string; name: string }) =>
  fetchNoContent(namespacePath(namespace, 'secrets', name), { method: 'DELETE' });

export function useDeleteSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteSecret,
    onSuccess: (_, { namespace, name }) => {
      client.removeQueries({ queryKey: queryKeys.secret(namespace, name) });
      void client.invalidateQueries({ queryKey: queryKeys.secrets(namespace) });
    },
  });
}
