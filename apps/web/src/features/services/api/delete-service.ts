import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchNoContent, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const deleteService = ({ namespace, name }: { namespace: string; name: string }) =>
  fetchNoContent(namespacePath(namespace, 'services', name), { method: 'DELETE' });

export function useDeleteService() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteService,
    onSuccess: (_, { namespace }) => client.invalidateQueries({ queryKey: queryKeys.services(namespace) }),
  });
}
