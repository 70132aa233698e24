import type { SecretUpdateRequest } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

const updated = z.object({ name: z.string(), namespace: z.string() });

interface UpdateSecretVariables {
  namespace: string;
  name: string;
  request: SecretUpdateRequest;
}

/** PUT the registries again; a password left out keeps the stored one. */
export const updateSecret = (cluster: string, { namespace, name, request }: UpdateSecretVariables) =>
  fetchJson(namespacePath(cluster, namespace, 'secrets', name), updated, { method: 'PUT', body: request });

export function useUpdateSecret() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (variables: UpdateSecretVariables) => updateSecret(cluster, variables),
    onSuccess: (_, { namespace }) => client.invalidateQueries({ queryKey: queryKeys.secrets(cluster, namespace) }),
  });
}
