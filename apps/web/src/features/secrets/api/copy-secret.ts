import { secretCopyResults, type SecretCopyRequest } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

interface CopyVariables {
  namespace: string;
  name: string;
  request: SecretCopyRequest;
}

export const copySecret = (cluster: string, { namespace, name, request }: CopyVariables) =>
  fetchJson(namespacePath(cluster, namespace, 'secrets', name, 'copies'), secretCopyResults, {
    method: 'POST',
    body: request,
  });

export function useCopySecret() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (variables: CopyVariables) => copySecret(cluster, variables),
    onSuccess: (_, { namespace, name, request }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.secretCopies(cluster, namespace, name) }),
        ...request.namespaces.map((ns) => client.invalidateQueries({ queryKey: queryKeys.secrets(cluster, ns) })),
      ]),
  });
}
