import { serviceSummary, type ServicePatch } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

interface PatchVariables {
  namespace: string;
  name: string;
  patch: ServicePatch;
}

/** Change a Service's type and port mappings. */
export const patchService = ({ namespace, name, patch }: PatchVariables) =>
  fetchJson(namespacePath(namespace, 'services', name), serviceSummary, { method: 'PATCH', body: patch });

export function usePatchService() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: patchService,
    onSuccess: (_, { namespace }) => client.invalidateQueries({ queryKey: queryKeys.services(namespace) }),
  });
}
